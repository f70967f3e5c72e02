"""How to handle the pills safely: handling questions about oral cancer drugs get the label's handling line, cited
(issue #11). The questions are our own words, as a patient or a caregiver would ask them."""


import pytest
from shippedkb import shipped_composer

from oncoguide.answer import Composer, check


@pytest.fixture(scope="module")
def composer() -> Composer:
    return shipped_composer()


@pytest.mark.parametrize(("question", "words", "source"), [
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
                                                                  source: str) -> None:
    assert _lead_cites(composer, question, words, source, "16")


@pytest.mark.parametrize(("question", "words", "source", "section"), [
    ("do I need gloves when I give my dad his thalidomide?", "wear throwaway gloves", "thalidomide-lipomed-eu-leaflet",
     "3"),
    ("What do I do with leftover Lenvima capsules when he stops?", "ask your pharmacist how to throw away",
     "lenvima-eu-leaflet", "5"),
    ("can I throw my unused olaparib in the trash", "not to flush leftover tablets", "lynparza-eu-leaflet", "5"),
    ("what should we do with my wife's leftover sutent capsules?", "not to flush leftover capsules", "sutent-eu-leaflet",
     "5"),
])
def test_a_handling_question_leads_with_the_european_leaflets_line(composer: Composer, question: str, words: str,
                                                                   source: str, section: str) -> None:
    assert _lead_cites(composer, question, words, source, section)


def _lead_cites(composer: Composer, question: str, words: str, source: str, section: str) -> bool:
    """The answer's first line says the words and cites that section of the source, with no citation defect."""
    answer = composer.answer(question)
    assert check(answer) == [], question
    lead = answer.direct[0] if answer.direct else None
    assert lead is not None and words in lead.text.lower(), (question, lead)
    cited = {r.source_id: r.sections for r in answer.references if r.number in lead.refs}
    assert section in cited.get(source, []), (question, cited)
    return True


@pytest.mark.parametrize("question", [
    "My mom can't swallow pills well, can she open her Pomalyst capsule?",
    "can I crush ixazomib and put it in applesauce",
])
def test_whether_a_pill_may_be_opened_still_gets_the_rule_to_keep_it_whole(composer: Composer, question: str) -> None:
    answer = composer.answer(question)
    assert answer.direct and " open it" in answer.direct[0].text.lower(), (question, answer.direct)
