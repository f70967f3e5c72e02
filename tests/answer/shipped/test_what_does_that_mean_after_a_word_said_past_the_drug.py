""""... they want <drug>. they said it is <word>. what does that mean?": the word said after the drug's name is
what "that" points to, so its meaning leads; when the drug is said last, "that" is the drug. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("my husband finished rituximab and now the doctor says his lymphoma is refractory. what does that mean",
     "glossary refractory"),
    ("they started keytruda first and said the surgery comes after, so it is neoadjuvant. what does that mean",
     "glossary neoadjuvant-therapy"),
])
def test_the_word_said_after_the_drug_leads(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_the_drug_said_last_is_what_that_means(composer) -> None:  # noqa: ANN001
    answer = composer.answer("the scan showed a relapse so now they want bendamustine. what does that mean")
    assert answer.direct and answer.direct[0].where.startswith("drug bendamustine")
