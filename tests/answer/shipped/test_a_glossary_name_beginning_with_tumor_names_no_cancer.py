""""Tumor lysis syndrome" in a question about a medicine names no cancer we lack: the answer does not say
"oncoguide does not cover venetoclax cause tumor". Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "will ibrutinib cause tumor lysis syndrome",
    "could obinutuzumab cause tumor lysis",
    "does venetoclax cause tumor lysis syndrome in everyone",
])
def test_no_cancer_is_said_to_be_missing(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not any("does not cover" in n.text for n in answer.notices)
    assert answer.direct
