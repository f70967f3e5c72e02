"""Questions about a cancer or a word, said in everyday words, reach the page line that says it in its own words: a
"gene change" is the plan's mutation, "how fast does it grow" the line on how fast the cancer grows, "is X connected
to it" the cancer's risks, "who gets it" the line naming the ages wherever the page keeps it, and "a higher cancer
risk" names no kind of cancer we lack (stop 34, ans16c)."""


import pytest
from shippedkb import shipped_composer

from oncoguide.answer import check


@pytest.fixture(scope="module")
def composer():

    return shipped_composer()


def test_a_gene_change_is_the_mutation_the_plan_names(composer):
    # the plan says "FLT3 mutation", the question a gene change: the first line says which
    answer = composer.answer("which gene change must the AML have for midostaurin to be given with 7+3?")
    assert check(answer) == []
    assert answer.direct and "flt3 mutation" in answer.direct[0].text.lower()


def _first_line(composer, q: str) -> str:
    answer = composer.answer(q)
    assert check(answer) == []
    first = answer.direct or [i for g in answer.guidelines for i in g.items]
    return first[0].text.lower() if first else ""


@pytest.mark.parametrize("q, said", [
    # how fast the cancer itself grows, not what it may turn into ("changes into a fast-growing lymphoma")
    ("does CLL usually grow quickly or slowly?", "gets worse slowly"),
    ("how fast does follicular lymphoma tend to grow", "grows slowly"),
    # whether something led to the cancer is what its risks say
    ("my nephew had glandular fever as a teen. is that linked to his hodgkin lymphoma now?", "epstein-barr"),
    ("he is on anti-rejection pills after a liver transplant. could that have anything to do with his DLBCL?",
     "immune system"),
    # the ages are in the page's outlook or who gets it, not its risks
    ("at what age do people tend to get follicular lymphoma?", "older"),
])
def test_everyday_words_reach_the_line_that_says_it(composer, q, said):
    assert said in _first_line(composer, q)


def test_a_higher_cancer_risk_names_no_cancer_we_lack(composer):
    answer = composer.answer("is there a greater cancer risk later in life with an undescended testicle?")
    shown = " ".join(i.text for i in answer.cited()).lower()
    assert "does not cover" not in " ".join(n.text for n in answer.notices)
    assert "testicular cancer" in shown


@pytest.mark.parametrize("q, term", [
    # the side effect said beside chemo is asked, not what chemo is
    ("my mouth is full of sores from chemo. is there a mouthwash i could make at home?", "mucositis"),
    # "start" inside the phrase for hair loss
    ("how long after chemo until my hair starts falling out?", "alopecia"),
])
def test_a_side_effect_said_beside_chemo_gets_its_own_meaning(composer, q, term):
    assert _first_line(composer, q).startswith(term)
