"""A cancer we have no page for, asked of a drug whose uses name it ("Is sorafenib used for thyroid cancer?"), is
answered from the drug page: the line naming that cancer comes first and no "does not cover thyroid cancer" notice
stands before it. A cancer the drug page does not name is still said to be not covered, by its whole name ("Merkel
cell cancer", not "cell cancer"). Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "shown"), [
    ("Is sorafenib used for thyroid cancer?", "thyroid cancer"),
    ("Is Tibsovo used for bile duct cancer?", "bile duct cancer"),
    ("Is Keytruda approved for Merkel cell cancer?", "merkel cell cancer"),
    ("Can pomalidomide treat Kaposi sarcoma?", "kaposi sarcoma"),
    ("Is durvalumab approved for gallbladder cancer?", "gallbladder cancer"),
])
def test_the_drug_page_line_naming_it_answers(composer, question, shown) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert not [n for n in answer.notices if "does not cover" in n.text]
    assert answer.direct and shown in answer.direct[0].text.lower()


def test_a_cancer_the_drug_page_does_not_name_is_not_covered_by_its_whole_name(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is ibrutinib used for merkel cell cancer")
    notes = " ".join(n.text for n in answer.notices)
    assert "does not cover merkel cell cancer" in notes
