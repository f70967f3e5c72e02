"""Plain words to medical words ("blood clots" -> venous thromboembolism), from synonyms.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

SYNONYMS_FILE = Path(__file__).with_name("synonyms.yaml")


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """The table, plain phrase -> medical terms, longest phrase first."""
    raw = yaml.safe_load(SYNONYMS_FILE.read_text(encoding="utf-8")) or {}
    table = {str(k).lower(): tuple(str(v).lower() for v in values) for k, values in raw.items()}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def phrases(text: str) -> list[str]:
    """The plain phrases of the table that occur in text, longest first."""
    lowered = " " + re.sub(r"[^a-z0-9' ]+", " ", text.lower()) + " "
    return [phrase for phrase in synonyms() if f" {phrase} " in lowered]


def expansions(text: str) -> list[str]:
    """Medical terms meant by the plain phrases found in text, in table order, without repeats."""
    found: dict[str, None] = {}
    for phrase in phrases(text):
        found.update(dict.fromkeys(synonyms()[phrase]))
    return list(found)
