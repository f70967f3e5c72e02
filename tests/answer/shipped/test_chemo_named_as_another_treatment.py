"""Chemo named as another treatment a drug goes with, before or after ("is Tagrisso given with chemotherapy?", "how
long is durvalumab given after chemoradiation?") is not the kind of drug asked: no "is it chemo?" reply; how long
it lasts, or what it is used for (with which treatments), answers. "Is Tagrisso chemo?" still asks its kind.
Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_how_long_after_chemoradiation_asks_how_long(kb, composer) -> None:  # noqa: ANN001
    question = "How long is durvalumab given after chemoradiation?"
    assert understand(kb, question).intents == ["duration"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert "12 months" in " ".join(i.text for i in answer.cited())
    assert not answer.direct[0].text.startswith("No.")


def test_given_with_chemo_asks_what_it_is_used_for(kb) -> None:  # noqa: ANN001
    assert understand(kb, "Is Tagrisso given with chemotherapy?").intents == ["uses"]


def test_the_kind_of_drug_is_still_asked_as_such(kb) -> None:  # noqa: ANN001
    assert understand(kb, "is tagrisso chemo?").intents == ["classification"]
    assert understand(kb, "is tagrisso a chemotherapy or a targeted drug").intents == ["classification"]
