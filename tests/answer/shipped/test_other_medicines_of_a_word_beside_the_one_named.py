"""A person on one medicine who asks which other medicines share its target ("she's on Darzalex, which goes after
CD38; is there another myeloma medicine that targets CD38?") gets those others first, not a line of the named
drug's own page, which never lists its kin. The named drug is not listed as an "other". Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "other", "named"), [
    ("my wife is on darzalex, which goes after CD38. is there another myeloma medicine that targets CD38?",
     "isatuximab", "daratumumab ("),
    ("besides herceptin, what other drugs go after her2?", "pertuzumab", "trastuzumab (herceptin)"),
])
def test_the_other_medicines_lead(first_line, question, other, named) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert other in lead
    assert named not in lead


def test_a_question_on_the_named_drug_alone_keeps_its_own_line(first_line) -> None:  # noqa: ANN001
    assert first_line("what does rituxan do to cd20?").startswith("it sticks to cd20")
