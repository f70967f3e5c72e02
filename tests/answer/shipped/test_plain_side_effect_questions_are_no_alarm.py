""""Do I need anything for nausea before it?" asks about a medicine for nausea, and "I can't swallow my Tagrisso
pills" about how to take a medicine: neither gets a "call now" notice. A symptom described as happening, a symptom
urgent in itself, one the treatment makes urgent (fever on a drug that lowers white cells), and a treatment and a
symptom named alone ("xeloda and diarrhea": it may be happening now) still do. Shipped knowledge base."""

import pytest

URGENT = {"emergency", "call_now"}


def _first_level(composer, question: str) -> str | None:  # noqa: ANN001
    answer = composer.answer(question)
    return answer.notices[0].level if answer.notices else None


@pytest.mark.parametrize("question", [
    "I can't swallow my tagrisso pills",
    "my dad cant swallow pills, can his tagrisso be dissolved in water",
    "do I need anything for nausea before my azacitidine shot",
    "folfox dose, and do they give anything for nausea",
])
def test_a_plain_question_is_no_false_alarm(composer, question) -> None:  # noqa: ANN001
    assert _first_level(composer, question) not in URGENT


def test_the_side_effect_asked_about_is_still_answered(composer) -> None:  # noqa: ANN001
    answer = composer.answer("vidaza and nausea")
    assert any("nausea" in item.text.lower() for item in answer.cited())


@pytest.mark.parametrize(("question", "level"), [
    ("I have nausea on vidaza and can't keep water down", "call_now"),
    ("I can't swallow even water, my mouth is so sore", "call_now"),
    ("folfox and fever", "call_now"),             # FOLFOX lowers white cells: fever is urgent on it
    ("tagrisso and chest pain", "emergency"),     # chest pain is urgent as named
    ("I need something for this chest pain", "emergency"),
    ("keytruda and shortness of breath", "emergency"),  # could be a 911 call: the safer reading stays
    # a treatment and a symptom alone may be happening now: the unsaid "can you keep fluids down?" counts as no
    ("vidaza and nausea", "call_now"),
    ("vomiting on folfox", "call_now"),
    ("xeloda and diarrhea", "call_now"),
])
def test_a_real_or_possible_emergency_is_still_flagged(composer, question, level) -> None:  # noqa: ANN001
    assert _first_level(composer, question) == level
