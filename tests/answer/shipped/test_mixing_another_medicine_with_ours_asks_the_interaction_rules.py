""""They want to give her gentamicin. Is there any problem mixing that with her carbo?" asks whether the two go
together: the carboplatin page's interaction rules answer (antibiotics of that kind raise the risk of kidney and
hearing damage), not its lines on low blood counts. What a drip is mixed in stays a question of how it is given.
Shipped knowledge base."""


def test_mixing_that_with_ours_gets_the_interaction_rules(composer, shown) -> None:  # noqa: ANN001
    question = ("my mom is on carboplatin for ovarian cancer and is in the hospital with an infection. they want to "
                "give her gentamicin iv. is there any problem mixing that with her carbo?")
    assert "interactions" in composer.answer(question).intents
    text = shown(question)
    assert "kidney" in text and "hearing" in text


def test_what_a_drip_is_mixed_in_is_no_interaction(first_line) -> None:  # noqa: ANN001
    assert "5% dextrose" in first_line("can you mix oxaliplatin with saline?")
