"""Urgent signs in the spellings people type: British "poo" and "wee", misspelt "diarrhea", and a word like "suddenly"
between a leg and how big it is. Each reaches its rule (NHS: blood in poo, a lot of it, is a 999 call; one swollen,
throbbing leg is a call now; CTCAE grade 3 diarrhea, seven or more extra stools, is a call now), and lookalike words
("shampoo", "diary", "dire", "a temp 10 days ago") reach none."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize(("question", "key", "level"), [
    ("passing a lot of bright red blood when I poo, had chemo on monday", "black_stools", Level.emergency),
    ("my poo is black since yesterday", "black_stools", Level.call_now),
    ("pooing blood this morning", "black_stools", Level.call_now),
    ("weeing blood since this morning", "bleeding", Level.call_now),
    ("left leg suddenly much bigger than the right and throbbing, on tamoxifen", "leg_swelling", Level.call_now),
    ("diarhea 8 times today on irinotecan and the imodium isn't working", "diarrhea", Level.call_now),
    ("my husband has had diarrea 9 times since lunch", "diarrhea", Level.call_now),
    ("diahrrea all night, 10 times", "diarrhea", Level.call_now),
])
def test_everyday_spellings_reach_the_rule(kb, question, key, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, level), question


@pytest.mark.parametrize("question", ["my shampoo looks red", "I keep a diary of my doses", "my situation is dire",
                                      "I had a temp 10 days ago, I'm on FOLFOX now"])
def test_lookalike_words_are_no_symptom(kb, question) -> None:  # noqa: ANN001
    assert symptoms.find(kb, question, []) is None, question
