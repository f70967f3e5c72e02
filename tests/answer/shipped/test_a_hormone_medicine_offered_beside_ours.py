""""My doctor wants to put me on hormone replacement, I am on Aromasin, is that ok?": a medicine another doctor
wants to start beside ours asks the interaction rules, which say estrogen works against it. Shipped knowledge
base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_hormone_replacement_offered_gets_the_estrogen_rule(kb, composer) -> None:  # noqa: ANN001
    question = "my doctor wants to start me on HRT for night sweats but i take exemestane. safe?"
    assert "interactions" in understand(kb, question).intents
    answer = composer.answer(question)
    assert check(answer) == []
    assert "works against" in " ".join(i.text for i in answer.cited()).lower()
