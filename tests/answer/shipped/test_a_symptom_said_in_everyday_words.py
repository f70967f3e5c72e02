"""A symptom said in everyday words ("passed out", "nose bleeds", "broke out in hives"):
the drug's row on that symptom answers first, found through the plain words' medical meaning; "chemo" said beside
the symptom is the treatment, not a symptom to match rows on. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


def _first(answer) -> str:  # noqa: ANN001
    items = answer.direct or [i for g in answer.guidelines for i in g.items]
    return items[0].text.lower() if items else ""


@pytest.mark.parametrize(("question", "said"), [
    ("passed out after my taxol", "low blood pressure"),
    ("nose bleeds on avastin", "epistaxis"),
    ("broke out in hives during my rituxan drip", "hives"),
])
def test_the_row_on_the_symptom_leads(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert said in _first(answer)


def test_chemo_beside_a_symptom_is_not_matched_as_one(shown) -> None:  # noqa: ANN001
    text = shown("since chemo with trodelvy i can't poop")
    assert "constipation" in text
