"""SPL parser on the real labels in ../shared and on small, broken and truncated files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sources_fixtures import spl

from oncoguide.errors import SourceParseError
from oncoguide.model.label import DOSAGE_AND_ADMINISTRATION, ListBlock, Table
from oncoguide.sources.spl import parse_spl


def test_humira_identity_products_and_boxed_warning(humira: Path) -> None:
    label = parse_spl(humira)
    assert label.set_id == "608d4f0d-b19f-46d3-749a-7159aa5f933d"
    assert label.version == 1560
    assert label.effective_date == dt.date(2013, 9, 30)
    assert "HUMIRA (adalimumab) injection" in label.title
    assert ("Humira", "Adalimumab", "INJECTION, SOLUTION", "SUBCUTANEOUS") in {
        (p.name, p.generic_name, p.dosage_form, p.route) for p in label.products}
    assert label.boxed_warning is not None
    assert label.boxed_warning.title == "WARNING: SERIOUS INFECTIONS AND MALIGNANCY"
    assert "SERIOUS INFECTIONS" in label.boxed_warning.full_text


def test_humira_sections_keep_numbers_codes_and_subsections(humira: Path) -> None:
    label = parse_spl(humira)
    warnings = label.find("43685-7")[0]
    assert (warnings.number, warnings.title) == ("5", "WARNINGS AND PRECAUTIONS")
    assert [s.number for s in warnings.subsections][:3] == ["5.1", "5.2", "5.3"]
    assert warnings.subsections[3].heading == "5.4 Hepatitis B Virus Reactivation"
    dosing = label.find(DOSAGE_AND_ADMINISTRATION)[0].full_text
    assert "40 mg administered every other week" in dosing
    # The pediatric dose table stays a table, with its rows.
    tables = [b for s, _ in label.walk() for b in s.blocks if isinstance(b, Table)]
    assert any(any("20 mg every other week" in cell for row in t.rows for cell in row) for t in tables)
    assert any(isinstance(b, ListBlock) and b.items for s, _ in label.walk() for b in s.blocks)


def test_lipitor_has_no_boxed_warning_and_one_oral_product(lipitor: Path) -> None:
    label = parse_spl(lipitor)
    assert label.set_id == "c6e131fe-e7df-4876-83f7-9156fc4e8228"
    assert label.version == 11
    assert label.boxed_warning is None
    assert [(p.name, p.route) for p in label.products] == [("Lipitor", "ORAL")]
    assert "10 to 80 mg once daily" in label.find(DOSAGE_AND_ADMINISTRATION)[0].full_text
    # Line breaks of the source file are layout: a cross-reference stays inside its sentence.
    assert "Clinical Pharmacology (12) , and Indications" in label.find(DOSAGE_AND_ADMINISTRATION)[0].full_text


def test_small_label_keeps_lists_tables_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "t.xml"
    path.write_text(spl(version=3, dose=25))
    label = parse_spl(path)
    assert label.title == "TESTAMIDE (testamide) capsules\nInitial U.S. Approval: 2001"
    sub = label.find(DOSAGE_AND_ADMINISTRATION)[0].subsections[0]
    assert sub.blocks[0].text == ("The recommended starting dose is 25 mg orally once daily on Days 1-21 "
                                  "of repeated 28-day cycles.")
    assert sub.blocks[1] == ListBlock(ordered=True, items=["Take with water.", "Do not open the capsules."])
    assert sub.blocks[2] == Table(caption="Table 1. Dose levels", header=[["Level", "Dose"]],
                                  rows=[["Starting", "25 mg"], ["Level -1", "5 mg"]])
    assert "1. Take with water." in sub.own_text and "Starting | 25 mg" in sub.own_text


def test_comment_in_a_paragraph_with_a_list_stays_out_of_the_text() -> None:
    boxed = "<paragraph>Can cause <!-- editor note -->test harm:<list><item>rash</item></list> see below.</paragraph>"
    data = spl().replace("<paragraph>Can cause test harm.</paragraph>", boxed).encode()
    blocks = parse_spl("t.xml", data=data).boxed_warning.blocks
    assert blocks[0].text == "Can cause test harm: see below."
    assert blocks[1] == ListBlock(items=["rash"])


@pytest.mark.parametrize("content, message", [
    ("this is not XML at all", "not well-formed XML"),
    ("<html><body>hello</body></html>", "not an SPL document"),
    (spl(set_id=None), "label has no set id"),
    (spl()[:1500], "not well-formed XML"),  # truncated download
])
def test_bad_files_give_one_clear_error_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken-label.xml"
    path.write_text(content)
    with pytest.raises(SourceParseError, match=message) as info:
        parse_spl(path)
    assert str(path) in str(info.value)


def test_missing_file_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(SourceParseError, match="cannot read"):
        parse_spl(tmp_path / "nope.xml")


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(spl())))
def test_any_truncation_either_parses_or_raises_source_parse_error(cut: int) -> None:
    data = spl().encode()[:cut]
    try:
        label = parse_spl("cut.xml", data=data)
    except SourceParseError as exc:
        assert "cut.xml" in str(exc)
    else:
        assert label.set_id == "0000-test-set"
