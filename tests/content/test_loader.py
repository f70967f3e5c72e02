"""Content errors a person editing YAML will make, and the message each one gets."""

from pathlib import Path

import pytest
from kbfixture import fixture_docs, write_kb

from oncoguide.content import load
from oncoguide.errors import ContentError


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(root)
    return [str(p) for p in info.value.problems]


def test_fixture_loads(kb_dir: Path) -> None:
    kb = load(kb_dir)
    assert kb.drugs["lenalidomide"].brand_names == ["Revlimid"]
    assert kb.regimens["rd"].default_schedule.phases[0].components[0].days == list(range(1, 22))


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    root = write_kb(tmp_path, drug="slug: lenalidomide\ngeneric_name: [unclosed\nbrand_names: []\n")
    [message] = problems(root)
    assert message.startswith("drugs/lenalidomide.yaml:") or "drugs/lenalidomide.yaml:" in message
    assert "invalid YAML" in message


def test_wrong_type_names_line_field_and_value(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["regimen"]["schedules"][0]["phases"][0]["components"][0]["dose"] = "25 mg"
    root = write_kb(tmp_path, regimen=docs["regimen"])
    [message] = problems(root)
    assert "regimens/rd.yaml:" in message
    assert "schedules[0].phases[0].components[0].dose" in message
    assert "'25 mg'" in message
    line = int(message.split("rd.yaml:")[1].split(":")[0])
    assert "dose: 25 mg" in (root / "regimens" / "rd.yaml").read_text().splitlines()[line - 1]


def test_unknown_field_is_rejected(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["brand_name"] = "Revlimid"
    [message] = problems(write_kb(tmp_path, drug=docs["drug"]))
    assert "drugs/lenalidomide.yaml:" in message and "brand_name: unknown field" in message


def test_statement_without_citation_fails(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["mechanism"] = [{"text": "It helps the immune system."}]
    [message] = problems(write_kb(tmp_path, drug=docs["drug"]))
    assert "mechanism[0].cite: required field is missing" in message


def test_empty_citation_list_fails(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["mechanism"] = [{"text": "It helps.", "cite": []}]
    [message] = problems(write_kb(tmp_path, drug=docs["drug"]))
    assert "mechanism[0].cite" in message and "at least 1" in message


def test_unknown_drug_in_regimen(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["regimen"]["schedules"][0]["phases"][0]["components"][0]["drug"] = "lenalidamide"
    found = problems(write_kb(tmp_path, regimen=docs["regimen"]))
    assert any("regimens/rd.yaml:" in m and "components[0].drug: unknown drug 'lenalidamide'" in m for m in found)


def test_unknown_source_in_citation(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["mechanism"] = [{"text": "It helps.", "cite": ["revlimid-lable § 12.1"]}]
    [message] = problems(write_kb(tmp_path, drug=docs["drug"]))
    assert "mechanism[0].cite[0].source: cites unknown source 'revlimid-lable'" in message


def test_dose_day_beyond_cycle(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["regimen"]["schedules"][0]["phases"][0]["components"][0]["days"] = "1-30"
    [message] = problems(write_kb(tmp_path, regimen=docs["regimen"]))
    assert "day 29, after the end of a 28-day cycle" in message


def test_duplicate_slug_and_key(tmp_path: Path) -> None:
    root = write_kb(tmp_path)
    (root / "drugs" / "lenalidomide.yaml").write_text(
        (root / "drugs" / "lenalidomide.yaml").read_text() + "slug: lenalidomide\n")
    found = problems(root)
    assert any("drugs/lenalidomide.yaml:" in m and "key appears twice" in m for m in found)


def test_slug_must_match_file_name(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["cancer"]["slug"] = "myeloma"
    found = problems(write_kb(tmp_path, cancer=docs["cancer"]))
    assert any("slug: 'myeloma' does not match the file name 'multiple-myeloma'" in m for m in found)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["brand_name"] = "x"
    docs["regimen"]["goals"] = [{"text": "x", "cite": ["nope"]}]
    assert len(problems(write_kb(tmp_path, drug=docs["drug"], regimen=docs["regimen"]))) >= 2


def test_drug_reachable_from_a_cancer_type(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["uses"][0]["cancer"] = "melanoma"
    found = problems(write_kb(tmp_path, drug=docs["drug"]))
    assert any("uses[0].cancer: unknown cancer type 'melanoma'" in m for m in found)
