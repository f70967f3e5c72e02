"""Whether a kind of person may take a medicine ("can a woman who still gets her period take Aromasin?") asks who it
is for: the page's uses, which say "women past menopause", answer it; the sources' own words then tell the reader
what we will not guess. A person with kidney problems asking the same still asks the dose for them. Shipped
knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_who_a_medicine_is_for_answers_whether_a_kind_of_person_may_take_it(kb, composer) -> None:  # noqa: ANN001
    question = "can a woman who still gets her period take aromasin"
    assert understand(kb, question).intents == ["uses"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "past menopause" in answer.direct[0].text


def test_who_can_take_is_who_it_is_for(kb) -> None:  # noqa: ANN001
    assert understand(kb, "who can take exemestane").intents == ["uses"]


def test_a_kidney_problem_still_asks_the_dose_for_it(kb) -> None:  # noqa: ANN001
    assert understand(kb, "can someone with kidney disease take xeloda").intents == ["dose"]


def test_the_person_asking_is_no_kind_of_person(kb) -> None:  # noqa: ANN001
    assert "uses" not in understand(kb, "can i take aromasin with food").intents
