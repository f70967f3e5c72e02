"""Imports point one way (DESIGN.md): cli, web -> site, answer, tracker, ingest -> search, store, content,
sources -> model, which imports nothing of ours. Read from the source, so a lazy import inside a function
counts too."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "oncoguide"

LAYERS = [
    {"cli", "web"},                                # surfaces
    {"site", "answer", "tracker", "ingest"},       # services
    {"search", "store", "content", "sources"},     # the knowledge base and the outside formats
    {"model"},                                     # pure domain types
]
SHARED = {"errors", "settings"}  # the error tree and the configuration: any layer above model may use them

# Imports between packages of one layer that are allowed, and why.
SIDEWAYS = {
    ("cli", "web"): "`oncoguide serve` starts the web app",
    ("search", "content"): "page search matches the curated names (content/lookup.py)",
    ("search", "store"): "passage search reads the stored passages through store/ (which keeps every SQL statement)",
}
# Modules that may import upwards, each only until the code that still imports it moves on.
ALIASES: dict[str, str] = {}


def _rank(package: str) -> int | None:
    return next((i for i, layer in enumerate(LAYERS) if package in layer), None)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> set[str]:
    """Every oncoguide module that `path` imports, relative imports resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("oncoguide")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("oncoguide"):
                continue
            found |= {f"{target}.{a.name}" for a in node.names} if node.module is None else {target}
    return found


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def violations() -> list[str]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = _module_name(path)
        own = _top(module)
        for target in sorted(_imported(path)):
            other = _top(target)
            if other in ("", own) or module in ALIASES:
                continue
            if own == "model" or (own in SHARED and other not in SHARED):
                out.append(f"{module} imports {target}: {own} imports nothing of ours")
            elif other in SHARED:
                continue
            elif _rank(own) is None or _rank(other) is None:
                out.append(f"{module} imports {target}: add {own!r} or {other!r} to a layer")
            elif _rank(other) < _rank(own) or (_rank(other) == _rank(own) and (own, other) not in SIDEWAYS):
                out.append(f"{module} imports {target}: {own} may not import {other}")
    return out


def test_imports_point_one_way() -> None:
    assert violations() == []


def test_the_check_sees_an_upward_import(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The check above can fail: a parser that stores what it reads is reported, even imported lazily."""
    fake = tmp_path / "oncoguide"
    (fake / "sources").mkdir(parents=True)
    (fake / "sources" / "__init__.py").write_text("")
    (fake / "sources" / "spl.py").write_text("def parse():\n    from ..store.documents import store_document\n")
    (fake / "model").mkdir()
    (fake / "model" / "__init__.py").write_text("from ..errors import OncoguideError\n")
    monkeypatch.setattr(sys.modules[__name__], "SRC", fake)
    assert violations() == [
        "oncoguide.model imports oncoguide.errors: model imports nothing of ours",
        "oncoguide.sources.spl imports oncoguide.store.documents: sources may not import store",
    ]


def test_every_package_has_a_layer() -> None:
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set().union(*LAYERS)
