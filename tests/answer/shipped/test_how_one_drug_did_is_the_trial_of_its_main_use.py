"""How one drug did, asked with no plan or cancer that settles which trial ("what did the main trial of Sprycel
show?", "did Ibrance help people live longer?"), is answered by the trial of its main use: the drug page's own trial
line, else the trial line of its plan for that cancer. Its main use is the cancer most of its uses are for (CML for
Sprycel, whose page lists a use in ALL first). A question on something else about how well it works ("I still smoke,
does that change how well Pomalyst works?") keeps its own line. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "trial"), [
    ("what did the main trial of sprycel show?", "dasision"),
    ("what did the big study of calquence find?", "elevate-tn"),
    ("did ibrance help people live longer?", "paloma"),
])
def test_the_main_uses_trial_leads(first_line, question, trial) -> None:  # noqa: ANN001
    assert trial in first_line(question)


def test_the_main_trial_asked_is_a_results_question(kb) -> None:  # noqa: ANN001
    assert "results" in understand(kb, "what were the results of the big trial of kisqali?").intents


def test_another_question_on_how_well_it_works_keeps_its_line(first_line) -> None:  # noqa: ANN001
    assert "smok" in first_line("i smoke a pack a day, will that make my pomalyst work less well?")
