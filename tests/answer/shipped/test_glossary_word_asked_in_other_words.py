"""A glossary word is asked about in more ways than "what is X": "where does X come from", "what does X do", "why is X
important", "signs of X", "which drugs are X", "what counts as X". With no page named, the word's meaning is the
reply; beside a drug's name ("what is CD38, the nurse said Darzalex goes after it") the word is still what is asked.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("where does creatinine come from", "glossary creatinine"),
    ("what are the signs of tumor lysis syndrome", "glossary tumor-lysis-syndrome"),
    ("which drugs are cdk4/6 inhibitors", "glossary cdk4-6-inhibitor"),
    ("why is albumin important", "glossary albumin"),
    ("my sodium came back at 130, what does sodium do in my body", "glossary sodium"),
    ("what counts as contraception", "glossary contraception"),
])
def test_a_word_asked_about_gets_its_meaning_first(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_the_word_asked_about_comes_before_a_wider_word_it_sits_beside(composer) -> None:  # noqa: ANN001
    answer = composer.answer("which chemo drugs are platinum drugs")
    assert answer.direct and answer.direct[0].where == "glossary platinum-chemotherapy"


def test_a_word_asked_beside_a_drug_is_still_what_is_asked(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is cd38? my nurse said darzalex goes after it")
    assert any("CD38" in item.text and "protein" in item.text for item in answer.cited())


def test_a_word_only_mentioned_is_not_defined(composer) -> None:  # noqa: ANN001
    answer = composer.answer("will I lose my hair on chemo")
    assert not any(item.where.startswith("glossary chemotherapy") for item in answer.direct)
