"""Drug and glossary facts that dev_blind21 asked for and no page held, or held where the answer did not reach
(branch cont23): asked in plain words, the answer now shows the fact from a cited line."""

from collections.abc import Callable

import pytest

CASES = [
    # durvalumab: ADRIATIC, after chemo and radiation for limited-stage small cell lung cancer
    ("Does Imfinzi after chemoradiation for limited-stage small cell lung cancer help people live longer?",
     ["adriatic", "55.9 months", "33.4 months"]),
    # palbociclib: PALOMA-3 overall survival, with fulvestrant
    ("Did Ibrance with Faslodex help people live longer in the big study?",
     ["paloma-3", "34.9 months", "28.0 months", "not big enough to be sure"]),
    # ramucirumab: the liver cancer use depends on the AFP blood test
    ("Which blood test decides if Cyramza can be used for liver cancer after Nexavar?",
     ["afp (alpha-fetoprotein)", "400 ng/ml"]),
    # sacituzumab govitecan: ASCENT-03, first treatment when immunotherapy is not an option
    ("Trodelvy as the first treatment for spread triple negative breast cancer without immunotherapy: did it beat chemo?",
     ["ascent-03", "9.7 months", "6.9 months"]),
    # trastuzumab: ToGA, HER2-positive stomach cancer
    ("How much longer did people with HER2 positive stomach cancer live when Herceptin was added to chemo?",
     ["toga", "13.8 months", "11.1 months"]),
    # vincristine: what is done when it leaks out of the vein
    ("Some vincristine leaked under my son's skin at the IV. What do nurses do about it?",
     ["hyaluronidase", "warm pack"]),
    # zanubrutinib: SEQUOIA, on the drug page as well as the plan
    ("Did Brukinsa control untreated CLL longer than bendamustine and rituximab in the trial?",
     ["sequoia", "85.5%", "69.5%"]),
    # abiraterone: the low-dose-with-food trial, and that it is not the label's way
    ("Can my husband take a smaller dose of Zytiga with breakfast instead of 1000 mg on an empty stomach?",
     ["250 mg", "low-fat breakfast", "not how the label says"]),
    # acalabrutinib: ACE-LY-004 response in mantle cell lymphoma that came back
    ("What share of people with relapsed mantle cell lymphoma respond to Calquence?",
     ["ace-ly-004", "81%"]),
    # ado-trastuzumab emtansine: KATHERINE 7-year figures
    ("Her HER2 breast cancer was not all gone at surgery, so she gets Kadcyla instead of Herceptin. How many stayed "
     "cancer free in the trial?",
     ["katherine", "80.8%", "67.1%"]),
    # nivolumab: CheckMate 649 with FOLFOX or XELOX for HER2-negative stomach cancer
    ("Does adding Opdivo to FOLFOX help people with spread HER2 negative stomach cancer live longer?",
     ["checkmate 649", "hazard ratio 0.79", "hazard ratio 0.70"]),
    # bevacizumab: the first large trial with IFL
    ("In the first big Avastin study for spread colon cancer, how much longer did people live?",
     ["20.3 months", "15.6 months"]),
    # nilotinib: narrowed leg arteries, and what to tell the team
    ("Can Tasigna cause leg pain and cramps in the calves when walking?",
     ["peripheral arterial occlusive disease", "26%", "leg pain or cramps when you walk"]),
    # cetuximab: red meat allergy after tick bites (alpha-gal)
    ("I became allergic to red meat after a tick bite. Is Erbitux risky for me?",
     ["alpha-gal", "anaphylaxis", "first cetuximab drip"]),
    # bendamustine: BRIGHT complete responses
    ("Is bendamustine with rituxan as good as R-CHOP for untreated follicular lymphoma?",
     ["bright", "31%", "25%"]),
    # tamoxifen: NSABP P-1, lowering the risk in women at high risk
    ("By how much does taking tamoxifen lower breast cancer risk for a woman at high risk?",
     ["p-1", "49%", "risk ratio 0.57"]),
    # temozolomide: short-course radiation in people 65 or older
    ("For glioblastoma at age 76, does adding Temodar to 3 weeks of radiation help?",
     ["65 or older", "9.3 months", "7.6 months"]),
    # abemaciclib: monarchE 5-year absolute gain
    ("After 5 years on monarchE, how many fewer women had breast cancer come back with Verzenio?",
     ["monarche", "7.6%", "0.680"]),
    # pirtobrutinib: BRUIN CLL-313 against bendamustine and rituximab
    ("Did Jaypirca do better than bendamustine and rituxan as the first treatment for CLL?",
     ["bruin cll-313", "93.4%", "70.7%"]),
    # brentuximab vedotin: ALCANZA in CD30-positive mycosis fungoides
    ("Does Adcetris work better than methotrexate for CD30 positive mycosis fungoides?",
     ["alcanza", "54.7%", "12.5%"]),
    # sorafenib: desmoid tumors, and that it is not a label use
    ("Does Nexavar work for a desmoid tumor that keeps growing?",
     ["desmoid", "81%", "36%", "not a use listed on the us label"]),
    # cemiplimab: C-POST after surgery and radiation
    ("Does a year of Libtayo after surgery and radiation stop squamous skin cancer coming back?",
     ["c-post", "87.1%", "64.1%"]),
    # bortezomib: how many cycles of VMP
    ("How many cycles of VMP (Velcade, melphalan, prednisone) are given, and for how long?",
     ["9 rounds (cycles)", "54 weeks"]),
    # trastuzumab: what it can do to a baby, in the words of the boxed warning's harm
    ("What can Herceptin do to a baby if I get pregnant while on it?",
     ["amniotic fluid"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


GLOSSARY = [
    ("atypical-endometrial-hyperplasia", ["EIN", "endometrial intraepithelial neoplasia", "precancer"]),
    ("oncotype-dx", ["between 0 and 100", "26 to 100"]),
    ("ptt", ["heparin"]),
    ("ring-sideroblasts", ["15% or more", "MDS with low blasts and ring sideroblasts"]),
    ("blood-culture", ["2 bottles", "(aerobic)", "(anaerobic)"]),
    ("atelectasis", ["incentive spirometer", "deep breathing exercises"]),
    ("basophils", ["chronic myeloid leukemia (CML)"]),
    ("biosimilar", ["interchangeable", "swap it for the reference drug without asking the prescriber"]),
    ("ca-15-3", ["first few weeks of a new treatment", "rise for a short time"]),
]


@pytest.mark.parametrize(("slug", "facts"), GLOSSARY)
def test_glossary_definition_says_it_plainly(
    definition_says: Callable[[str, list[str]], None], slug: str, facts: list[str]
) -> None:
    definition_says(slug, facts)


ASKED = [
    ("My uterine biopsy says EIN. What does that mean?", ["endometrial intraepithelial neoplasia"]),
    ("What does an Oncotype score of 31 mean for chemo?", ["between 0 and 100", "26 to 100"]),
    ("Why do they keep checking the PTT while my dad is on a heparin drip?", ["heparin"]),
    ("Why is a set of blood cultures two bottles?", ["aerobic", "anaerobic"]),
    ("What can I do at home for atelectasis after lung surgery?", ["incentive spirometer"]),
    ("What does it mean when a biosimilar is interchangeable?", ["interchangeable", "swap"]),
    ("My CA 15-3 went up a few weeks into new chemo. Is the chemo failing?", ["first few weeks"]),
]


@pytest.mark.parametrize(("question", "facts"), ASKED)
def test_a_glossary_question_gets_the_new_fact(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)
