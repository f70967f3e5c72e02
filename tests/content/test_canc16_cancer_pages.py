"""The standard questions a family asks of a cancer (does it run in families, what kinds are there, will it come
back, what follow-up comes after treatment, at what age) get the cancer page's line that says it, with its source:
canc16's lines on the pages that lacked them."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    # does it run in families
    ("is AML something you can inherit from your parents", ["down syndrome", "gata2"]),
    ("is liver cancer passed down in families", ["hemochromatosis"]),
    ("does follicular lymphoma run in families", ["twice as likely"]),
    ("does diffuse large b-cell lymphoma run in families", ["twice as likely"]),
    ("can head and neck cancer be inherited", ["fanconi anemia"]),
    # what kinds there are
    ("what are the different kinds of melanoma", ["superficial spreading", "acral lentiginous"]),
    # will it come back, and the follow-up after treatment
    ("can small cell lung cancer come back", ["extensive stage", "new, separate lung cancer"]),
    ("can melanoma come back years later", ["at any time"]),
    ("does stomach cancer come back after surgery", ["1 in 5", "within 2 years"]),
    ("what type of stomach cancer do most people have", ["adenocarcinoma", "9 in 10"]),
    # usual age
    ("at what age does small cell lung cancer usually happen", ["about 70"]),
    ("what age do people usually get follicular lymphoma", ["60 to 65"]),
])
def test_a_family_question_leads_with_the_new_line(cited_lead: Callable[[str], str], question: str, facts: list[str]) -> None:
    lead = cited_lead(question)
    assert all(f in lead for f in facts), (question, lead)


@pytest.mark.parametrize(("question", "facts"), [
    # "come back" has no section of its own: the line is among the evidence, not always first
    ("will small cell lung cancer return after treatment", ["new, separate lung cancer"]),
    ("can ALL come back in adults", ["about half of people"]),
    ("how often are check-ups after ALL treatment ends", ["every 6 months in years 4 and 5", "late effects"]),
    ("what check-ups come after treatment for limited stage small cell lung cancer", ["brain mri"]),
    ("how long do younger people live with mantle cell lymphoma", ["107 months"]),
])
def test_a_follow_up_or_outlook_question_shows_the_new_line(answer_shows: Callable[[str, list[str]], None], question: str,
                                                            facts: list[str]) -> None:
    answer_shows(question, facts)
