"""Questions people ask of a cancer itself (where it spreads, its kinds, how common it is, the newest survival
figures) get the cancer page's line that says it, with its source: canc14b's lines on fourteen cancer pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    # where it spreads: the answer leads with the places, not a line where "spread" is only said in passing
    ("where does kidney cancer usually spread", ["lungs, liver, bones and brain", "adrenal gland"]),
    ("where does prostate cancer spread to", ["more than 8 in 10", "spine, pelvis, ribs or thigh bone"]),
    ("where can ovarian cancer spread", ["omentum", "peritoneum"]),
    ("where does stomach cancer spread", ["liver", "omentum"]),
    ("where does pancreatic cancer go when it spreads", ["most often spreads to the liver"]),
    ("where can melanoma spread to", ["lymph nodes, the lungs, the liver, the bones, the brain"]),
    ("where does small cell lung cancer spread", ["adrenal glands, liver, bones and brain"]),
])
def test_where_a_cancer_spreads_leads_the_answer(cited_lead: Callable[[str], str], question: str, facts: list[str]) -> None:
    lead = cited_lead(question)
    assert all(f in lead for f in facts), (question, lead)


@pytest.mark.parametrize(("question", "facts"), [
    # newest SEER figures, with the years they come from
    ("what is the survival rate for testicular cancer that spread far", ["2013 to 2019", "(73%)", "(95%)"]),
    ("what is the survival rate for lung cancer that has spread to the lymph nodes", ["2014 to 2018", "(32.9%)", "(6.3%)"]),
    ("what is the survival rate for prostate cancer that has spread", ["2015 to 2019", "(32%)", "close to 100%"]),
    ("what is the survival rate for liver cancer", ["2015 to 2019", "(36%)", "(21%)"]),
    # kinds, how common, what it turns into
    ("what are the main types of ovarian cancer", ["epithelial", "germ cell", "stromal"]),
    ("how many people get MDS each year", ["more than 10,000", "in their 70s"]),
    ("how often does MDS turn into AML", ["about 1 in 3"]),
])
def test_a_cancer_question_shows_the_new_cited_line(answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]) -> None:
    answer_shows(question, facts)


@pytest.mark.parametrize(("question", "asks_where"), [
    ("where does my bladder cancer usually spread?", True),
    ("which organs can it spread to", True),
    ("what tests show if it has spread?", False),  # the scans, which the page's diagnosis answers
    ("has it spread?", False),
])
def test_a_question_on_where_a_cancer_goes_asks_its_spread_sites(question: str, asks_where: bool) -> None:
    from oncoguide.answer.cancer_aspects import asked_aspects

    assert ("spread sites" in [a.name for a in asked_aspects(question)]) is asks_where
