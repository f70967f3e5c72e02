"""A question on a test ("how often do they test my liver?") leads with the page's monitoring line, which says how
often ("every 2 weeks for the first 3 months"), before a side-effect row sharing as many of its words ("Liver damage
(hepatotoxicity) happened in 40%"), which says why but not how often. Shipped knowledge base."""

from oncoguide.answer import check


def test_how_often_the_liver_is_tested_leads(composer) -> None:  # noqa: ANN001
    answer = composer.answer("on alectinib, how often do they test my liver")
    assert check(answer) == []
    assert answer.direct and "every 2 weeks" in answer.direct[0].text
