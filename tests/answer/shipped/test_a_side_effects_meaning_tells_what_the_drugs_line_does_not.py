"""A side effect asked of a named drug by its glossary word ("does the hair loss from doxorubicin grow back?") gets,
below the drug's own lines, the word's meaning when that meaning tells what is asked and the drug's lines saying
the word do not (hair "grows back 3 to 10 months after treatment ends"); a question those lines answer gets no
meaning added. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("does the hair loss from cyclophosphamide grow back", "glossary alopecia"),
    ("will the hand-foot syndrome from fluorouracil go away", "glossary hand-foot-syndrome"),
])
def test_the_meaning_is_shown_below_the_drugs_lines(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert term in [i.where for i in answer.cited()]
    assert answer.direct and answer.direct[0].where != term  # the page's own reply leads


@pytest.mark.parametrize("question", [
    "how often does capecitabine cause hand-foot syndrome",
    "how common is hair loss with cyclophosphamide",
])
def test_no_meaning_when_the_drugs_line_says_it(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not [i.where for i in answer.cited() if i.where.startswith("glossary ")]


@pytest.mark.parametrize("question", [
    "can the numbness from oxaliplatin affect my balance when walking",
    "can the tingling from vincristine mess with my balance",
])
def test_a_side_effect_said_in_everyday_words_gets_the_meaning_too(composer, question) -> None:  # noqa: ANN001
    # "numbness" and "tingling" reach peripheral neuropathy, whose meaning speaks of balance; the drug's lines
    # saying "numbness" do not
    answer = composer.answer(question)
    assert "glossary peripheral-neuropathy" in [i.where for i in answer.cited()]
