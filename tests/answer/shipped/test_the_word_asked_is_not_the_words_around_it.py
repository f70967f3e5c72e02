"""Of the words a question says, the one it asks about is answered, not one that only sets the scene: the word of
when ("after the mastectomy"), a cancer said as the one not asked ("besides breast cancer"), an organ said where a
finding is ("a lesion in my kidney ... does a lesion mean cancer"), or "cancer" said of pain. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "my doctor said the margins came back clear after the mastectomy, what does that mean",
    "the report says my margins were clean after the lumpectomy. what does that actually mean",
])
def test_the_word_of_when_is_not_the_word_asked(first_line, question) -> None:  # noqa: ANN001
    assert first_line(question).startswith("surgical margin")


def test_a_finding_in_an_organ_asks_the_word_not_the_organs_cancer(first_line) -> None:  # noqa: ANN001
    assert first_line("my ultrasound found a lesion in my kidney, does a lesion always mean cancer").startswith("lesion")


def test_a_cancer_said_as_the_one_not_asked_is_no_cancer_asked(first_line) -> None:  # noqa: ANN001
    lead = first_line("my brother has lynch syndrome. apart from colon cancer, which cancers should he look out for")
    assert lead.startswith("lynch syndrome")


def test_cancer_pain_names_no_cancer(first_line) -> None:  # noqa: ANN001
    # "bowel" and "cancer" said apart would otherwise name bowel cancer
    lead = first_line("she takes pills for her cancer pain and hasn't had a bowel movement for days, what helps")
    assert lead.startswith("constipation")
