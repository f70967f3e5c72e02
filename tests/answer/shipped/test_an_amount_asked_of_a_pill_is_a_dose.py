""""How many mg is the X pill?" names the pill only to say which amount is asked: the first line gives the dose,
not the route ("by mouth"). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question, dose", [
    ("what dose are the xeloda tablets for colon cancer", "1250 mg"),
    ("how many mg is each revlimid capsule in rd", "25 mg"),
    ("mom takes pomalyst and dex, how much is the pomalyst capsule", "4 mg"),
])
def test_the_amount_of_a_pill_leads(first_line, question, dose) -> None:  # noqa: ANN001
    assert dose in first_line(question)


def test_whether_it_is_a_pill_still_gets_the_form(first_line) -> None:  # noqa: ANN001
    assert "by mouth" in first_line("is pomalyst a pill or an infusion")
