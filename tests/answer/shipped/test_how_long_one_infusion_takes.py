"""'How long does the (first) <plan or drug> infusion take' asks the minutes or hours of one infusion: the reply
holds them, not the course's cycles or a line that only says the drug is given by vein. A plan's name blanked out
of the question no longer breaks the words around it apart. Shipped knowledge base."""

import re

import pytest

MINUTES = re.compile(r"\b\d+ (minutes|hours?)\b")


@pytest.mark.parametrize("question", [
    "how long does the first TCHP infusion take",
    "how long does the R-CHOP infusion take",
    "how long is each dose of Enhertu infusion",
    "how long is carboplatin infusion",
    "how long does an Herceptin infusion take",
])
def test_the_reply_says_how_many_minutes(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and MINUTES.search(answer.direct[0].text), \
        answer.direct[0].text if answer.direct else question
    assert "cycles in all" not in answer.direct[0].text


def test_how_a_plan_is_given_still_asks_how_it_is_given(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    assert understand(kb, "How is FLOT given?").intents == ["form"]
