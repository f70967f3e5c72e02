"""What a cancer question asks leads, wherever the page keeps it: "the most common type" is the page's line on its
kinds, not how a biopsy is done because the question says "the biopsy says"; "how common ... a man's chances of
getting it" is the line that opens on how many men get it, not the line on which sex gets it more."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("the biopsy report says my aunt's stomach cancer is the most common kind. which kind is that?", "adenocarcinoma"),
    ("my biopsy says endometrial cancer of the most common type. what is that type called?", "endometrioid"),
    ("how common is testicular cancer really? what are a man's lifetime chances of getting it?", "1 in 270"),
])
def test_the_line_on_what_was_asked_leads(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_which_sex_gets_it_more_is_still_asked(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.cancer_aspects import asked_aspects

    assert "sex" in [a.name for a in asked_aspects("do women get bladder cancer more than men?")]
    assert "sex" not in [a.name for a in asked_aspects("what are a guy's lifetime chances of getting it?")]
