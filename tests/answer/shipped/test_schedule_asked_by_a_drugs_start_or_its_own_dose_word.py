"""The schedule asked in other words: "is Erbitux given every week or every two weeks?", "when does obinutuzumab
start with venetoclax?" (a drug of a plan named as starting), "how soon after chemo does he start the Neupogen?"
(when a medicine starts after another treatment), "what is the loading dose of Herceptin?" (a glossary
word that is the drug's own dose): each asks the dose and schedule, which the plan's lines give, not a comparison
of the two drugs or what a loading dose is. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "shown"), [
    ("Is Erbitux given every week or every two weeks?", "400 mg/m²"),
    ("When does obinutuzumab start with venetoclax?", "obinutuzumab 100 mg by drip into a vein on day 1"),
    ("What is the loading dose of Herceptin?", "4 mg/kg"),
])
def test_the_schedule_answers(kb, composer, question, shown) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["dose"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert shown in " ".join(i.text for i in answer.cited())


@pytest.mark.parametrize("question", [
    "how long after chemo does the neulasta shot start",
    "how soon after chemo does he start the neupogen",
    "when will the leucovorin rescue start",  # the drug named among other words
])
def test_when_a_medicine_starts_after_another_treatment_is_its_schedule(kb, composer, question) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["dose"]  # when it starts, not how long treatment lasts
    answer = composer.answer(question)
    assert check(answer) == []
    assert "24 hours" in " ".join(i.text for i in answer.cited())


def test_a_comparison_asked_in_words_stays(kb) -> None:  # noqa: ANN001
    assert understand(kb, "when does erbitux start compared to radiation for head and neck cancer").intents == \
        ["dose", "comparison"]


def test_a_symptom_starting_is_no_schedule(kb) -> None:  # noqa: ANN001
    assert understand(kb, "when does hair loss start on taxol").intents == ["side_effects"]


def test_what_a_loading_dose_is_is_still_the_glossary_word(kb) -> None:  # noqa: ANN001
    assert understand(kb, "what is a loading dose").terms[:1] == ["loading-dose"]
