""""How well does ibrutinib work for CLL?": a line from a plan the question did not name says which plan it is from.
A plan of one drug is named by its full name ("In Ibrutinib for chronic lymphocytic leukemia: ..."), never by its
short name alone, which is only the drug's name ("In Ibrutinib: In the RESONATE-2 trial ...") and reads as if the
drug were a plan. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "plan"), [
    ("how well does ibrutinib work for cll", "Ibrutinib for chronic lymphocytic leukemia"),
    ("how long do i stay on anastrozole", "Anastrozole for breast cancer"),
])
def test_a_plan_of_one_drug_is_named_by_its_full_name(composer, kb, question, plan) -> None:  # noqa: ANN001
    texts = [i.text for i in composer.answer(question).cited()]
    assert any(t.startswith(f"In {plan}") for t in texts)
    drug_names = {d.generic_name.lower() for d in kb.drugs.values()}
    assert not [t for t in texts if t.startswith("In ") and t[3:].split(":")[0].lower() in drug_names]


def test_a_plan_with_its_own_short_name_keeps_it(kb) -> None:  # noqa: ANN001
    assert kb.regimens["r-chop-dlbcl"].display_name == "R-CHOP"
