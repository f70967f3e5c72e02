"""Only oncoguide errors leave the parsers (#15 item 10): malformed inputs made by hypothesis from each format's
own vocabulary, so they reach deep into the mapping code rather than stop at the XML or JSON syntax check."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from oncoguide.errors import SourceParseError
from oncoguide.sources.openfda import SECTION_CODES, read_openfda
from oncoguide.sources.pubmed import read_pubmed
from oncoguide.sources.spl import parse_spl

V3 = "urn:hl7-org:v3"
SPL_TAGS = ["document", "setId", "versionNumber", "effectiveTime", "id", "title", "component", "structuredBody",
            "section", "code", "text", "paragraph", "list", "item", "table", "thead", "tbody", "tr", "td", "th",
            "caption", "br", "subject", "manufacturedProduct", "manufacturedMedicine", "name", "formCode",
            "asEntityWithGeneric", "genericMedicine", "consumedIn", "substanceAdministration", "routeCode",
            "renderMultiMedia", "content", "sup"]
SPL_ATTRS = ["root", "value", "code", "displayName", "listType", "styleCode"]
PUBMED_TAGS = ["PubmedArticle", "MedlineCitation", "PMID", "Article", "ArticleTitle", "VernacularTitle", "Abstract",
               "AbstractText", "AuthorList", "Author", "LastName", "Initials", "CollectiveName", "Journal", "Title",
               "JournalIssue", "PubDate", "Year", "MedlineDate", "ArticleDate", "ELocationID", "PubmedData",
               "ArticleIdList", "ArticleId", "MeshHeadingList", "MeshHeading", "DescriptorName",
               "PublicationTypeList", "PublicationType", "i", "sup"]
PUBMED_ATTRS = ["Version", "Label", "NlmCategory", "IdType", "EIdType"]
# Values that have broken mappers before, or look like what a mapper expects (numbers, codes, dates, ids).
VALUES = st.one_of(st.sampled_from(["", " ", "1", "0", "-1", "abc", "1.5", "99999999999", "34068-7", "48780-1",
                                    "42229-5", "ordered", "doi", "2023031", "20231399", "0000-test-set", "\u00a0", "\u00b2",
                                    "\u0661\u0662", "1234567890"]),
                   st.text(max_size=12))
TEXT = st.one_of(st.none(), VALUES)


def trees(tags: list[str], attrs: list[str]) -> st.SearchStrategy[etree._Element]:
    """Random element trees over a format's tags, with its attributes set to likely and unlikely values."""
    def element(children: list[etree._Element]) -> st.SearchStrategy[etree._Element]:
        return st.builds(_element, st.sampled_from(tags), st.dictionaries(st.sampled_from(attrs), VALUES, max_size=3),
                         TEXT, TEXT, st.just(children))

    leaf = st.deferred(lambda: element([]))
    return st.recursive(leaf, lambda kids: st.lists(kids, max_size=4).flatmap(element), max_leaves=30)


def _element(tag: str, attrs: dict[str, str], text: str | None, tail: str | None,
             children: list[etree._Element]) -> etree._Element:
    el = etree.Element(tag, {k: _xml_safe(v) for k, v in attrs.items()})
    el.text, el.tail = _xml_safe(text), _xml_safe(tail)
    for child in children:
        el.append(child)
    return el


def _xml_safe(value: str | None) -> str | None:
    """Drop characters XML cannot hold at all (lxml refuses to build them, which is not the parser's business)."""
    if value is None:
        return None
    return "".join(c for c in value if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd"))


def spl_bytes(body: etree._Element, set_id: str | None, version: str | None) -> bytes:
    """An SPL document around a random body: a valid set id and version let the body reach the section walker."""
    root = etree.Element("document")
    if set_id is not None:
        etree.SubElement(root, "setId", root=_xml_safe(set_id) or "")
    if version is not None:
        etree.SubElement(root, "versionNumber", value=_xml_safe(version) or "")
    component = etree.SubElement(root, "component")
    component.append(body)
    xml = etree.tostring(root).decode()
    return xml.replace("<document>", f'<document xmlns="{V3}">', 1).encode()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=trees(SPL_TAGS, SPL_ATTRS), set_id=st.one_of(st.none(), st.just("0000-set"), VALUES),
       version=st.one_of(st.none(), st.just("3"), VALUES))
def test_spl_parser_lets_only_source_parse_errors_out(body: etree._Element, set_id: str | None,
                                                      version: str | None) -> None:
    try:
        parse_spl("random.xml", data=spl_bytes(body, set_id, version))
    except SourceParseError as exc:
        assert "random.xml" in str(exc)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=200))
def test_spl_parser_refuses_arbitrary_bytes_cleanly(data: bytes) -> None:
    try:
        parse_spl("bytes.xml", data=data)
    except SourceParseError as exc:
        assert "bytes.xml" in str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(trees(PUBMED_TAGS, PUBMED_ATTRS), max_size=3))
def test_pubmed_reader_lets_only_source_parse_errors_out(records: list[etree._Element]) -> None:
    root = etree.Element("PubmedArticleSet")
    for record in records:
        root.append(record)
    data = etree.tostring(root)
    errors: list[SourceParseError] = []
    articles = list(read_pubmed("random.xml", data=data, on_error=errors.append))
    assert all("random.xml: record" in str(e) for e in errors)
    try:
        assert len(list(read_pubmed("random.xml", data=data))) == len(articles)
    except SourceParseError as exc:  # without on_error the first bad record stops the file
        assert str(exc) == str(errors[0])


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), VALUES)
JSON = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(VALUES, inner, max_size=3)), max_leaves=10)
TABLES = st.sampled_from(["<table><tr><td>1 mg</td></tr></table>", "<table>", "<tr><td>x</td>", "", "<br/>", "text",
                          "<table><caption/><thead><tr><th/></tr></thead><tbody/></table>", "<![CDATA[", "&bogus;"])
FIELDS = ["set_id", "version", "id", "effective_time", "openfda", *list(SECTION_CODES)[:8]]


def record_values() -> st.SearchStrategy[Any]:
    field_value = st.one_of(JSON, st.lists(st.one_of(VALUES, TABLES), max_size=3))
    record = st.fixed_dictionaries({"set_id": st.one_of(st.just("0000-set"), JSON), "version": st.one_of(st.just("2"), JSON)},
                                   optional={**{f: field_value for f in FIELDS[2:]},
                                             "openfda": st.one_of(JSON, st.dictionaries(
                                                 st.sampled_from(["brand_name", "generic_name", "route", "dosage_form"]),
                                                 JSON, max_size=4)),
                                             "dosage_and_administration_table": st.lists(TABLES, max_size=2)})
    return st.one_of(record, JSON)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(record_values(), max_size=4), shape=st.sampled_from(["response", "list", "one"]))
def test_openfda_reader_lets_only_source_parse_errors_out(records: list[Any], shape: str) -> None:
    payload = {"meta": {}, "results": records} if shape == "response" else records if shape == "list" else \
        (records[0] if records else {})
    data = json.dumps(payload).encode()
    errors: list[SourceParseError] = []
    try:
        list(read_openfda("random.json", data=data, on_error=errors.append))
    except SourceParseError as exc:  # the file itself is not a list of records
        assert "random.json" in str(exc)
    assert all("random.json: record" in str(e) for e in errors)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=200))
def test_openfda_reader_refuses_arbitrary_bytes_cleanly(data: bytes) -> None:
    try:
        list(read_openfda("bytes.json", data=data, on_error=lambda exc: None))
    except SourceParseError as exc:
        assert "bytes.json" in str(exc)


CTCAE_HEADER = "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5,Definition,Navigational Note"
CELL = st.one_of(VALUES, st.sampled_from(["10000001", "-", "Neutrophil count decreased", '"quoted, cell"', "1e3"]))


@settings(max_examples=100, deadline=None)
@given(header=st.one_of(st.just(CTCAE_HEADER), st.text(max_size=40)),
       rows=st.lists(st.lists(CELL, max_size=11), max_size=4))
def test_ctcae_csv_reader_lets_only_source_parse_errors_out(tmp_path_factory, header: str,  # noqa: ANN001
                                                            rows: list[list[str]]) -> None:
    from oncoguide.sources.ctcae import read_ctcae

    path = tmp_path_factory.mktemp("ctcae") / "CTCAE_v5.0.csv"
    path.write_text("\n".join([header, *(",".join(row) for row in rows)]), encoding="utf-8")
    try:
        read_ctcae(path)
    except SourceParseError as exc:
        assert "CTCAE_v5.0.csv" in str(exc)


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=300))
def test_ctcae_workbook_reader_refuses_arbitrary_bytes_cleanly(tmp_path_factory, data: bytes) -> None:  # noqa: ANN001
    from oncoguide.sources.ctcae import read_ctcae

    path = tmp_path_factory.mktemp("ctcae") / "CTCAE_v5.0.xlsx"
    path.write_bytes(b"PK\x03\x04" + data)
    try:
        read_ctcae(path)
    except SourceParseError as exc:
        assert "CTCAE_v5.0.xlsx" in str(exc)


ODD_NUMBERS = ["\u00b2", "\u2460", "\u0661\u0662", "1.0", "-1", " 1", "1e3", ""]


@pytest.mark.parametrize("value", ODD_NUMBERS)
def test_odd_version_numbers_are_parse_errors_in_every_reader(value: str) -> None:
    # str.isdigit() passes '²' and '①', on which int() fails: each reader escaped a ValueError on them.
    from sources_fixtures import PUBMED, spl

    cases = [
        lambda: parse_spl("odd.xml", data=spl().replace('<versionNumber value="1"/>',
                                                          f'<versionNumber value="{value}"/>').encode()),
        lambda: list(read_pubmed("odd.xml", data=PUBMED.replace('Version="1"', f'Version="{value}"').encode())),
        lambda: list(read_openfda("odd.json", data=json.dumps([{"set_id": "0000-set", "version": value}]).encode())),
    ]
    for case in cases:
        try:
            case()
        except SourceParseError as exc:
            assert "odd." in str(exc)
