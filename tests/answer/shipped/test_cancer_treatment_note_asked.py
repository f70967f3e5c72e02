"""A question on how a cancer is treated leads with the page's treatment note that answers it: one naming the
treatment when the question asks which treatment or chemo (not the page's first, general note), and for cancer
"that has spread", the note on spread cancer rather than the one on cancer that has not spread. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("which chemo do people with small cell lung cancer usually get", "etoposide"),
    ("my dad has throat cancer, what chemo drug goes with the radiation", "cisplatin"),
    ("how do they treat kidney cancer once it has spread to the lungs", "immunotherapy"),
])
def test_treatment_note_answering_the_question_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_not_said_before_the_word_is_no_answer_to_it(first_line) -> None:  # noqa: ANN001
    """A note saying a cancer 'has not spread' still leads a question on cancer that has not spread."""
    assert "has not spread" in first_line("what is the treatment for kidney cancer that has not spread")
