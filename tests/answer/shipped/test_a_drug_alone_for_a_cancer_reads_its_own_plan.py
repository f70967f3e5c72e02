"""A drug asked about by itself for a cancer named is about its plan for that cancer: when no intent rule reads the
question, the words are searched on that plan's page too ("is there a break between rounds?" is said by the
plan's schedule, not by the drug's page). Page and phrasing here are not those of the development questions.
Shipped knowledge base."""


def test_a_drug_alone_for_a_cancer_gets_its_plans_line(shown) -> None:  # noqa: ANN001
    assert "break until day 28" in shown("my wife is on Lonsurf alone for colon cancer, is there a break between rounds")


def test_the_plan_is_read_only_for_the_cancer_named(composer, kb) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    pages = composer.statements.named_pages(understand(kb, "is there a break between rounds of Lonsurf"))
    assert pages == ["drug trifluridine-tipiracil"]
