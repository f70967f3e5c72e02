""""Differentiation syndrome" compares nothing, and a drug that "keeps the cancer from coming back" is not being
stored: words that merely contain an intent's word do not bring that intent's lines (what kind of drug it is, how
to store the tablets) into the answer. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "never"), [
    ("when does differentiation syndrome usually show up on xospata", "not chemotherapy"),
    ("is lenvima approved for differentiated thyroid cancer", "how they compare"),
    ("does verzenio keep the cancer from coming back after surgery", "store the tablets"),
    ("will ibrance keep it from growing", "room temperature"),
])
def test_no_lines_of_an_intent_not_asked(composer, question, never) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    shown = " ".join([*(i.text for i in answer.direct),
                      *(f"{g.heading or ''} {i.text}" for g in answer.guidelines for i in g.items)]).lower()
    assert never not in shown, shown
