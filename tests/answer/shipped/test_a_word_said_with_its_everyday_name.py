"""A glossary word said beside its everyday name ("they drained fluid from around his lungs and called it a pleural
effusion"): the everyday words ("fluid") ask nothing of their own (not IV fluids), so the word's definition answers.
Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "slug"), [
    ("they took fluid off from around my dads lungs and said it was a pleural effusion", "pleural-effusion"),
    ("he had fluid drained off his chest and they called it a pleural effusion", "pleural-effusion"),
    ("my aunt's belly keeps filling with fluid, the nurse called it ascites", "ascites"),
])
def test_the_word_is_defined(kb, composer, question, slug) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].text.startswith(kb.glossary[slug].term + ":")
