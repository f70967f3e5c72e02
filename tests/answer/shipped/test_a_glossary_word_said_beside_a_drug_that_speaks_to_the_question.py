"""Beside a drug's page, a glossary word the question says by name, that no statement shown says, is explained when
its definition holds another word the question asks ("the scan before each cycle", "is the port under the skin"):
the definition speaks to what was asked. Not a word for what the person takes (chemo), and not when the shown
statements already say the word. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    # the word said, unexplained by the drug page, whose definition holds a word asked
    ("is the picc line put into a vein in my arm for the bendeka", "glossary picc-line"),
    ("on keytruda, they want a ct scan, will they put dye in my vein", "glossary ct-scan"),
])
def test_the_word_is_explained(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any(i.where == term for i in answer.cited()), [i.where for i in answer.cited()]


def test_a_word_the_statements_already_say_is_not_explained_again(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does anastrozole make my bones thin, should i get a bone density test")
    assert not any((i.where or "").startswith("glossary ") for i in answer.cited())
