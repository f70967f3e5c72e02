"""A medicine given beside a treatment, named in plain words ("Bactrim"), reaches the glossary word it guards against
(Pneumocystis pneumonia); when that word's definition names the medicine and nothing else shown does, the
definition is shown: it says why the medicine is given. A glossary word's own name ("chemo") brings no definition
this way, and with no page named nothing is added. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husband got bactrim to take with his bendamustine, what is it for",
    "the nurse gave me bactrim to go with R-CHOP, how come",
])
def test_the_definition_naming_the_medicine_is_shown(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any(i.where == "glossary pneumocystis-pneumonia" and "Bactrim" in i.text for i in answer.cited())


def test_a_glossary_words_own_name_brings_no_definition(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how long is each round of chemo with FOLFIRI")
    assert not any(i.where == "glossary chemotherapy" for i in answer.cited())


def test_nothing_is_added_to_a_decline(composer) -> None:  # noqa: ANN001
    answer = composer.answer("which antibiotic should I take for a sinus infection")
    assert not answer.cited()
