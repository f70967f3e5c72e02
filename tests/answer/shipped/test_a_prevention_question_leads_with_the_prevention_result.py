"""Someone who never had the cancer and asks whether a drug lowers their risk gets the drug's prevention result as
the first line, not the trial of people treated for the cancer (Aromasin used to open with the IES trial, after
tamoxifen). Someone asking about the cancer coming back is not asking about prevention. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.prevention import prevention_asked


@pytest.mark.parametrize("question", [
    "ive never had breast cancer but im high risk and postmenopausal. my doctor mentioned aromasin to lower my risk. "
    "does it actually work",
    "can exemestane prevent breast cancer? my mom and sister both had it",
    "my doctor wants me on aromasin to cut my chances of getting breast cancer, how well does it work",
])
def test_a_prevention_question_opens_with_the_prevention_result(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct, question
    first = answer.direct[0].text
    assert "two thirds" in first and "IES" not in first, (question, first)


def test_a_question_on_the_cancer_coming_back_keeps_its_reply(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does aromasin lower my risk of the breast cancer coming back after surgery")
    assert not answer.direct or "two thirds" not in answer.direct[0].text


@pytest.mark.parametrize(("question", "asked"), [
    ("i never had cancer, will tamoxifen lower my risk", True),
    ("does it prevent breast cancer", True),
    ("will it keep her from getting cancer", True),
    ("does it lower my risk of it coming back", False),
    ("my husband's GIST was high risk, how long on gleevec", False),
    ("what is bactrim preventing with temodar", False),
])
def test_what_reads_as_a_prevention_question(question: str, asked: bool) -> None:
    assert prevention_asked(question) is asked
