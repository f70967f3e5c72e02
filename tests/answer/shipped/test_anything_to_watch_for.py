""""Anything to watch?" asked of a medicine asks what to watch out for: its serious side effects, and for someone
with diabetes on prednisone the page's line on high blood sugar. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_anything_to_watch_asks_the_serious_side_effects(kb, composer) -> None:  # noqa: ANN001
    question = "my dad is diabetic and just got put on prednisone with his chemo, anything to watch?"
    assert understand(kb, question).intents == ["serious"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert "blood sugar" in " ".join(i.text for i in answer.cited()).lower()
