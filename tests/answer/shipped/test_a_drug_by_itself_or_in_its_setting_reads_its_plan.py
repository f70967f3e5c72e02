""""Letrozole by itself for breast cancer, how long?", "when does Imfinzi start after chemoradiation?": a
question on one drug that points to the one plan of that drug for its cancer, by itself or in the setting it says,
gets what that plan's page says of how long and how it is given; several plans that fit leave the drug page alone.
Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("letrozole by itself for breast cancer, how long is it taken", ("5 years",)),
    ("when does imfinzi start after chemoradiation", ("42 days",)),
])
def test_the_plan_the_question_points_to_answers(shown, question, said) -> None:  # noqa: ANN001
    text = shown(question)
    assert all(s in text for s in said), text


@pytest.mark.parametrize(("question", "plans"), [
    ("tagrisso alone for lung cancer, how long", ["osimertinib-nsclc"]),
    ("how long is keytruda given for lung cancer", []),  # alone or with chemo: two plans fit
    ("how long do I take tagrisso", []),  # no cancer, no setting: the drug page
])
def test_only_one_fitting_plan_is_taken(kb, question, plans) -> None:  # noqa: ANN001
    assert understand(kb, question).regimens == plans
