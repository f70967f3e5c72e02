""""My wife takes Coumadin, is Nexavar ok?": an everyday medicine named by a brand the pages do not use is looked up
on the named drug's page by all its names (Coumadin is warfarin), wherever the page says it (a side effect, not only
the interaction rules); that line answers first, and no note says the sources do not mention it. Shipped knowledge
base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "drug"), [
    ("my wife takes coumadin, is nexavar ok for her", "sorafenib"),
    ("dad is on coumadin and now tamoxifen", "tamoxifen"),
])
def test_the_line_naming_the_medicine_leads(composer, question: str, drug: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "warfarin" in answer.direct[0].text.lower()
    assert answer.direct[0].where.startswith(f"drug {drug}")
    assert not any("do not mention" in n.text for n in answer.notices)


def test_a_medicine_no_page_names_is_still_said_to_be_unmentioned(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can i take revlimid with metformin")
    assert any("do not mention metformin" in n.text for n in answer.notices)
