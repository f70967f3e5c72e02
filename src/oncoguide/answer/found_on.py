"""How a question tells the way its cancer came to light ("found on a scan", "the biopsy showed"): context, not what is
asked, so neither the tests of a plan nor lines on how cancers are found answer "found on a scan, will he lose the
kidney?"."""

from __future__ import annotations

import re

from ..search.text import terms

FOUND_ON = re.compile(r"\b(found|seen|spotted|picked up|showed up|caught) (on|by|in|with) (an? |the |his |her |my |their |"
                      r"a routine )?(\w+ )?(scans?|ct|mri|x-?rays?|tests?|checkups?|mammograms?|ultrasounds?)\b|"
                      r"\b(scans?|tests?|biopsy|biopsies|mri|ct) (showed|shows|found|came back)\b")


def found_on_words(lowered: str) -> set[str]:
    """The words of the lower-cased question that only tell how the cancer was found."""
    return {w for m in FOUND_ON.finditer(lowered) for w in terms(m[0])}
