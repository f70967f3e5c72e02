""""What's the usual strength of <drug> tablets" and "is <drug> given every 3 or 4 weeks" ask for the dose and
schedule; both got nothing to reply with before. "Keep my strength up" asks no dose. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "amount"), [
    ("what's the usual strength of lynparza tablets", ("300 mg",)),
    # Imfinzi is given every 3 weeks with chemo for small cell lung cancer, every 4 weeks after chemoradiation
    ("is imfinzi given every 3 or 4 weeks", ("every 3 weeks", "every 4 weeks")),
    ("is opdivo given every 2 or 4 weeks", ("240 mg every 2 weeks",)),
])
def test_the_dose_asked_in_other_words_is_given(composer, question, amount) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and any(a in answer.direct[0].text for a in amount)


def test_keeping_ones_strength_up_asks_no_dose(kb) -> None:  # noqa: ANN001
    assert "dose" not in understand(kb, "what can I do to keep my strength up on revlimid").intents
