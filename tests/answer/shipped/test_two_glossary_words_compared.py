"""'What is the difference between a CT scan and an MRI?' names no drug, plan or cancer, only glossary words:
what the words mean is what we have, so the reply defines them instead of declining. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("What is the difference between a CT scan and an MRI?", "CT scan"),
    ("What is the difference between an inherited and an acquired mutation?", "inherited"),
])
def test_the_reply_defines_what_is_compared(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, question
