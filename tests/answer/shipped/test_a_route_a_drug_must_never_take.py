"""A route a drug must never take ("could the vincristine ever go in the spine?") is its boxed warning: the answer
says it is usually fatal there and must only go into a vein, not only how it is usually given. Shipped knowledge
base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_the_boxed_warning_on_the_route_is_shown(kb, composer) -> None:  # noqa: ANN001
    question = ("my son gets a spinal tap with chemo on the same day as his vincristine. could the vincristine "
                "ever go in the spine")
    assert understand(kb, question).intents == ["form", "serious"]
    answer = composer.answer(question)
    assert check(answer) == []
    shown = " ".join(i.text for i in answer.cited())
    assert "usually fatal" in shown and "only be given into a vein" in shown


def test_how_it_is_given_alone_is_not_a_warning(kb) -> None:  # noqa: ANN001
    assert understand(kb, "how is vincristine given").intents == ["form"]
