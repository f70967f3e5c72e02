"""Cancer and glossary facts dev_blind23 asked for that no page gave (branch cont29). Each is asked in plain words,
and the answer must show the fact on a cited line."""

from collections.abc import Callable

import pytest

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
    # myeloma: the B of CRAB is one or more lytic lesions on CT or PET-CT (IMF)
    ("In myeloma, what counts as the bone damage in CRAB?", ["lytic lesion", "ct or pet-ct"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)
