"""A glossary name said in two pieces: "a bone marrow aspirate and biopsy" is the bone marrow biopsy, not "bone
marrow" and "biopsy" read apart, whose definitions say what marrow is and what any biopsy is."""

from __future__ import annotations

from .names import NameIndex


def whole_term(index: NameIndex, tokens: list[str], found: list[str]) -> list[str]:
    """The found glossary slugs, with a longer name whose every word the question says and whose words hold those of
    two or more found names put first in their place."""
    if len(found) < 2:
        return found
    said = set(tokens)
    parts = {s: [set(k.split()) for k in index.keys.get(s, ())] for s in found}
    for slug, words in _long_names(index):
        if slug in found or not words <= said:
            continue
        inside = [s for s, names in parts.items() if any(n <= words for n in names)]
        if len(inside) >= 2:
            return [slug, *(s for s in found if s not in inside)]
    return found


_LONG: dict[int, tuple[NameIndex, list[tuple[str, frozenset[str]]]]] = {}


def _long_names(index: NameIndex) -> list[tuple[str, frozenset[str]]]:
    """The index's names of three words or more, as word sets, read once per index (it is built once)."""
    hit = _LONG.get(id(index))
    if hit is None or hit[0] is not index:
        _LONG.clear()  # one knowledge base's names at a time: tests build many
        hit = _LONG[id(index)] = (index, [(slug, frozenset(k.split())) for slug, keys in index.keys.items()
                                          for k in keys if k.count(" ") >= 2])
    return hit[1]
