""""Why do they need my PD-L1 number before Libtayo?" is answered by the condition the drug is given on (what its
uses say of the tumor test), not by a side effect that shares the word "alone"; a glossary word such as PD-L1
counts as a word asked, though too short a word to count otherwise. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("why do they need my pd-l1 number before giving libtayo alone for lung cancer", "half the tumor cells have PD-L1"),
    ("why do they check pd-l1 before keytruda alone for lung cancer", "PD-L1"),
    ("why do they test for flt3 before xospata", "FLT3 mutation"),
])
def test_why_a_tumor_test_comes_before_a_drug(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert said in answer.direct[0].text
    assert "side_effects" not in (answer.direct[0].where or "")
