"""Drug and glossary questions asked in shapes the reply rules did not read (ans18a). Shipped knowledge base.

- "what is X used for and who shouldn't get it": the words after "for" begin a second question, not a condition we
  lack, so the word's meaning answers instead of a refusal.
- "can <a kind of chemo> cause a second cancer, and when is that risk highest?": a serious harm asked of a kind of
  drug, with no page named, is answered by what the kind's word means.
- "the scariest warning on the label": the label's boxed warning, with the side effects it is about (not the
  lines that happen to cite "an older label"); "Yes." only when yes or no was asked.
- "what is the first reduced dose?": the plan's dose step, not its usual dose.
- "not for colon cancer, what other cancer is it approved for?": the drug's uses for the cancers not named.
- "the vincristine dose in chemo like R-CHOP": the drug's line of the plan; "chemo like" names the plan by example,
  not a question of whether the drug is chemo.
- "how long did people stay progression free?", "how long did the myeloma stay controlled in the trial?", "how much
  did it cut the risk of death?": a trial's result, not a length of treatment, a price or a harm.
"""

import pytest

from oncoguide.answer.understand import understand


def test_a_second_question_after_used_for_is_no_condition(kb, first_line) -> None:  # noqa: ANN001
    question = "What's rasburicase used for, and who should not be given it?"
    assert understand(kb, question).unknown_conditions == []
    assert "uric acid" in first_line(question)


def test_a_serious_harm_asked_of_a_kind_of_chemo_gets_its_meaning(first_line) -> None:  # noqa: ANN001
    line = first_line("Could alkylating drugs give me leukemia later on, and when is the danger greatest?")
    assert line.startswith("alkylating agent:") and "5 to 10 years" in line


@pytest.mark.parametrize("question", [
    "What is the worst warning on the Erbitux label?",
    "my husband gets cetuximab. which is the most serious warning the label gives?",
])
def test_the_gravest_warning_is_the_boxed_one(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    lead = answer.direct[0].text
    assert "boxed warning" in lead and not lead.startswith("Yes")
    shown = " ".join(i.text for g in answer.guidelines for i in g.items).lower()
    assert "cardiopulmonary arrest" in shown


def test_yes_only_when_yes_or_no_was_asked(first_line) -> None:  # noqa: ANN001
    assert first_line("Does Erbitux carry a boxed warning?").startswith("yes.")


@pytest.mark.parametrize("question, step", [
    ("My wife's Enhertu for breast cancer is too rough on her. What lower dose would they drop to first?", "4.4 mg/kg"),
    ("what dose reductions are there for Kisqali with letrozole", "400 mg"),
    ("Dad's sorafenib for his kidney cancer may be reduced. To what dose?", "400 mg once a day"),
])
def test_a_lowered_dose_asked_gets_the_plans_dose_step(first_line, question, step) -> None:  # noqa: ANN001
    assert step in first_line(question)


@pytest.mark.parametrize("question, other", [
    ("She is on Lonsurf, though not for bowel cancer. Which other cancer does it treat?", "stomach"),
    ("Zanubrutinib treats CLL; which other lymphomas is it approved for?", "lymphoma"),
])
def test_other_cancers_than_the_one_named(first_line, question, other) -> None:  # noqa: ANN001
    line = first_line(question)
    assert other in line and not line.startswith(("colorectal", "cll"))


def test_a_drugs_dose_in_chemo_like_a_named_plan(kb, first_line) -> None:  # noqa: ANN001
    question = "How much vincristine is in chemo like R-CHOP, per square meter?"
    assert "classification" not in understand(kb, question).intents
    assert "1.4 mg/m" in first_line(question)


@pytest.mark.parametrize("question, intent_not", [
    ("In the CLL14 study, how long were people progression-free on Venclexta and Gazyva?", {"cost", "duration"}),
    ("how long did the myeloma stay controlled on Xpovio with Velcade and dex in the trial", {"duration"}),
    ("By how much did Zytiga with prednisone cut the risk of death for high-risk prostate cancer that spread?",
     {"serious", "dose"}),
])
def test_a_trials_measure_in_lay_words_asks_its_result(kb, question, intent_not) -> None:  # noqa: ANN001
    intents = set(understand(kb, question).intents)
    assert "results" in intents and not intents & intent_not


def test_the_myeloma_kept_in_check_leads_with_the_trial(first_line) -> None:  # noqa: ANN001
    line = first_line("in the BOSTON study, how long did the myeloma stay controlled with Xpovio, Velcade and dex")
    assert "9.5 months" in line


@pytest.mark.parametrize("question, effect", [
    # "the pill can cause" says which medicine, not a question about its form
    ("My father takes Erleada and had a small stroke. Is a stroke something the pill can cause?", "stroke"),
    # "a very large dose" is the setting (before a transplant), not a question of how much
    ("He gets a very large dose of Cytoxan before his transplant. Could that damage his heart?", "heart"),
])
def test_a_harm_asked_of_the_pill_or_a_big_dose_leads_with_the_side_effect(kb, first_line, question, effect) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["side_effects"]
    assert effect in first_line(question)


def test_a_side_effect_line_beats_a_faq_sharing_only_a_general_word(first_line) -> None:  # noqa: ANN001
    # "give" in the question is shared by the FAQ saying the drug "is given" to lower infections; the serious side
    # effect that names the person's own condition answers
    line = first_line("My son has sickle cell disease and his doctor wants to give him Neupogen once chemo is over. "
                      "Is that dangerous for him?")
    assert "sickle cell crisis" in line


@pytest.mark.parametrize("question", [
    "We go fishing all summer and my wife is on Erbitux. Anything to know about being outside?",
    "Is being outdoors a problem on cetuximab?",
])
def test_time_outdoors_asks_about_the_sun(kb, first_line, question) -> None:  # noqa: ANN001
    assert "acute-lymphoblastic-leukemia" not in understand(kb, question).cancers  # "all summer" is no ALL
    assert "sun" in first_line(question)
