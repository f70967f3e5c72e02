"""Cancer, plan and glossary facts dev_blind22 asked for that no page gave (branch cont26). Each is asked in plain
words, and the answer must show the fact on a cited line; a glossary word's definition must say it."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

CASES = [
    # breast cancer in men: fewer than 1 in 100 breast cancers (NCI PDQ)
    ("Do men get breast cancer, and how common is it in men?", ["less than 1%"]),
    # cervical cancer: squamous cell is the most common type, up to 9 in 10 (Cancer Australia)
    ("Is squamous cell carcinoma the usual type of cervical cancer?", ["most common type", "(90%)"]),
    # stomach cancer: Epstein-Barr virus besides H. pylori (NCI DCEG)
    ("Apart from H. pylori, can a virus cause stomach cancer?", ["epstein-barr virus", "9 in 100"]),
    # small cell lung cancer: hormones from the cancer can cause Cushing syndrome
    ("Can small cell lung cancer itself cause high blood sugar and low potassium?", ["cushing syndrome"]),
    # testicular cancer: a new cancer in the other testicle in 1 or 2 in 100 men (Cambridge NHS)
    ("After testicular cancer, what is the chance of cancer in the other testicle?", ["1 or 2 in 100"]),
    # childhood ALL: standard risk is age 1 to under 10 and a white count under 50,000 (NCI PDQ)
    ("What does standard risk mean for a child with ALL?", ["younger than 10", "below 50,000"]),
    # AML: NPM1 without FLT3-ITD is favorable risk (ELN 2017)
    ("Is an NPM1 mutation in AML a good sign?", ["favorable risk"]),
    # DLBCL: FLYER, 4 cycles of R-CHOP as good as 6 for young people with favorable early disease
    ("Does a young adult with stage 1 DLBCL need six cycles of R-CHOP?", ["four cycles", "96 in 100 (96%)"]),
    # myeloma: light chains (Bence Jones protein) harm the kidneys (Merck Manual)
    ("Why does multiple myeloma damage the kidneys?", ["light chains", "bence jones"]),
    # NSCLC: about half of people who never smoked have an EGFR change (Zhang 2016)
    ("How often does lung cancer in people who never smoked have an EGFR mutation?", ["about half", "(49%)"]),
    # plan: trilaciclib (Cosela) before platinum and etoposide chemo for ES-SCLC (COSELA label § 1)
    ("Is there a drug that protects the bone marrow during carboplatin, etoposide and atezolizumab for small cell "
     "lung cancer?", ["trilaciclib (cosela)"]),
    # plan: long eyelashes on cetuximab; trimming them helps (Cohen 2011)
    ("My husband gets Erbitux with his FOLFIRI chemo. Why are his eyelashes growing so long?",
     ["trichomegaly", "trimming the lashes"]),
    # plan: MATTERHORN, durvalumab added to FLOT
    ("How much does adding Imfinzi to FLOT chemo help for stomach cancer?", ["67.4%", "58.5%"]),
    # plan: NRG-GY018, pembrolizumab added to carboplatin and paclitaxel for dMMR endometrial cancer
    ("How well did Keytruda with carboplatin and paclitaxel work for dMMR endometrial cancer?", ["74%", "38%"]),
    # plan: a rash on erlotinib went with longer survival in BR.21 (Wacker 2007)
    ("Does a rash on Tarceva for lung cancer mean it is working?", ["lived longer"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


@pytest.mark.parametrize(("slug", "facts"), [
    ("psma-pet-scan", ["may have spread", "has come back"]),
    ("colostomy", ["only for a few months"]),
    ("cystectomy", ["urostomy (ileal conduit)", "a stoma"]),
])
def test_definition_says(definition_says: Callable[[str, list[str]], None], slug: str, facts: list[str]) -> None:
    definition_says(slug, facts)


@pytest.mark.parametrize(("slug", "source"), [
    ("colostomy", "cancernet-colostomy"),
    ("cystectomy", "macmillan-urinary-diversion"),
])
def test_definition_cites_where_the_new_fact_comes_from(slug: str, source: str) -> None:
    assert source in [c.source for c in shipped_kb().glossary[slug].cite]
