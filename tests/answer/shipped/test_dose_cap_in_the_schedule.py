"""A plan's dose line says the cap its page puts on the dose ("vincristine 1.4 mg/m² ... the dose is capped at
2 mg", "no more than 80 mg in one dose"): "is there a cap on the vincristine in R-CHOP?" was answered with the
dose per m² alone, though the cap is on the page. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("what dose of vincristine is in R-CHOP, is it capped",
     "vincristine 1.4 mg/m² by drip into a vein on day 1 (every 3 weeks; the dose is capped at 2 mg)"),
    ("lonsurf dose", "on days 1 to 5 and 8 to 12 (no more than 80 mg in one dose)"),
])
def test_the_dose_line_carries_its_cap(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text


def test_a_note_that_caps_nothing_stays_out_of_the_dose_line(composer) -> None:  # noqa: ANN001
    # R-CHOP's rituximab has no cap: its line ends with its rhythm
    text = composer.answer("what is the rituximab dose in R-CHOP").direct[0].text
    assert "rituximab 375 mg/m² by drip into a vein on day 1 (every 3 weeks)," in text
