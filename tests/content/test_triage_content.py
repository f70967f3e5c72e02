"""The symptom rules are content: `validate` checks them with file:line messages, like every other file."""

import shutil
from pathlib import Path

import pytest
import yaml

from oncoguide.content.loader import load_with_problems

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    return root


def _problems(root: Path) -> list[str]:
    return [str(p) for p in load_with_problems(root)[1]]


def _edit(root: Path, old: str, new: str, name: str = "triage.yaml") -> None:
    path = root / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_shipped_rules_are_valid() -> None:
    kb, problems = load_with_problems(CONTENT)
    assert problems == [] and kb.triage is not None and "fever" in kb.triage.symptoms


@pytest.mark.parametrize(("old", "new", "message"), [
    ("level: emergency", "level: soon", "triage.yaml:.*level"),
    ("risk: lowers_white_cells", "risk: low_whites", "triage.yaml:.*risk"),
    ('cite: ["ctcae-v5 § Fever"]', 'cite: ["ctcae-v6 § Fever"]', "triage.yaml:.*unknown source 'ctcae-v6'"),
    ("temperature_at_least: 40.0", "temp_at_least: 40.0", "triage.yaml:.*'temp'.*asks"),
    ("phrases: ['\\bfever", "phrases: ['(fever", "not a valid pattern"),
    # a sign shown only for some cancers names them by slug, and never hides a treatment's own risk sign
    ("box_cancers: [colorectal-cancer,", "box_cancers: [Colorectal cancer,", "triage.yaml:.*box_cancers.*pattern"),
    ("    name: Fever\n", "    name: Fever\n    box_cancers: [colorectal-cancer]\n", "triage.yaml:.*box_cancers would hide"),
    # a sign shown only where the treatment causes it names real risks and patterns, and never hides a 911 sign or the
    # sign of a risk the rules name
    ("box_treatments: {risks: [immune_effects]", "box_treatments: {risks: [immune]", "triage.yaml:.*box_treatments.*risks"),
    ("side_effects: ['hyperglyc'", "side_effects: ['(hyperglyc'", "triage.yaml:.*box_treatments.*not a valid pattern"),
    ("    name: Signs of a stroke\n", "    name: Signs of a stroke\n    box_treatments: {risks: [immune_effects]}\n",
     "triage.yaml:.*box_treatments would hide a 911 sign"),
    ("    name: Numbness or tingling\n", "    name: Numbness or tingling\n    box_treatments: {side_effects: [neuropath]}\n",
     "triage.yaml:.*box_treatments would hide the sign on pages with risk guillain_barre"),
])
def test_a_broken_rule_fails_validation_with_its_place(content: Path, old: str, new: str, message: str) -> None:
    _edit(content, old, new)
    assert any(__import__("re").search(message, p) for p in _problems(content)), _problems(content)


def test_the_fever_rule_cannot_be_dropped(content: Path) -> None:
    # Removing the "call now" fever rule for drugs that lower white cells must fail validation.
    data = yaml.safe_load((content / "triage.yaml").read_text())
    assert data["symptoms"]["fever"]["rules"][0]["risk"] == "lowers_white_cells"
    del data["symptoms"]["fever"]["rules"][0]
    (content / "triage.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    assert any("lowers_white_cells" in p for p in _problems(content))


def test_a_sign_scoped_to_no_treatment_fails(content: Path) -> None:
    # `box_treatments: {}` would hide the sign from every page that knows its drugs.
    data = yaml.safe_load((content / "triage.yaml").read_text())
    data["symptoms"]["double_vision"]["box_treatments"] = {}
    (content / "triage.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    assert any("box_treatments" in p and "no risk and no side effect" in p for p in _problems(content)), _problems(content)


def test_rules_must_run_most_urgent_first(content: Path) -> None:
    data = yaml.safe_load((content / "triage.yaml").read_text())
    rules = data["symptoms"]["diarrhea"]["rules"]
    i = next(i for i in range(len(rules) - 1) if rules[i]["level"] != rules[i + 1]["level"])  # a call now, then a call today
    rules[i], rules[i + 1] = rules[i + 1], rules[i]
    (content / "triage.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    assert any("more urgent than the rule before" in p for p in _problems(content))


def test_a_myelosuppressive_drug_must_declare_its_risk(content: Path) -> None:
    path = content / "drugs" / "lenalidomide.yaml"
    data = yaml.safe_load(path.read_text())
    data["risks"] = [r for r in data["risks"] if r["risk"] != "lowers_white_cells"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert any("lenalidomide.yaml:" in p and "lowers_white_cells" in p for p in _problems(content))


def test_missing_rules_file_fails(content: Path) -> None:
    (content / "triage.yaml").unlink()
    assert any("triage.yaml" in p and "missing" in p for p in _problems(content))
