""""What is capecitabine used for besides colon cancer?", "what else is prednisone used for besides cancer?", "is it
used for anything else?": what follows "besides" or "anything else" names no condition or cancer we lack, so no
"oncoguide does not cover besides colon cancer" notice; the drug's uses answer. A condition named after "for" that
no page knows ("does rituximab work for multiple sclerosis?") is still said to be not covered. Shipped knowledge
base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "what is capecitabine used for besides colon cancer",
    "What else is prednisone used for besides cancer?",
    "What else is Imbruvica approved for besides CLL?",
    "is rydapt only for leukemia or is it used for anything else",
])
def test_what_else_is_no_condition_we_lack(kb, composer, question) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.intents == ["other_uses", "uses"] and q.unknown_conditions == [] and q.unknown_cancers == []
    answer = composer.answer(question)
    assert check(answer) == []
    assert not any(n.level == "no_answer" for n in answer.notices)


def test_a_condition_no_page_knows_is_still_named(kb) -> None:  # noqa: ANN001
    assert understand(kb, "does rituximab work for multiple sclerosis").unknown_conditions == ["multiple sclerosis"]
