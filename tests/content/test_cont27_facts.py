"""Drug facts dev_blind23 asked for that no drug page gave (branch cont27): hair that grows back, what a drip is mixed
in, a child's hoarse voice on vincristine, low blood sugar with a diabetes pill, skin cancer after bendamustine,
radiation recall, trial results, high blood sugar on lorlatinib, who gets low counts or a lower dose, warfarin on
apalutamide, steroids before surgery, and brand names people use. Asked in plain words, the answer shows each fact
from a cited line."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

from oncoguide.site.context import drug_context, regimen_context

CASES = [
    # side effects
    ("Will my son's hair grow back after ifosfamide?", ["temporary", "grows back"]),
    ("Can vincristine make a child's voice hoarse?", ["vocal cords", "stridor"]),
    ("Can bendamustine cause skin cancer?", ["non-melanoma", "basal cell"]),
    ("Can Hydrea cause a rash where I had radiation before?", ["radiation recall", "had radiation before"]),
    ("Can Lorbrena raise blood sugar?", ["raise your blood sugar"]),
    # how it is mixed, and what it does to another medicine
    ("What fluid is Perjeta mixed in for the drip?", ["normal saline (0.9% sodium chloride)"]),
    ("Can Perjeta be diluted in D5W?", ["not mixed in dextrose"]),
    ("Is it safe to take Zytiga with pioglitazone?", ["raised pioglitazone levels by 46%", "low blood sugar"]),
    # who is at more risk, and a dose for older people
    ("Are women more likely to get low counts on temozolomide?", ["women and older people got low blood counts more often"]),
    ("Do people over 75 get a lower thalidomide dose?", ["100 mg a day instead of 200 mg"]),
    ("Does Erleada interact with warfarin?", ["lower the level of warfarin", "inr blood test"]),
    ("I need surgery and I take prednisone every day. Does that matter?", ["higher doses of steroid", "adrenal crisis"]),
    # what trials found
    ("What did the ALINA trial of alectinib after surgery find?", ["93.8%", "63.0%"]),
    ("What did the REVEL trial of Cyramza with docetaxel find?", ["10.5 months, against 9.1 months"]),
    ("Does Alimta maintenance after carboplatin help people live longer?",
     ["13.9 months with pemetrexed, against 11.0 months"]),
    # brand names: the liquid mercaptopurine (US) and selinexor's European name
    ("What is Purixan?", ["mercaptopurine"]),
    ("What is Nexpovio?", ["selinexor"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


# Safety rule (NHS Wales croup safety net): a hoarse voice or a squeaky breath now and then on vincristine is a call
# now; the squeaky sound with every breath, even at rest, or breathing that gets hard is 911.
def test_noisy_breathing_on_vincristine_says_who_to_call_and_how_soon(cited_answer_text: Callable[[str], str]) -> None:
    text = cited_answer_text("My child on vincristine has a hoarse voice and noisy breathing. What should I do?")
    assert "call your care team right away about a new hoarse voice or a squeaky sound now and then" in text
    assert "call 911 if the squeaky sound comes with every breath, even at rest, or if breathing gets hard" in text


@pytest.mark.parametrize("page", ["drugs/lorlatinib", "regimens/lorlatinib-nsclc"])
def test_lorlatinib_pages_show_the_high_blood_sugar_sign(page: str) -> None:
    # The lorlatinib plan checks blood sugar because the label warns of high blood sugar: its box says when to call.
    kb = shipped_kb()
    kind, slug = page.split("/")
    box = (drug_context if kind == "drugs" else regimen_context)(kb, slug).when_to_call
    shown = {s.text for s in (*box.emergency, *box.call_now)}
    assert any(r.sign in shown for r in kb.triage.symptoms["high_blood_sugar"].rules if r.sign)
