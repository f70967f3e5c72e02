"""Facts dev_blind21 asked for that a page held but the answer did not show (branch cont24): a line cited only to a
patient website is left out of the answer's lists, so each now also cites a reference work, and the basophil entry
says it is part of the white count, which a question naming both asks about. Asked in plain words, the answer shows
the fact from a cited line."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

CASES = [
    # CLL and SLL: one disease, named by where most of the cancer cells are
    ("My mom's lymph node biopsy came back as small lymphocytic lymphoma. Is SLL a different cancer from CLL?",
     ["same disease", "lymph nodes, it is called sll"]),
    ("Is SLL the same thing as CLL?", ["same disease"]),
    # MDS with ring sideroblasts: the WHO threshold of 15%
    ("The marrow report for my MDS lists ring sideroblasts at 20%. At what level is it the ring sideroblast type?",
     ["15% or more", "mds with low blasts and ring sideroblasts"]),
    # high basophils, with a high white count: CML is the blood cancer most often behind it
    ("High basophils and a high white count on my blood test: what blood cancer can cause that?",
     ["chronic myeloid leukemia (cml)"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


@pytest.mark.parametrize(("slug", "section", "opening", "source"), [
    ("chronic-lymphocytic-leukemia", "what_is_it", "Are CLL and SLL different cancers?", "statpearls-cll"),
    ("myelodysplastic-syndromes", "diagnosis", "When is MDS called the ring sideroblast type?",
     "khoury-2022-who5-myeloid"),
])
def test_line_is_cited_to_a_reference_not_only_a_website(slug: str, section: str, opening: str, source: str) -> None:
    kb = shipped_kb()
    line = next(s for s in getattr(kb.cancers[slug], section) if s.text.startswith(opening))
    assert source in [c.source for c in line.cite]
    assert kb.sources[source].kind.value == "reference"


def test_basophils_definition_says_it_is_part_of_the_white_count(
    definition_says: Callable[[str, list[str]], None]
) -> None:
    definition_says("basophils", ["share of the white count", "chronic myeloid leukemia (CML)"])
