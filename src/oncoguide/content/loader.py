"""Load content/ into a KnowledgeBase, collecting every problem before failing once."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ContentError, Problem
from ..model import CancerType, Drug, GlossaryTerm, KnowledgeBase, Regimen, Source
from ..model.medicines import MedicineMap
from ..model.triage import TriageRules
from .checks import check_glossary_names, check_medicines, check_references, check_risks, check_sources, check_urgency
from .yamlfile import Loc, YamlDoc, dotted, read_yaml

M = TypeVar("M", bound=BaseModel)

# folder -> model; one object per file, named by its slug.
FOLDERS: dict[str, type[BaseModel]] = {"drugs": Drug, "regimens": Regimen, "cancers": CancerType}
# file -> (top-level key, model); a list of objects per file. Long lists may be split by area
# into a folder of the same name (sources/solid-tumors.yaml); the main file is required.
LISTS: dict[str, tuple[str, type[BaseModel]]] = {
    "sources": ("sources", Source),
    "glossary": ("terms", GlossaryTerm),
}


class Located:
    """Where each loaded object came from, for cross-reference messages."""

    def __init__(self) -> None:
        self.origin: dict[int, tuple[YamlDoc, str, Loc]] = {}

    def add(self, obj: Any, doc: YamlDoc, shown: str, loc: Loc) -> None:
        self.origin[id(obj)] = (doc, shown, loc)

    def problem(self, obj: Any, sub: Loc, message: str) -> Problem:
        doc, shown, loc = self.origin[id(obj)]
        return Problem(shown, doc.line((*loc, *sub)), dotted((*loc, *sub)) or None, message)


def _shown(path: Path, root: Path) -> str:
    return f"{root.name}/{path.relative_to(root).as_posix()}"


def _validate(model: type[M], data: Any, doc: YamlDoc, shown: str, loc: Loc) -> tuple[M | None, list[Problem]]:
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            full = (*loc, *err["loc"])
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown field (check the spelling; `oncoguide schema` lists the fields)"
            elif err["type"] == "missing":
                message = "required field is missing"
            elif not isinstance(err.get("input"), (dict, list)):
                message += f", got {err.get('input')!r}"
            problems.append(Problem(shown, doc.line(full), dotted(full) or None, message))
        return None, problems


def load(content_dir: Path) -> KnowledgeBase:
    """Load and check everything; raise ContentError listing every problem found."""
    kb, problems = load_with_problems(content_dir)
    if problems:
        raise ContentError(problems)
    return kb


def load_with_problems(content_dir: Path) -> tuple[KnowledgeBase, list[Problem]]:
    root = Path(content_dir)
    if not root.is_dir():
        raise ContentError([Problem(str(root), None, None, "content directory does not exist")])
    kb = KnowledgeBase()
    where = Located()
    problems: list[Problem] = []
    # Slugs of files that failed to load: references to them are not reported again.
    broken: set[str] = set()
    tables: dict[str, dict[str, Any]] = {
        "drugs": kb.drugs, "regimens": kb.regimens, "cancers": kb.cancers,
        "sources": kb.sources, "terms": kb.glossary,
    }

    def keep(table: str, obj: Any, key: str, doc: YamlDoc, shown: str, loc: Loc) -> None:
        if key in tables[table]:
            first = where.origin[id(tables[table][key])][1]
            problems.append(Problem(shown, doc.line((*loc, "slug")) or doc.line(loc), dotted((*loc,)) or None,
                                    f"{key!r} is already defined in {first}"))
            return
        tables[table][key] = obj
        where.add(obj, doc, shown, loc)

    for folder, model in FOLDERS.items():
        for path in sorted((root / folder).glob("*.y*ml")):
            shown = _shown(path, root)
            doc, found = read_yaml(path, shown)
            problems += found
            if doc is None:
                broken.add(path.stem)
                continue
            if not isinstance(doc.data, dict):
                problems.append(Problem(shown, 1, None, "expected a mapping of fields at the top of the file"))
                continue
            obj, found = _validate(model, doc.data, doc, shown, ())
            problems += found
            if obj is None:
                broken.add(path.stem)
                continue
            if obj.slug != path.stem:  # type: ignore[attr-defined]
                problems.append(Problem(shown, doc.line(("slug",)), "slug",
                                        f"{obj.slug!r} does not match the file name {path.stem!r}"))  # type: ignore[attr-defined]
            keep(folder, obj, obj.slug, doc, shown, ())  # type: ignore[attr-defined]

    for name, (key, model) in LISTS.items():
        main = root / f"{name}.yaml"
        if not main.exists():
            problems.append(Problem(_shown(main, root), None, None, "file is missing"))
        for path in [main, *sorted((root / name).glob("*.y*ml"))]:
            if path.exists():
                problems += _load_list(path, root, key, model, keep)

    rules, found = _load_triage(root, where)
    problems += found
    medicines, found = _load_medicines(root, where)
    problems += found
    kb = dataclasses.replace(kb, triage=rules, medicines=medicines)
    problems += check_references(kb, where.problem, broken)
    problems += check_risks(kb, where.problem)
    problems += check_sources(kb, where.problem)
    problems += check_medicines(kb, where.problem)
    problems += check_glossary_names(kb, where.problem)
    problems += check_urgency(kb, where.problem)
    return kb, problems


def _load_triage(root: Path, where: Located) -> tuple[TriageRules | None, list[Problem]]:
    """The symptom rules (triage.yaml): content like the rest, so a broken rule fails `validate`, not a patient."""
    return _load_file(root, "triage.yaml", TriageRules, where,
                      missing="file is missing (the symptom rules every page, answer and tracker use)")


def _load_medicines(root: Path, where: Located) -> tuple[MedicineMap | None, list[Problem]]:
    """The kinds of other medicines (medicines.yaml), optional: without it the tracker matches medicines by name only."""
    return _load_file(root, "medicines.yaml", MedicineMap, where)


def _load_file(root: Path, name: str, model: type[M], where: Located,
               missing: str | None = None) -> tuple[M | None, list[Problem]]:
    """One whole-file document validated as `model`; a missing file is a problem only when `missing` says why."""
    path = root / name
    shown = _shown(path, root)
    if not path.exists():
        return None, [Problem(shown, None, None, missing)] if missing else []
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, problems
    found, more = _validate(model, doc.data, doc, shown, ())
    if found is not None:
        where.add(found, doc, shown, ())
    return found, [*problems, *more]


def _load_list(path: Path, root: Path, key: str, model: type[BaseModel], keep: Any) -> list[Problem]:
    shown = _shown(path, root)
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return problems
    items = doc.data.get(key) if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        return [*problems, Problem(shown, 1, key, f"expected a top-level `{key}:` list")]
    for i, item in enumerate(items):
        obj, found = _validate(model, item, doc, shown, (key, i))
        problems += found
        if obj is not None:
            keep(key, obj, obj.slug if hasattr(obj, "slug") else obj.id, doc, shown, (key, i))  # type: ignore[attr-defined]
    return problems
