"""Facts the answer engineers asked for on drug pages a to m (content-requests, stop 26) reach the reader: the
question a patient would ask gets the fact in a cited line, not only somewhere in content/. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "fact"), [
    ("why do I get two shots at once with faslodex", "500 mg"),
    ("what dose of neupogen do I get", "5 mcg/kg"),
    ("does zoladex thin your bones", "thin your bones"),
    ("does methotrexate cause mouth sores", "mouth sores are one of the most common"),
    ("is mesna safe if I am pregnant", "not been studied in pregnant women"),
    ("how long after dacarbazine should I use birth control", "for 6 months after"),
])
def test_the_asked_fact_is_shown(shown, question: str, fact: str) -> None:  # noqa: ANN001
    assert fact in shown(question), question
