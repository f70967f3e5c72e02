"""Plain words to medical words ("blood clots" -> venous thromboembolism), from synonyms.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

import yaml

from ..content.lookup import norm, regimen_names
from ..model import Regimen

SYNONYMS_FILE = Path(__file__).with_name("synonyms.yaml")
ALIASES_FILE = Path(__file__).with_name("aliases.yaml")


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """The table, plain phrase -> medical terms, longest phrase first."""
    raw = _load(SYNONYMS_FILE)
    table = {str(k).lower(): tuple(str(v).lower() for v in values) for k, values in raw.items()}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _table() -> dict:
    return _load(ALIASES_FILE)


def _load(path: Path) -> dict:
    # libyaml's loader when present: the pure-Python one costs a tenth of a second at each `oncoguide ask`
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


@lru_cache(maxsize=1)
def regimen_alias_table() -> dict[str, str]:
    """Names people use for a regimen that its page does not give, lower-case alias -> normalised target name
    (`mfolfox6` -> `folfox`)."""
    return {str(k).lower(): norm(str(v)) for k, v in (_table().get("regimens") or {}).items()}


@lru_cache(maxsize=1)
def drug_alias_table() -> dict[str, str]:
    """Short names people use for a drug that its page does not give, lower-case alias -> normalised generic name
    (`pembro` -> `pembrolizumab`)."""
    return {str(k).lower(): norm(str(v)) for k, v in (_table().get("drugs") or {}).items()}


@lru_cache(maxsize=1)
def cancer_alias_table() -> dict[str, str]:
    """Short names people use for a cancer type that its page does not give, lower-case alias -> normalised name
    (`small cell` -> `small cell lung cancer`)."""
    return {str(k).lower(): norm(str(v)) for k, v in (_table().get("cancers") or {}).items()}


def short_names(regimens: Iterable[Regimen]) -> frozenset[str]:
    """The plans' own short names, normalised: a piece of another plan's name that is one of them is not an alias."""
    return frozenset(norm(r.short_name) for r in regimens if r.short_name)


def regimen_aliases(regimen: Regimen, taken: AbstractSet[str] = frozenset()) -> list[str]:
    """A regimen's names plus the abbreviations inside them and the names people use for it (aliases.yaml); taken
    holds other plans' short names (`short_names`), which a piece of this one's name does not take: "VRd" of D-VRd
    is the VRd plan."""
    names = regimen_names(regimen)
    own = {norm(n) for n in names}
    extra = [a for n in names[1:] for a in abbreviations(n, taken - own)]
    extra += [alias for alias, target in regimen_alias_table().items() if target in own]
    return [*names, *extra]


def abbreviations(name: str, taken: AbstractSet[str] = frozenset()) -> list[str]:
    """Abbreviation-like names inside a regimen's name: `R-CHOP for ...`, `(VRd)`, `("7+3")`, `FOLFIRI-type`.

    Taken from the first word, parenthesised and quoted parts only, so `HER2-positive` in the middle of a name
    is not mistaken for the regimen's name.
    """
    parts = [name.split()[0] if name.split() else "", *re.findall(r"\(([^)]*)\)", name), *re.findall(r'"([^"]+)"', name)]
    out: list[str] = []
    for part in parts:
        for token in re.findall(r"[A-Za-z0-9+/-]+", part):
            if re.fullmatch(r"\d+\+\d+", token):
                out.append(token)
            pieces = [token, *(p for p in token.split("-") if norm(p) not in taken)] if "-" in token else [token]
            out += [p for p in pieces if sum(c.isupper() for c in p) >= 2 and not p.isdigit()]
    return list(dict.fromkeys(out))


# Words that only say whose or which thing: "thin your bones", "thin his bones" and "thin the bones" are one phrase
# of the table, as are "blood in my urine" and "blood in the urine".
_DETERMINER = re.compile(r"\b(my|your|his|her|their|our|the|a|an)\b")


def _neutral(text: str) -> str:
    return _DETERMINER.sub("the", text)


@lru_cache(maxsize=1)
def _neutral_keys() -> dict[str, list[tuple[int, str, str]]]:
    """The phrases by their first word: first word -> (place in the table, the phrase with its determiners made
    alike and a space each side, the phrase). A phrase that is not plain words between single spaces (which the
    words of a text could not hold) is under "" and always tried.

    phrases() tried all ~500 phrases on every text, ~0.1 ms a call, several calls a question; a text holds only
    the phrases whose first word it holds."""
    by_first: dict[str, list[tuple[int, str, str]]] = {}
    for place, phrase in enumerate(synonyms()):
        key = _neutral(phrase)
        first = key.split(" ")[0] if re.fullmatch(r"[a-z0-9']+( [a-z0-9']+)*", key) else ""
        by_first.setdefault(first, []).append((place, f" {key} ", phrase))
    return by_first


def phrases(text: str) -> list[str]:
    """The plain phrases of the table that occur in text, longest first, whatever determiner stands in them; not a
    name of white cells whose count the text says is high (`said_high`)."""
    lowered = " " + _neutral(re.sub(r"[^a-z0-9' ]+", " ", text.lower())) + " "
    keys = _neutral_keys()
    tried = [entry for word in {*lowered.split(" "), ""} for entry in keys.get(word, ())]
    found = [phrase for _, key, phrase in sorted(tried) if key in lowered]
    return [p for p in found if LOW_COUNT not in synonyms()[p] or not said_high(p, lowered)]


def raised_counts(text: str) -> list[str]:
    """The names of white cells in text whose count it says is high ("my white count is up": "white count")."""
    lowered = text.lower()
    if not _RISE_WORD.search(lowered):  # most questions say no rise: no need to read the table (asked per answer)
        return []
    lowered = " " + _neutral(re.sub(r"[^a-z0-9' ]+", " ", lowered)) + " "
    return [p for p, key in _low_counts() if key in lowered and said_high(p, lowered)]


@lru_cache(maxsize=1)
def _low_counts() -> tuple[tuple[str, str], ...]:
    """The phrases the table reads as a low count, each with its determiners made alike and a space each side."""
    return tuple((p, f" {_neutral(p)} ") for p, meant in synonyms().items() if LOW_COUNT in meant)


# The table reads "white count" and "white cells" as a low count (neutropenia), the usual worry on treatment. A count
# said to be high ("my white count is up", "a high white cell count", "his white cells went up") is the opposite:
# answering it with the low-count line and its fever advice would misread the question. "The shots that keep his
# white count up" says no count (no "is" or "went" before "up"): it keeps the growth factor phrase and this meaning.
LOW_COUNT = "neutropenia"
_RISE = r"(up|high|higher|raised|elevated|rising|increased|climbing|going up|gone up|went up|goes up|risen|rose)"
_LINK = r"( (is|was|are|were|s|has|have|had|been|be|came|come|comes|back|went|gone|go|goes|going|keeps|kept|getting|" \
        r"got|stays?|stayed|still|now|really|very|so|too|a|bit|little|quite|way|slightly|pretty|count|counts|level))+"
_RAISED = r"(high|higher|raised|elevated|rising|increased|increasing)( the)?"
_RISE_WORD = re.compile(r"\b(up|high|higher|raised|elevated|rising|increased|increasing|climbing|risen|rose)\b")


def said_high(phrase: str, lowered: str) -> bool:
    """Whether text (lower-cased as `phrases` reads it) says the count a phrase names is high: "the white count is
    up", "white cells came back high", "a raised white count"."""
    name = re.escape(_neutral(phrase))
    return re.search(rf"\b{name}'?{_LINK} {_RISE}\b|\b{_RAISED} {name}\b", lowered) is not None


def expansions(text: str) -> list[str]:
    """Medical terms meant by the plain phrases found in text, in table order, without repeats."""
    return meanings(phrases(text))


def meanings(found: list[str]) -> list[str]:
    """Medical terms meant by plain phrases of the table, in order, without repeats."""
    out: dict[str, None] = {}
    for phrase in found:
        out.update(dict.fromkeys(synonyms()[phrase]))
    return list(out)
