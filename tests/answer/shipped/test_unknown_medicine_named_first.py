"""A medicine no page covers, named just before what is asked of it ("Retevmo dose for RET lung cancer"), is said
to be not covered, and another drug's dose for that cancer is not given as the reply. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "name"), [
    ("zykadia dose for lung cancer", "zykadia"),
    ("talzenna side effects in breast cancer", "talzenna"),
])
def test_an_unknown_medicine_before_dose_is_not_covered(composer, question, name) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any(f"does not cover {name}" in n.text.lower() for n in answer.notices)
    assert not answer.direct


def test_a_known_drug_before_dose_is_answered(composer) -> None:  # noqa: ANN001
    answer = composer.answer("alectinib dose for lung cancer")
    assert answer.direct and "600 mg" in answer.direct[0].text
    assert not any("does not cover" in n.text for n in answer.notices)
