""""My report says grade 3, what does the grade mean?" asked of a named cancer: the reply is that cancer page's
line on how it is graded, not how the cancer is found (the biopsy report is only where the grade was read), nor
what the cancer is. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my kidney cancer biopsy report says grade 3, what does that grade mean", "given a grade from 1 to 4"),
    ("what grade is glioblastoma", "grade 4 tumor"),
])
def test_the_reply_says_how_the_cancer_is_graded(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)
