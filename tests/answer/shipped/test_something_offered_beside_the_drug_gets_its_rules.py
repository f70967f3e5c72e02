""""My friend suggested green tea while on Velcade, is that a problem?", "the acupuncturist recommended an herbal tea,
I'm on Tagrisso, is that ok?": something offered to use beside the drug asks whether the two go together, which the
drug's interaction rules answer; its words ("suggested", "acupuncturist") are no medicine the sources fail to
mention. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my friend suggested green tea while on velcade, is that a problem",
    "my acupuncturist recommended an herbal tea, im on tagrisso, is that ok",
    "the pharmacist recommended a vitamin d supplement, im on xeloda, is that safe",
])
def test_the_interaction_rules_answer(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    items = [*answer.direct, *(i for g in answer.guidelines for i in g.items)]
    assert any((i.where or "").endswith(": interactions") for i in items), [i.where for i in items]
    assert not any(n.level == "no_answer" for n in answer.notices), [n.text for n in answer.notices]
