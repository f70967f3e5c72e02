"""Yellow skin or eyes (jaundice) is a sign of liver damage or a blocked bile duct: every surface says "call your
care team now", as the drug pages' own warnings do. A yellow pill or dark yellow urine is not jaundice."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize("question", [
    "my skin looks yellow since starting xeloda",
    "my eyes are turning yellow on capecitabine",
    "yellow eyes on keytruda",
    "the whites of my eyes look yellow",
    "my dad turned yellow after his last round of folfirinox",
    "i think i have jaundice, i'm on ibrance",
])
def test_yellow_skin_or_eyes_means_call_now(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.key == "jaundice"
    assert found.result.level == Level.call_now


@pytest.mark.parametrize("question", [
    "is the yellow pill lenalidomide",
    "why is my xeloda tablet yellow",
])
def test_a_yellow_pill_is_not_jaundice(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.key != "jaundice"
