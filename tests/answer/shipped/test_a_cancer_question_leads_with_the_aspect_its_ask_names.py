"""A cancer question that first tells how the cancer was found ("the biopsy came back as ...") and then asks another
thing of it ("what stage is that?") leads with the page's line on what the asking sentence names (its stages), not
with how it is found, which only the story said. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("the biopsy from my mole came back as melanoma in situ. what stage does that mean?", "staged from"),
    ("my husband's biopsy confirmed prostate cancer. what stage could it be?", "staged from"),
    ("her biopsy showed breast cancer. how is it staged?", "staged from"),
])
def test_the_first_line_answers_the_ask(first_line, question: str, said: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert said in line, line


def test_a_story_that_asks_keeps_what_it_asks(first_line) -> None:  # noqa: ANN001
    # "how common it is" is asked inside the story; only how it was found is left to the story
    line = first_line("my dad was told he has testicular cancer after the biopsy. my son asked how common it is. what "
                      "are the chances of getting it?")
    assert "1 in 270" in line, line
