""""Is Velcade a proteasome inhibitor?": whether a drug is of a kind the glossary names is answered first by the
drug's line that names that kind (whether it is chemo, how it works, its class), not by its summary, which may not
say. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "kind"), [
    ("is velcade a proteasome inhibitor", "proteasome inhibitor"),
    ("Is cytoxan an alkylating agent?", "alkylating agent"),
    ("is femara one of the aromatase inhibitors?", "aromatase inhibitor"),
])
def test_the_line_naming_the_kind_leads(composer, question: str, kind: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and kind in answer.direct[0].text.lower()


def test_a_kind_the_page_never_names_keeps_the_summary(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is gemcitabine an antimetabolite?")
    assert answer.direct and answer.direct[0].where == "drug gemcitabine: summary"
