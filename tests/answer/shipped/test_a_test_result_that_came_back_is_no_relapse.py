""""My platelets came back low on Darzalex": a test result came back, no cancer did. The drug's uses for cancer "that
came back" are not what is asked and do not lead or fill the answer. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my platelets came back low on darzalex, is that the drug",
    "her liver tests came back high on imbruvica, could that be it",
])
def test_no_line_on_cancer_that_came_back(shown, question) -> None:  # noqa: ANN001
    assert "came back" not in shown(question)
