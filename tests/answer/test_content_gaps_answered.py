"""Questions from the tuning set and the gap list of issue 11 that the knowledge base could not answer before stop 26,
and facts people ask about drugs and plans that no page held before stop 32 (each question in our own words).

Each fact is one a reader needs (a missed-dose rule, a storage rule, a rate, a wait before surgery); the answer must
show it with a citation, not only hold it somewhere in content/.
"""

from pathlib import Path

import pytest

from oncoguide.answer import Composer, check

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer() -> Composer:
    from oncoguide.content import load

    return Composer(load(CONTENT))


@pytest.mark.parametrize(("q", "fact"), [
    ("why was my first rituxan infusion so slow, took all day", "50 mg per hour"),
    ("dad has surgery coming up, does he stop his nexavar before", "at least 10 days before"),
    ("since starting prednisone with chemo i cant sleep", "hard to sleep"),
    ("I forgot my Jaypirca this morning, what do I do", "more than 12 hours"),
    ("missed a dose of temozolomide", "same day"),
    ("how should I store Lynparza", "protect them from moisture"),
    ("how do I store my Stivarga tablets", "drying packet"),
    ("can I take zidovudine with Lonsurf", "HIV medicine"),
    ("my eyes are red and irritated on vectibix", "keratitis"),
    # stop 32 (cont14): facts people ask that no page held
    # forms given as a shot under the skin
    ("is there a shot version of herceptin instead of the drip", "Herceptin Hylecta"),
    ("can i get phesgo instead of perjeta iv", "about 8 minutes"),
    ("is tecentriq available as an injection under the skin", "Tecentriq Hybreza"),
    ("is there an oral tablet form of azacitidine", "Onureg"),
    # doses that depend on weight, kidneys or the cancer
    ("what is the dose of polivy", "1.8 mg for each kilogram"),
    ("what is the irinotecan dose when it is given without other chemo", "125 mg/m² once a week"),
    ("what dose of docetaxel is used for prostate cancer", "prednisone pills, 5 mg twice a day"),
    ("is the enhertu dose different for stomach cancer", "6.4 mg"),
    ("how is the single carboplatin dose for seminoma worked out", "AUC 7"),
    # how long, and when
    ("how long is imatinib taken after surgery for a GIST", "3 years"),
    ("how many cycles of cisplatin and vinorelbine after lung cancer surgery", "4 cycles"),
    ("how long should I keep using sunscreen after I stop alectinib", "7 days"),
    ("when does the neulasta onpro give the dose and can i drive", "26 to 29 hours"),
    # what it does, and what to do
    ("my dad took his weekly methotrexate every day by mistake", "call your care team right away"),
    ("which blood tests check for tumor lysis when starting venetoclax", "potassium"),
    ("is hearing loss from cisplatin permanent", "most often permanent"),
    ("will my son's vincristine tingling go away", "40 of the 42"),
    ("is levoleucovorin the same as leucovorin", "active form of leucovorin"),
    ("can zoladex during chemo protect my fertility", "protect the ovaries"),
    ("is bortezomib used for mantle cell lymphoma", "VR-CAP"),
    ("does exemestane prevent breast cancer in high risk women", "65%"),
    ("what helps constipation from vinorelbine", "stool softener"),
    ("what counts as a fast rising psa for enzalutamide after prostate surgery", "doubling time of 9 months"),
    # s33 cont15b: label and patient-sheet facts for the drug pages ipilimumab to zanubrutinib
    # a pill someone else swallowed, and how long treatment goes on
    ("my dog swallowed one of my sorafenib tablets", "1-800-222-1222"),
    ("what if my dog eats my methotrexate", "1-800-222-1222"),
    ("my kid swallowed one of my ibrance pills", "1-800-222-1222"),
    ("how long will i take tagrisso after surgery", "for up to 3 years, unless"),
    ("how long do i take kisqali for early breast cancer", "taken for 3 years, unless"),
    ("how long do you get gazyva alone for follicular lymphoma", "1,000 mg every 2 months"),
    ("how many cycles of opdivo after lung cancer surgery", "up to 13 cycles, about 1 year"),
    # fertility, breastfeeding, and what is in the drug
    ("will sunitinib affect my fertility", "unable to have children"),
    ("will tagrisso make me infertile", "harder for both women and men"),
    ("does xpovio affect fertility", "harder for both men and women"),
    ("can i have children after taking lenvima", "harder to have children"),
    ("can i breastfeed on pomalyst", "stop breastfeeding or stop pomalidomide"),
    ("how long after ninlaro can i breastfeed", "for 90 days after your last dose"),
    ("does taxol have alcohol in it", "49.7%"),
    ("is trodelvy the same as irinotecan", "active form of irinotecan"),
    ("can i take st john's wort with lorbrena", "names St. John's wort"),
])
def test_the_answer_shows_the_fact_the_page_now_holds(composer: Composer, q: str, fact: str) -> None:
    answer = composer.answer(q)
    assert check(answer) == []
    assert fact.lower() in " ".join(item.text for item in answer.cited()).lower(), q
