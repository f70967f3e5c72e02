"""Files that expand past their limits stop with a clear error; deep nesting is refused, not a crash (#15 item 5)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from sources_fixtures import PUBMED, spl

from oncoguide.errors import SourceParseError
from oncoguide.sources.limits import Limits, MiB
from oncoguide.sources.openfda import read_openfda
from oncoguide.sources.pubmed import read_pubmed
from oncoguide.sources.spl import parse_spl

SMALL = Limits(max_bytes=2 * MiB, max_record_bytes=MiB)


def record(set_id: str, text: str = "Take 25 mg once daily.") -> dict:
    return {"set_id": set_id, "version": "1", "dosage_and_administration": [text]}


def gz(path: Path, *chunks: bytes) -> Path:
    """Write chunks gzip-compressed: a run of one byte shrinks about 1000:1, as in a decompression bomb."""
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for chunk in chunks:
            fh.write(chunk)
    return path


def test_cli_limits_refuse_a_bomb_and_ingest_the_other_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from oncoguide.cli import app

    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path / "home"))
    bomb = gz(tmp_path / "bomb.json.gz", b"[" + b" " * (3 * MiB) + b"]")
    good = tmp_path / "good.json"
    good.write_text(json.dumps([record("0000-good")]))
    result = CliRunner().invoke(app, ["ingest", "openfda", "--max-mb", "2", str(bomb), str(good)])
    assert result.exit_code == 1
    assert "Ingested 1 new, 0 updated, 0 unchanged, 1 failed." in result.output
    assert "bomb.json.gz: expands to more than 2 MiB" in " ".join(result.output.split())
    # The default limits take a file like this in stride.
    again = CliRunner().invoke(app, ["ingest", "openfda", str(bomb)])
    assert again.exit_code == 0, again.output


def test_openfda_bomb_stops_at_the_file_limit_after_its_good_records(tmp_path: Path) -> None:
    head = json.dumps([record("0000-first")])[:-1].encode()  # `[{...}` with the list left open
    bomb = gz(tmp_path / "labels.json.gz", head, b"," + b" " * (3 * MiB), json.dumps(record("0000-last")).encode() + b"]")
    assert bomb.stat().st_size < 10_000
    labels = read_openfda(bomb, limits=Limits(max_bytes=2 * MiB, max_record_bytes=4 * MiB))
    assert next(labels).set_id == "0000-first"
    with pytest.raises(SourceParseError, match=r"labels.json.gz: expands to more than 2 MiB, the limit for one file"):
        next(labels)


def test_openfda_records_stream_one_at_a_time_under_the_record_limit(tmp_path: Path) -> None:
    # 3 MB of records in one file, each small: the record limit (1 MiB) counts from the last record only.
    records = [record(f"0000-set-{i}", "x" * 1000) for i in range(3000)]
    path = tmp_path / "bulk.json"
    path.write_text(json.dumps({"meta": {"results": {"total": 3000}}, "results": records}))
    assert path.stat().st_size > 3 * MiB
    labels = list(read_openfda(path, limits=Limits(max_bytes=8 * MiB, max_record_bytes=MiB)))
    assert [label.set_id for label in labels] == [f"0000-set-{i}" for i in range(3000)]


def test_one_oversized_openfda_record_is_refused(tmp_path: Path) -> None:
    path = gz(tmp_path / "big.json.gz", json.dumps([record("0000-big", "x" * (2 * MiB))]).encode())
    with pytest.raises(SourceParseError, match=r"big.json.gz: record 1 is larger than 1 MiB"):
        list(read_openfda(path, limits=SMALL))


def test_pubmed_bomb_stops_with_a_clear_error(tmp_path: Path) -> None:
    head, tail = PUBMED.split("<PubmedArticle>", 2)[:2], PUBMED.rsplit("</PubmedArticle>", 1)[1]
    first = head[0] + "<PubmedArticle>" + head[1]
    bomb = gz(tmp_path / "baseline.xml.gz", first.encode(), b"<PubmedArticle>" + b" " * (3 * MiB), tail.encode())
    articles = read_pubmed(bomb, limits=SMALL)
    assert next(articles).pmid == "900000001"
    with pytest.raises(SourceParseError, match=r"baseline.xml.gz: record 2 is larger than 1 MiB"):
        next(articles)


def test_pubmed_file_limit_counts_decompressed_bytes(tmp_path: Path) -> None:
    many = PUBMED.replace("</PubmedArticleSet>", "") + ("<!-- padding -->" * 1000 + "\n") * 200 + "</PubmedArticleSet>"
    path = gz(tmp_path / "set.xml.gz", many.encode())
    with pytest.raises(SourceParseError, match=r"set.xml.gz: expands to more than"):
        list(read_pubmed(path, limits=Limits(max_bytes=MiB, max_record_bytes=8 * MiB)))


def test_gzipped_spl_parses_and_an_spl_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    label = gz(tmp_path / "label.xml.gz", spl().encode())
    assert parse_spl(label).set_id == "0000-test-set"
    text = spl()
    cut = text.index("</document>")
    bomb = gz(tmp_path / "bomb.xml.gz", text[:cut].encode(), b" " * (2 * MiB), text[cut:].encode())
    with pytest.raises(SourceParseError, match=r"bomb.xml.gz: record 1 is larger than 1 MiB"):
        parse_spl(bomb, limits=SMALL)


def nested_sections(depth: int) -> str:
    nested = '<component><section><code code="42229-5"/><title>x</title>' * depth
    nested += "<text><paragraph>deep</paragraph></text>" + "</section></component>" * depth
    return spl().replace("<component><structuredBody>", "<component><structuredBody>" + nested, 1)


def test_sections_nested_as_deep_as_the_limit_allows_parse() -> None:
    label = parse_spl("deep.xml", data=nested_sections(120).encode())
    assert len(list(label.walk())) == 123


@pytest.mark.parametrize("depth", [130, 600])
def test_deeper_nesting_is_a_located_parse_error_not_a_crash(depth: int) -> None:
    # 600 nested sections used to end in RecursionError, which no ingest caught.
    with pytest.raises(SourceParseError, match=r"deep.xml: elements nested more than 256 deep \(line \d+\), the limit"):
        parse_spl("deep.xml", data=nested_sections(depth).encode())


def test_deep_pubmed_record_is_refused_with_its_file(tmp_path: Path) -> None:
    deep = PUBMED.replace("<ArticleTitle>", "<ArticleTitle>" + "<i>" * 300 + "x" + "</i>" * 300, 1)
    path = tmp_path / "deep.xml"
    path.write_text(deep)
    with pytest.raises(SourceParseError, match=r"deep.xml: elements nested more than 256 deep"):
        list(read_pubmed(path))
