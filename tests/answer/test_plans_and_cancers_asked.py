"""Plan and cancer questions in everyday shapes: a plan named by one drug and "chemo", a trial result asked as "before
it progressed", one kind of a cancer asked ("what type ... do most get"), how long people live asked beside the
treatment, the most common side effects asked "to watch for", and a baby aspirin, which is no question on pregnancy."""

import pytest
from test_replies import KB, ask, first_line

from oncoguide.answer.understand import understand


def shown(answer) -> str:
    return " ".join([*(i.text for i in answer.direct), *(i.text for i in answer.cited())])


def test_before_it_progressed_asks_the_trial_result():
    question = "On ERd for myeloma that came back: in the trial, how long before the myeloma progressed?"
    assert "results" in understand(KB, question).intents
    assert "ELOQUENT-2" in first_line(ask(question))


@pytest.mark.parametrize("question", [
    "Her report says high grade serous. Is that a rare kind? What type of ovarian cancer do most women have?",
    "Which type of ovarian cancer is the most common one?",
])
def test_one_kind_of_a_cancer_asked_gets_its_kinds(question):
    assert "epithelial" in first_line(ask(question)).lower()
