"""A word a page defines in its own sentence ("HER2-low means a score of 1+, or 2+ with a negative ISH test") answers
"what does <word> mean?" about that page, its plans or its drug, rather than the glossary entry for a shorter word
(HER2) that does not say what the asked word adds. What a finding leads to ("... means stopping for good") is no
definition. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("enhertu for her2 low, what is her2 low exactly", "score of 1+"),
    ("my cll is stage 0, what does stage 0 mean", "high lymphocyte count"),
    ("lung cancer screening: what is a pack-year", "one pack a day for a year"),
])
def test_the_pages_own_definition_answers(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, question


def test_a_consequence_is_no_definition(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is veno-occlusive disease on besponsa")
    assert not any(i.text.startswith("Rising liver tests") for i in answer.direct)
