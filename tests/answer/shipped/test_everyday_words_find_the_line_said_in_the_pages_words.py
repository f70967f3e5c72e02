"""A question in everyday words finds the named page's line that says it in the page's own words (lay_names.yaml,
synonyms.yaml): foods to "steer clear of" are the foods the page says to avoid (grapefruit), a week "at the beach"
is the sun the page warns of, "where do I keep it" is how to store it, the wait after a dose is the time the nurse
watches, the "low point" is when the counts are lowest. Pages and phrasings here are not those of the development questions. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husband on Verzenio asked which foods to steer clear of",
    "are there foods i need to stay away from with Cabometyx",
])
def test_foods_to_stay_away_from_get_the_grapefruit_line(shown, question: str) -> None:  # noqa: ANN001
    assert "grapefruit" in shown(question)


@pytest.mark.parametrize("question", [
    "going to the beach next week and i'm on Calquence, anything to know",
    "we go sunbathing a lot, is that ok with Alecensa",
    "does being at the beach matter with dacarbazine",
])
def test_a_day_at_the_beach_gets_the_pages_sun_line(shown, question: str) -> None:  # noqa: ANN001
    assert "sun" in shown(question)


@pytest.mark.parametrize(("question", "line"), [
    ("where should i keep my Xeloda pills", "room temperature"),
    ("why must i sit and wait after my Kadcyla", "watched"),
    ("when is the low point after carboplatin", "lowest"),
])
def test_everyday_words_find_the_pages_line(shown, question: str, line: str) -> None:  # noqa: ANN001
    assert line in shown(question)


def test_a_cuff_to_use_at_home_gets_the_blood_pressure_line(shown) -> None:  # noqa: ANN001
    # the cuff sent home is for blood pressure, which the page checks ("high blood pressure (hypertension)")
    assert "blood pressure" in shown("the clinic sent me home with a cuff while im on cabometyx. what is it for")
