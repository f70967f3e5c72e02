"""What a patient asks of a plan with few lines, and of APL on the AML page, is answered with the line that says
it and its source: canc17b's lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    # how long the drip lasts, on the plan itself
    ("carboplatin alone for ovarian cancer that returned: how many minutes is each infusion?", ["15 to 60 minutes"]),
    # why the urine is tested, with how often the kidneys leak protein
    ("bevacizumab for glioblastoma - how likely is protein in the urine?", ["kidney's filters", "2.2%"]),
    # how the AML subtype APL is treated
    ("what treatment does the APL kind of AML get?", ["arsenic trioxide"]),
])
def test_the_line_that_says_it_is_shown(answer_shows: Callable[[str, list[str]], None], question: str,
                                        facts: list[str]) -> None:
    answer_shows(question, facts)
