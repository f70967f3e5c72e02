"""A drug said as left out ("no Velcade", "not with 5-FU", "without the Abraxane") is not asked about when another
drug is: the plan of the drugs given answers, not one holding the drug left out. "With or without" leaves nothing out,
and "why no ...?" asks about the drug. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "drugs", "plan"), [
    ("gemzar for pancreatic cancer by itself, no abraxane. what is the dose",
     ["gemcitabine"], "gemcitabine-pancreatic"),
    ("revlimid and dex only, without velcade. how much revlimid", ["lenalidomide", "dexamethasone"],
     "lenalidomide-dexamethasone-myeloma"),
])
def test_the_drug_left_out_is_not_asked_about(kb, question, drugs, plan) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.drugs == drugs
    assert q.regimens == [plan]


def test_the_dose_given_is_that_of_the_plan_without_it(first_line) -> None:  # noqa: ANN001
    line = first_line("revlimid and dex only, without velcade. how much revlimid")
    assert "25 mg" in line and "bortezomib" not in line


@pytest.mark.parametrize(("question", "drug"), [
    ("is rituximab given with or without bendamustine", "bendamustine"),
    ("why is there no vincristine with polivy and rituximab", "vincristine"),
])
def test_with_or_without_and_why_no_keep_the_drug(kb, question, drug) -> None:  # noqa: ANN001
    assert drug in understand(kb, question).drugs
