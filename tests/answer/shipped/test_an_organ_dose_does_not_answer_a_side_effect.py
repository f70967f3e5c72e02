""""Does Ibrance cause liver damage?" asks about a side effect, not the dose for someone who has liver problems:
the Child-Pugh C dose does not come first. Said to have liver problems, the person still gets it. Shipped
knowledge base."""


def test_the_liver_dose_does_not_answer_a_side_effect_question(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does Ibrance cause liver damage")
    assert not any("child-pugh" in d.text.lower() for d in answer.direct)


def test_someone_with_liver_problems_still_gets_the_dose(composer) -> None:  # noqa: ANN001
    answer = composer.answer("I have cirrhosis, what dose of Ibrance do I take?")
    assert answer.direct and "75 mg" in answer.direct[0].text
