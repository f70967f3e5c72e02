""""What is the survival rate for pancreatic cancer?": the glossary has "survival rate" (overall survival), but the
question asks it of one cancer whose page says it, so the cancer page's survival line comes first; asked what the
word means, the glossary still answers. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> tuple[str, str]:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].where, answer.direct[0].text.lower()


@pytest.mark.parametrize(("question", "said"), [
    ("what is the survival rate for pancreatic cancer", "13 in 100"),
    ("what is the survival rate for stage 1 lung cancer", "62 in 100"),
])
def test_the_cancer_page_says_its_survival(composer, question, said) -> None:  # noqa: ANN001
    where, text = first(composer, question)
    assert where.startswith("cancer ") and said in text


@pytest.mark.parametrize("question", ["what is overall survival", "what does overall survival mean for myeloma"])
def test_what_the_word_means_is_still_the_glossary(composer, question) -> None:  # noqa: ANN001
    where, _ = first(composer, question)
    assert where.startswith("glossary ")
