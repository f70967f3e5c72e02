"""Drug facts dev_blind22 asked for that no drug page gave (branch cont25): what is in the pill, how long to wait,
what to do at home, trial results, and what a rash or long eyelashes on an EGFR drug mean. Asked in plain words,
the answer shows each fact from a cited line."""

from collections.abc import Callable

import pytest

CASES = [
    # what is in the tablets or capsules
    ("Does Sprycel have lactose in it? I can't have milk sugar.", ["tablets contain lactose"]),
    ("Is there sorbitol or fructose in Xtandi? I have hereditary fructose intolerance.", ["57.8 mg of sorbitol"]),
    # pregnancy, vaccines and infections
    ("After I stop Lenvima, how long should I wait before breastfeeding again?", ["at least 1 week"]),
    ("Is Tafinlar safe if you have G6PD deficiency?", ["hemolytic anemia"]),
    ("I had hepatitis B years ago. Does it matter for daratumumab?", ["at least 6 months after the last dose"]),
    ("Can someone on Gazyva get the nasal flu vaccine?", ["do not get live vaccines"]),
    ("Can a child taking mercaptopurine have the MMR vaccine?", ["live vaccines, such as mmr"]),
    # how it is given or taken, and home care
    ("Is there an Opdivo shot under the skin instead of an IV?", ["opdivo qvantig"]),
    ("What can oral mesna be mixed with so it tastes better?", ["orange juice or cola"]),
    ("Is DTIC given as a shot or as a drip?", ["slow injection", "20 minutes to an hour"]),
    ("Are Lynparza capsules and tablets the same dose?", ["not the same", "do not mix them"]),
    ("Can I give low dose cytarabine injections to myself at home?", ["to themselves at home"]),
    ("There is a hard bump under the skin where my Zoladex implant was put in. Is that ok?",
     ["that is normal", "slowly dissolves"]),
    ("Where do I take erlotinib tablets that are left over?", ["back to the hospital pharmacy"]),
    # side effects
    ("Can Cytoxan make you sneeze during the infusion?", ["sneezing can start during the drip"]),
    ("How long do nails take to grow back after paclitaxel?", ["about 6 months", "up to 1.5 years"]),
    ("Can I drive after an Abraxane infusion?", ["tired or dizzy"]),
    # who gets it, and what trials found
    ("What PSA doubling time qualifies for Nubeqa when the prostate cancer has not spread?",
     ["doubled in 10 months or less"]),
    ("How many cycles of gemcitabine and cisplatin are given for bile duct cancer?", ["up to 8 cycles"]),
    ("What did the AEGEAN trial of durvalumab before and after lung surgery find?", ["73.4%", "64.5%"]),
    ("What did the LAURA trial of osimertinib after chemoradiation show?", ["39.1 months", "5.6 months"]),
    ("What did the MATTERHORN trial of durvalumab with FLOT for stomach cancer find?", ["67.4%", "58.5%"]),
    # side effects that plan questions asked about, on the drug's own page
    ("Why are my eyelashes getting so long on Erbitux?", ["trichomegaly", "trimming them"]),
    ("Does a rash on Tarceva mean it is working?", ["better survival", "good sign"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


# Safety rules: who to call and how soon, when a home chemo pump leaks or a self-injected dose brings a fever.
@pytest.mark.parametrize(("question", "rule"), [
    ("My 5-FU pump tubing is leaking at home. What do I do?", "call your care team right away"),
    ("I inject cytarabine myself at home and now I have a fever and chills. What should I do?",
     "call your care team at once for a fever"),
])
def test_home_chemo_line_says_who_to_call_and_how_soon(
    cited_answer_text: Callable[[str], str], question: str, rule: str
) -> None:
    assert rule in cited_answer_text(question)
