"""Chemo named as a time ("finished chemo last month", "chemo is over", "when the chemo ends") asks nothing about
what kind of drug the medicine is: the reply is not "No, it is not chemo". Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "finished chemo last month and still on dexamethasone, is that normal",
    "chemo is over but my doctor kept me on prednisone",
    "when the chemo ends does the rituximab keep going",
])
def test_no_kind_of_drug_reply(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "classification" not in answer.intents
    assert answer.direct and "not chemo" not in answer.direct[0].text.lower()
