"""Asked where a medicine is kept ("at home", "in my pill organizer"), the page's storage rule leads: a line that
shares "home" or "shots" only because it says the shots may be given at home does not. A pill box is where pills
are kept, never the label's boxed warning. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("the filgrastim shots came home with us, where should we keep them", "fridge"),
    ("should the ixazomib capsules be moved to a weekly pill organizer", "in its pack"),
])
def test_the_storage_rule_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_a_pill_box_is_not_a_boxed_warning(first_line) -> None:  # noqa: ANN001
    assert "boxed warning" not in first_line("can my lenalidomide capsules sit in a pill box with my other meds")
    assert "boxed warning" in first_line("does lenalidomide carry a box warning")
