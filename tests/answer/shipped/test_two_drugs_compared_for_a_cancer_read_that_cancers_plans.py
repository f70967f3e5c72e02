"""Two drugs set side by side for a cancer ("Sprycel or Gleevec as the first pill for CML?") are answered from each
drug's own plan for that cancer: the trial of Sprycel in chronic phase CML leads, never its plan for another cancer
(Ph+ ALL), whose trial a reader would take for theirs. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "sprycel or gleevec as the first pill for cml, which did better in the trial?",
    "my wife has chronic phase cml, the hematologist chose sprycel over gleevec. does it really work better?",
])
def test_the_trial_of_the_cancer_asked_leads(first_line, question) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert "dasision" in lead
    assert "lymphoblastic" not in lead and "ph+ all" not in lead
