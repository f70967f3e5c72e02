""""I threw up right after my Venclexta, should I take another?": throwing up a dose is not forgetting it. When the
drug page says what to do after throwing up (in how to take the medicine), that rule is the reply, not the
missed-dose rule. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("i threw up right after my venclexta, should i take another", "throw up"),
    ("puked 15 minutes after my mesna tablets, what now", "throw up"),
])
def test_the_vomiting_rule_replies(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text.lower(), [d.text for d in answer.direct]
