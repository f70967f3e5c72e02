"""Missed-dose, storage and pregnancy facts added for issue #11 (stop 27, cont-a9) reach a patient who asks in plain
words: the answer shows the fact in a cited line, not only somewhere in content/. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "fact"), [
    ("what should I do if I miss a dose of anastrozole", "skip it and take the next one at the usual time"),
    ("I forgot to take my exemestane yesterday", "do not take a double dose"),
    ("missed my tamoxifen pill this morning", "take it as soon as you remember that day"),
    ("what if I miss a dose of etoposide capsules", "as soon as you remember that same day"),
    ("I forgot my cyclophosphamide tablet today", "never take a double dose to catch up"),
    ("what if I forget to take my mesna tablets", "ask your care team what to do"),
    ("missed a leucovorin rescue dose", "ask your care team how to make it up"),
    ("how should I store methotrexate tablets", "away from damp and sunlight"),
    ("how do I store hydroxyurea capsules", "keep the capsules at room temperature"),
    ("where should I keep mesna tablets", "mesna tablets: keep them at room temperature"),
    ("can I get neulasta while pregnant", "lost pregnancies in rabbits"),
    ("is pegfilgrastim safe when breastfeeding", "3 days after a shot"),
    ("is prednisone safe in pregnancy", "not expected to raise the chance of miscarriage"),
    ("can I breastfeed after vinblastine", "starting again after vinblastine is often not practical"),
    ("how long should I use birth control after vinorelbine", "3 months after the last dose"),
])
def test_the_asked_fact_is_shown(shown, question: str, fact: str) -> None:  # noqa: ANN001
    assert fact in shown(question), question
