"""How to handle the pills safely: handling questions about oral cancer drugs get the label's handling line, cited
(issue #11). The questions are our own words, as a patient or a caregiver would ask them."""

from pathlib import Path

import pytest

from oncoguide.answer import Composer, check
from oncoguide.content import load

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(load(CONTENT))


@pytest.mark.parametrize(("question", "words", "label"), [
    ("Can my wife touch my pomalidomide capsules?", "soap and water", "pomalyst-label"),
    ("pomalyst capsule broke open and the powder got on my hand, what do I do", "wash it off right away", "pomalyst-label"),
    ("Is it ok to open my thalidomide capsule and sprinkle it in food?", "do not open or crush", "thalomid-label"),
    ("What if the powder from a Thalomid capsule gets in my eyes?", "rinse well with water", "thalomid-label"),
    ("Do I need to be careful handling my husband's methotrexate tablets?", "special rules for handling",
     "methotrexate-tablets-label"),
    ("How do I get rid of leftover methotrexate pills safely?", "throwing them away", "methotrexate-tablets-label"),
    ("What should I do if one of my Ninlaro capsules breaks?", "keep the powder off your skin", "ninlaro-label"),
    ("Is ixazomib safe for my caregiver to touch?", "can harm healthy cells", "ninlaro-label"),
])
def test_a_handling_question_leads_with_the_labels_handling_line(composer: Composer, question: str, words: str,
                                                                  label: str) -> None:
    answer = composer.answer(question)
    assert check(answer) == [], question
    lead = answer.direct[0] if answer.direct else None
    assert lead is not None and words in lead.text.lower(), (question, lead)
    cited = {r.source_id: r.sections for r in answer.references if r.number in lead.refs}
    assert "16" in cited.get(label, []), (question, cited)
