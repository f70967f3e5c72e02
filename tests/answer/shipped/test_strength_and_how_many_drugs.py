""""What strength is X" asks for its dose, and for two drugs given together it is their plan's schedule; "how many
drugs are in <plan>" asks what the plan is made of. Both got no reply before. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "amount"), [
    ("what strength is the kisqali taken with letrozole", "600 mg"),
    ("which strength of revlimid is used with dex for myeloma", "25 mg"),
])
def test_a_strength_asked_is_the_dose_of_the_plan(composer, question, amount) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and amount in answer.direct[0].text


@pytest.mark.parametrize(("question", "drugs"), [
    ("how many medicines are in VRd", ["3 medicines", "bortezomib", "lenalidomide", "dexamethasone"]),
    ("how many drugs does R-CHOP have", ["5 medicines", "rituximab", "vincristine"]),
])
def test_how_many_drugs_in_a_plan_names_them(composer, question, drugs) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and all(d in answer.direct[0].text for d in drugs)


def test_strength_of_a_person_is_no_dose(composer) -> None:  # noqa: ANN001
    answer = composer.answer("will I get my strength back after chemo")
    assert not any("mg" in item.text for item in answer.direct)
