"""Everyday words for what the pages name are read as the pages' words: "my pee turned reddish orange after
Adriamycin, is that blood?" asks about urine that looks red, which the doxorubicin page says comes from the drug's
colour. The symptom rules still read colours as typed beside anything but urine. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_urine_that_looks_red_after_the_drug_is_answered_first(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my pee turned reddish orange the night after adriamycin, is that blood??")
    assert check(answer) == []
    assert answer.direct and "urine may look red" in answer.direct[0].text.lower()


def test_the_words_are_read_as_the_pages_write_them(kb) -> None:  # noqa: ANN001
    assert "urine" in understand(kb, "pinkish pee after my chemo").text
    assert "pink urine" in understand(kb, "pinkish pee after my chemo").text


def test_a_colour_beside_something_else_is_left_as_typed(kb) -> None:  # noqa: ANN001
    assert understand(kb, "my stool looks reddish on xeloda").text == "my stool looks reddish on xeloda"
