""""What is it aimed at?", "what does it latch onto?" ask what the drug targets: the first line says how it
works, not what it is used for. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question, said", [
    ("what on the lymphoma cell is brentuximab aimed at", "cd30"),
    ("what does rituximab latch onto on the cells", "cd20"),
])
def test_the_target_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)
