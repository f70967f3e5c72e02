"""A cancer medicine no page covers, typed in lower case at the start of the question or as its subject, with no
"take X" or "X dose" around it ("krazati starting dose ..."), is said to be not covered, so no other drug's dose or
side effects answer in its place. Misspelt names of our drugs and everyday words nobody's dictionary lists
("tingly", "nausia") are no medicine. Shipped knowledge base."""

import pytest


def _declined(answer, name: str) -> bool:  # noqa: ANN001
    return any(f"does not cover {name}" in n.text.lower() for n in answer.notices)


@pytest.mark.parametrize(("question", "name"), [
    ("krazati starting dose for kras lung cancer", "krazati"),  # adagrasib: at the start, before "starting dose"
    ("how does tepmetko work for met lung cancer", "tepmetko"),  # tepotinib: as the subject
    ("does qinlock cause hair loss", "qinlock"),  # ripretinib
    ("gavreto and high blood pressure, is that common", "gavreto"),  # pralsetinib
])
def test_an_uncovered_medicine_anywhere_is_said_to_be_not_covered(composer, question, name) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert _declined(answer, name)
    assert not answer.direct


@pytest.mark.parametrize(("question", "drug"), [
    ("lenalidamide dose for myeloma", "lenalidomide"),
    ("imatinab side effects", "imatinib"),
])
def test_a_misspelt_drug_of_ours_is_answered(composer, question, drug) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.drugs == [drug] and answer.direct
    assert not any("does not cover" in n.text for n in answer.notices)


@pytest.mark.parametrize("question", [
    "my feet are tingly after chemo",  # an English word with an ending
    "is nausia normal after chemo",  # a misspelling of a word the pages use
    "what is chemobrain",  # two English words run together
    "i havent slept since chemo started",  # a missing apostrophe
])
def test_everyday_words_are_no_medicine(composer, question) -> None:  # noqa: ANN001
    assert not any("does not cover" in n.text for n in composer.answer(question).notices)
