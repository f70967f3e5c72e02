"""A cancer type named the short way people say it ("small cell", "mantle cell") is that cancer type, and a longer
name still claims its words first ("non small cell" is never small cell lung cancer). Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "cancer"), [
    ("is atezolizumab used for small cell?", "small-cell-lung-cancer"),
    ("how is small-cell treated", "small-cell-lung-cancer"),
    ("keytruda for non small cell, how often", "non-small-cell-lung-cancer"),
    ("what drugs are used for non-small cell", "non-small-cell-lung-cancer"),
    ("ibrutinib dose for mantle cell", "mantle-cell-lymphoma"),
])
def test_a_cancer_named_the_short_way_is_that_cancer(kb, question, cancer) -> None:  # noqa: ANN001
    assert understand(kb, question).cancers == [cancer]


def test_a_drug_asked_about_for_a_short_named_cancer_gets_that_cancers_plan(composer) -> None:  # noqa: ANN001
    # durvalumab's small cell plan gives it every 3 weeks with chemo, then every 4 weeks alone: the maintenance
    # phase is only in that plan's schedule, read when the cancer is known
    answer = composer.answer("how often do you get imfinzi for small cell once chemo stops")
    assert "every 4 weeks" in answer.direct[0].text
