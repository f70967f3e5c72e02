"""A cancer asked about with no drug or plan named: its own page's lines come before the lines of the plans that
treat it, so the plans' trial results cannot push out what the cancer page says on what was asked."""

import pytest

from oncoguide.answer.evidence import curated
from oncoguide.answer.understand import understand


def _first_of(found: list, kind: str) -> int:
    return next(n for n, e in enumerate(found) if e.where.startswith(kind))


@pytest.mark.parametrize("question", [
    "his prostate cancer was found early and they are not treating it yet, is that normal?",
    "what is the usual treatment for a woman with ovarian cancer",
])
def test_the_cancer_page_comes_before_its_plans(kb, question: str) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.cancers and not q.drugs and not q.regimens
    found = curated(kb, q)
    assert _first_of(found, "cancer ") < _first_of(found, "regimen ")


def test_a_plan_named_keeps_its_own_lines_first(kb) -> None:  # noqa: ANN001
    found = curated(kb, understand(kb, "how many cycles of BEP for testicular cancer"))
    assert found and found[0].where.startswith("regimen ")
