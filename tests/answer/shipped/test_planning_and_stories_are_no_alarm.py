"""Planning questions and other people's stories are no alarm; the same symptom said of someone here still is.

Buying a thermometer before treatment starts, what to eat with diarrhea, what to ask at tomorrow's visit, a nosebleed
last week that stopped, and what happened to a mother's neighbor are not something happening now. Each of these was
flagged "call now" or 911 before."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import URGENT


@pytest.mark.parametrize("question", [
    "should I buy a thermometer before I start FOLFOX",
    "what should I eat when I have diarrhea from chemo",
    "I have an appointment tomorrow, what should I ask about my shortness of breath medicine",
    "I had a nosebleed last week that stopped after 5 minutes, should I mention it at my next visit",
    "my mom's neighbor fainted during chemo, is that common",
])
def test_planning_or_a_story_is_no_alarm(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not (answer.notices and answer.notices[0].level in {level.value for level in URGENT}), question


@pytest.mark.parametrize("question", [
    "I have a fever of 38.5, should I still go in before I start cycle 3",
    "what can I eat, my mouth sores are so bad I can't swallow",
    "my nose has been bleeding for 20 minutes and it hasn't stopped",
    "it stopped bleeding then started again an hour ago",
    "my friend collapsed",
    "my mom's friend is having a seizure right now",
    "what can I drink my mouth is so sore I can't swallow",  # run-on sentences: the planning words do not hide them
    "before I start my cycle my temperature is 38.5",
    "what do i ask the nurse my temp is 39",
])
def test_the_symptom_said_of_someone_now_stays_urgent(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.result.level in URGENT, question
