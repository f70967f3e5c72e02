"""A word of a drug's nickname of several words ("red" of "red devil", doxorubicin) is a name only when the whole
nickname is said: "my urine is red after doxorubicin" asks about a red colour, answered by the line on the drug's
colour in urine. And "blood" asked ("is that blood?") names no row on low blood counts. Shipped knowledge base."""

from oncoguide.answer.evidence import Evidence
from oncoguide.answer.row_name import asked_stems, named_by
from oncoguide.answer.understand import understand


def test_a_colour_said_beside_the_drug_stays_a_topic_word(kb) -> None:  # noqa: ANN001
    q = understand(kb, "my urine was red the morning after doxorubicin, should i worry about blood?")
    assert "red" in q.subject_terms
    assert "red" not in understand(kb, "is the red devil hard on the heart").subject_terms


def test_red_urine_after_the_drug_leads_with_its_colour(first_line) -> None:  # noqa: ANN001
    lead = first_line("my urine was red the morning after doxorubicin, should i worry about blood?")
    assert "urine may look red" in lead, lead


def test_blood_asked_names_no_blood_count_row(kb) -> None:  # noqa: ANN001
    row = Evidence(text="Very low blood counts (myelosuppression) can lead to infection.", cite=[],
                   topic="side_effects", where="drug doxorubicin")
    assert not named_by(kb, row, asked_stems(["blood"]), [])
    assert named_by(kb, row, asked_stems(["counts"]), [])
