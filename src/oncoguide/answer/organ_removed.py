"""The cancer a question names by the organ it says is taken out: "surgery to remove his prostate" is about prostate
cancer, whose page says what that surgery can leave behind, though the word "cancer" is never said."""

from __future__ import annotations

import re

from .names import Names

# "remove his prostate", "take out the whole bladder", "her ovaries taken out", "prostate removal"
_ARTICLES = r"(?:(?:the|his|her|my|their|a|an|one|both|part|of|whole|entire|all|left|right|\w+'s) )*"
REMOVED = re.compile(r"\b(?:remov(?:e|es|ed|ing|al)|take out|takes out|took out|taking out|cut out|cutting out) "
                     + _ARTICLES + r"(\w+)|\b(\w+) (?:removed|removal|taken out|cut out)\b")
# An organ said in another form than the one the cancer's name takes ("ovaries": ovarian cancer)
ORGAN_FORMS = {"ovaries": "ovarian", "ovary": "ovarian", "uterus": "uterine", "womb": "uterine", "rectum": "rectal",
               "testicles": "testicle", "kidneys": "kidney", "lungs": "lung", "breasts": "breast"}


def organ_removed(names_: Names, lowered: str) -> list[str]:
    """The cancers whose organ the lower-cased question says is removed."""
    out = []
    for m in REMOVED.finditer(lowered):
        organ = m[1] or m[2]
        slug = names_.cancers.index.get(f"{ORGAN_FORMS.get(organ, organ)} cancer")
        if slug:
            out.append(slug)
    return list(dict.fromkeys(out))
