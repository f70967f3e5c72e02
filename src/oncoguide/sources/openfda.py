"""Read openFDA `drug/label` JSON records into the same Label model the SPL parser gives."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson
from ijson.common import ObjectBuilder
from lxml import etree, html
from pydantic import ValidationError

from ..errors import SourceParseError
from ..model.label import Label, Paragraph, Product, Section, Table
from ..model.validation import validation_message
from .limits import DEFAULT_LIMITS, Limits, MiB, open_capped
from .problems import OnError, ascii_digits
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


def read_openfda(path: Path | str, data: bytes | None = None, *, limits: Limits = DEFAULT_LIMITS,
                 on_error: OnError | None = None) -> Iterator[Label]:
    """Yield a Label per record of an openFDA response (`{"results": [...]}`), a list of records, or one record.

    Records are read one at a time (ijson), so a bulk file never sits whole in memory. A bad record raises
    SourceParseError naming the file, record number and set id; with `on_error` it is handed over instead and
    reading goes on. A truncated, malformed or oversized file yields the records before the damage, then raises.
    """
    number = 0
    with open_capped(path, data, limits) as stream:
        try:
            for record in _records(stream, path):
                number += 1
                try:
                    yield label_from_record(record, f"{path}: record {number}")
                except SourceParseError as exc:
                    if on_error is None:
                        raise
                    on_error(exc)
                stream.next_record()
        except ijson.JSONError as exc:
            raise SourceParseError(f"{path}: not valid JSON after {number} record(s): {_first_line(exc)}") from exc


def _first_line(exc: Exception) -> str:
    """yajl's message without the lines that point at the byte (they repeat the input)."""
    text = exc.args[0] if exc.args else str(exc)
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return (text.strip().splitlines() or ["unknown error"])[0]


def _records(stream: io.RawIOBase, path: Path | str) -> Iterator[Any]:
    """The records of an openFDA JSON file, each built alone from ijson's events.

    The top value is built too, minus the records streamed out of it: a response keeps only its small `meta`,
    and a file that is one record is that record.
    """
    top = ObjectBuilder()
    items = None  # the prefix of record events: "item" in a list, "results.item" in a response
    record: ObjectBuilder | None = None
    # 1 MiB reads: ijson's cost for one long string grows with its length squared over the read size
    # (64 MB in 64 KB reads took 92 s, in 1 MiB reads 6 s).
    for prefix, event, value in ijson.parse(stream, buf_size=MiB, use_float=True):
        if items is None:
            items = "item" if event == "start_array" else "results.item"
        if record is None and prefix == items and event not in ("end_map", "end_array"):
            if items == "results.item" and not _is_list(top, "results"):
                top.event(event, value)
                continue
            record = ObjectBuilder()
        if record is not None:
            record.event(event, value)
            if prefix == items and event not in ("start_map", "start_array", "map_key"):
                yield record.value
                record = None
            continue
        top.event(event, value)
    whole = getattr(top, "value", None)
    if isinstance(whole, dict) and "results" in whole:
        if not isinstance(whole["results"], list):
            raise SourceParseError(f"{path}: expected openFDA label records, got {type(whole['results']).__name__}")
    elif isinstance(whole, dict):
        yield whole
    elif not isinstance(whole, list):
        raise SourceParseError(f"{path}: expected openFDA label records, got {type(whole).__name__}")


def _is_list(top: ObjectBuilder, key: str) -> bool:
    """Whether the top object's `key` is the list being built (the "results" of a response)."""
    return isinstance(getattr(top, "value", None), dict) and isinstance(top.value.get(key), list)


def label_from_record(record: Any, where: str) -> Label:
    """Map one openFDA record; `where` names it in errors."""
    if not isinstance(record, dict):
        raise SourceParseError(f"{where}: expected an object, got {type(record).__name__}")
    set_id = record.get("set_id")
    if not set_id:
        raise SourceParseError(f"{where}: label has no set_id")
    if not isinstance(set_id, str):
        raise SourceParseError(f"{where}: set_id {set_id!r} is not text (openFDA set ids are strings)")
    where = f"{where} (set id {set_id})"
    version = str(record.get("version") or "")
    if not ascii_digits(version):
        raise SourceParseError(f"{where}: no numeric version (got {version!r})")
    meta = record.get("openfda") or {}
    if not isinstance(meta, dict):
        raise SourceParseError(f"{where}: openfda: expected an object, got {type(meta).__name__}")
    try:
        return Label(
            set_id=set_id,
            version=int(version),
            document_id=record.get("id"),
            effective_date=_date(record.get("effective_time")),
            title=_title(meta, record, where),
            products=_products(meta, where),
            sections=[s for field, code in SECTION_CODES.items() if (s := _section(record, field, code, where))],
            origin="openfda",
        )
    except ValidationError as exc:
        raise SourceParseError(f"{where}: {validation_message(exc)}") from exc


def _date(value: Any) -> dt.date | None:
    try:
        return dt.datetime.strptime(str(value)[:8], "%Y%m%d").date()
    except ValueError:
        return None


def _strings(container: dict, key: str, where: str) -> list[str]:
    """A field openFDA gives as a list of strings; a lone string counts as one, other items are left out."""
    value = container.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise SourceParseError(f"{where}: {key}: expected a list of strings, got {type(value).__name__}")
    return [v for v in value if isinstance(v, str)]


def _title(meta: dict, record: dict, where: str) -> str:
    brand, generic = _first(meta, "brand_name", where), _first(meta, "generic_name", where)
    if brand and generic and brand.lower() != generic.lower():
        return f"{brand} ({generic.lower()})"
    return brand or generic or f"FDA label {record['set_id']}"


def _first(meta: dict, key: str, where: str) -> str | None:
    values = _strings(meta, key, where)
    return values[0] if values else None


def _products(meta: dict, where: str) -> list[Product]:
    brands = _strings(meta, "brand_name", where)
    generics: list[str | None] = [*_strings(meta, "generic_name", where)] or [None]
    return [
        Product(name=brand, generic_name=generics[min(i, len(generics) - 1)],
                dosage_form=_first(meta, "dosage_form", where), route=_first(meta, "route", where))
        for i, brand in enumerate(brands)
    ]


def _section(record: dict, field: str, code: str, where: str) -> Section | None:
    texts = [t for t in _strings(record, field, where) if t.strip()]
    tables = _strings(record, f"{field}_table", where)
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
