"""A vaccine asked about beside the medicine ("can I get my shingles shot on it?", "are vaccines ok?") asks what
the page says of vaccines: its rule on live vaccines leads, not its first rule on other medicines. Shipped knowledge
base."""


def test_a_shot_against_shingles_gets_the_live_vaccine_rule(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can I get my shingles shot while on venclexta")
    assert "interactions" in answer.intents
    assert answer.direct and "live vaccines" in answer.direct[0].text.lower()
