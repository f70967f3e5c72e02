"""Issue 11: "surgery to remove his prostate" is about prostate cancer though the word "cancer" is never said, and
"what side effects after that surgery?" is answered by the cancer page's line on what surgery can leave behind, not by
a side effect of one of its drug plans. Something removed that names no cancer ("the port") names none. Shipped
knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "cancer"), [
    ("he is having surgery to remove his prostate next month, what should we expect?", "prostate-cancer"),
    ("she had her ovaries taken out last year, what now?", "ovarian-cancer"),
    ("after they take out my dad's bladder, how will he pee?", "bladder-cancer"),
])
def test_the_organ_taken_out_names_its_cancer(kb, question, cancer) -> None:  # noqa: ANN001
    assert understand(kb, question).cancers == [cancer]


def test_something_removed_that_is_no_organ_names_no_cancer(kb) -> None:  # noqa: ANN001
    assert understand(kb, "can they remove the port after chemo is done?").cancers == []


def test_the_effects_of_the_surgery_lead(first_line) -> None:  # noqa: ANN001
    line = first_line("what side effects can surgery to take out the prostate leave him with?")
    assert "erection" in line and "leak" in line and "urine" in line  # the prostate page's line on what surgery leaves
