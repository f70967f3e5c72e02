"""Two glossary words said together, one the kind the other belongs to ("a BRCA1 mutation": BRCA is also called a
BRCA mutation; "a lumpectomy over a mastectomy": a lumpectomy is also called a partial mastectomy), are answered by
the narrower word's meaning, which says what was asked (the cancers BRCA raises, the radiation after a lumpectomy),
not by what a mutation or a mastectomy is in general. The wider word asked alone keeps its own meaning. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "start", "said"), [
    ("my mother carries a BRCA1 mutation - which cancers is she more likely to get?", "brca", "ovarian"),
    ("if she picks a lumpectomy over a mastectomy, does radiation usually come after?", "lumpectomy", "radiation"),
])
def test_the_narrower_word_leads(first_line, question, start, said) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert lead.startswith(start)
    assert said in lead


def test_the_wider_word_asked_alone_keeps_its_meaning(first_line) -> None:  # noqa: ANN001
    assert first_line("what is a mutation?").startswith("mutation")
