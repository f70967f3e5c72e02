""""His blood work showed a high white count, how do they find out for sure if it's CLL?": the blood work is what
led to the question, not a plan's tests, so the reply is how the cancer page says it is found, not a plan's blood
count schedule (a line on another person's treatment). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("his blood work showed a very high white count. how do they find out for sure if its cll", "flow cytometry"),
    ("her labs came back with low counts, how will they find out if it is mds", "bone marrow"),
])
def test_the_reply_is_how_the_cancer_is_found(first_line, question: str, said: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert said in line and not line.startswith("in ")
