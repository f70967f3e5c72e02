"""A baby said beside breastfeeding is the baby to be fed: "our baby arrived last month and I still take tamoxifen,
is breastfeeding allowed?" leads with the drug's rule on breastfeeding, not with its harm to an unborn baby. A baby
asked about alone ("can I have a baby while on letrozole?") is still a question on pregnancy. Shipped knowledge
base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "our baby arrived last month and i still take tamoxifen. is breastfeeding allowed?",
    "had my baby 2 weeks ago, i'm on imatinib - ok to breastfeed?",
])
def test_the_breastfeeding_rule_leads(first_line, question) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert "breastfeed" in lead
    assert "unborn" not in lead


def test_a_baby_asked_alone_is_still_pregnancy(kb, first_line) -> None:  # noqa: ANN001
    question = "can i have a baby while on letrozole?"
    assert "pregnancy" in understand(kb, question).intents
    assert "unborn baby" in first_line(question)
