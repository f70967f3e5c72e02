"""One fever line everywhere: a page statement that tells someone on a treatment that lowers white cells when to call
about a temperature gives the same number as the "When to call" box and the symptom check (content/triage.yaml).

Labels and US leaflets say 38.0 °C (100.4 °F); the rules call from 37.5 °C, the safer of the two. A page that said
38.0 °C under a box saying 37.5 °C left a reader with a temperature of 37.8 °C to pick one.
"""

from __future__ import annotations

import re

from shippedkb import shipped_composer, shipped_kb

from oncoguide.model import cited_items, item_text
from oncoguide.model.triage import Risk

CELSIUS = re.compile(r"\b(3\d(?:\.\d)?) ?°C")


def _call_line() -> float:
    """The temperature the fever rules call at for a treatment that lowers white cells."""
    fever = shipped_kb().triage.symptoms["fever"]
    return next(r.when["temperature_at_least"] for r in fever.rules
                if r.risk == Risk.lowers_white_cells and "temperature_at_least" in r.when)


def _pages_that_lower_white_cells():
    kb = shipped_kb()
    for d in kb.drugs.values():
        if Risk.lowers_white_cells in kb.risks([d.slug]):
            yield f"drug {d.slug}", d
    for r in kb.regimens.values():
        if Risk.lowers_white_cells in kb.risks(list(r.drugs)):
            yield f"regimen {r.slug}", r


def test_the_rules_call_from_37_5_on_a_treatment_that_lowers_white_cells():
    assert _call_line() == 37.5


def test_every_page_statement_about_when_to_call_for_a_temperature_gives_the_rules_line():
    line = _call_line()
    wrong = []
    for where, page in _pages_that_lower_white_cells():
        for item in cited_items(page):
            text = item_text(item)
            if re.search(r"\bcall\b", text, re.I) and (
                    {float(t) for t in CELSIUS.findall(text)} - {line} or "100.4" in text):
                wrong.append(f"{where}: {text}")
    assert not wrong, "\n".join(wrong)


def test_asked_when_to_call_for_a_temperature_on_capecitabine_the_answer_gives_the_boxs_line():
    answer = shipped_composer().answer("at what temperature should I call the team on capecitabine?")
    lead = answer.direct[0].text if answer.direct else ""
    assert "37.5 °C" in lead and "38.0 °C" not in lead
