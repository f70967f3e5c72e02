"""A box the vials came in is no boxed warning: "the pharmacy sent up a box of vinblastine vials, should they be
refrigerated?" asks where to keep them, and gets the storage line first, not the label's boxed warning. Asking about
the boxed warning itself still gets it. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("the pharmacy sent up a box of vinblastine vials - should they be refrigerated?", "refrigerator"),
    ("a box of vinorelbine vials sat out all night instead of in the fridge, can we still give them?", "72 hours"),
])
def test_a_box_of_vials_gets_the_storage_line(first_line, question, said) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert said in lead
    assert "boxed warning" not in lead


@pytest.mark.parametrize("question", [
    "does vinblastine have a black box warning?",
    "is there a boxed warning on navelbine?",
])
def test_the_boxed_warning_asked_still_gets_it(first_line, question) -> None:  # noqa: ANN001
    assert "boxed warning" in first_line(question)
