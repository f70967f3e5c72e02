"""Issue 11: a question on how well a plan did gets, first, the line of its trials that answers it: "how much
better is VRd than Rd?" and "does Navelbine alone really help?" ask a trial's result (not a dose, not whether it is
chemo); "did people live longer?" is the follow-up on who was alive, not the first line on growth; "Calquence or
Imbruvica, which is safer for the heart?" is the trial that gave the two side by side; "Cabometyx after Nexavar
stopped working" asks how Cabometyx did, not a plan holding both. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    # "how much better" is no amount of medicine
    ("how much better is VRd than lenalidomide and dexamethasone alone?", "41 months"),
    # "really help" asks how it did, though the drug is chemo
    ("does navelbine alone really help in lung cancer?", "31 weeks"),
    # "how much" after the gain asked is the size of the gain
    ("herceptin added to chemo for breast cancer that had spread, did it help? how much", "469 women"),
    # living longer asked: the follow-up line on who was alive
    ("A+AVD or ABVD for hodgkin, do people live longer with A+AVD?", "93.9%"),
    # the other drug asked about is named in the trial line that compared them
    ("Calquence or Imbruvica, which one is safer for the heart?", "ibrutinib"),
    # the drug that stopped working before is no part of the plan asked about
    ("cabometyx after nexavar stopped working for liver cancer, did it help in the trial?", "celestial"),
])
def test_the_trial_line_on_what_was_asked_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


@pytest.mark.parametrize("question", [
    "does ondansetron really help with the nausea from chemo?",  # a use asked, not a trial
    "how does chemotherapy actually work",  # how it works, not how well
])
def test_really_or_actually_said_of_something_else_asks_no_trial(kb, question) -> None:  # noqa: ANN001
    assert "results" not in understand(kb, question).intents


def test_two_plans_compared_get_the_trial_of_the_two_and_no_false_gap(composer) -> None:  # noqa: ANN001
    # "slow growing lymphoma" has no page of its own, but the plan named is for it: no "does not cover" notice
    answer = composer.answer("is BR actually better than R-CHOP for slow growing lymphoma?")
    assert answer.direct and "r-chop" in answer.direct[0].text.lower() and "trial" in answer.direct[0].text.lower()
    assert not [n.text for n in answer.notices if "does not cover" in n.text]
