"""A glossary word the reader brings beside a page that never uses it ("my albumin is low" beside stomach cancer)
gets its meaning shown, even when no other word of the question is in the definition: nothing else in the answer
explains it. A word of the setting (how the medicine is given, who said it, the cancer's stage) does not."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("my albumin is low and i have stomach cancer, is that the cancer", "albumin"),
    ("what does a high bilirubin mean with pancreatic cancer", "bilirubin"),
])
def test_the_readers_own_word_gets_its_meaning(kb, shown, question: str, term: str) -> None:  # noqa: ANN001
    assert kb.glossary[term].definition.lower() in shown(question)


def test_a_word_of_the_setting_is_not_explained(kb, shown) -> None:  # noqa: ANN001
    assert kb.glossary["infusion"].definition.lower() not in shown("how long does my first keytruda infusion take")
