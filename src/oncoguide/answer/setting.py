"""Words said as the setting of a question rather than what it asks about."""

from __future__ import annotations

import re

from ..search.text import compiled, whole_word

# "my margins were clear after the lumpectomy": a word said after a word of time is when the thing asked happened,
# not the thing asked ("what does that mean?" asks about the margins)
_TIME_WORD = r"(?:after|before|during|since|following)(?: (?:the|my|his|her|our|their|your|a|an))?"


def said_as_setting(gram: str, normed: str) -> bool:
    """Whether every time a name is said in the normalised text (spaces each side) it follows a word of time."""
    alone = len(compiled(rf" {re.escape(gram)} ").findall(normed))
    return alone > 0 and len(compiled(rf" {_TIME_WORD} {re.escape(gram)} ").findall(normed)) == alone


# "besides colon cancer, what other cancer should she watch for?": the cancer said is the one not asked about
_BESIDES = r"(?:besides|other than|apart from|aside from|except(?: for)?)(?: (?:the|my|his|her|a|an))?"


# "besides the myeloma drugs": what is set aside is the cancer's treatment, and the cancer is still the one asked about
_ITS_TREATMENT = r"(?! (?:drugs?|medicines?|meds|pills|treatments?|therapy|therapies|chemo\w*))"


def said_as_excluded(names: list[str], lowered: str) -> bool:
    """Whether each of the names said in the lower-cased text is said right after "besides", "other than"... (and
    not as the kind of its treatment: "besides the myeloma drugs")."""
    said = [n.lower() for n in names if whole_word(n.lower()).search(lowered)]
    return bool(said) and all(compiled(rf"\b{_BESIDES} {re.escape(n)}\b{_ITS_TREATMENT}").search(lowered) for n in said)
