""""How long after Lonsurf can I breastfeed?", "how long birth control after Vectibix?": the time after the last
dose is what is asked, so the drug page's breastfeeding or birth-control line comes first, not how long the
treatment plan lasts. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


@pytest.mark.parametrize(("question", "said"), [
    ("how long after lonsurf can I breastfeed", ("do not breastfeed during treatment and for 1 day after",
                                                 "1 day after the last dose")),
    ("how long after cyramza can i breastfeed", ("do not breastfeed during treatment and for 2 months after",
                                                 "2 months after the last dose")),
    ("how long after sutent do i need birth control", ("birth control that works during treatment and for at least 4 weeks",
                                                       "4 weeks after the last dose")),
    ("how long birth control after vectibix", ("birth control that works during treatment and for 2 months",
                                               "2 months after the last dose")),
    ("how long after gazyva can i get pregnant", ("18 months after the last dose",)),
])
def test_the_time_after_the_last_dose_comes_first(composer, question, said) -> None:  # noqa: ANN001
    text = first(composer, question)
    assert all(s in text for s in said) and "cycles" not in text


def test_how_long_treatment_lasts_is_still_the_plan(composer) -> None:  # noqa: ANN001
    assert "cycles" in first(composer, "how long do I take lonsurf")
