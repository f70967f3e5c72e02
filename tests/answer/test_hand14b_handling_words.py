"""A pill that broke open, powder on the skin, and pills no longer needed are asked as how to handle the medicine
(issue #11): the labels' handling sections say what to do then. Our own questions, on the test knowledge base."""

import pytest

from oncoguide.answer import understand


@pytest.mark.parametrize("question", [
    "My Revlimid capsule broke open, what do I do?",
    "The powder got on my hands from a lenalidomide capsule",
    "A capsule cracked, is that dangerous?",
    "How do I get rid of leftover lenalidomide capsules?",
    "What do I do with unused Revlimid capsules?",
    "Can I throw away my old Revlimid pills in the trash?",
    "can I throw my lenalidomide pills in the trash",
])
def test_a_broken_pill_or_leftover_pills_ask_how_to_handle_them(kb, question: str) -> None:  # noqa: ANN001
    assert "handling" in understand(kb, question).intents


@pytest.mark.parametrize("question", [
    "How do I get rid of the nausea from lenalidomide?",
    "I throw up pills sometimes after lenalidomide",
    "I threw up my lenalidomide pill",
])
def test_getting_rid_of_a_symptom_or_throwing_up_a_pill_is_not_handling(kb, question: str) -> None:  # noqa: ANN001
    assert "handling" not in understand(kb, question).intents


@pytest.mark.parametrize("question", [
    "How do I get rid of leftover lenalidomide capsules?",
    "How can I get rid of my Revlimid pills when I stop?",
])
def test_getting_rid_of_pills_is_not_getting_the_medicine(kb, question: str) -> None:  # noqa: ANN001
    intents = understand(kb, question).intents
    assert "rems" not in intents and "form" not in intents, intents


def test_a_pill_that_already_broke_is_not_asked_whether_it_may_be_opened() -> None:
    from oncoguide.answer.intents import said_line

    assert said_line("handling", "can i open the capsule if i can't swallow it?") is not None
    assert said_line("handling", "my capsule broke open and the powder got on my hand, what now?") is None
