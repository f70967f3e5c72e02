"""Vinorelbine (Navelbine) and ado-trastuzumab emtansine (Kadcyla, T-DM1) were medicines we did not cover; their pages
(stop 26) now answer what people ask about them, from the labels. Shipped knowledge base."""

from oncoguide.answer import check


def _first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == [] and answer.direct, question
    return answer.direct[0].text


def test_kadcyla_is_covered_not_an_unknown_medicine(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is kadcyla")
    assert answer.drugs == ["ado-trastuzumab-emtansine"]
    assert not [n for n in answer.notices if "does not cover" in n.text]


def test_kadcyla_after_surgery_is_14_cycles(composer) -> None:  # noqa: ANN001
    assert "14 cycles" in _first(composer, "how long is kadcyla after surgery")


def test_a_missed_kadcyla_drip_gets_the_label_rule(composer) -> None:  # noqa: ANN001
    rule = composer.kb.drugs["ado-trastuzumab-emtansine"].missed_dose.text
    assert _first(composer, "what if I miss a kadcyla infusion") == rule


def test_vinorelbine_is_kept_in_the_fridge(composer) -> None:  # noqa: ANN001
    assert "2 to 8 °C" in _first(composer, "how do I store vinorelbine")


def test_vinorelbine_with_cisplatin_gets_the_plan_doses(composer) -> None:  # noqa: ANN001
    first = _first(composer, "what is the dose of vinorelbine with cisplatin")
    assert "vinorelbine 30 mg/m²" in first and "cisplatin 120 mg/m²" in first
