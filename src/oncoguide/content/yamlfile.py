"""Read YAML keeping the line of every value, so errors can say `file:line: field`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem

Loc = tuple[str | int, ...]


class YamlDoc:
    """Parsed data plus the line where each value starts."""

    def __init__(self, path: Path, data: Any, lines: dict[Loc, int]):
        self.path, self.data, self.lines = path, data, lines

    def line(self, loc: Loc) -> int | None:
        """The line of the deepest part of `loc` that exists in the file."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return None


def read_yaml(path: Path, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse one file; broken YAML and duplicate keys become problems, never exceptions."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, None, None, f"cannot read file: {exc}")]
    try:
        # libyaml's parser keeps the same marks and is ~10x faster (the start time of every command)
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        return None, [Problem(shown, mark.line + 1 if mark else None, None, f"invalid YAML: {reason}")]
    if node is None:
        return None, [Problem(shown, 1, None, "file is empty")]
    lines: dict[Loc, int] = {}
    problems: list[Problem] = []
    constructor = yaml.SafeLoader("")

    def build(n: yaml.Node, loc: Loc) -> Any:
        lines[loc] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in n.value:
                key = constructor.construct_object(key_node, deep=True)
                if key in out:
                    problems.append(Problem(shown, key_node.start_mark.line + 1, dotted((*loc, key)), "key appears twice"))
                out[key] = build(value_node, (*loc, key))
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(item, (*loc, i)) for i, item in enumerate(n.value)]
        return constructor.construct_object(n, deep=True)

    try:
        data = build(node, ())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [Problem(shown, mark.line + 1 if mark else None, None, f"invalid YAML: {exc}")]
    return YamlDoc(path, data, lines), problems


def dotted(loc: Loc) -> str:
    """('components', 0, 'dose') -> 'components[0].dose'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
