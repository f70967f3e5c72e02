""""Which scan detects liver cancer?", "how do doctors find AML?" ask how the cancer is diagnosed without the word:
the cancer page's statement on how it is found answers, not the blood tests of its treatment plans. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("which scan detects liver cancer", "ultrasound or CT scan"),
    ("how do doctors find AML", "bone marrow"),
    ("how is pancreatic cancer found", "CT scan"),
    ("what exam shows if it's stomach cancer", "endoscopy"),
])
def test_the_reply_says_how_it_is_found(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, question
    assert answer.direct[0].where.startswith("cancer "), answer.direct[0].where
