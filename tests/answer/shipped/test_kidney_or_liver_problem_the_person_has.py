"""A kidney or liver problem the person has ("I have kidney disease", "cirrhosis", "on dialysis") asks for the dose
for them, not whether the medicine causes the problem: read as a side effect, the reply said the page "does not
list this side effect" or gave the usual dose. Asking whether a drug causes kidney problems stays a side-effect
question. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("I have kidney disease, what dose of ninlaro", "3 mg"),
    ("what dose of ninlaro if I have kidney problems", "3 mg"),
    ("i have cirrhosis what dose of ibrance", "75 mg"),
])
def test_the_reply_is_the_dose_for_that_problem(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, answer.direct[0].text if answer.direct else question
    assert "side effect" not in answer.direct[0].text


@pytest.mark.parametrize("question", ["i have cirrhosis can i take stivarga", "polivy and liver disease",
                                      "i have kidney disease can i get oxaliplatin"])
def test_a_condition_with_a_drug_asks_its_dose_rules(kb, question) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["dose"]


def test_whether_the_drug_causes_it_is_still_a_side_effect_question(kb) -> None:  # noqa: ANN001
    assert understand(kb, "can ninlaro cause kidney problems").intents == ["side_effects"]
