"""A question on a cancer that asks about its operation ("what surgery is done", "after they take the bladder out")
is answered by the cancer page's note on treatment, which says what the operation removes and what comes after it,
not by a line on what the organ is or how the cancer is staged."""

import pytest


@pytest.mark.parametrize("question, said", [
    ("what surgery do they do for endometrial cancer?", "hysterectomy"),
    ("which operation is the main one for uterine cancer?", "hysterectomy"),
    ("after they take out my husband's bladder for his bladder cancer, how will he pee?", "stoma"),
])
def test_the_operation_asked_leads_with_what_it_is(first_line, question, said):
    assert said in first_line(question), question
