"""A symptom asked in one form of its phrase ("short of breath") and listed by the drug's page in another
("shortness of breath"): the drug's own row answers, not a row of some plan that gives the drug with others, as
it would if the page did not list the symptom. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "drug"), [
    ("my dad on adriamycin gets short of breath", "doxorubicin"),
    ("short of breath on imfinzi", "durvalumab"),
])
def test_the_drug_s_own_row_answers(composer, question, drug) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and (answer.direct[0].where or "").startswith(f"drug {drug}")
