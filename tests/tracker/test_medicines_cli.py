"""Other medicines and the care-team PDF from the command line: the same functions as the web pages."""

import copy
from pathlib import Path

import pytest
import yaml
from kbfixture import DRUG, write_kb
from test_tracker_cli import run

RULE = "Blood thinners raise the risk of bleeding with lenalidomide."


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    drug = copy.deepcopy(DRUG) | {"interactions": [{"text": RULE, "cite": ["revlimid-label § 7.3"]}]}
    root = write_kb(tmp_path / "content", drug=drug)
    (root / "medicines.yaml").write_text(yaml.safe_dump({
        "classes": [{"id": "blood-thinner", "name": "blood thinner", "terms": ["blood thinners"]}],
        "medicines": [{"name": "warfarin", "classes": ["blood-thinner"], "cite": ["revlimid-label § 7.3"]}]}))
    monkeypatch.setenv("ONCOGUIDE_CONTENT", str(root))
    return root


def test_add_list_remove_and_bad_input(content: Path) -> None:
    assert run("new", "--regimen", "rd", "--start", "2026-01-05", "--cycles", "2").exit_code == 0
    assert run("medicine", "add", "Warfarin", "--note", "5 mg").exit_code == 0
    assert run("medicine", "add", "ginger tea").exit_code == 0
    listed = run("medicine", "list").output
    assert "1. Warfarin (5 mg)" in listed and "is a blood thinner [revlimid-label § 7.3]" in listed
    assert f"lenalidomide: {RULE} [revlimid-label § 7.3]" in " ".join(listed.split())
    assert "2. ginger tea" in listed and "No rule in our sources; ask your pharmacist." in listed
    duplicate = run("medicine", "add", "WARFARIN")
    assert duplicate.exit_code == 1 and "already on your list" in duplicate.output
    assert run("medicine", "remove", "1").exit_code == 0 and "Warfarin" not in run("medicine", "list").output
    gone = run("medicine", "remove", "1")
    assert gone.exit_code == 1 and "medicine on this plan" in gone.output


def test_report_pdf(content: Path, tmp_path: Path) -> None:
    assert run("new", "--regimen", "rd", "--start", "2026-01-05", "--cycles", "2").exit_code == 0
    out = tmp_path / "report.pdf"
    result = run("report", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
