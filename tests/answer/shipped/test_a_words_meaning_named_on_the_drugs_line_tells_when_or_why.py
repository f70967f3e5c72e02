"""A side effect asked of a named drug in plain words ("will I lose my hair?") whose drug line names it by its own
word ("Hair loss (alopecia) ...") gets, below the drug's lines, the word's meaning when that meaning tells what is
asked and the lines do not: a word of it ("grow back"), when it happens ("when are counts lowest?": "7 to 10 days")
or what causes it ("caused by a virus"). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term", "told"), [
    ("will i lose my hair on cyclophosphamide, and will it grow back", "glossary alopecia", "grows back"),
    ("when are blood counts lowest after azacitidine", "glossary myelosuppression", "7 to 10 days"),
    ("what causes the PML that rituximab warns about", "glossary pml", "jc virus"),
])
def test_the_meaning_tells_what_the_drugs_lines_do_not(composer, shown, question, term, told) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert term in [i.where for i in answer.cited()]
    assert answer.direct and answer.direct[0].where != term  # the drug's own line leads
    assert told in shown(question)


def test_no_meaning_when_a_drug_line_gives_the_cause(composer) -> None:  # noqa: ANN001
    # the brentuximab page says PML is "caused by the JC virus" itself
    answer = composer.answer("the adcetris leaflet mentions PML. what causes it")
    assert "glossary pml" not in [i.where for i in answer.cited()]
