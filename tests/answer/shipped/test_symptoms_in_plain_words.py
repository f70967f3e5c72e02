"""Symptoms said the way people say them ("puffy eyes", "my knees ache", "moody and forgetful", "a temp of 101",
"haven't pooped", "thin your bones", "red eyes", "belly pain going through to my back", "mixing up her words") are
side-effect questions matched to the page's side effect; a word that only sounds like
another question ("forgetful" is not a forgotten dose, "every morning" is not when to take it) asks nothing else.
Shipped knowledge base."""

import pytest


def shown(answer) -> str:  # noqa: ANN001
    return " ".join(i.text for i in answer.cited()).lower()


@pytest.mark.parametrize(("question", "effect"), [
    ("puffy face in the mornings on imatinib", "swelling"),
    ("my wrists and fingers ache since i began letrozole", "joint pain"),
    ("he has been so forgetful and moody on lorlatinib", "memory"),
    ("haven't pooped since my vincristine, normal?", "constipation"),
    ("saw blood in my urine after cyclophosphamide", "bladder"),
    # signs the page names with a medical word, told in everyday words, whatever "my", "his" or "the" stands in them
    ("does arimidex thin your bones", "bone mineral density"),
    ("will letrozole make his bones weak", "bone mineral density"),
    ("can i go out in the sun on alecensa", "photosensitivity"),
    ("my eyes are red and sore on tagrisso", "keratitis"),
    ("bad belly pain going through to my back on tasigna", "pancreatitis"),
    ("my mom on lorbrena keeps mixing up her words", "speech"),
    ("he is on high dose cytarabine and his speech is slurred", "cerebellar"),
    ("he has thrown up twice since the cisplatin", "vomiting"),
])
def test_a_symptom_in_plain_words_gets_the_side_effect(composer, question, effect) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "side_effects" in answer.intents
    assert effect in shown(answer)


@pytest.mark.parametrize(("question", "not_asked"), [
    ("my husband is forgetful on lorlatinib", "missed_dose"),
    ("my eyes are swollen every morning on imatinib", "dose"),
    ("on high-dose cytarabine and her speech is slurred", "dose"),  # "high-dose" names the treatment
])
def test_words_about_the_symptom_ask_nothing_else(composer, question, not_asked) -> None:  # noqa: ANN001
    assert not_asked not in composer.answer(question).intents


def test_a_forgotten_dose_is_still_a_missed_dose(composer) -> None:  # noqa: ANN001
    assert "missed_dose" in composer.answer("i forgot my lorlatinib this morning").intents


def test_a_temperature_with_two_drugs_given_together_is_not_a_comparison(composer) -> None:  # noqa: ANN001
    answer = composer.answer("temperature of 38.5 on dabrafenib and trametinib")
    assert "comparison" not in answer.intents
    assert "fever" in shown(answer)


@pytest.mark.parametrize("question", [
    "how should i store my xeloda, can it sit in the sun",
    "can i leave my ibrance in the sunlight",
])
def test_the_sun_where_pills_are_kept_is_storage_not_a_side_effect(composer, question) -> None:  # noqa: ANN001
    assert composer.answer(question).intents == ["storage"]
