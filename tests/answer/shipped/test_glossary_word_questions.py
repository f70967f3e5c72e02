"""A question about a glossary word that names no drug, regimen or cancer is answered by what the word means, also
when it asks about a test ("why did they check my lipase?", "how is a bone marrow biopsy done?"); and a regimen's
short name inside a longer glossary word ("Pd" in "PD-1") names no regimen. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("why would the doctor test my serum lipase", "glossary lipase"),
    ("where on the body do they do a marrow biopsy", "glossary bone-marrow-biopsy"),
    ("how does pd-1 work", "glossary pd-1"),
])
def test_a_glossary_word_alone_gets_its_meaning(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_the_regimen_is_still_named_by_its_own_short_name(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how long is each Pd cycle for myeloma")
    assert "pomalidomide" in answer.direct[0].text.lower()
