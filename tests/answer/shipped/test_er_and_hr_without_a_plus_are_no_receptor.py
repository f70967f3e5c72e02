""""The ER" is the emergency room and "2 hr" is two hours: neither is a hormone receptor, so neither pulls in what
hormone receptor positive means. A receptor written with its plus ("ER+", "PR+", "Ph+") still names its meaning."""

import pytest


def shown(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    return " ".join(i.text for i in [*answer.direct, *(i for g in (*answer.guidelines, *answer.research)
                                                          for i in g.items)]).lower()


@pytest.mark.parametrize("question", [
    "the er drew blood cultures on my mom for her fever on chemo. when will they know?",
    "we ended up in the ER with a fever after his FOLFOX. what do they check first?",
    "the rituximab drip took nearly 5 hr today, is that normal?",
])
def test_the_letters_alone_name_no_receptor(composer, question):
    assert "hormone receptor" not in shown(composer, question), question


@pytest.mark.parametrize("question, meaning", [
    ("her report says ER+ and PR+. what does that mean?", "hormone receptor positive"),
    ("what does Ph+ mean on my leukemia report?", "philadelphia chromosome"),
])
def test_the_letters_with_their_plus_still_name_it(first_line, question, meaning):
    assert first_line(question).startswith(meaning), question
