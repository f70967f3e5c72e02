"""Blood from a stoma. Salts Healthcare: a little blood on the cloth when cleaning is expected and stops with gentle
pressure; blood inside the bag, or heavy or persistent bleeding, needs urgent advice. NHS: 999 for a lot of blood from
the bowel. Before, "my stoma bag is filling with blood" had no notice, and "how do I clean my stoma without making it
bleed" was a call now."""

import pytest

from oncoguide.model.triage import URGENT


@pytest.mark.parametrize(("question", "headline"), [
    ("his colostomy bag is filling up with blood", "Call 911"),
    ("blood keeps coming from my ileostomy and I feel dizzy", "Call 911"),
    ("there is blood in my stoma bag tonight", "Call your care team now"),
])
def test_blood_in_the_bag_is_urgent(composer, question, headline) -> None:  # noqa: ANN001
    notice = composer.answer(question).notices[0]
    assert notice.text.startswith(headline), (question, notice.text)
    if headline.startswith("Call your care team"):
        assert "911" in notice.text  # the reason says when it becomes a 911 call


@pytest.mark.parametrize("question", [
    "a spot of blood on the tissue when I wiped my stoma, is that ok",
    "how do I clean my stoma without making it bleed",
])
def test_a_little_blood_when_cleaning_is_no_alarm(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not (answer.notices and answer.notices[0].level in {lv.value for lv in URGENT}), question


@pytest.mark.parametrize("question", [
    "I take Tasigna and there is blood in my stoma bag",  # a leukemia drug: its page shows no stoma sign
    "on FOLFOX and there is blood in my stoma bag",
])
def test_blood_in_the_bag_is_a_call_now_whatever_the_treatment(composer, question) -> None:  # noqa: ANN001
    # The page's box shows the stoma signs only where a stoma is common; the rules answer everyone the same.
    assert composer.answer(question).notices[0].text.startswith("Call your care team now"), question
