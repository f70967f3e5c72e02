""""Will it affect whether I can have kids later?" is a fertility question in everyday words: the drug page's line
on fertility leads, not a line that only shares the word "affect"."""

from oncoguide.answer.intents import spot


def test_having_kids_later_leads_with_fertility(first_line) -> None:  # noqa: ANN001
    lead = first_line("im 29 and starting cytoxan. will it affect whether i can have kids later")
    assert "fertility" in lead
    assert "wound" not in lead


def test_everyday_words_for_fertility_are_read_as_such() -> None:
    for question in ("can i still have children after abvd?", "we want to start a family after his chemo",
                     "will i be able to have kids later after folfox?"):
        assert "pregnancy" in spot(question), question


def test_kids_at_home_are_no_fertility_question() -> None:
    assert "pregnancy" not in spot("i have kids at home, can they touch my capecitabine pills?")
