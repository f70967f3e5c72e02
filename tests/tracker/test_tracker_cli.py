"""The tracker from the command line, as a person at home uses it, with a private data directory."""

import json
import shutil
from pathlib import Path

import icalendar
import pytest
from kbfixture import write_kb
from typer.testing import CliRunner

from oncoguide.cli import app

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = write_kb(tmp_path / "content")
    shutil.copy(REPO / "content" / "triage.yaml", root / "triage.yaml")
    (root / "sources").mkdir(exist_ok=True)
    shutil.copy(REPO / "content" / "sources" / "tracker.yaml", root / "sources" / "tracker.yaml")
    monkeypatch.setenv("ONCOGUIDE_CONTENT", str(root))
    return root


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, ["tracker", *args])


def test_new_show_log_and_adherence(content: Path) -> None:
    result = run("new", "--regimen", "rd", "--start", "2026-01-05", "--cycles", "2", "--time", "08:00")
    assert result.exit_code == 0, result.output
    assert "starting Monday 05 January 2026" in result.output
    shown = run("show", "--days", "28")
    assert "Mon 05 Jan 2026" in shown.output and "08:00" in shown.output and "Rest day" in shown.output
    assert run("log", "2026-01-05").exit_code == 0
    assert run("log", "2026-01-06", "--status", "missed").exit_code == 0
    assert "taken" in run("show", "--days", "2").output
    bad = run("log", "2026-01-30")  # a rest day
    assert bad.exit_code == 1 and "no dose by mouth to log as taken on 30 January 2026" in bad.output
    adherence = run("adherence")
    assert "│ 1 " in adherence.output or " 1 " in adherence.output


def test_edit_undo_and_history_keep_every_entry(content: Path) -> None:
    run("new", "--regimen", "rd", "--start", "2026-01-05", "--cycles", "2")
    assert run("log", "2026-01-07", "--at", "07:45", "--note", "with breakfast").exit_code == 0
    shown = run("show", "--days", "3").output
    assert "taken at 07:45" in shown and "breakfast" in shown
    assert run("log", "2026-01-07", "--status", "vomited", "--at", "08:10").exit_code == 0
    assert "vomited at 08:10" in run("show", "--days", "3").output
    assert run("undo", "2026-01-07").exit_code == 0
    assert "taken at 07:45" in run("show", "--days", "3").output  # the earlier entry stands again
    history = run("history").output
    assert history.count("07 Jan 2026") == 3 and "vomited at 08:10" in history and "undo" in history
    for args, message in [(("log", "2025-12-01"), "not a day of this plan"),
                          (("log", "2026-01-07", "--status", "forgot"), "Status must be one of"),
                          (("log", "2026-01-07", "--at", "7h"), "should look like 08:30"),
                          (("undo", "2026-01-08"), "Nothing logged on 08 January 2026")]:
        result = run(*args)
        assert result.exit_code == 1 and message in result.output, (args, result.output)
    assert "taken at 07:45" in run("show", "--days", "3").output  # nothing lost by the refused commands
    assert run("export", "csv", "--out", str(content / "report.csv")).exit_code == 0
    report = (content / "report.csv").read_text()
    assert "dose,2026-01-07,07:45,Take lenalidomide 25 mg by mouth,taken,with breakfast" in report


def test_bad_input_is_refused_and_nothing_saved(content: Path) -> None:
    for args, message in [
        (("--regimen", "rd", "--start", "2026-02-30"), "not a real date"),
        (("--regimen", "rdd", "--start", "2026-02-01"), "Did you mean: rd"),
        (("--regimen", "rd", "--start", "2026-02-01", "--dose", "lenalidomide=-5"), "more than 0"),
        (("--regimen", "rd", "--start", "2026-02-01", "--dose", "lenalidomide=2500"), "more than 10 times"),
        (("--regimen", "rd", "--start", "2026-02-01", "--tz", "Moon/Base"), "unknown time zone"),
    ]:
        result = run("new", *args)
        assert result.exit_code == 1 and message in result.output, (args, result.output)
    assert "none yet" in run("show").output


def test_changes_exports_missed_and_symptoms(content: Path, tmp_path: Path) -> None:
    run("new", "--regimen", "rd", "--start", "2026-01-05", "--cycles", "2", "--tz", "Europe/Paris")
    assert run("change", "--delay-cycle", "2", "--delay-days", "7").exit_code == 0
    overlap = run("change", "--hold", "lenalidomide:2026-01-10:2026-01-05")
    assert overlap.exit_code == 1 and "before it starts" in overlap.output
    assert run("export", "ics", "--out", str(tmp_path / "plan.ics")).exit_code == 0
    cal = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    starts = sorted(e["DTSTART"].dt for e in cal.walk("VEVENT") if "Cycle 2" in str(e["SUMMARY"]))
    assert str(starts[0]) == "2026-02-09"  # 28 days + 7-day delay
    assert run("fhir", "--out", str(tmp_path / "plan.json")).exit_code == 0
    assert json.loads((tmp_path / "plan.json").read_text())["resourceType"] == "Bundle"
    missed = runner.invoke(app, ["tracker", "missed", "--drug", "revlimid", "--usual", "09:00", "--now", "20:30"])
    assert "TAKE NOW" in missed.output and "Never take two doses" in missed.output
    fever = run("symptom", "fever", "--answer", "temperature=101", "--answer", "unit=C")
    assert fever.exit_code == 1 and "Did you mean °F" in fever.output
    fever = run("symptom", "fever", "--answer", "temperature=100.9", "--answer", "unit=F")
    assert fever.exit_code == 0 and "care team" in fever.output
    assert "911" in run("symptom", "chest_pain").output
    typo = run("symptom", "diarrhea", "--answer", "stools=9")
    assert typo.exit_code == 1 and "extra_stools" in typo.output
    hot = run("symptom", "fever", "--answer", "temperature=hot", "--answer", "unit=C")
    assert hot.exit_code == 1 and "must be a number" in hot.output  # one red line, not a traceback
