"""What makes a cancer more likely, or raises the chance or odds of getting it, asks the cancer's risks: the
risk line of its page, the one naming what was asked (smoking), answers first, not its grade or where it starts. Shipped
knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "cancer", "said"), [
    ("does smoking make bladder cancer more likely", "bladder-cancer", "smok"),
    ("what are the odds of getting kidney cancer if i smoke", "kidney-cancer", "smok"),
])
def test_the_risk_line_answers_first(composer, question, cancer, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == f"cancer {cancer}: risk"
    assert said in answer.direct[0].text.lower()


def test_more_likely_said_of_a_drugs_side_effect_is_no_cancer_risk(composer) -> None:  # noqa: ANN001
    # a drug named: the question is about the drug, and no cancer page's risk line answers it
    answer = composer.answer("does capecitabine make diarrhea more likely")
    assert not any(i.where.startswith("cancer ") for i in answer.direct)
