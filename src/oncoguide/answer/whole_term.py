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
    for slug, keys in index.keys.items():
        if slug in found:
            continue
        for key in keys:
            words = set(key.split())
            if len(words) < 3 or not words <= said:
                continue
            inside = [s for s, names in parts.items() if any(n <= words for n in names)]
            if len(inside) >= 2:
                return [slug, *(s for s in found if s not in inside)]
    return found
