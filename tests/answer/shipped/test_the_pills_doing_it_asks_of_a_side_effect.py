"""A change in the body asked of the drug by its form ("is her low blood from the tablets?", "are the tablets doing
this?") asks whether it is a side effect: the form only names the drug. The side-effect row on the change leads, not
the summary saying the drug is a pill. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "row"), [
    ("my mom takes lynparza and now needs blood transfusions. is her low blood from the tablets?", "anemia"),
    ("she is on xeloda and her hands are red and peeling, are the tablets doing this", "hand-foot"),
])
def test_the_side_effect_row_leads(kb, first_line, question, row) -> None:  # noqa: ANN001
    assert "side_effects" in understand(kb, question).intents
    assert row in first_line(question)
