"""Label change watch and label view over a store holding curated content and ingested labels."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sources_fixtures import spl
from typer.testing import CliRunner

from oncoguide.cli import app
from oncoguide.errors import NotFound
from oncoguide.ingest import ingest
from oncoguide.ingest.watch import check_labels, dose_in_text
from oncoguide.model import Regimen, Source
from oncoguide.site.labels import label_view
from oncoguide.store import tables as t

SET_ID = "0000-test-set"


def regimen(dose: float) -> Regimen:
    cite = ["testamide-label § 2.1"]
    return Regimen.model_validate({
        "slug": "testamide-alone", "name": "Testamide", "cancers": ["test-cancer"], "setting": "a test setting",
        "created": "2024-01-01", "updated": "2024-01-01",
        "summary": {"text": "A test regimen.", "cite": cite}, "goals": [{"text": "Test goal.", "cite": cite}],
        "schedules": [{"id": "standard", "name": "Standard", "phases": [{"cycle_length_days": 28, "components": [
            {"drug": "testamide", "dose": dose, "unit": "mg", "route": "oral", "days": "1-21", "cite": cite}]}]}],
    })


def curate(engine: sa.Engine, cited_version: int, dose: float) -> None:
    """Store a tiny curated knowledge base the way `oncoguide index` does (same tables, same JSON)."""
    source = Source(id="testamide-label", kind="fda_label", title="TESTAMIDE label", product="TESTAMIDE capsules",
                    set_id=SET_ID, spl_version=cited_version)
    with engine.begin() as conn:
        conn.execute(t.sources.insert().values(id=source.id, kind="fda_label", title=source.title,
                                               data=source.model_dump(mode="json")))
        conn.execute(t.kb_objects.insert().values(kind="regimen", slug="testamide-alone", name="Testamide",
                                                  data=regimen(dose).model_dump(mode="json")))
        conn.execute(t.statements.insert().values(kind="drug", slug="testamide", field="0",
                                                  text="Take it on days 1 to 21.", sources=["testamide-label"]))
        conn.execute(t.statements.insert().values(kind="drug", slug="other", field="0",
                                                  text="Unrelated.", sources=["another-source"]))


def label_file(tmp_path: Path, version: int, dose: int) -> Path:
    path = tmp_path / f"v{version}.xml"
    path.write_text(spl(version=version, dose=dose))
    return path


def test_up_to_date_label_needs_no_review(engine: sa.Engine, tmp_path: Path) -> None:
    curate(engine, cited_version=1, dose=25)
    ingest(engine, "spl", [label_file(tmp_path, 1, 25)])
    report = check_labels(engine)
    assert report.clean, report


def test_newer_label_flags_citing_statements_and_changed_dose(engine: sa.Engine, tmp_path: Path) -> None:
    curate(engine, cited_version=1, dose=25)
    ingest(engine, "spl", [label_file(tmp_path, 1, 25), label_file(tmp_path, 2, 20)])
    report = check_labels(engine)
    assert [(s.slug, s.cited_version, s.latest_version) for s in report.stale] == [("testamide", 1, 2)]
    assert [(m.regimen, m.drug, m.dose, m.version) for m in report.missing_doses] == [("testamide-alone", "testamide", "25 mg", 2)]


def test_label_not_ingested_is_a_note_not_a_finding(engine: sa.Engine) -> None:
    curate(engine, cited_version=1, dose=25)
    report = check_labels(engine)
    assert report.clean and "not ingested" in report.notes[0]


def test_cli_labels_check_exits_1_when_review_needed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from oncoguide.store import open_engine

    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ONCOGUIDE_DATABASE_URL", raising=False)
    engine = open_engine(f"sqlite:///{tmp_path / 'home' / 'oncoguide.sqlite'}")
    curate(engine, cited_version=1, dose=25)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "spl", str(label_file(tmp_path, 1, 25))]).exit_code == 0
    assert runner.invoke(app, ["labels", "check"]).exit_code == 0
    assert runner.invoke(app, ["ingest", "spl", str(label_file(tmp_path, 2, 20))]).exit_code == 0
    result = runner.invoke(app, ["labels", "check"])
    assert result.exit_code == 1
    assert "1 statement(s) and 1 dose(s) need review" in result.output


@pytest.mark.parametrize("dose, unit, text, found", [
    (25, "mg", "25 mg orally once daily", True),
    (2.5, "mg", "25 mg orally once daily", False),
    (5, "mg", "15 mg daily", False),
    (375, "mg/m²", "375 mg/m2 intravenously", True),
    (1000, "mg", "1,000 mg", True),
    (40, "mg", "40 mg/kg", False),
    (5, "AUC", "carboplatin AUC 5", True),
])
def test_dose_figures(dose: float, unit: str, text: str, found: bool) -> None:
    assert dose_in_text(dose, unit, text) is found


def test_label_view_gives_newest_version_and_sections(engine: sa.Engine, tmp_path: Path) -> None:
    ingest(engine, "spl", [label_file(tmp_path, 1, 25), label_file(tmp_path, 2, 20)])
    view = label_view(engine, SET_ID)
    assert (view.version, view.versions) == (2, [1, 2])
    assert view.boxed_warning is not None and view.boxed_warning.title == "WARNING: TEST HARM"
    assert [(s.heading, s.depth) for s in view.sections] == [
        ("WARNING: TEST HARM", 0), ("2 DOSAGE AND ADMINISTRATION", 0), ("2.1 Recommended Dosage", 1)]
    with pytest.raises(NotFound):
        label_view(engine, "no-such-set")


def test_index_ingest_and_check_through_the_cli(tmp_path: Path) -> None:
    """The whole path a maintainer takes: index curated content, ingest label versions, check."""
    import copy

    from kbfixture import SOURCES, write_kb

    sources = copy.deepcopy(SOURCES)
    sources["sources"][0].update(set_id=SET_ID, spl_version=1)  # an invented test id, not a real label
    content = write_kb(tmp_path / "content", sources=sources)
    runner = CliRunner()
    assert runner.invoke(app, ["index", "--content", str(content)]).exit_code == 0
    assert runner.invoke(app, ["ingest", "spl", str(label_file(tmp_path, 1, 25))]).exit_code == 0
    result = runner.invoke(app, ["labels", "check"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["ingest", "spl", str(label_file(tmp_path, 2, 20))]).exit_code == 0
    result = runner.invoke(app, ["labels", "check"])
    assert result.exit_code == 1
    assert "25 mg" in result.output  # the regimen dose the new label no longer prints
    assert "9 statement(s) and 1 dose(s) need review." in result.output  # every statement citing the label


def test_a_database_without_its_tables_is_one_store_error(engine: sa.Engine) -> None:
    from oncoguide.errors import StoreError

    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE statements"))
    with pytest.raises(StoreError, match="could not read the stored statements"):
        check_labels(engine)
