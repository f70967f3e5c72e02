"""FDA labels in the store: one document per label version, one passage per section; read back whole."""

from __future__ import annotations

from functools import partial

import sqlalchemy as sa
from pydantic import ValidationError

from ..errors import StoreError
from ..model.label import UNCLASSIFIED, Label
from ..model.validation import validation_message
from .documents import DocumentRow, Outcome, PassageRow, latest_document, latest_versions


def label_document(label: Label) -> DocumentRow:
    """One document per label version; one passage per section or subsection that has text."""
    passages = []
    for top in label.sections:
        for section, _depth in top.walk():
            text = section.own_text
            if not text:
                continue
            # Subsections are mostly coded "unclassified"; the top section's code says what they are about.
            code = section.code if section.code not in (None, UNCLASSIFIED) else top.code
            passages.append(PassageRow(section=code, title=section.heading, text=text))
    return DocumentRow(kind="label", key=label.set_id, version=str(label.version), title=label.title,
                       effective_date=label.effective_date, data=label.model_dump(mode="json"), passages=passages,
                       on_other_content=partial(_other_label_content, label.origin))


def _other_label_content(origin: str, stored: dict) -> Outcome:
    """A label version never changes (any change is a new version), so other content under a stored version is:

    from the same format, a damaged or edited file (a label stripped of its sections once replaced 64 passages
    with 0, issue #15): refused; SPL over openFDA, the fuller form of the same label (openFDA flattens
    subsections and lists): replaces it; openFDA over SPL: the SPL is kept.
    """
    if stored.get("origin") == origin:
        return Outcome.conflict
    return Outcome.updated if origin == "spl" else Outcome.unchanged


def load_label(engine: sa.Engine, set_id: str) -> Label:
    """The newest ingested version of a label; NotFound if it was never ingested."""
    return stored_label(latest_document(engine, "label", set_id)["data"], set_id)


def stored_label(data: object, set_id: str) -> Label:
    """A label as stored; StoreError when it no longer fits the Label model (stored by an older release)."""
    try:
        return Label.model_validate(data)
    except ValidationError as exc:
        raise StoreError(f"the stored label {set_id} does not read as a label ({validation_message(exc)}); "
                         "ingest it again") from exc


def find_labels(engine: sa.Engine, name: str) -> list[tuple[str, str]]:
    """(set id, title) of ingested labels whose product brand or generic name is `name` (any case)."""
    wanted = name.strip().lower()
    found = []
    for set_id in sorted(latest_versions(engine, "label")):
        label = stored_label(latest_document(engine, "label", set_id)["data"], set_id)
        names = {n.lower() for p in label.products for n in (p.name, p.generic_name) if n}
        if wanted in names or any(wanted in n.split() for n in names):
            found.append((label.set_id, label.title))
    return found
