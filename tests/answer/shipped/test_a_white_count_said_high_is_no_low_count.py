"""Someone whose white count is high, up or raised is not told about low white cells and what to do for a fever
with them: that answers the opposite of what they said. A low white count still gets the low-count line, and a
fever on a drug that lowers white cells is still a call now, whichever way the count was said to go."""

import pytest

from oncoguide.search.synonyms import expansions

HIGH = [
    "my white count is up, I'm on FOLFOX. should I worry?",
    "my white count is high on lenalidomide, why?",
    "his white blood cells came back high after his last round of FOLFOX",
    "the doctor said she has a raised white count on Revlimid",
]
# what a line on a low count says: its medical names and the low-count row's fever advice
LOW_COUNT_WORDS = ("neutropenia", "leukopenia", "myelosuppression", "lower your white", "low white")


@pytest.mark.parametrize("question", HIGH)
def test_a_high_white_count_is_not_read_as_a_low_one(question):
    assert "neutropenia" not in expansions(question)


@pytest.mark.parametrize("question", HIGH)
def test_a_high_white_count_gets_no_line_on_a_low_count(composer, question):
    answer = composer.answer(question)
    items = [*answer.direct, *(i for g in (*answer.guidelines, *answer.research) for i in g.items)]
    shown = [i.text.lower() for i in items if not i.where.startswith("glossary ")]  # a word's meaning may say both
    assert not [t for t in shown if any(w in t for w in LOW_COUNT_WORDS)], question


def test_the_shots_that_keep_the_count_up_still_mean_a_low_count():
    # no count is said to be high here: the shots are given against a low one
    assert "neutropenia" in expansions("are there shots that keep his white count up during chemo?")


@pytest.mark.parametrize("question", ["my white count is low on FOLFOX. should I worry?",
                                      "my white count dropped on lenalidomide"])
def test_a_low_white_count_still_gets_the_low_count_line(first_line, question):
    line = first_line(question).lower()
    assert "low" in line and ("white" in line or "blood counts" in line), line


@pytest.mark.parametrize("direction", ["low", "up", "high"])
def test_a_fever_on_folfox_is_a_call_now_whichever_way_the_count_went(composer, direction):
    answer = composer.answer(f"my white count is {direction} and I have a fever of 38.5, I am on FOLFOX")
    assert [n.level for n in answer.notices if n.level in ("emergency", "call_now")] == ["call_now"]
