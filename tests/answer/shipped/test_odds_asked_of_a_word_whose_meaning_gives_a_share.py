"""Asked the odds or chances of a glossary word beside a named cancer ("what are the chances that a lung cancer is
a carcinoma?"), the word's meaning is shown below the page's lines when it gives a share ("about 8 in 10
cancers") and the page's lines saying the word give none; when they give one, no meaning is added. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("what are the chances that a lung cancer is a carcinoma", "glossary carcinoma"),
    ("what is the chance of getting lung cancer found early with a low-dose ct scan", "glossary low-dose-ct"),
])
def test_the_meaning_with_the_share_is_shown(composer, question, term) -> None:  # noqa: ANN001
    assert term in [i.where for i in composer.answer(question).cited()]


def test_no_meaning_when_the_pages_line_gives_the_share(composer) -> None:  # noqa: ANN001
    answer = composer.answer("with myeloma what are the odds of getting high calcium")
    assert "glossary calcium" not in [i.where for i in answer.cited()]
