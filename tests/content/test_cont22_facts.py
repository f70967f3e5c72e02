"""Questions whose fact sat on no page, or not in the words people use (branch cont22): asked in plain words, the
answer now shows the fact from a cited line."""

from collections.abc import Callable

import pytest

CASES = [
    ("My son gets leucovorin rescue after methotrexate. Can he take extra leucovorin to feel better?",
     ["too much leucovorin can weaken methotrexate"]),
    ("What dose of etoposide do I get if my kidneys are not working well?",
     ["three quarters (75%)"]),
    ("Is the Xeloda dose lowered for moderate kidney problems?",
     ["3/4 (75%)"]),
    ("He smokes and his CEA is a bit high. What is a normal CEA?",
     ["up to 2.5 ng/ml", "up to 5 in people who smoke"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


def test_ifosfamide_heart_problems_say_call_right_away(cited_answer_text: Callable[[str], str]) -> None:
    # A safety rule: a racing heart on ifosfamide means calling the care team right away.
    text = cited_answer_text("Can ifosfamide affect the heart? My son's heart races during his sarcoma chemo.")
    assert "arrhythmia" in text and "heart failure" in text, text[:2000]
    assert "call your care team right away if your heart races" in text, text[:2000]
