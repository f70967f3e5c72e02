""""all" typed in lower case is the everyday word where the everyday word goes ("given all at once", "tired all
the time", "all the pills"), and the cancer ALL elsewhere ("Blincyto for relapsed all", "is all more common in
kids"); "ALL" in capitals always names it. Read as the cancer, "all at once" pulled ALL's plan summaries into a
question about how Blincyto is given. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand

ALL = "acute-lymphoblastic-leukemia"


@pytest.mark.parametrize("question", [
    "is blincyto given all at once or through a pump for days",
    "is it normal to feel tired all the time on imbruvica",
    "do i take all the pills at once",
    "can i take all my revlimid pills together",
])
def test_the_everyday_word_names_no_cancer(kb, question) -> None:  # noqa: ANN001
    assert ALL not in understand(kb, question).cancers


@pytest.mark.parametrize("question", [
    "how long is each round of blincyto for all",
    "do i have to stay in hospital when i start blincyto for relapsed all",
    "sprycel dose for philadelphia positive all",
    "how long are the rounds of blinatumomab in all",
    "is all more common in kids or in adults",
    "is blincyto for ALL given all at once",
    "what is acute lymphoblastic leukemia",
])
def test_the_cancer_is_still_named(kb, question) -> None:  # noqa: ANN001
    assert ALL in understand(kb, question).cancers

