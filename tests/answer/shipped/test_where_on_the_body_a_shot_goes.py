""""Where on the body do they put the Velcade shot?", "where do they inject Faslodex?": where a shot or implant goes
is how the medicine is given, which the drug page says (the buttock muscles, the skin of the belly), not a
question with nothing to ask. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "place"), [
    ("where do they inject faslodex", "buttock"),
    ("where on the body does the zoladex implant go", "belly"),
])
def test_where_the_shot_goes_is_how_it_is_given(composer, question, place) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.intents == ["form"]
    assert check(answer) == []
    assert place in " ".join(i.text for i in answer.cited()).lower()
