"""A glossary word's short name that is also an everyday word or another test's abbreviation does not pull that
glossary entry into a question: "100 mg" is a dose, not magnesium; "eat fish" is food, not the FISH test; "is it
chemo" asks about chemo, not intrathecal chemo; a bug bite is not a BiTE drug; "my Cr" on a lab report is
creatinine, not a complete response; "what's the diff" is not a white cell differential. Issue #11. Shipped
knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "term"), [
    ("is 100 mg of revlimid a lot", "magnesium"),
    ("what is the dose in mg of imbruvica", "magnesium"),
    ("can i eat fish during chemo", "fish-test"),
    ("is revlimid chemo or is it chemo", "intrathecal"),
    ("is it chemo", "intrathecal"),
    ("i got a bug bite while on chemo", "bispecific-antibody"),
    ("my cr is 1.4 is that bad", "complete-response"),
    ("what's the diff between revlimid and pomalyst", "wbc-differential"),
    ("is there a variant of this drug that is cheaper", "mutation"),
])
def test_the_everyday_word_names_no_glossary_term(kb, question, term) -> None:  # noqa: ANN001
    assert term not in understand(kb, question).terms


@pytest.mark.parametrize(("question", "term"), [
    ("what is a FISH test", "fish-test"),
    ("what does my magnesium level mean", "magnesium"),
    ("what is intrathecal chemo", "intrathecal"),
    ("what is a bispecific antibody", "bispecific-antibody"),
    ("what does complete remission mean", "complete-response"),
    ("what is a CBC with differential", "wbc-differential"),
    ("what is a gene mutation", "mutation"),
])
def test_the_glossary_term_is_still_named_by_its_own_names(kb, question, term) -> None:  # noqa: ANN001
    assert term in understand(kb, question).terms
