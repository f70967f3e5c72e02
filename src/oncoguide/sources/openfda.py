"""Read openFDA `drug/label` JSON records into the same Label model the SPL parser gives."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree, html

from ..errors import SourceParseError
from ..model.label import Label, Paragraph, Product, Section, Table
from .xmltext import clean, mark_breaks, table_block

# openFDA field -> LOINC section code, in the order sections appear on a prescribing label.
# Field names are openFDA's (druglabel_schema.json); codes are the SPL section LOINC codes.
SECTION_CODES: dict[str, str] = {
    "boxed_warning": "34066-1", "recent_major_changes": "43683-2",
    "indications_and_usage": "34067-9", "dosage_and_administration": "34068-7",
    "dosage_forms_and_strengths": "43678-2", "contraindications": "34070-3",
    "warnings_and_cautions": "43685-7", "warnings": "34071-1",
    "precautions": "42232-9", "general_precautions": "34072-9",
    "adverse_reactions": "34084-4", "drug_interactions": "34073-7",
    "use_in_specific_populations": "43684-0", "pregnancy": "42228-7",
    "teratogenic_effects": "34077-8", "nonteratogenic_effects": "34078-6",
    "labor_and_delivery": "34079-4", "nursing_mothers": "34080-2",
    "pediatric_use": "34081-0", "geriatric_use": "34082-8",
    "drug_abuse_and_dependence": "42227-9", "controlled_substance": "34085-1",
    "abuse": "34086-9", "dependence": "34087-7",
    "overdosage": "34088-5", "description": "34089-3",
    "clinical_pharmacology": "34090-1", "mechanism_of_action": "43679-0",
    "pharmacodynamics": "43681-6", "pharmacokinetics": "43682-4",
    "pharmacogenomics": "66106-6", "nonclinical_toxicology": "43680-8",
    "carcinogenesis_and_mutagenesis_and_impairment_of_fertility": "34083-6", "animal_pharmacology_and_or_toxicology": "34091-9",
    "clinical_studies": "34092-7", "references": "34093-5",
    "how_supplied": "34069-5", "storage_and_handling": "44425-7",
    "information_for_patients": "34076-0", "spl_medguide": "42231-1",
    "spl_patient_package_insert": "42230-3", "patient_medication_information": "68498-5",
    "instructions_for_use": "59845-8", "accessories": "60555-0",
    "active_ingredient": "55106-9", "alarms": "69761-5",
    "ask_doctor": "50569-3", "ask_doctor_or_pharmacist": "50568-5",
    "assembly_or_installation_instructions": "60556-8", "calibration_instructions": "60557-6",
    "cleaning": "60558-4", "compatible_accessories": "69760-7",
    "components": "60559-2", "diagram_of_device": "69758-1",
    "disposal_and_waste_handling": "69763-1", "do_not_use": "50570-1",
    "drug_and_or_laboratory_test_interactions": "34074-5", "environmental_warning": "50742-6",
    "food_safety_warning": "50743-4", "guaranteed_analysis_of_feed": "50740-0",
    "health_care_provider_letter": "71744-7", "health_claim": "69719-3",
    "inactive_ingredient": "51727-6", "information_for_owners_or_caregivers": "50744-2",
    "intended_use_of_the_device": "60560-0", "keep_out_of_reach_of_children": "50565-1",
    "laboratory_tests": "34075-2", "microbiology": "49489-8",
    "other_safety_information": "60561-8", "package_label_principal_display_panel": "51945-4",
    "pregnancy_or_breast_feeding": "53414-9", "purpose": "55105-1",
    "questions": "53413-1", "residue_warning": "53412-3",
    "risks": "69759-9", "route": "60562-6",
    "safe_handling_warning": "50741-8", "spl_unclassified_section": "42229-5",
    "statement_of_identity": "69718-5", "stop_use": "50566-9",
    "summary_of_safety_and_effectiveness": "60563-4", "troubleshooting": "69762-3",
    "user_safety_warnings": "54433-8", "veterinary_indications": "50745-9",
    "when_using": "50567-7",
}


def read_openfda(path: Path | str, data: bytes | None = None) -> Iterator[Label]:
    """Yield a Label per record of an openFDA response (`{"results": [...]}`), a list of records, or one record."""
    raw = data if data is not None else _read(path)
    try:
        payload = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SourceParseError(f"{path}: not valid JSON: {exc}") from exc
    records = payload.get("results", [payload]) if isinstance(payload, dict) else payload
    if not isinstance(records, list):
        raise SourceParseError(f"{path}: expected openFDA label records, got {type(records).__name__}")
    for i, record in enumerate(records):
        yield label_from_record(record, f"{path}: record {i + 1}")


def _read(path: Path | str) -> bytes:
    try:
        with (gzip.open if str(path).endswith(".gz") else open)(path, "rb") as fh:
            return fh.read()
    except (OSError, EOFError) as exc:
        raise SourceParseError(f"{path}: cannot read: {exc}") from exc


def label_from_record(record: Any, where: str) -> Label:
    """Map one openFDA record; `where` names it in errors."""
    if not isinstance(record, dict):
        raise SourceParseError(f"{where}: expected an object, got {type(record).__name__}")
    set_id = record.get("set_id")
    if not set_id:
        raise SourceParseError(f"{where}: label has no set_id")
    version = str(record.get("version") or "")
    if not version.isdigit():
        raise SourceParseError(f"{where}: label {set_id} has no numeric version (got {version!r})")
    meta = record.get("openfda") or {}
    return Label(
        set_id=set_id,
        version=int(version),
        document_id=record.get("id"),
        effective_date=_date(record.get("effective_time")),
        title=_title(meta, record),
        products=_products(meta),
        sections=[s for field, code in SECTION_CODES.items() if (s := _section(record, field, code))],
        origin="openfda",
    )


def _date(value: Any) -> dt.date | None:
    try:
        return dt.datetime.strptime(str(value)[:8], "%Y%m%d").date()
    except ValueError:
        return None


def _title(meta: dict, record: dict) -> str:
    brand, generic = _first(meta, "brand_name"), _first(meta, "generic_name")
    if brand and generic and brand.lower() != generic.lower():
        return f"{brand} ({generic.lower()})"
    return brand or generic or f"FDA label {record['set_id']}"


def _first(meta: dict, key: str) -> str | None:
    values = meta.get(key) or []
    return values[0] if values else None


def _products(meta: dict) -> list[Product]:
    brands = meta.get("brand_name") or []
    generics = meta.get("generic_name") or [None]
    return [
        Product(name=brand, generic_name=generics[min(i, len(generics) - 1)],
                dosage_form=_first(meta, "dosage_form"), route=_first(meta, "route"))
        for i, brand in enumerate(brands)
    ]


def _section(record: dict, field: str, code: str) -> Section | None:
    texts = [t for t in record.get(field) or [] if isinstance(t, str) and t.strip()]
    tables = [t for t in record.get(f"{field}_table") or [] if isinstance(t, str)]
    if not texts and not tables:
        return None
    blocks: list[Paragraph | Table] = [Paragraph(text=" ".join(t.split())) for t in texts]
    blocks += [Table.model_validate(_table(t)) for t in tables]
    return Section(code=code, title=field.replace("_", " ").capitalize(), blocks=blocks)


def _table(markup: str) -> dict:
    try:
        wrapper = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return {}
    mark_breaks(wrapper)
    found = wrapper.find(".//table")
    return table_block(found) if found is not None else {"rows": [[clean(wrapper.text_content())]]}
