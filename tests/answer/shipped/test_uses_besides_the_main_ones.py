"""A question about a drug's uses besides its main ones ("is cyclophosphamide only used for cancer?", "What else is
prednisone used for besides cancer?") is answered by the drug's other uses (label uses with no cancer page, uses
outside cancer), shown first, not after a long list of its cancer uses. "is it only for 5 days"
asks no use. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "shown"), [
    ("is cyclophosphamide only used for cancer", "nephrotic syndrome"),
    ("What else is prednisone used for besides cancer?", "not only a cancer medicine"),
    ("Is rituximab only for lymphoma or is it used for other diseases?", "rheumatoid arthritis"),
    ("Is midostaurin only for AML?", "systemic mastocytosis"),
])
def test_the_other_uses_are_shown(composer, question, shown) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    first_two = [*answer.direct, *(i for g in answer.guidelines for i in g.items)][:2]
    assert shown in " ".join(i.text for i in first_two).lower()


def test_a_length_of_time_asks_no_other_use(kb) -> None:  # noqa: ANN001
    assert "other_uses" not in understand(kb, "is it only for 5 days").intents
