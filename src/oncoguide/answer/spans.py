"""How often a dose comes, as a question or a schedule's name says it: "the 6-month shot", "every 12 weeks",
"monthly". Long-acting shots and implants come in several strengths, one for each span (leuprolide 7.5 mg lasts
1 month, 22.5 mg 3 months, 45 mg 6 months), and a question naming the span asks for that strength."""

from __future__ import annotations

import re

NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
_N = r"(\d+|one|two|three|four|six|twelve)"
# "every 12 weeks", "every 3 months", "every 28 days"; "the 3-month shot", "a 6 month implant" (one span, said
# before what it is; "12 months" alone is how long treatment lasts); "monthly", "weekly"
SPAN = re.compile(rf"\b(?:every|each|once every)\s+{_N}\s*(day|week|month)s?\b|\b{_N}[- ](week|month)\b(?!s)|"
                  r"\b(monthly|weekly)\b", re.I)
WEEKS = {"day": 1 / 7, "week": 1, "month": 4}  # the shots' months are 4 weeks: the "3-month" shot is every 12 weeks


# "twice a year", "four times a year", "once a year": so many doses a year, each span in the shots' 4-week months
PER_YEAR = re.compile(r"\b(once|twice|two times|three times|four times) (a|per|each) year\b|\b(yearly|annually)\b", re.I)
YEARLY = {"once": 48, "twice": 24, "two times": 24, "three times": 16, "four times": 12}


def every_weeks(text: str) -> set[float]:
    """The spans between doses a text names, in weeks."""
    out: set[float] = {YEARLY[(m[1] or "once").lower()] for m in PER_YEAR.finditer(text)}
    for m in SPAN.finditer(text):
        if m[5]:
            out.add(4 if m[5].lower() == "monthly" else 1)
            continue
        n, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
        count = int(n) if n.isdigit() else NUMBER[n.lower()]
        out.add(round(count * WEEKS[unit.lower()], 2))
    return out
