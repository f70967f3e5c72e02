"""What a patient asks of a thin plan page is answered with the cited line that says it: canc18b's lines (the trial
behind the plan, and bone care on hormone shots)."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    # the trial after surgery, not only the ones in advanced disease
    ("my wife's lung tumor was taken out - did cisplatin with vinorelbine afterwards help her live longer than no chemo?",
     ["69 in 100", "54 in 100"]),
    # what to do about bone thinning on the shots
    ("does leuprolide for prostate cancer weaken bones, and should I take calcium?", ["vitamin d", "bone density scan"]),
    # the head-to-head trial of two drugs of one kind
    ("is calquence as good as imbruvica for cll that came back? was there a trial comparing them?",
     ["elevate-rr", "38 months"]),
    # survival in months, after chemo stopped working
    ("my dad's prostate cancer grew after docetaxel; how much longer do men live on xtandi?", ["18.4 months"]),
    # what the thyroid tests look for, with how often it needs treating
    ("why does my oncologist keep checking my thyroid on sutent for kidney cancer?",
     ["underactive thyroid", "27 in 100"]),
])
def test_the_line_that_says_it_is_shown(answer_shows: Callable[[str, list[str]], None], question: str,
                                        facts: list[str]) -> None:
    answer_shows(question, facts)
