""""Which scan shows how far it has spread?" asked of a named cancer: the reply is the page's line naming the scans
or tests that look for spread, not the line on how the cancer is first found. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("which scan tells how far dlbcl has spread", "pet-ct"),
    ("what tests show how far my wifes cervical cancer has spread", "scans help find the stage"),
])
def test_the_reply_names_the_tests_for_spread(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)
