"""A plan with several schedules is read off the one the question names ("after my mastectomy", "accelerated
phase", "dose dense", "after surgery"), not off the page's default; a question naming none gets the default; and a
run's length says when one of its drugs goes on after it. Shipped knowledge base."""

import pytest


def reply(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text


def test_after_surgery_is_the_schedule_after_surgery(composer) -> None:  # noqa: ANN001
    text = reply(composer, "my oncologist wants verzenio plus letrozole after my mastectomy, how long is the verzenio part")
    assert "2 years" in text and "until it stops working" not in text
    assert "Hormone therapy often goes on after abemaciclib stops" in text  # letrozole does not stop with it


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("my husbands cml moved to accelerated phase, what dose of sprycel is used then", "dasatinib 140 mg", "dasatinib 100 mg"),
    ("dose dense AC-T: how many AC treatments before the taxol starts and how far apart", "(every 2 weeks)",
     "(every 3 weeks)"),
    ("how many cycles of opdivo do you get after melanoma surgery", "13 cycles", "until it stops working"),
])
def test_the_schedule_named_in_the_question(composer, question, said, not_said) -> None:  # noqa: ANN001
    text = reply(composer, question).split("Other schedule")[0]  # the other schedules are only named after it
    assert said in text and not_said not in text


def test_a_question_naming_no_schedule_gets_the_default(composer) -> None:  # noqa: ANN001
    assert reply(composer, "what dose of sprycel for cml").startswith("In Dasatinib for chronic myeloid leukemia: dasatinib 100 mg")
