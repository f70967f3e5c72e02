"""Read the NCI CTCAE workbook (xlsx, or its sheet saved as csv) into CtcaeTerm objects."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import SourceParseError
from ..model.ctcae import CtcaeTerm

REQUIRED = ("MedDRA Code", "MedDRA SOC", "CTCAE Term", "Grade 1")
CLEAN_SHEET = re.compile(r"clean copy", re.I)


def read_ctcae(path: Path, version: str | None = None) -> list[CtcaeTerm]:
    """Every term of the workbook's clean-copy sheet (or the csv); version read from the file name if not given."""
    path = Path(path)
    version = version or _version_from_name(path)
    rows = _csv_rows(path) if path.suffix.lower() == ".csv" else _xlsx_rows(path)
    if not rows:
        raise SourceParseError(f"{path}: the file is empty")
    header, *body = rows
    names = [" ".join(str(h or "").split()) for h in header]  # headers carry non-breaking spaces
    missing = [n for n in REQUIRED if n not in names]
    if missing:
        raise SourceParseError(f"{path}: not a CTCAE sheet (missing columns: {', '.join(missing)})")
    terms = []
    for line, values in enumerate(body, start=2):
        row = dict(zip(names, values))
        if not _text(row.get("CTCAE Term")):
            continue
        try:
            code = int(str(row["MedDRA Code"]).strip()) if _text(row.get("MedDRA Code")) else None
        except ValueError as exc:
            raise SourceParseError(f"{path}: row {line}: MedDRA Code {row['MedDRA Code']!r} is not a number") from exc
        terms.append(CtcaeTerm(
            version=version, term=_text(row["CTCAE Term"]), meddra_code=code, soc=_text(row["MedDRA SOC"]) or "",
            definition=_text(row.get("Definition")), note=_text(row.get("Navigational Note")),
            grades={g: text for g in range(1, 6) if (text := _text(row.get(f"Grade {g}")))},
        ))
    if not terms:
        raise SourceParseError(f"{path}: no CTCAE terms found")
    return terms


def _text(value: object) -> str | None:
    """Cell text; the workbook writes `-` where a grade does not apply."""
    text = " ".join(str(value).split()) if value is not None else ""
    return None if text in ("", "-") else text


def _version_from_name(path: Path) -> str:
    match = re.search(r"v(\d+(?:\.\d+)*)", path.name, re.I)
    return match[1] if match else "5.0"


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SourceParseError(f"{path}: cannot read as CSV: {exc}") from exc


def _xlsx_rows(path: Path) -> Sequence[Iterable[object]]:
    import openpyxl  # only this importer needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise SourceParseError(f"{path}: cannot read as an Excel workbook: {exc}") from exc
    sheet = next((s for s in book.worksheets if CLEAN_SHEET.search(s.title)), book.worksheets[0])
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    if not rows:
        raise SourceParseError(f"{path}: sheet {sheet.title!r} is empty")
    return rows
