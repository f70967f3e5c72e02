"""A dose not taken, taken late, or thrown up is a missed-dose question in more words than "missed" or "forgot":
"didn't take my Ibrance last night", "took it 6 hours late", "threw up right after my Ninlaro". Their reply is the
drug's missed-dose rule. Being sick all day on a plan is no missed dose, and "all day on" asks no schedule.
Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "drug"), [
    ("didn't take my ibrance last night, should I take it now", "palbociclib"),
    ("took my tagrisso 6 hours late", "osimertinib"),
    ("i was late taking my imbruvica this morning", "ibrutinib"),
    ("threw up right after my ninlaro capsule", "ixazomib"),
    # words between throwing up and the dose: "about an hour after", "maybe half an hour after"
    ("my husband threw up about an hour after his inlyta", "axitinib"),
    ("she vomited maybe half an hour after her xeloda", "capecitabine"),
    ("he puked about an hour after his inlyta", "axitinib"),
])
def test_a_dose_not_taken_gets_the_missed_dose_rule(composer, question, drug) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == f"drug {drug}: missed_dose"


def test_being_sick_all_day_on_a_plan_is_no_missed_dose_nor_a_schedule_question(kb) -> None:  # noqa: ANN001
    intents = understand(kb, "I have been throwing up all day on folfox").intents
    assert "missed_dose" not in intents and "dose" not in intents

