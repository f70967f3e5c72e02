"""A question on a cancer alone that asks something in a word its page says in another form ("slow" / "grows
slowly", "what ages" / "young adults aged 20 to 34") is answered by what the cancer page says of itself, not by
a guess or by a treatment note. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand
from oncoguide.model.cancer import DISEASE_FIELDS
from oncoguide.search.text import stem


def _shown(answer) -> str:  # noqa: ANN001
    return " ".join(i.text for i in answer.cited()).lower()


@pytest.mark.parametrize(("question", "cancer", "shown"), [
    ("is marginal zone lymphoma a fast or slow kind", "marginal-zone-lymphoma", "slowly"),
    ("what ages does hodgkin lymphoma usually show up", "hodgkin-lymphoma", "young adults"),
])
def test_the_cancer_page_says_it(kb, composer, question, cancer, shown) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["definition"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert shown in _shown(answer)
    assert any(i.where in {f"cancer {cancer}: {f}" for f in DISEASE_FIELDS} and shown in i.text.lower() for i in answer.cited())


def test_a_word_the_page_does_not_say_in_any_form_asks_nothing_of_it(kb) -> None:  # noqa: ANN001
    # "weather" is no word of the lymphoma page in any form: no definition is made up for it
    assert "definition" not in understand(kb, "marginal zone lymphoma weather").intents


@pytest.mark.parametrize(("one", "other"), [("slow", "slowly"), ("ages", "aged"), ("cure", "cured"),
                                            ("causes", "cause"), ("grows", "growing")])
def test_forms_of_one_word_share_a_stem(one, other) -> None:  # noqa: ANN001
    assert stem(one) == stem(other)


@pytest.mark.parametrize(("one", "other"), [("age", "agent"), ("slow", "slot"), ("fast", "fat")])
def test_different_words_do_not(one, other) -> None:  # noqa: ANN001
    assert stem(one) != stem(other)
