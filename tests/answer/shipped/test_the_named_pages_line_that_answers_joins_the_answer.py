"""The learned ranking of the named pages' statements (answer/rank.py) adds the line that answers when no intent
rule reads the question's words: "can it be chewed?" gets the page's swallow-whole line, not only its storage line.
Pages and phrasings here are not among the questions the weights were learned from. Shipped knowledge base."""

import pytest

from oncoguide.answer.rank import feature_names
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "line"), [("Can the Calquence be chewed?", "do not chew"),
                                              ("Can the Alecensa capsules be chewed?", "swallow the capsules whole")])
def test_a_pill_asked_about_chewing_gets_the_swallow_whole_line(shown, question: str, line: str) -> None:  # noqa: ANN001
    assert line in shown(question)


@pytest.mark.parametrize(("question", "field"), [
    ("Does Lynparza need the fridge?", "storage"),
    ("skipped a Nubeqa dose by accident", "missed_dose"),
    ("how does Calquence work", "mechanism"),
])
def test_the_line_of_the_field_asked_is_ranked_first(kb, composer, question: str, field: str) -> None:  # noqa: ANN001
    ranked = composer.ranker.ranked(understand(kb, question))
    assert composer.ranker.statement(ranked[0][0]).field == field


def test_every_feature_computed_has_a_learned_weight(kb, composer) -> None:  # noqa: ANN001
    q = understand(kb, "how long is each round of FOLFIRI and when do I take the Xeloda")
    computed = {k for f in composer.ranker.features(q, composer.ranker.candidates(q)) for k in f}
    assert computed and computed <= set(feature_names()) == set(composer.ranker.weights)
