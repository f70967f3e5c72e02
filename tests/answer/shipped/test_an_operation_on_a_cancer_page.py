""""What is a Whipple surgery for pancreatic cancer?", "what is a radical prostatectomy for prostate cancer?": the
cancer page's treatment note that holds the operation asked about (two or more of its words) comes first, not the page's first statement on
what the cancer is. "What are the symptoms of ...", which one word of a treatment note holds, keeps its reply. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


@pytest.mark.parametrize(("question", "said"), [
    ("what is a whipple surgery for pancreatic cancer", "whipple procedure"),
    ("what is a radical prostatectomy for prostate cancer", "radical prostatectomy removes"),
])
def test_the_statement_on_the_operation_comes_first(composer, question, said) -> None:  # noqa: ANN001
    assert said in first(composer, question)


def test_what_the_cancer_is_still_gets_what_it_is(composer) -> None:  # noqa: ANN001
    assert "pancreas" in first(composer, "what is pancreatic cancer")
