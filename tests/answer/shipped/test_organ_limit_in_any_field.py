""""My kidney numbers aren't great, is Alimta still ok?": the line for people with kidney problems that gives the
limit ("not advised under 45 mL/min") comes first, though the page keeps it with its rule on ibuprofen
(interactions), rather than the line saying kidney function is checked. Shipped knowledge base."""


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


def test_the_kidney_limit_comes_first(composer) -> None:  # noqa: ANN001
    assert "45 ml/min" in first(composer, "my kidney numbers aren't great, is alimta still ok for me?")


def test_a_dose_line_for_dialysis_still_wins(composer) -> None:  # noqa: ANN001
    assert "3 mg" in first(composer, "I am on dialysis, what dose of Pomalyst?")
