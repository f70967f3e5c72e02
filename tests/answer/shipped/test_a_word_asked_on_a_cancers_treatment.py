"""A word asked about on the treatment of a cancer ("my husband gets hot flashes on his prostate cancer shots, is that
really a thing for men?") asks about that word: its entry, which says hormone therapy causes hot flashes, answers,
not what prostate cancer is (nor nothing at all). A cancer named as the thing asked about ("hot flashes with prostate
cancer") keeps its page. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "my husband gets hot flashes on his prostate cancer shots, is that really a thing for men?",
    "hot flashes from prostate cancer shots",
])
def test_the_word_asked_answers(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == "glossary hot-flashes"
    assert "heat" in answer.direct[0].text


def test_a_cancer_asked_about_keeps_its_page(composer) -> None:  # noqa: ANN001
    answer = composer.answer("hot flashes with prostate cancer")
    assert answer.cancers == ["prostate-cancer"]
