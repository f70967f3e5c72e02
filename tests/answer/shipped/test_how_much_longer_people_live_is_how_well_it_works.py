""""How much longer do people live on X?" asks how well X works, not how much of it to take: the first line is the
trial's survival result, not the dose. "How much do I take?" stays a dose. Shipped knowledge base."""

import re

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_how_much_longer_leads_with_the_survival_result(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how much longer would my mom live on xospata for her aml")
    assert check(answer) == []
    assert answer.direct and re.search(r"\blived\b.*\d+(\.\d+)? months", answer.direct[0].text)
    assert "mg" not in answer.direct[0].text


def test_a_plan_named_by_its_letters_too(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how much longer do people live on folfirinox")
    assert answer.direct and "months" in answer.direct[0].text and "mg" not in answer.direct[0].text


def test_how_much_of_a_drug_is_still_the_dose(kb) -> None:  # noqa: ANN001
    assert understand(kb, "how much xospata does my mom take").intents == ["dose"]
    assert "results" not in understand(kb, "how much longer is each infusion of herceptin").intents
