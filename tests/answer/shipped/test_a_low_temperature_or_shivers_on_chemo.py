"""On a drug that lowers white cells, a low temperature or shivers with a normal one are a call now, like a fever.

Cancer Research UK ("Symptoms of infections") tells people on cancer treatment to call the 24-hour line straight away
for a temperature below 36 °C, for feeling cold and shivery, and for feeling unwell with no temperature. A normal
temperature said alone stays a normal temperature, and a page's list of side effects is not a person shivering."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize(("question", "reason"), [
    # 37.9 °C is past the 37.5 °C call-now line on chemo, so the temperature is the reason now
    ("temperature only 37.9 but im shivery and feel awful, chemo was last thursday", "A temperature of 37.5 °C"),
    ("temperature only 37.2 but im shivery and feel awful, chemo was last thursday", "Chills, shivers"),
    ("I have chills but my temperature is normal, I'm on FOLFOX", "Chills, shivers"),
    ("my temp is 37.1 and I'm shivering, had docetaxel", "Chills, shivers"),
    ("my temperature is 35.6 and I feel cold and shaky", "A temperature below 36.0"),
    ("dad's temperature is 35.4 C tonight, he's on R-CHOP", "A temperature below 36.0"),
])
def test_a_low_temperature_or_shivers_is_a_call_now(kb, question, reason) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("fever", Level.call_now), question
    assert found.result.reason.startswith(reason) and not found.result.assumed


@pytest.mark.parametrize("question", [
    "my temperture is 38.4",      # typos of the word
    "tempature 101 on xeloda",
    "temp 38.3 on FOLFOX",       # a reading with no verb
])
def test_a_misspelt_or_bare_temperature_reading_is_read(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("fever", Level.call_now), question
    assert not found.result.assumed


@pytest.mark.parametrize("question", [
    "my temp is 37.2 on FOLFOX, is that ok",
    "my temperature is 36.8, I'm on Xeloda",
])
def test_a_normal_temperature_said_alone_stays_calm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.result.level == Level.next_visit, question
