"""Comparisons people make: two brand names of one drug ("is Zarxio as good as Neupogen?") ask how the two relate,
which the drug's FAQ naming both says; "is X as good as Y?" asks how well each works, not whether they can be taken
together; a drug added to a named plan ("Polivy with BR") has its own dose, not the plan's. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question, said", [
    ("does zarxio work as well as neupogen", "biosimilar of neupogen"),
    ("my insurance wants me on truxima, is it as good as rituxan", "biosimilar of rituxan"),
])
def test_two_names_of_one_drug_get_how_they_relate(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_a_name_inside_a_longer_name_is_one_name(first_line) -> None:  # noqa: ANN001
    assert "women" not in first_line("my zoladex implant is 2 weeks late, is that a problem")


def test_as_good_as_asks_how_well_each_works(first_line) -> None:  # noqa: ANN001
    line = first_line("for breast cancer after menopause, is arimidex as good as tamoxifen")
    assert "atac" in line and "do not take" not in line


def test_a_drug_added_to_a_named_plan_gets_its_own_dose(first_line) -> None:  # noqa: ANN001
    line = first_line("my mom gets polivy with br for her lymphoma, what dose of polivy")
    assert "1.8 mg" in line and "375 mg" not in line
