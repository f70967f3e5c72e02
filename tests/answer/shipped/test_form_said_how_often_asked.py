""""Is the Revlimid pill every day?": the question says the form itself and asks how often, so it asks no form and
the reply is not the plan's list of routes ("lenalidomide: by mouth"); "is Ninlaro a pill?" still asks the form.
Shipped knowledge base."""


def test_form_said_with_how_often_asks_how_often(composer, first_line) -> None:  # noqa: ANN001
    question = "on VRd, is the revlimid pill every day?"
    assert "form" not in composer.answer(question).intents
    assert "once a day" in first_line(question)


def test_form_asked_alone_is_still_the_form(composer) -> None:  # noqa: ANN001
    assert "form" in composer.answer("is ninlaro a pill or an infusion?").intents
