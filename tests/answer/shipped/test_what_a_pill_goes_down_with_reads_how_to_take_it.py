"""What a pill goes down with (water, a glass of something, an antacid), asked beside "what is it?" or "can I take it
with ...?": the drug's how-to-take lines say it, so the answer leads with the line that says it, and a "what is it"
question still says what the drug is below it. Shipped knowledge base."""


def _shown(answer) -> str:  # noqa: ANN001
    return " ".join(item.text for item in answer.cited()).lower()


def test_what_it_is_with_water_defines_it_and_says_how_to_swallow_it(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what's verzenio? i was told to take it with water")
    assert "definition" in answer.intents
    assert answer.direct and answer.direct[0].text.lower().startswith("swallow the tablets whole")
    assert "abemaciclib is a targeted pill" in _shown(answer)


def test_taking_it_with_water_asked_leads_with_the_swallowing_line(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is it fine to take my lynparza tablets with a glass of water")
    assert answer.direct and answer.direct[0].text.lower().startswith("swallow the tablets whole")


def test_with_water_and_no_other_ask_still_gets_an_answer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can i take my xtandi with water")
    assert answer.direct and "swallow the capsules or tablets whole" in answer.direct[0].text.lower()


def test_milk_asked_leads_with_the_milk_line_not_the_water_line(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is milk ok with my revlimid capsules")
    assert answer.direct and "milk" in answer.direct[0].text.lower()
