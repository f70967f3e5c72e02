""""How much does it cost?" asks a price, not how much of the medicine is given: the answer shows where to get help
paying, and no dose. Shipped knowledge base."""


def test_how_much_it_costs_is_answered_by_help_paying(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how much will tagrisso cost me")
    assert answer.intents == ["cost"]
    shown = [i.text for i in answer.cited()]
    assert not any(" mg" in t for t in shown)
    assert "financial counselor" in " ".join(shown).lower()
