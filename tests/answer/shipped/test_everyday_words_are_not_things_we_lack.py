"""A question is told "oncoguide does not cover X" only when X is a medicine or a cancer: not a verb that stands
before "cancer" ("the chances he gets cancer", "when do doctors call cancer cured") and not an everyday word made of
two English words ("bloodwork"). Such a notice tells the reader we lack what they asked about and pushes the pages
that do answer below it."""

import pytest


def not_covered(composer, question: str) -> list[str]:  # noqa: ANN001
    return [n.text for n in composer.answer(question).notices if "does not cover" in n.text]


@pytest.mark.parametrize("question", [
    "when do doctors call cancer cured?",
    "what are the odds my son gets cancer again after his lymphoma treatment?",
    "how does velcade kill cancer cells?",
])
def test_a_verb_before_cancer_is_no_cancer_we_lack(composer, question):
    assert not_covered(composer, question) == [], question


@pytest.mark.parametrize("question, meaning", [
    ("my dads potassium was low on his bloodwork. what does potassium do?", "potassium"),
    ("her calcium came back high on the bloodwork. what is calcium for?", "calcium"),
])
def test_bloodwork_is_no_medicine_we_lack(composer, first_line, question, meaning):
    assert not_covered(composer, question) == []
    assert first_line(question).startswith(meaning)
