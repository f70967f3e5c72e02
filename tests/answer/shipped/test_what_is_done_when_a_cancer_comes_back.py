"""Issue 11: "it came back after R-CHOP, what are the options now?" asks the cancer page what is done when the
cancer comes back or its first treatment did not work: the drug or plan named is the treatment that came before,
and its own page does not answer. The line chosen shares most of the question's words, and the kind of drug that
stopped working ("came back on Brukinsa": "when a BTK inhibitor stopped working"). Shipped knowledge base."""

import pytest

from oncoguide.answer.relapse_care import relapse_care
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("my mother's DLBCL came back after R-CHOP, what are the options now?", "car t-cell therapy"),
    ("mantle cell lymphoma came back on brukinsa, what next?", "car t-cell therapy is the first choice"),
    ("the germ treatment did not work for her stomach MALT lymphoma, what now?", "radiation"),
])
def test_the_cancers_line_for_when_it_comes_back_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_coming_back_told_without_asking_what_next_is_left_to_the_other_rules(kb) -> None:  # noqa: ANN001
    q = understand(kb, "mantle cell lymphoma came back, how common is that?")
    assert relapse_care(kb, q, []) is None


def test_a_plan_named_as_the_next_treatment_is_left_to_the_other_rules(kb) -> None:  # noqa: ANN001
    # the plan is the one offered now, and the question may be about it: not the cancer's line on what is done
    q = understand(kb, "my DLBCL came back, what's the next treatment - they mentioned R-CHOP again?")
    assert relapse_care(kb, q, []) is None
