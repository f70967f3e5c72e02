"""A question about a cancer type alone is answered from its page: a plural or "tumor" still names it ("head and
neck cancers", "a breast tumor"), risks and causes asked of it are what its page says of it (not the risks of a
treatment), and the first line is the statement holding the words asked ("what causes ..." gets the one on
causes). Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "cancer"), [
    ("are head and neck cancers linked to hpv", "head-and-neck-cancer"),
    ("how fast do bladder cancers grow", "bladder-cancer"),
    ("is a breast tumour always cancer", "breast-cancer"),
])
def test_a_plural_or_tumor_still_names_the_cancer(kb, question, cancer) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.cancers == [cancer]
    assert not q.unknown_cancers


@pytest.mark.parametrize(("question", "words"), [
    ("what raises the risk of getting bladder cancer", "smoking"),
    ("which things cause head and neck cancer", "tobacco"),
])
def test_what_raises_a_cancers_risk_is_read_off_its_page(composer, question, words) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.intents[0] == "definition" and not {"serious", "side_effects"} & set(answer.intents)
    assert answer.direct and words in answer.direct[0].text.lower()


def test_a_treatments_risk_is_still_a_treatment_question(kb) -> None:  # noqa: ANN001
    assert "serious" in understand(kb, "what are the risks of chemo for bladder cancer").intents
