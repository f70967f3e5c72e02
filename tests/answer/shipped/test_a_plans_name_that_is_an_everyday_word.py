"""A plan's short name that is also an everyday word ("ice", "chop", "act", "dvd") names the plan only in capitals or
beside a word of treatment, one of its drugs or its cancer: "ice chips", "an ice pack", "act fast", "chop my food" and
"watch a dvd" name no plan, so their answers show no line of ICE, R-CHOP, AC-T or DVd. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "should i suck on ice chips during my 5fu push",
    "can i use an ice pack on my sore hands",
    "do i need to act fast if i get a fever",
    "should i chop my food small because of mouth sores",
    "can i watch a dvd during my infusion",
])
def test_an_everyday_word_names_no_plan(kb, question) -> None:  # noqa: ANN001
    assert understand(kb, question).regimens == []


@pytest.mark.parametrize(("question", "plan"), [
    ("my dad starts ICE next week, what is it", "ice-lymphoma"),
    ("starting ice chemo next week for lymphoma", "ice-lymphoma"),
    ("how many rounds of chop will she get", "r-chop-dlbcl"),
])
def test_the_plan_is_still_named_where_it_is_meant(kb, question, plan) -> None:  # noqa: ANN001
    assert plan in understand(kb, question).regimens


def test_ice_chips_with_fluorouracil_shows_no_ice_plan_line(composer) -> None:  # noqa: ANN001
    answer = composer.answer("should i suck on ice chips during my 5fu push")
    assert not [i for i in answer.cited() if (i.where or "").startswith("regimen ice-lymphoma")]
