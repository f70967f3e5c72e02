""""Which side effect is most common?" gets the side effects the page gives a frequency for, the most frequent
first, each with how often it happened; a body part also named ("I heard the stomach") does not narrow the answer
to the side effects of that part. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "first"), [
    ("whats the most common side effect of bosutinib", "diarrhea"),
    ("on bosulif, is nausea the most common side effect or something else", "diarrhea"),
    ("most frequent side effects with tagrisso? my belly has been off", "diarrhea"),
])
def test_the_most_frequent_side_effect_leads(composer, question, first) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    reply = answer.direct[0].text
    assert first in reply and "%" in reply, reply
    assert reply.index(first) < reply.index("nausea" if "nausea" in reply else "%"), reply


def test_more_likely_asks_about_one_side_effect_not_the_list(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does enzalutamide make falls more likely")
    assert not any(i.text.startswith("The most common") for i in answer.direct)


def test_the_one_the_page_calls_most_common_leads_and_unrated_ones_are_not_ranked(composer) -> None:  # noqa: ANN001
    # atezolizumab's page says tiredness is the most common side effect alone, and gives no rates for its common
    # side effects: rarer serious ones that have a rate must not be ranked above it
    reply = composer.answer("which side effect of tecentriq is the most common").direct[0].text
    assert "tiredness" in reply and "liver" not in reply, reply
