"""Someone who says they have kidney or liver problems ("I am on dialysis", "I have cirrhosis", "liver disease")
gets the drug page's line for people with those problems first, not the usual dose, a plan's schedule or a side
effect; a question about a symptom, or one naming no such problem, still gets what it asks. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


@pytest.mark.parametrize(("question", "said"), [
    ("I am on dialysis, what dose of pomalyst", "with dialysis, the myeloma dose is 3 mg"),
    ("i am on dialysis what dose of revlimid", "5 mg once a day on dialysis"),
    ("i have cirrhosis what dose of ibrance", "child-pugh c"),
    ("what dose of ninlaro if I have kidney problems", "3 mg"),
    ("I have kidney disease, what dose of ninlaro", "3 mg"),
    ("polivy and liver disease", "not advised for people with moderate or severe liver problems"),
    ("i have cirrhosis can i take stivarga", "severe liver problems"),
    ("i have kidney disease can i get oxaliplatin", "creatinine clearance"),
])
def test_the_line_for_their_kidneys_or_liver_comes_first(composer, question, said) -> None:  # noqa: ANN001
    assert said in first(composer, question)


def test_a_symptom_asked_by_someone_with_kidney_problems_gets_the_symptom(composer) -> None:  # noqa: ANN001
    assert "diarrhea" in first(composer, "i have kidney disease, will ibrance give me diarrhea")


def test_no_kidney_or_liver_problem_named_gets_the_usual_dose(composer) -> None:  # noqa: ANN001
    text = first(composer, "what dose of pomalyst")
    assert "4 mg" in text and "dialysis" not in text
