"""A word that only contains a symptom's word is not that symptom: "number" is not numbness, "interestingly" is not
tingling. A patient asking what their platelet number should be must get an answer, not a
"call your care team today" notice. Shipped symptom rules."""

import pytest

from oncoguide.answer import symptoms


@pytest.mark.parametrize("question", [
    "what number should my platelets be",
    "why do they need my pd-l1 number before giving libtayo",
    "my numbers came back low, what does that mean",
    "interestingly my hair is thinning on letrozole",
])
def test_a_lookalike_word_names_no_symptom(kb, question) -> None:  # noqa: ANN001
    assert symptoms.find(kb, question, []) is None


@pytest.mark.parametrize(("question", "symptom"), [
    ("my fingers are numb since oxaliplatin", "numbness"),
    ("numbness in my toes on bortezomib", "numbness"),
    ("my feet are tingling", "numbness"),
])
def test_the_symptom_itself_is_still_found(kb, question, symptom) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.key == symptom

