"""Chemo said as the treatment someone is on ("just started his chemo", "the same day as her chemo", "in the middle
of cisplatin chemo") does not ask what kind of drug the medicine is: the answer led with "Yes, it is classic chemo"
instead of the warfarin rule, the shot's timing or the wound-healing warning asked about. Asking whether it is chemo,
or what kind of drug it is, still does."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "i take coumadin for a clot and just started revlimid chemo. anything i need to know",
    "can my mom take her revlimid the same day as her chemo?",
    "dad is in the middle of his chemo and on revlimid, can he get a flu shot?",
    "i had chemo last year and now take revlimid, can it affect how my wound heals?",
])
def test_chemo_someone_is_on_is_not_a_question_of_kind(kb, question) -> None:  # noqa: ANN001
    assert "classification" not in understand(kb, question).intents


@pytest.mark.parametrize("question", [
    "is revlimid chemo?",
    "is revlimid a kind of chemo",
    "what family of chemo is revlimid in?",
    "is revlimid a chemo or a targeted drug",
    "does revlimid count as chemo?",
    "is revlimid a form of chemo or not",
    "my mom is on revlimid and had chemo before, is it actually chemo too?",
])
def test_asking_whether_it_is_chemo_still_is(kb, question) -> None:  # noqa: ANN001
    assert "classification" in understand(kb, question).intents
