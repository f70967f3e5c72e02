""""Her doctor mentioned the MMR": an everyday name of something that is no symptom (a vaccine by its name, a drip
fluid, a hormone medicine) is searched by the words the pages use for it (live vaccines), from
search/lay_names.yaml, without being read as a side effect. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "my daughter takes prednisone for her leukemia, her doctor mentioned the MMR",
    "is flumist ok for my son while he takes prednisone",
])
def test_a_vaccine_by_its_name_gets_the_live_vaccine_rule(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "live vaccines" in answer.direct[0].text.lower()


def test_an_everyday_name_is_no_symptom(kb) -> None:  # noqa: ANN001
    q = understand(kb, "is flumist ok for my son while he takes prednisone")
    assert "live vaccine" in q.page_words and "side_effects" not in q.intents and not q.medical_terms


def test_a_flu_shot_is_not_said_to_be_live() -> None:
    from oncoguide.search.lay_names import page_words

    assert page_words("can i get a flu shot on revlimid") == ["vaccine"]
