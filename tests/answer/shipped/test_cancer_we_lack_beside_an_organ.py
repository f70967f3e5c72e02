"""A cancer we have no page for, named beside an organ we do have a cancer page for, is not that organ's cancer:
"a Wilms tumor, will they remove her kidney?" says oncoguide does not cover Wilms tumor instead of answering from
the kidney cancer page (an adult kidney cancer). A word that says how a tumor behaves ("aggressive") names no kind
of cancer, nor does its size ("a 2.5 cm tumor"), so that question is still answered from the organ's page. Shipped knowledge base."""

import pytest


def _notices(composer, question: str) -> str:  # noqa: ANN001
    return " ".join(n.text for n in composer.answer(question).notices).lower()


@pytest.mark.parametrize(("question", "name"), [
    ("my son has a wilms tumor, are they going to remove his kidney", "wilms tumor"),
    ("she has a phyllodes tumor, do they need to take out the breast", "phyllodes tumor"),
])
def test_cancer_we_lack_is_declined_not_answered_from_the_organ(composer, question, name) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert f"does not cover {name}" in _notices(composer, question)
    assert not any(i.where.startswith("cancer ") for i in [*answer.direct, *(i for g in answer.guidelines
                                                                           for i in g.items)])


@pytest.mark.parametrize("question", [
    "dad has an aggressive tumor in his kidney, will they remove the kidney",
    # how big it is names no kind of tumor either
    "my dad has a 2.5 cm tumor in his kidney and they want to watch it, will they remove the kidney",
    "they found a big tumor in his kidney, will they remove the kidney",
])
def test_a_word_on_how_it_behaves_or_how_big_it_is_names_no_cancer(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "does not cover" not in _notices(composer, question)
    assert answer.direct and answer.direct[0].where.startswith("cancer kidney-cancer")
