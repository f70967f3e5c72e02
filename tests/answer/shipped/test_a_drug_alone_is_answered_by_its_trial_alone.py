"""A drug asked of as given without chemo ("Libtayo alone", "by itself", "instead of chemo") is answered by the trial
that gave it without chemo, not by a trial that gave it together with chemo, though that line may share more of the
question's words ("chemo", "live longer"); asked as given with chemo ("Libtayo plus chemo"), the trial that gave it
with chemo answers, not the one of the drug alone. Shipped knowledge base."""

import pytest

from oncoguide.answer.plan_trials import given_with_chemo


@pytest.mark.parametrize("question", [
    # (the trial with chemo says "chemo alone" of its other arm: the word "alone" alone does not tell the trials apart)
    "is libtayo alone as good as chemo for lung cancer? did people live longer in the trial",
    "my dad could get libtayo alone for his lung cancer, not chemo. in the study did people live longer",
])
def test_the_trial_of_the_drug_without_chemo_leads(first_line, question) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "empower-lung 1" in line and "empower-lung 3" not in line


def test_a_line_setting_the_drug_beside_chemo_is_not_given_with_it() -> None:
    assert given_with_chemo("people got chemo with cemiplimab or with a dummy drip", ["cemiplimab"])
    assert not given_with_chemo("people got cemiplimab or chemotherapy as a first treatment", ["cemiplimab"])


def test_asked_with_chemo_the_trial_with_chemo_still_answers(first_line) -> None:  # noqa: ANN001
    assert "empower-lung 3" in first_line("libtayo plus chemo for lung cancer, did people live longer in the trial")
