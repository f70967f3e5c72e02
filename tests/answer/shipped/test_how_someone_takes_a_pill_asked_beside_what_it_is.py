""""My dad was started on Xeloda. What is it and how does he take it?": how to take a pill is asked whoever takes
it ("how does he", "when should my mom"), and beside what the pill is; the answer says what it is and shows the page's
how-to-take lines, not a line on something else (before, a line on diarrhea led). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question, how_taken", [
    ("my dad was started on xeloda. what is it and how does he take it?", "twice a day"),
    ("my dad was started on xeloda. what is it? how does he take it?", "within 30 minutes after a meal"),
    ("my husband just got tarceva, what kind of drug is it and when should he take it", "empty stomach"),
    ("how should my mom take her gleevec?", "with a meal"),
])
def test_the_how_to_take_lines_are_shown(shown, question, how_taken) -> None:  # noqa: ANN001
    assert how_taken in shown(question)


def test_what_it_is_leads_when_asked_first(first_line) -> None:  # noqa: ANN001
    assert first_line("my dad was started on xeloda. what is it and how does he take it?").startswith(
        "capecitabine is a chemo pill")


def test_when_a_drug_takes_effect_is_no_question_of_how_to_take_it(composer) -> None:  # noqa: ANN001
    assert "dose" not in composer.answer("when does the revlimid take effect?").intents


@pytest.mark.parametrize("question, how_taken", [
    ("my mom was just started on xeloda. what is it?", "twice a day, in the morning and in the evening"),
    ("what is tagrisso", "with or without food"),
])
def test_what_a_drug_is_asked_alone_also_says_how_it_is_taken(composer, shown, question, how_taken) -> None:  # noqa: ANN001
    """'What is it?' is answered by what the drug is first, then by how it is taken (the page's first how-to-take
    line), which people asking what a new medicine is want to know."""
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where.endswith(": summary")
    assert how_taken in shown(question)
