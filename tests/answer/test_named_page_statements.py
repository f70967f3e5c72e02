"""Issue 11: a question no intent catches is answered from the statements of the page it names that hold its words,
even when those words ("pills", "day") are common on every page: the named page's statements are not lost behind
other pages' in the search.

Questions are built from the shipped knowledge base, so new pages are tested as they land.
"""

import re

import pytest
from test_replies import KB, ask

ONCE_A_DAY = re.compile(r"^Take [^.]*\bonce a day\b")
PILL_DRUGS = [d for d in KB.drugs.values() if any(ONCE_A_DAY.search(s.text) for s in d.administration)]


@pytest.mark.parametrize("drug", PILL_DRUGS, ids=lambda d: d.slug)
def test_how_many_pills_a_day_is_answered_from_the_named_drugs_page(drug):
    a = ask(f"how many {drug.generic_name} pills a day")
    shown = [i for i in a.cited() if (i.where or "").startswith(f"drug {drug.slug}")]
    assert any(re.search(r"\ba day\b", i.text) for i in shown), [n.text[:60] for n in a.notices]
