"""A family of drugs asked of a cancer ("which targeted drugs are there for CLL?") gets the drugs whose labels are
for that cancer and whose pages say they are of that family; a drug only given with that family is not one.
Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "listed"), [
    ("what immunotherapy drugs are used for lung cancer", ["pembrolizumab", "nivolumab"]),
    ("is there a hormone therapy for prostate cancer", ["leuprolide", "enzalutamide"]),
    ("what targeted drugs are used for breast cancer", ["palbociclib", "trastuzumab"]),
])
def test_the_familys_drugs_for_the_cancer_come_first(composer, question, listed) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    first = answer.direct[0].text
    assert all(name in first for name in listed)


def test_a_drug_given_with_the_family_is_not_of_it(composer) -> None:  # noqa: ANN001
    # ribociclib "is taken with hormone therapy": it is a targeted pill
    assert "ribociclib" not in composer.answer("which hormone drugs are there for breast cancer").direct[0].text


def test_a_family_asked_what_it_does_gets_no_list(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does hormone therapy for prostate cancer make your bones weak")
    assert not any("Hormone drugs used for" in i.text for i in answer.cited())
