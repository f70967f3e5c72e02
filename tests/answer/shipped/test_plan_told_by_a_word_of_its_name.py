""""Temodar dose during radiation": one drug named, and a word of the question ("radiation") that the name of one
of its plans holds, so the dose is that plan's (75 mg/m² a day with radiation), not the strengths the capsules
come in. A word most plans' names hold ("cancer") tells no plan. Shipped knowledge base."""

from oncoguide.answer.regimen_reply import regimen_for
from oncoguide.answer.understand import understand


def test_a_word_of_a_plans_name_picks_that_plans_dose(composer) -> None:  # noqa: ANN001
    answer = composer.answer("temozolomide dose during radiation")
    assert answer.direct and "temozolomide 75 mg/m²" in answer.direct[0].text


def test_the_same_with_the_brand_name_and_more_words(composer) -> None:  # noqa: ANN001
    answer = composer.answer("temodar dose during radiation, how many days")
    assert answer.direct and "75 mg/m²" in answer.direct[0].text and "days 1 to 42" in answer.direct[0].text


def test_a_word_every_plan_holds_tells_no_plan(kb) -> None:  # noqa: ANN001
    assert regimen_for(kb, understand(kb, "what dose of lenalidomide for my cancer")) is None
    assert regimen_for(kb, understand(kb, "lenalidomide dose in maintenance")) is not None
