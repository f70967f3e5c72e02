""""Besides the myeloma drugs, what else ...?" sets aside the cancer's treatment, not the cancer: the question is
still about that cancer, and its page's line answers it (it was declined as naming nothing)."""

from test_replies import KB, ask, first_line

from oncoguide.answer.understand import understand


def test_a_cancer_said_as_the_kind_of_its_drugs_is_still_asked_about():
    question = "Other than the myeloma drugs, can anything shield his weakened bones?"
    assert understand(KB, question).cancers == ["multiple-myeloma"]
    assert "bisphosphonate" in first_line(ask(question)).lower()


def test_a_cancer_set_aside_is_still_not_the_one_asked_about():
    assert "colorectal-cancer" not in understand(KB, "Other than bowel cancer, which cancers run in families?").cancers
