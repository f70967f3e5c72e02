"""Whether a cancer is hereditary, runs in families or can be passed down asks the page's line on genes passed
down in families ("A rare inherited change in a gene called CDH1 ..."), before its general list of risks; where a
page has no such line, the risk line first, as for any risk question. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "cancer", "said"), [
    ("can stomach cancer be passed down to my kids", "stomach-cancer", "inherited change in a gene called cdh1"),
    ("my aunt and my mom both had breast cancer, is it hereditary", "breast-cancer", "passed down in a family"),
])
def test_the_line_on_genes_passed_down_leads(composer, question, cancer, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == f"cancer {cancer}: risk"
    assert said in answer.direct[0].text.lower()


def test_with_no_such_line_the_risk_line_that_names_family_still_leads(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is prostate cancer hereditary")
    assert answer.direct and "father or brother" in answer.direct[0].text
