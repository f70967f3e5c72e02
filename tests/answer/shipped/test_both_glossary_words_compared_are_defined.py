""""CT vs MRI", "chemo vs immunotherapy": two glossary words set side by side get what each one is, not only the
first. One word asked alone still gets its definition alone. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


@pytest.mark.parametrize(("question", "said"), [
    ("CT vs MRI", ("x-ray machine", "magnet")),
    ("what is the difference between a CT and an MRI", ("x-ray machine", "magnet")),
    ("chemo vs immunotherapy", ("kill cells", "immune system")),
])
def test_each_word_compared_is_defined(composer, question, said) -> None:  # noqa: ANN001
    text = first(composer, question)
    assert all(s in text for s in said)


def test_one_word_alone_is_defined_alone(composer) -> None:  # noqa: ANN001
    assert "magnet" not in first(composer, "what is a CT scan")
