"""Everyday ways people describe an emergency reach the rule that names it (content/triage.yaml `phrases`): a
missed wording means no urgent notice at all. Each row is a wording a phrase was added or kept for."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level

E, NOW = Level.emergency, Level.call_now


@pytest.mark.parametrize(("question", "symptom", "level"), [
    # a severe allergic reaction: the swelling named as "swelling of ..." or "swollen ..."
    ("I have swelling of the face, lips, tongue or throat", "allergic_reaction", E),
    ("there is swelling of my lips after the infusion", "allergic_reaction", E),
    ("swelling in my throat right now", "allergic_reaction", E),
    ("my dad has a swollen tongue after his rituximab", "allergic_reaction", E),
    ("I feel like my throat is closing up", "allergic_reaction", E),
    ("I have hives all over my body", "allergic_reaction", E),
    # blood in the stool, said as a bowel movement or "when I poop" (the black or bloody stools rule)
    ("there was blood when I had a bowel movement", "black_stools", NOW),
    ("blood in my bowel movement this morning", "black_stools", NOW),
    ("I have bloody bowel movements", "black_stools", NOW),
    ("there is blood when I poop", "black_stools", NOW),
    # bleeding
    ("I am coughing up blood", "bleeding", NOW),    # NHS: streaks are an urgent call; 999 for more (told in the reason)
    ("I'm vomiting blood", "bleeding", NOW),
    ("I'm vomiting a lot of blood", "bleeding", E),
    ("my nose is bleeding and I can't stop the bleeding", "bleeding", E),
    # brain and consciousness
    ("I can't wake him up", "fainting", E),
    ("my husband has slurred speech", "stroke_signs", E),
    ("I have the worst headache of my life", "headache", E),
])
def test_an_everyday_wording_reaches_its_rule(kb, question, symptom, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (symptom, level)


@pytest.mark.parametrize("question", [
    "I have swelling of the face and ankles on imatinib",   # fluid build-up, not an allergic reaction
    "my face is puffy from prednisone",
    "I have swollen lymph nodes in my neck",
])
def test_swelling_that_is_not_an_allergic_reaction_is_no_911_call(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.key != "allergic_reaction"


def test_a_bruise_where_a_shot_went_in_is_not_the_bleeding_rule(kb) -> None:  # noqa: ANN001
    # The bleeding rule's reason is low platelets; a bruise at the needle comes from the needle.
    found = symptoms.find(kb, "I have a small bruise where my azacitidine shot went in", [])
    assert found is None or found.key != "bleeding"
    found = symptoms.find(kb, "I have bruises all over my legs on ibrutinib", [])
    assert found is not None and found.key == "bleeding" and found.result.level in (E, NOW)
