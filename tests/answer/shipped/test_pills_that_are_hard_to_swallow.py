"""Someone who says the pills are hard to get down is answered by the page's line for people who cannot swallow
them (stir into water or juice, mix with applesauce, a liquid form), not by how the pills are usually taken.
Trouble swallowing told as a symptom is not read so. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my daughter chokes on the large imatinib tablets, what can we do", "apple juice"),
    ("dad struggles to swallow his nilotinib capsules. is there a trick", "applesauce"),
    ("the tamoxifen pills are too big to swallow for me, anything else", "liquid"),
])
def test_the_line_for_people_who_cannot_swallow_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_trouble_swallowing_as_a_symptom_is_not_about_the_pills(first_line) -> None:  # noqa: ANN001
    assert "cannot swallow" not in first_line("I have trouble swallowing since starting osimertinib")


def test_a_drug_that_also_comes_as_capsules_is_not_answered_by_its_drip(first_line) -> None:  # noqa: ANN001
    assert "by vein" not in first_line("should the etoposide capsules go with a meal or without food")
