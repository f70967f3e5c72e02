"""A glossary name that begins with a kind of cancer ("tumor lysis syndrome", "tumor flare") names no cancer of an
organ said later in the question: "can tumor lysis syndrome hurt the bladder?" asks what the syndrome does, and
the bladder cancer page does not answer it. An organ and a bare "tumor" said apart still name that organ's cancer.
Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "is tumor lysis syndrome bad for the liver",
    "can tumor lysis syndrome hurt the bladder",
])
def test_the_glossary_word_is_asked_not_the_organs_cancer(kb, composer, question) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.cancers == [] and "tumor-lysis-syndrome" in q.terms
    assert not any(i.where.startswith("cancer ") for i in composer.answer(question).cited())


def test_the_syndromes_meaning_answers_what_it_harms(composer) -> None:  # noqa: ANN001
    answer = composer.answer("will tumor lysis syndrome hurt my kidneys")
    assert answer.direct and answer.direct[0].where == "glossary tumor-lysis-syndrome"
    assert "harm the kidneys" in answer.direct[0].text


def test_an_organ_and_a_bare_tumor_still_name_its_cancer(kb) -> None:  # noqa: ANN001
    assert understand(kb, "they found a tumor in the kidney").cancers == ["kidney-cancer"]
