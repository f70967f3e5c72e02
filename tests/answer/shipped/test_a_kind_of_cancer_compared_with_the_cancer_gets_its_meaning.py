""""How is secondary AML different from regular AML?": a glossary word that holds a cancer's name and says more
(a kind of that cancer) is what a comparison with the plain cancer asks about, so its meaning leads, not a
comparison of the cancer's treatment plans; two plans compared keep their comparison. (Where the cancer page itself
has a line on the kind, that line leads: test_a_kind_of_a_cancer_told_apart_from_the_rest.py.) Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("how is secondary aml different from regular aml", "glossary secondary-aml"),
    ("how is de novo mds different from other mds", "glossary de-novo-mds"),
])
def test_the_wider_words_meaning_leads(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_two_plans_compared_get_no_glossary_reply(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is 7+3 better than ven-aza for aml")
    assert answer.direct and not answer.direct[0].where.startswith("glossary ")
