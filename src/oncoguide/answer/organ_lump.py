"""The cancer a question names by a lump found in an organ: "a hard lump on one testicle, what is the first test?" is
about testicular cancer, whose page says how such a lump is checked, though the word "cancer" is never said; so is
"a 2.5 cm tumor on her kidney" about kidney cancer."""

from __future__ import annotations

import re

from .names import Names
from .organ_removed import ORGAN_FORMS

_WHOSE = r"(?:(?:the|his|her|my|their|a|an|one|both|left|right|\w+'s) )*"
LUMP = re.compile(r"\b(?:lumps?|mass|masses|bumps?|growths?|nodules?|tumou?rs?) (?:(?:was|were|is|are) (?:found|felt|seen) )?"
                  r"(?:in|on|inside) " + _WHOSE + r"(\w+)")


def organ_lump(names_: Names, lowered: str) -> list[str]:
    """The cancers whose organ the lower-cased question says holds a lump."""
    out = []
    for m in LUMP.finditer(lowered):
        slug = names_.cancers.index.get(f"{ORGAN_FORMS.get(m[1], m[1])} cancer")
        if slug:
            out.append(slug)
    return list(dict.fromkeys(out))
