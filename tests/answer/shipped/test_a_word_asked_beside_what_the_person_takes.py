"""A glossary word asked about with no page named gets what it means, also when the question says what the person
takes beside it ("my pills", "on chemo"): those words say what the word is beside, not another thing asked. And
"does X mean ...?" asks what X means. A side effect asked of chemo still gets the side effect's word, and a
question a definition cannot answer (a cost) is still declined. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    # "pills" and "chemo" beside the word asked
    ("is a port safe to keep in for years while on chemo", "glossary port"),
    ("does remission mean the cancer is gone for good while on maintenance pills", "glossary remission"),
    ("does hospice mean giving up on my chemo", "glossary hospice"),
    ("can a picc line stay in the whole time I get my chemo", "glossary picc-line"),
])
def test_the_word_asked_is_defined_though_the_treatment_is_named(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term
    assert not [n for n in answer.notices if n.level == "no_answer"]


@pytest.mark.parametrize(("question", "term"), [
    ("does chemo mean i will lose my hair", "glossary alopecia"),  # the side effect, not what chemo is
])
def test_a_side_effect_asked_of_chemo_is_the_side_effects_word(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_a_cost_beside_chemo_is_still_declined(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what do my chemo pills cost at the cancer center")
    assert not answer.direct
    assert [n for n in answer.notices if n.level == "no_answer"]
