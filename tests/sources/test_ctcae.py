"""CTCAE workbook import and term lookup."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sources_fixtures import shared_file
from typer.testing import CliRunner

from oncoguide.cli import app
from oncoguide.errors import NotFound, SourceParseError
from oncoguide.sources.ctcae import read_ctcae
from oncoguide.store.ctcae import ctcae_term, save_ctcae


def test_workbook_and_csv_give_the_same_837_terms() -> None:
    xlsx = read_ctcae(shared_file("ctcae", "CTCAE_v5.0.xlsx"))
    assert len(xlsx) == 837
    assert xlsx == read_ctcae(shared_file("ctcae", "CTCAE_v5.0_sheet1.csv"))


def test_lookup_by_name_with_grades_and_suggestions(engine: sa.Engine) -> None:
    save_ctcae(engine, read_ctcae(shared_file("ctcae", "CTCAE_v5.0_sheet1.csv")))
    term = ctcae_term(engine, "neutrophil count decreased")
    assert (term.term, term.version, term.meddra_code) == ("Neutrophil count decreased", "5.0", 10029366)
    assert sorted(term.grades) == [1, 2, 3, 4]  # a lab value has no grade 5 ("-" in the workbook)
    assert term.grades[4].startswith("<500/mm3")
    with pytest.raises(NotFound, match="Did you mean: .*Neutrophil count decreased"):
        ctcae_term(engine, "Neutrophil count decrease")


def test_importing_twice_replaces_instead_of_duplicating(engine: sa.Engine) -> None:
    terms = read_ctcae(shared_file("ctcae", "CTCAE_v5.0_sheet1.csv"))
    save_ctcae(engine, terms)
    assert save_ctcae(engine, terms) == 837
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from ctcae_terms")).scalar_one() == 837


def test_not_a_ctcae_file(tmp_path: Path) -> None:
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(SourceParseError, match="other.csv: not a CTCAE sheet"):
        read_ctcae(bad)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(SourceParseError, match="broken.xlsx: cannot read as an Excel workbook"):
        read_ctcae(broken)


def test_cli_ingest_ctcae(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path))
    monkeypatch.delenv("ONCOGUIDE_DATABASE_URL", raising=False)
    result = CliRunner().invoke(app, ["ingest", "ctcae", str(shared_file("ctcae", "CTCAE_v5.0.xlsx"))])
    assert result.exit_code == 0, result.output
    assert "Stored 837 CTCAE v5.0 terms." in result.output
