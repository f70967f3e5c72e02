"""Blood counts said to fall ("when do blood counts drop after carboplatin and which ones?") are low blood counts,
a side effect: the answer names the counts that fall (platelets, white cells), not only that counts are checked.
"How often are blood counts checked?" still asks about the test. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_counts_that_drop_are_the_side_effect(kb, composer) -> None:  # noqa: ANN001
    question = "when do blood counts drop after carboplatin and which ones"
    assert understand(kb, question).intents == ["side_effects"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert "platelets" in " ".join(i.text for i in answer.cited()).lower()


def test_counts_checked_are_the_test(kb) -> None:  # noqa: ANN001
    assert understand(kb, "how often are blood counts checked on carboplatin").intents == ["monitoring"]
