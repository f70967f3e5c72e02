"""The command line as a person uses it."""

import json
from pathlib import Path

import sqlalchemy as sa
from kbfixture import fixture_docs, write_kb
from typer.testing import CliRunner

from oncoguide.cli import app

runner = CliRunner()


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args))


def test_validate_ok(kb_dir: Path) -> None:
    result = run("validate", "--content", str(kb_dir))
    assert result.exit_code == 0, result.output
    assert "1 drugs, 1 regimens" in result.output


def test_validate_reports_location_and_fails(tmp_path: Path) -> None:
    root = write_kb(tmp_path / "content", drug="slug: lenalidomide\ncategory: [\n")
    result = run("validate", "--content", str(root))
    assert result.exit_code == 1
    assert "content/drugs/lenalidomide.yaml:" in result.output and "invalid YAML" in result.output


def test_show_by_brand_and_misspelling(kb_dir: Path) -> None:
    for name in ("Revlimid", "revlimid®", "lenalidamide", "LENALIDOMIDE"):
        result = run("show", "drug", name, "--content", str(kb_dir))
        assert result.exit_code == 0, (name, result.output)
        assert "lenalidomide (Revlimid)" in result.output
        assert "REVLIMID (lenalidomide) capsules" in result.output  # citations are printed


def test_show_puts_only_call_now_side_effects_under_a_call_now_heading(tmp_path: Path) -> None:
    docs = fixture_docs()
    cite = ["revlimid-label § 5.1"]
    docs["drug"]["serious_side_effects"] = [
        {"term": "thyroid problems", "plain": "an underactive thyroid", "text": "Your thyroid is checked.", "cite": cite},
        {"term": "blood clots", "plain": "clots", "call_now": True, "text": "Call 911 for chest pain.", "cite": cite},
    ]
    docs["drug"]["risks"] = [{"risk": "clots", "text": "It can cause blood clots.", "cite": cite}]
    result = run("show", "drug", "lenalidomide", "--content", str(write_kb(tmp_path, **docs)))
    assert result.exit_code == 0, result.output
    urgent, _, rest = result.output.partition("Serious side effects that need a call now")[2].partition("Serious side effects")
    assert "clots" in urgent and "thyroid" not in urgent and "thyroid" in rest


def test_show_unknown_suggests(kb_dir: Path) -> None:
    result = run("show", "drug", "lenalido", "--content", str(kb_dir))
    assert result.exit_code == 1
    assert "Did you mean: lenalidomide" in result.output
    result = run("show", "drug", "aspirin", "--content", str(kb_dir))
    assert result.exit_code == 1 and "No drug named 'aspirin'" in result.output


def test_show_json_is_the_model(kb_dir: Path) -> None:
    result = run("show", "drug", "revlimid", "--json", "--content", str(kb_dir))
    data = json.loads(result.output)
    assert data["slug"] == "lenalidomide" and data["missed_dose"]["take_within_hours"] == 12


def test_show_regimen_prints_schedule(kb_dir: Path) -> None:
    result = run("show", "regimen", "rd", "--content", str(kb_dir))
    assert result.exit_code == 0
    assert "lenalidomide 25 mg oral, once a day, days 1 to 21" in result.output


def test_index_writes_database_and_bad_content_keeps_it(kb_dir: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    db = tmp_path / "db.sqlite"
    monkeypatch.setenv("ONCOGUIDE_DATABASE_URL", f"sqlite:///{db}")
    assert run("index", "--content", str(kb_dir)).exit_code == 0
    (kb_dir / "drugs" / "lenalidomide.yaml").write_text("slug: [\n")
    result = run("index", "--content", str(kb_dir))
    assert result.exit_code == 1 and "invalid YAML" in result.output
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM kb_objects WHERE kind='drug'")).scalar_one() == 1


def test_schema_written(tmp_path: Path) -> None:
    result = run("schema", "--out", str(tmp_path))
    assert result.exit_code == 0
    drug = json.loads((tmp_path / "drug.schema.json").read_text())
    assert "generic_name" in drug["properties"] and drug["additionalProperties"] is False


def test_stats(kb_dir: Path) -> None:
    result = run("stats", "--content", str(kb_dir))
    assert result.exit_code == 0 and "share cited to an FDA label or PubMed" in result.output


def test_readability_gate(tmp_path: Path) -> None:
    from kbfixture import fixture_docs

    docs = fixture_docs()
    long = ("Lenalidomide demonstrates immunomodulatory, antiangiogenic and antineoplastic pharmacological "
            "characteristics, substantially potentiating cytotoxicity mediated through cereblon-dependent "
            "ubiquitination of transcriptional regulators.")
    docs["drug"]["mechanism"] = [{"text": long, "cite": ["revlimid-label"]}]
    root = write_kb(tmp_path / "content", drug=docs["drug"])
    result = run("validate", "--readability", "--content", str(root))
    assert result.exit_code == 1
    assert "drug lenalidomide: grade" in result.output


def test_show_regimen_does_not_call_an_implant_once_a_day() -> None:
    result = run("show", "regimen", "goserelin-prostate")  # the shipped knowledge base
    assert result.exit_code == 0
    assert "goserelin 10.8 mg subcutaneous, day 1" in result.output and "once a day" not in result.output
