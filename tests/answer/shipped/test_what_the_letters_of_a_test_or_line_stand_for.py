"""A glossary word headed by an abbreviation ("PET scan", "PICC line", "FISH test") is spelled out in the reply,
as a lone abbreviation is: the letters are often the very thing the reader does not know. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "spelled"), [
    ("what's a PET scan", "positron emission tomography"),
    ("my nurse said i might get a PICC line. what is that", "peripherally inserted central catheter"),
    ("they sent my bone marrow for FISH analysis, what is it", "fluorescence in situ hybridization"),
    ("what is a MUGA scan", "multigated acquisition scan"),
])
def test_the_reply_says_what_the_letters_stand_for(composer, question, spelled) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and spelled in answer.direct[0].text.lower(), question


def test_another_abbreviation_is_not_what_the_letters_stand_for(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is a CT scan")
    assert answer.direct and "(CAT scan)" not in answer.direct[0].text
