""""Should I wear gloves with his Pomalyst?": the drug page's FAQ written for nearly that question ("Should a
caregiver wear gloves to give pomalidomide?") is shown beside the reply, though it is not the reply; an FAQ that
shares only a common word ("chemo") is not. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("i help my husband with his pomalyst. should i wear gloves, and what if powder from a capsule gets on my skin",
     "disposable gloves"),
    ("is it true etoposide (the vp-16) comes from a plant?", "podophyllotoxin"),
    ("my oncologist wants kisqali with my aromatase inhibitor after surgery for stage 2 breast cancer. how many years "
     "would i be on the kisqali part", "3 years"),
])
def test_the_faq_near_the_question_is_shown(shown, question, said) -> None:  # noqa: ANN001
    assert said in shown(question)


def test_an_faq_sharing_only_a_common_word_is_not_shown(shown) -> None:  # noqa: ANN001
    assert "platinum chemo drug that damages" not in shown(
        "what other chemo drugs is oxaliplatin usually given with for colon cancer")
