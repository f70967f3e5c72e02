"""What a person says of themselves asks nothing: "I feel fine" is no side effect, "just diagnosed with follicular
lymphoma" does not ask how it is diagnosed, "low-risk prostate cancer" is a kind of cancer, not a risk asked. Such
questions ask about treatment ("do I have to start chemo now?", "no treatment for now, is that normal?"), which the
cancer page's note on treatment answers (watch and wait). Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "just diagnosed with follicular lymphoma but I feel fine. do I have to start chemo now?",
    "my husband has low-risk prostate cancer and they said no treatment for now. is that normal?",
])
def test_the_treatment_is_asked(kb, question) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["uses"]


def test_watch_and_wait_is_shown(composer) -> None:  # noqa: ANN001
    answer = composer.answer("just diagnosed with follicular lymphoma but I feel fine. do I have to start chemo now?")
    assert check(answer) == []
    assert "watch and wait" in " ".join(i.text for i in answer.cited())


@pytest.mark.parametrize(("question", "intent"), [
    ("how is follicular lymphoma diagnosed", "definition"),
    ("what are the risks of revlimid", "serious"),
    ("i feel sick on xeloda", "side_effects"),
])
def test_what_is_asked_in_those_words_still_is(kb, question, intent) -> None:  # noqa: ANN001
    assert intent in understand(kb, question).intents
