""""Is the first round longer than the later ones?" asks the plan's schedule, where a first phase that differs is
written ("6 weeks with radiation, then monthly cycles"). Shipped knowledge base."""


def test_a_longer_first_round_gets_the_plans_schedule(composer, shown) -> None:  # noqa: ANN001
    question = "my mom just started temozolomide for her brain tumor, is the first round longer than the later ones"
    assert "dose" in composer.answer(question).intents
    assert "6 weeks with radiation" in shown(question)
