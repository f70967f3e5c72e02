"""Where a medicine waits between doses ("where do I keep my shots at home?", "can the capsules go in my weekly pill
organizer?") asks how it is stored: the page's storage lines are shown, and "at home" there does not make it a
question on how the medicine is given. Shipped knowledge base."""


def test_shots_kept_at_home_get_the_fridge_line(composer, shown) -> None:  # noqa: ANN001
    question = "where should I keep my fulvestrant shots at home"
    assert composer.answer(question).intents == ["storage"]
    assert "fridge" in shown(question)


def test_a_pill_organizer_asks_how_the_pills_are_stored(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can my hydroxyurea capsules go in a weekly pill box")
    assert "storage" in answer.intents
