"""A medicine given before each dose is given against a harm: "why the premeds before Cyramza?" gets the page's row on
that harm (reactions to the drip), though its line on what is given before says only "medicine to prevent a
reaction". Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "why the premeds before cyramza",
    "why do I get an antihistamine before my ramucirumab drip?",
    "what is the medicine they give me before each cyramza dose for",
])
def test_the_reaction_the_medicine_before_guards_against_is_shown(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert "infusion-related reactions" in " ".join(i.text for i in answer.cited())


def test_the_harm_is_the_one_the_medicine_asked_about_guards_against(composer) -> None:  # noqa: ANN001
    # cisplatin's fluids protect the kidneys; its anti-nausea medicine is another line
    shown = " ".join(i.text for i in composer.answer("why do I need fluids before my cisplatin").cited())
    assert "Kidney damage (nephrotoxicity)" in shown
    assert "(nausea and vomiting)" not in shown
