"""A question comparing two glossary words sets them side by side by the words it sets against each other ("between
relapse and refractory", "refractory, not relapsed"), not by a word of its setting (the remission it is in, the
lymphoma it is about). "My husbands lymphoma", written without the apostrophe, is whose lymphoma it is, not a cancer
we lack. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my wifes leukemia is in remission but the doctor says it may relapse, what is the difference between relapse "
    "and refractory",
    "they called my dads lymphoma refractory and not relapsed, what does the difference mean",
])
def test_the_reply_says_both_words_compared(first_line, question: str) -> None:  # noqa: ANN001
    reply = first_line(question)
    assert reply.startswith(("relapse:", "refractory:"))
    assert "relapse:" in reply and "refractory:" in reply


def test_whose_cancer_is_not_a_cancer_we_lack(composer) -> None:  # noqa: ANN001
    answer = composer.answer("the oncologist says my husbands lymphoma is refractory. what does that mean")
    assert not any("does not cover" in n.text for n in answer.notices)
