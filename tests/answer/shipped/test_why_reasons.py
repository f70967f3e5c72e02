"""A "why" question is answered by the statement that gives the reason: a harm a page lists is a reason ("EKGs on
Kisqali": it can change the heart's rhythm); with two drugs named, a statement of one that names the other, or of
the plan made of both, gives the reason for the pair. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "reason"), [
    ("why are ecgs done on kisqali", "qt"),
    ("why is dexamethasone given around each pemetrexed dose", "rash"),
    ("why am i on aspirin with lenalidomide and dexamethasone", "blood clots"),
])
def test_why_gets_the_reason(composer, question, reason) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and reason in answer.direct[0].text.lower()


def test_a_pair_still_gets_the_statement_that_names_the_other_drug(composer) -> None:  # noqa: ANN001
    answer = composer.answer("why do i take prednisone with abiraterone")
    assert "prednisone" in answer.direct[0].text.lower()


@pytest.mark.parametrize("question", [
    "why do I need valtrex with velcade",
    "why do i take acyclovir with ninlaro",
])
def test_a_medicine_taken_beside_ours_gets_what_it_guards_against(shown, question) -> None:  # noqa: ANN001
    # the antiviral is no symptom of the drug: the page's line on the shingles it prevents answers
    assert "shingles" in shown(question)


@pytest.mark.parametrize(("question", "reason"), [
    ("why do they do an ekg every month on lorlatinib", "block"),
    ("why is there an ekg every week on lorbrena", "block"),
    ("why is my blood pressure checked every week on lenvatinib", "blood pressure"),
])
def test_how_often_a_test_is_done_is_not_its_reason(composer, question, reason) -> None:  # noqa: ANN001
    # "every month" is when the test is done: a harm row sharing only "month" with the question is not why
    answer = composer.answer(question)
    assert answer.direct and reason in answer.direct[0].text.lower()
