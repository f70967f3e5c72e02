""""What does that mean?" after a glossary word gets that word's meaning, also beside a named cancer ("my lung cancer
is ALK positive"), and not the word said as what it is not ("targeted therapy, not chemo"); a stage said of a named
cancer still gets that cancer's stages. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("biopsy says my lung cancer is ALK positive. what does that mean?", "glossary alk"),
    ("the doctor said targeted therapy, not chemo. what does that mean?", "glossary targeted-therapy"),
])
def test_the_word_said_before_it_is_defined(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_the_drugs_a_marker_opens_still_follow_its_meaning(composer) -> None:  # noqa: ANN001
    answer = composer.answer("biopsy says my lung cancer is ALK positive. what does that mean?")
    assert "alectinib" in " ".join(i.text for g in answer.guidelines for i in g.items).lower()


def test_a_stage_of_a_named_cancer_is_its_pages(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my husband has stage 3 colon cancer, what does that mean?")
    assert answer.direct and answer.direct[0].where == "cancer colorectal-cancer: stages"
