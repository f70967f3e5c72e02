""""How long after Kyprolis should I use birth control?": the first line gives the time span ("at least 6 months
after the last dose"), not the line telling the reader to ask how long; "how long after Velcade can my husband
father a child?" asks about pregnancy and birth control, not the treatment schedule. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("how long after kyprolis should i use birth control", "6 months"),
    ("how long after velcade can my husband father a child", "birth control"),
])
def test_the_first_line_answers_how_long(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    reply = answer.direct[0].text.lower() if answer.direct else ""
    assert said in reply, reply
