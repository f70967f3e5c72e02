"""The pins in constraints.txt cover every dependency pyproject.toml declares and satisfy its bounds (#15), so
a dependency added without `make lock` (or a bound raised past a pin) fails here instead of installing whatever
version PyPI has that day."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
INSTALLED_EXTRAS = ("test", "semantic", "audit")  # what `make` and `make audit` install


def pins() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            out[canonicalize_name(name)] = version.strip()
    return out


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    found = [*project["dependencies"]]
    for extra in INSTALLED_EXTRAS:
        found += project["optional-dependencies"][extra]
    return [Requirement(r) for r in found]


def test_every_declared_dependency_is_pinned_within_its_bounds() -> None:
    pinned = pins()
    problems = []
    for req in declared():
        version = pinned.get(canonicalize_name(req.name))
        if version is None:
            problems.append(f"{req.name} is not pinned: run `make lock`")
        elif not req.specifier.contains(version, prereleases=True):
            problems.append(f"{req.name}=={version} is outside {req}: run `make lock`")
    assert not problems, "\n".join(problems)

