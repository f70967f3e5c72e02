"""How a kind of a cancer differs from the rest of it ("how is smoldering myeloma different from regular myeloma",
"triple negative versus other breast cancer") is told by what the cancer page and the kind's own meaning say,
never by the doses and workings of the cancer's treatment plans; a treatment compared for a cancer ("chemo or
radiation") is still about its treatments. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("how is smoldering myeloma different from regular myeloma", "smoldering myeloma causes no symptoms"),
    ("how does triple negative breast cancer differ from other breast cancers", "no estrogen or progesterone"),
])
def test_the_kind_is_said_and_no_plan_is_shown(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text.lower()
    assert not any(i.where.startswith("regimen ") for i in answer.cited())


def test_treatments_compared_for_a_cancer_still_get_its_treatments(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is chemo or radiation better for bladder cancer")
    assert answer.direct and "treated" in answer.direct[0].text
