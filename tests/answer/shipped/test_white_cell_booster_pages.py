"""White cell booster shots asked by brand name reach their pages: Neulasta and Onpro the pegfilgrastim page, Neupogen
and Zarxio the filgrastim page (what it is, when and how long it is given, how it is stored, the on-body injector),
and the A+AVD plan's booster statement. Shipped knowledge base.

Before the page existed, "what is neulasta" got the glossary's growth-factor meaning and "is neulasta needed with
A+AVD" the plan's G-CSF statement first; the second phrasing now opens with the plan's goal (content-requests.txt,
CODE line of cont-new), so this file pins the phrasing that still reaches the statement."""

import pytest

from oncoguide.answer import check


def _text(answer) -> str:  # noqa: ANN001
    return " ".join(item.text for item in answer.cited())


@pytest.mark.parametrize(("question", "words"), [
    ("what is neulasta", ["shot", "once after each round of chemo", "white cells"]),
    ("how long after chemo is neulasta given", ["24 hours after chemo", "14 days before"]),
    ("how do I store Neulasta?", ["fridge", "Do not freeze"]),
    ("can I go through airport security with the Onpro?", ["pat-down"]),
    ("What is the Neulasta on-body injector?", ["27 hours"]),
    ("why do my bones hurt after my neulasta shot", ["31 in 100", "26 in 100"]),
    ("what is neupogen", ["once a day", "neutrophils"]),
    ("How long do I take Neupogen shots?", ["up to 2 weeks"]),
    ("how do I store zarxio", ["fridge", "24 hours"]),
])
def test_the_brand_reaches_its_drug_page(composer, question: str, words: list[str]) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct, question
    text = _text(answer)
    assert all(w in text for w in words), (question, text[:400])


def test_a_booster_asked_with_a_plus_avd_finds_the_first_cycle_statement(composer) -> None:  # noqa: ANN001
    text = _text(composer.answer("do I need a neulasta shot with A+AVD"))
    assert "G-CSF" in text and "first cycle" in text
