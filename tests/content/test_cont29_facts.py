"""Cancer and glossary facts dev_blind23 asked for that no page gave (branch cont29). Each is asked in plain words,
and the answer must show the fact on a cited line; a glossary word's definition must say it."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

CASES = [
    # NSCLC: 80 to 85 in 100 lung cancers in the US (Cancer Support Community)
    ("How common is non-small cell lung cancer compared with other lung cancers?", ["(80% to 85%)"]),
    # pancreatic cancer: lifetime chance about 1 in 65 (ACS key statistics, 2016)
    ("What is the lifetime chance of getting pancreatic cancer?", ["1 in 65 (1.5%)"]),
    # prostate cancer: about 1 in 7 men over a lifetime (ACS key statistics, 2014)
    ("How many men get prostate cancer during their life?", ["1 in 7 men"]),
    # marginal zone lymphoma: MALT is the most common kind, 7 in 10
    ("Which kind of marginal zone lymphoma is the most common?", ["malt lymphoma is the most common kind", "(70%)"]),
    # liver cancer: new cases up 38% and deaths up 56% from 2003 to 2012 (CDC)
    ("Are more people getting liver cancer in the United States than before?", ["rose 38%", "rose 56%"]),
    # pancreatic cancer: pale, greasy stools and enzyme capsules (PanCAN, Cochrane protocol, Barkin 2019)
    ("My wife has pancreatic cancer and her stools are oily and pale. What can help?",
     ["pancreatic enzyme replacement therapy (pert)", "with meals and snacks"]),
    # myeloma: the B of CRAB is one or more lytic lesions on CT or PET-CT (IMF)
    ("In myeloma, what counts as the bone damage in CRAB?", ["lytic lesion", "ct or pet-ct"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


@pytest.mark.parametrize(("slug", "facts"), [
    # when to call: no bowel movement in 3 days (OncoLink, ACS); a safety rule, so it is pinned here
    ("constipation", ["Call your cancer care team", "no bowel movement in 3 days"]),
    ("corticosteroid", ["not the same as the anabolic steroids", "build muscle"]),
    ("crab", ["at least one lytic lesion"]),
    ("creatinine", ["0.7 to 1.3", "for men", "0.6 to 1.1 for women", "Each lab sets its own range"]),
    ("crp", ["1.0 mg/dL or less", "less than 10 mg per liter", "varies from lab to lab"]),
    ("ct-scan", ["contrast drink 45 to 60 minutes before the scan", "1.5 hours", "follow your team's timing"]),
])
def test_definition_says(definition_says: Callable[[str, list[str]], None], slug: str, facts: list[str]) -> None:
    definition_says(slug, facts)


@pytest.mark.parametrize(("slug", "source"), [
    ("constipation", "oncolink-constipation-2023"),
    ("corticosteroid", "kidshealth-steroids-cancer"),
    ("crab", "imf-bone-disease"),
    ("creatinine", "medlineplus-creatinine-blood-test"),
    ("crp", "healthwise-crp-results"),
    ("ct-scan", "mskcc-ct-scan"),
])
def test_definition_cites_where_the_new_fact_comes_from(slug: str, source: str) -> None:
    assert source in [c.source for c in shipped_kb().glossary[slug].cite]


@pytest.mark.parametrize(("question", "fact"), [
    ("My dad's chemo comes with a corticosteroid. Is it the steroid bodybuilders take?", "anabolic"),
    ("What is a normal creatinine level for a man?", "0.7 to 1.3"),
    ("What is a normal CRP level in mg/dL?", "1.0 mg/dl"),
    ("What is the drink before a CT scan for, and when do I start it?", "45 to 60 minutes"),
])
def test_glossary_question_gets_the_fact(cited_answer_text: Callable[[str], str], question: str, fact: str) -> None:
    assert fact in cited_answer_text(question)
