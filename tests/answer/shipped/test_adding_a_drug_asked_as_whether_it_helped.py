""""Did adding rituximab to CHOP help?", "did it help people in the study?" ask how well a plan works: the named
plan's trial results (its goals) answer. Shipped knowledge base."""


def test_adding_a_drug_to_a_plan_gets_the_trial_result(composer, shown) -> None:  # noqa: ANN001
    question = "did adding rituximab to CHOP help people in the trial"
    assert "results" in composer.answer(question).intents
    assert "43.5%" in shown(question)


def test_helping_in_the_study_is_how_well_it_works(composer) -> None:  # noqa: ANN001
    assert "results" in composer.answer("did pertuzumab really help anyone in the study").intents
