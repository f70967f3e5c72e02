"""Uses a drug page lists with no cancer page of their own (`other_uses`: mastocytosis, Kaposi sarcoma, thyroid
cancer, uses outside cancer) answer "is it only for X, or anything else?" and "what else is it used for?", beside
the cancer uses. Other label facts (`other`) do not answer a uses question."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("is rydapt only for leukemia or is it used for anything else", "mastocytosis"),
    ("Is midostaurin only for AML?", "mastocytosis"),
    ("what is midostaurin used for", "mastocytosis"),
    ("Can pomalidomide treat Kaposi sarcoma?", "kaposi"),
    ("what else is dexamethasone used for", "not cancer"),
    ("Is sorafenib used for thyroid cancer?", "thyroid"),
])
def test_uses_without_a_cancer_page_are_shown(kb, composer, question, said) -> None:  # noqa: ANN001
    assert "uses" in understand(kb, question).intents
    answer = composer.answer(question)
    assert check(answer) == []
    assert said in " ".join(i.text for i in answer.cited()).lower()


def test_other_label_facts_do_not_answer_a_uses_question(kb, composer) -> None:  # noqa: ANN001
    other = {o.text for o in kb.drugs["dabrafenib"].other}
    assert other  # the page keeps a fact that is not a use (a liquid form for children)
    shown = {i.text for i in composer.answer("what is dabrafenib used for").cited()}
    assert not other & shown
