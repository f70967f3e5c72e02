"""Getting rid of pills is a handling question: "what do I do with leftover pills?", "how do I throw away tablets I no
longer need?" reach the pages' handling lines (where to return them), while throwing up, or getting rid of a side
effect, does not."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "what should I do with leftover lenalidomide capsules",
    "how do I throw away Revlimid I no longer need",
    "can I get rid of my old revlimid capsules in the garbage",
    "the revlimid capsules we don't use anymore, where do they go",
    "can I flush unused lenalidomide down the toilet",
    "he passed away and we still have a box of his revlimid capsules. what should we do with them?",
    "what do we do with the revlimid capsules he has left?",
])
def test_getting_rid_of_pills_is_handling(kb, question) -> None:  # noqa: ANN001
    assert "handling" in understand(kb, question).intents


@pytest.mark.parametrize("question", [
    "I throw up after my lenalidomide",
    "how do I get rid of the rash from revlimid",
    "is revlimid safe for someone 80 years old",
])
def test_other_throwing_and_getting_rid_is_not_handling(kb, question) -> None:  # noqa: ANN001
    assert "handling" not in understand(kb, question).intents
