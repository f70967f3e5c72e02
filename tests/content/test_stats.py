"""`oncoguide stats`: counts, and how much of the content a reader can check by an identifier."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pagesfixture import PAGES_CONTENT
from typer.testing import CliRunner

from oncoguide.cli import app
from oncoguide.content import load
from oncoguide.content.stats import Share, coverage
from oncoguide.model import SideEffect


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return load(PAGES_CONTENT)


def test_label_figures_follow_the_sources(kb) -> None:  # noqa: ANN001
    figures = coverage(kb)
    assert (figures["cancer types"], figures["drugs"], figures["regimens"]) == (1, 1, 1)
    # Two labels: the fixture's Revlimid label and the Tasigna Medication Guide that the shipped symptom rules cite
    # (content/sources/tracker.yaml, which every content folder carries), which has a set id and no revision date.
    assert figures["label sources with a DailyMed link"] == Share(2, 2)
    assert figures["label sources with a revision date"] == Share(0, 2)
    assert figures["label sources with a DailyMed set id (exact page, not a search)"] == Share(1, 2)
    label = kb.sources["revlimid-label"].model_copy(update={"revised_text": "3/2023",
                                                             "set_id": "0dfd0279-ff17-4ea9-89be-9803c71bab44"})
    dated = coverage(replace(kb, sources={**kb.sources, "revlimid-label": label}))
    assert dated["label sources with a revision date"] == Share(1, 2)
    # Statements citing the label now cite a source with a set id, so the identifier share rises.
    before = figures["statements citing a source with a PMID, DOI or set id"]
    after = dated["statements citing a source with a PMID, DOI or set id"]
    assert after.whole == before.whole and after.part > before.part


def test_side_effect_rows_with_a_frequency_are_counted_per_page_kind(kb) -> None:  # noqa: ANN001
    rows = [SideEffect(term="anemia", plain="low red cells", frequency="10-20", cite=["revlimid-label"]),
            SideEffect(term="rash", plain="rash", text="Mostly mild.", cite=["revlimid-label"]),
            SideEffect(term="fatigue", plain="tiredness", cite=["revlimid-label"])]
    drug = kb.drugs["lenalidomide"].model_copy(update={"common_side_effects": rows, "serious_side_effects": []})
    regimen = kb.regimens["lenalidomide-del5q-mds"].model_copy(update={"side_effects": rows[:2]})
    figures = coverage(replace(kb, drugs={"lenalidomide": drug}, regimens={regimen.slug: regimen}))
    assert figures["drug side-effect rows with a frequency"] == Share(1, 3)
    assert figures["regimen side-effect rows with a frequency"] == Share(1, 2)
    # The "What to know" cell: only the rash row (on both pages) has one.
    assert figures["side-effect rows with a 'What to know'"] == Share(2, 5)
    assert str(Share(1, 3)) == "1 of 3 (33.3%)"


def test_reviewed_pages_are_counted_only_when_a_review_is_recorded(kb) -> None:  # noqa: ANN001
    from oncoguide.model import Review

    assert coverage(kb)["pages reviewed by a clinician"] == Share(0, 3)
    drug = kb.drugs["lenalidomide"].model_copy(update={"reviewed": Review(role="oncology pharmacist", date="2026-12-01")})
    assert coverage(replace(kb, drugs={"lenalidomide": drug}))["pages reviewed by a clinician"] == Share(1, 3)


def test_stats_command_prints_every_figure() -> None:
    result = CliRunner().invoke(app, ["stats", "--content", str(PAGES_CONTENT)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for line in ["cancer types", "label sources with a DailyMed link", "2 of 2 (100.0%)", "label sources with a revision date",
                 "0 of 2 (0.0%)", "drug side-effect rows with a frequency", "regimen side-effect rows with a frequency",
                 "statements citing a source with a PMID, DOI or set id"]:
        assert line in result.output, line
