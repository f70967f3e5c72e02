"""Plan and cancer questions in everyday shapes: a plan named by one drug and "chemo", a trial result asked as "before
it progressed", one kind of a cancer asked ("what type ... do most get"), how long people live asked beside the
treatment, the most common side effects asked "to watch for", a baby aspirin (no question on pregnancy), and why
several tests are done, each test getting the harm it watches for."""

import pytest
from test_replies import KB, ask, first_line

from oncoguide.answer.understand import understand


def shown(answer) -> str:
    return " ".join([*(i.text for i in answer.direct), *(i.text for i in answer.cited())])


def test_a_drug_with_chemo_is_its_plan_with_chemo():
    question = "My father gets Nubeqa with chemo for prostate cancer that had spread. Did it help men live longer?"
    assert understand(KB, question).regimens == ["darolutamide-docetaxel-prostate"]
    assert "ARASENS" in first_line(ask(question))


def test_a_drug_after_chemo_names_no_plan_with_chemo():
    question = "Nubeqa after chemo for prostate cancer, how does it work?"
    assert "darolutamide-docetaxel-prostate" not in understand(KB, question).regimens


def test_before_it_progressed_asks_the_trial_result():
    question = "On ERd for myeloma that came back: in the trial, how long before the myeloma progressed?"
    assert "results" in understand(KB, question).intents
    assert "ELOQUENT-2" in first_line(ask(question))


@pytest.mark.parametrize("question", [
    "Her report says high grade serous. Is that a rare kind? What type of ovarian cancer do most women have?",
    "Which type of ovarian cancer is the most common one?",
])
def test_one_kind_of_a_cancer_asked_gets_its_kinds(question):
    assert "epithelial" in first_line(ask(question)).lower()


def test_how_long_people_live_beside_the_plan_gets_the_cancer_outlook():
    answer = ask("Mom had her glioblastoma removed and now starts Temodar with radiation. Honestly, how long do "
                 "people live with it?")
    assert "12 to 15 months" in shown(answer)


def test_the_trial_asked_gets_no_cancer_outlook():
    answer = ask("In the study of Temodar with radiation for glioblastoma, how long did people live?")
    assert not any(i.where.startswith("cancer glioblastoma: outlook") for i in answer.cited())


def test_most_common_side_effects_to_watch_for_are_the_common_ones():
    question = "Dad just began Cabometyx for kidney cancer. Which side effects are most common, so we know what to watch for?"
    assert "side_effects" in understand(KB, question).intents
    assert "diarrhea" in first_line(ask(question)).lower()


def test_a_baby_aspirin_is_no_question_on_pregnancy():
    answer = ask("My wife takes Revlimid and dex for myeloma and her doctor wants her on a baby aspirin. Why is that?")
    assert "pregnancy" not in understand(KB, answer.question).intents
    assert "pregnan" not in shown(answer).lower()
    assert "clot" in shown(answer).lower()


def test_a_drug_after_chemo_and_radiation_names_no_plan_with_chemo():
    question = "Starting Imfinzi after finishing chemo and radiation for lung cancer. What lung problem can it cause?"
    assert "platinum-etoposide-durvalumab-sclc" not in understand(KB, question).regimens


def test_each_test_asked_gets_its_reason():
    answer = ask("Why are his blood pressure and his urine checked before each Avastin infusion?")
    assert "proteinuria" in shown(answer).lower()
    assert "hypertension" in shown(answer).lower()


def test_a_dermatologist_visit_is_the_skin_check_and_its_reason_leads():
    question = "I'm on Tafinlar and Mekinist. Why do I have to keep seeing a dermatologist?"
    assert "monitoring" in understand(KB, question).intents
    assert "skin cancers" in first_line(ask(question)).lower()


def test_what_the_drug_does_to_the_organ_tested_leads_with_the_harm():
    answer = ask("Her Sutent doctor keeps ordering thyroid tests. What can Sutent do to the thyroid?")
    assert "thyroid dysfunction" in first_line(answer).lower()
