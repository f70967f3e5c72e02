"""Blood counts asked about at their lowest ("When are blood counts lowest after carboplatin?") are low blood counts,
a side effect whose lines say when counts fall most (the nadir), not the blood test that checks them. Counts asked
about otherwise ("when are my blood counts checked") stay the test. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_counts_at_their_lowest_are_the_side_effect(kb, composer) -> None:  # noqa: ANN001
    question = "When are blood counts lowest after carboplatin?"
    assert understand(kb, question).intents == ["side_effects"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == "drug carboplatin: serious_side_effects"
    # the row on low counts, or (since "blood counts" said as such counts as the question's own words) the row on
    # when they are lowest, which says when
    assert "low blood counts" in answer.direct[0].text.lower() or "day 21" in answer.direct[0].text.lower()


def test_counts_checked_are_the_test(kb) -> None:  # noqa: ANN001
    assert "monitoring" in understand(kb, "how often are my blood counts checked on carboplatin").intents
