"""A plan's tests in words: its intervals are written out first, then the page's own words, so those words must not
say the weeks again ("every week for 6 weeks, then every week for the first 6 weeks"). Shipped knowledge base."""

import re

from shippedkb import shipped_kb

TWICE = re.compile(r"every (\w+ )?(week|day)s? for (\d+) weeks.*\bfor the first \3 weeks")


def test_no_plan_says_the_weeks_of_a_test_twice() -> None:
    kb = shipped_kb()
    said = [(r.slug, item.name, item.when_text) for r in kb.regimens.values() if r.monitoring
            for item in r.monitoring.items]
    assert said and not [row for row in said if TWICE.search(row[2])]
