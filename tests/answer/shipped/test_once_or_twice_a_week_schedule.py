""""Kyprolis once a week with dex, what dose": the plan's once-a-week schedule (70 mg/m²), which a word list
cannot tell from "twice a week" ("once" is dropped as a common word); the rhythm said is matched as a phrase. No
rhythm said: the page's default schedule. Shipped knowledge base."""


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text


def test_once_a_week_gets_the_once_a_week_schedule(composer) -> None:  # noqa: ANN001
    text = first(composer, "kyprolis once a week with dex, what dose")
    assert "carfilzomib 70 mg/m² by drip" in text and "carfilzomib 56 mg/m² by drip" not in text


def test_no_rhythm_said_gets_the_default_schedule(composer) -> None:  # noqa: ANN001
    assert "carfilzomib 56 mg/m² by drip" in first(composer, "kyprolis with dex, what dose")
