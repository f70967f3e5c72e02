"""A medicine no page covers, named before another it is given with ("Padcev with Keytruda"), is said to be not
covered; in "can I take <medicine> for <condition> while on <drug>?" the condition only says what the other medicine
is for, so it is not reported as a subject we lack. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "name"), [
    ("tukysa with xeloda for breast cancer, how is it taken", "tukysa"),
    ("opdualag plus chemo, what are the side effects", "opdualag"),
])
def test_an_unknown_medicine_given_with_another_is_not_covered(composer, question, name) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any(f"does not cover {name}" in n.text.lower() for n in answer.notices)


def test_a_known_drug_given_with_another_is_covered(composer) -> None:  # noqa: ANN001
    answer = composer.answer("lenalidomide with dexamethasone, how is it taken")
    assert not any("does not cover" in n.text for n in answer.notices)


@pytest.mark.parametrize(("question", "medicine", "condition"), [
    ("can i take lexapro for depression while on tamoxifen", "lexapro", "depression"),
    ("can I take melatonin for insomnia while on ibrance", "melatonin", "insomnia"),
])
def test_what_another_medicine_is_for_is_not_a_subject_we_lack(composer, question, medicine, condition) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not any(f"cover {condition}" in n.text for n in answer.notices)
    assert any(f"mention {medicine}" in n.text for n in answer.notices)  # the medicine is what we lack
