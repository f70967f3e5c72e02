"""Everyday names of things that are not symptoms -> the words pages use for them, from lay_names.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

LAY_NAMES_FILE = Path(__file__).with_name("lay_names.yaml")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    raw = yaml.safe_load(LAY_NAMES_FILE.read_text(encoding="utf-8")) or {}
    return tuple((re.compile(rf"\b{re.escape(str(k).lower())}\b"), tuple(str(v).lower() for v in values))
                 for k, values in raw.items())


def page_words(lowered: str) -> list[str]:
    """The words pages use for the everyday names a lower-cased question says ("flu mist" -> live vaccine)."""
    return list(dict.fromkeys(w for pattern, meant in _table() if pattern.search(lowered) for w in meant))
