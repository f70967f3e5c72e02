"""Facts people ask about the least-cited drugs that their pages lacked before stop 36 (branch cont18b) are now
shown, with a citation, when asked in plain words: how common aches, urine problems and swelling are on
leuprolide, and what a late shot means; broken bones and muscle aches on 5 more years of letrozole; high blood
pressure on anastrozole; what mesna alone causes; blood sugar tests on prednisone and feeling low when a course
ends; a late fulvestrant shot; the liver and kidney blood tests on the vinca
drugs, etoposide and exemestane; and the 5-day etoposide capsule course."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("my dad's ankles puffed up since starting lupron, is that known", ["14%"]),
    ("is it normal to ache all over on lupron depot", ["23", "27%"]),
    ("i was a week late for my leuprolide depot, does it matter", ["testosterone again"]),
    ("will 5 more years of femara make me break a bone", ["14%", "9%"]),
    ("does arimidex push up blood pressure", ["13%"]),
    ("what side effects does mesna cause on its own", ["headache", "flushing"]),
    ("why do they keep testing my sugar on prednisone", ["blood sugar"]),
    ("feeling flat and achy the day after stopping my prednisone course", ["2 to 3 days"]),
    ("my faslodex appointment moved two days later, will it still work", ["1 or 2 days"]),
    ("does etoposide need liver or kidney blood tests", ["liver", "kidneys"]),
    ("how are vepesid capsules usually scheduled", ["5 days in a row", "every 3 weeks"]),
])
def test_a_fact_the_page_lacked_is_answered_with_its_source(answer_shows: Callable[[str, list[str]], None], question: str,
                                                            facts: list[str]) -> None:
    answer_shows(question, facts)
