"""A question that names only a glossary word and asks what it causes, risks or is gets the word's meaning when that
meaning says it ("A change raises the risk of breast, ovarian and some other cancers"); a question the meaning does
not speak to (what it costs) is still declined. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term", "said"), [
    ("does a BRCA gene change raise the risk of other cancers?", "glossary brca", "ovarian"),
    ("can high calcium cause problems with cancer", "glossary calcium", "hypercalcemia"),
])
def test_the_meaning_answers_what_it_says(composer, question, term, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term
    assert said in answer.direct[0].text.lower()
    assert not [n for n in answer.notices if n.level == "no_answer"]


@pytest.mark.parametrize("question", ["how much does a PET scan cost?", "what does chemo cost"])
def test_a_meaning_that_says_nothing_of_what_is_asked_is_no_reply(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not answer.direct
    assert [n for n in answer.notices if n.level == "no_answer"]
