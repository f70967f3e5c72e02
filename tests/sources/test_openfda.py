"""openFDA drug/label JSON into the label model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oncoguide.errors import SourceParseError
from oncoguide.model.label import BOXED_WARNING, DOSAGE_AND_ADMINISTRATION, Table
from oncoguide.sources.openfda import SECTION_CODES, read_openfda

RECORD = {
    "set_id": "0000-test-set", "version": "4", "id": "doc-4", "effective_time": "20230315",
    "openfda": {"brand_name": ["TESTAMIDE"], "generic_name": ["TESTAMIDE"], "dosage_form": ["CAPSULE"], "route": ["ORAL"]},
    "boxed_warning": ["WARNING: TEST HARM"],
    "dosage_and_administration": ["2 DOSAGE AND ADMINISTRATION 2.1 Recommended dose: 25 mg once daily."],
    "dosage_and_administration_table": ["<table><thead><tr><th>Level</th><th>Dose</th></tr></thead>"
                                        "<tbody><tr><td>Starting</td><td>25 mg<br/>daily</td></tr></tbody></table>"],
    "adverse_reactions": ["6 ADVERSE REACTIONS ..."],
}


def write(tmp_path: Path, payload: object) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(payload))
    return path


def test_api_response_maps_to_label_with_loinc_sections(tmp_path: Path) -> None:
    [label] = read_openfda(write(tmp_path, {"meta": {}, "results": [RECORD]}))
    assert (label.set_id, label.version, label.origin) == ("0000-test-set", 4, "openfda")
    assert str(label.effective_date) == "2023-03-15"
    assert [(p.name, p.generic_name, p.route) for p in label.products] == [("TESTAMIDE", "TESTAMIDE", "ORAL")]
    assert [s.code for s in label.sections] == [BOXED_WARNING, DOSAGE_AND_ADMINISTRATION, "34084-4"]
    dosing = label.find(DOSAGE_AND_ADMINISTRATION)[0]
    assert dosing.blocks[1] == Table(header=[["Level", "Dose"]], rows=[["Starting", "25 mg\ndaily"]])
    assert label.boxed_warning.own_text == "WARNING: TEST HARM"


def test_every_schema_field_maps_to_a_section_code() -> None:
    assert SECTION_CODES["dosage_and_administration"] == "34068-7"
    assert SECTION_CODES["boxed_warning"] == "34066-1"
    assert len(set(SECTION_CODES.values())) == len(SECTION_CODES)


def test_schema_fields_are_all_known(tmp_path: Path) -> None:
    from sources_fixtures import shared_file

    schema = json.loads(shared_file("openfda", "druglabel_schema.json").read_text())["properties"]
    text_fields = {k for k in schema if not k.endswith("_table")}
    not_sections = {"id", "set_id", "version", "effective_time", "openfda",
                    "spl_product_data_elements", "spl_indexing_data_elements"}
    assert text_fields - not_sections == set(SECTION_CODES)


def test_record_without_set_id_names_file_and_record(tmp_path: Path) -> None:
    bad = {k: v for k, v in RECORD.items() if k != "set_id"}
    path = write(tmp_path, [RECORD, bad])
    labels = read_openfda(path)
    assert next(labels).set_id == "0000-test-set"
    with pytest.raises(SourceParseError, match=r"labels.json: record 2: label has no set_id"):
        next(labels)


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "labels.json"
    path.write_text("<xml/>")
    with pytest.raises(SourceParseError, match="labels.json: not valid JSON"):
        list(read_openfda(path))
