"""Among lines sharing as many of the question's own words, the one holding what an intent asks for (breastfeeding
and for how long; a blood test) leads, before one that only shares more of the medical words the question was
widened to ("baby" widened to pregnancy; "muscle aches" to myalgia). Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("i just had a baby and take gleevec. am i allowed to breastfeed", "do not breastfeed"),
    ("my baby is 2 months old, can i breastfeed on letrozole", "do not breastfeed"),
    ("is there a blood test for the muscle aches alectinib gives", "muscle enzyme test (cpk)"),
])
def test_the_line_answering_what_was_asked_leads(composer, question: str, said: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text.lower(), question
