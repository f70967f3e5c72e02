"""A medicine no page covers, asked about with a cancer we do cover ("sotorasib starting dose for lung cancer"),
is said to be not covered, and no other drug's dose, schedule or side effect is listed below: a frightened reader
could take another drug's dose for their own. The cancer's page is offered instead. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "name"), [
    ("sotorasib starting dose for lung cancer", "sotorasib"),
    ("how many capsules of tepotinib a day for lung cancer", "tepotinib"),
    ("what are the side effects of Lumakras for my lung cancer", "lumakras"),
    # a cancer page's line on its medicines in general ("targeted pills that block ...") is not this medicine's
    ("how does Xalkori work against my lung cancer", "xalkori"),
])
def test_no_other_drugs_lines_under_a_medicine_not_covered(composer, question, name) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any(f"does not cover {name}" in n.text.lower() for n in answer.notices), question
    shown = [i.text for g in (*answer.guidelines, *answer.research) for i in g.items]
    assert not answer.direct and not shown, shown
    assert any(p.kind == "cancer" for p in answer.see_also)


def test_a_covered_drug_for_that_cancer_still_gets_its_lines(composer) -> None:  # noqa: ANN001
    answer = composer.answer("alectinib starting dose for lung cancer")
    assert answer.direct and "600 mg" in answer.direct[0].text
