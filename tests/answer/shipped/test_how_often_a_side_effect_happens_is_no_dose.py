""""How often does that happen?" after a side effect asks how common it is, not how often the medicine is taken:
"can Xpovio drop my platelets, and how often does that happen?" leads with the platelet line, not a dosing
schedule. "How often do I take Xpovio?" still gets the schedule. Shipped knowledge base."""

from oncoguide.answer.understand import understand


def test_how_often_it_happens_gets_the_side_effect(kb, first_line) -> None:  # noqa: ANN001
    question = "can xpovio drop my platelets, and how often does that happen?"
    assert "dose" not in understand(kb, question).intents
    lead = first_line(question)
    # the platelet row says how often it happened (its study's dose may be named beside the figure)
    assert "platelet" in lead and "happened in" in lead


def test_how_often_it_is_taken_is_still_a_dose(first_line) -> None:  # noqa: ANN001
    assert "mg" in first_line("how often do i take xpovio?")
