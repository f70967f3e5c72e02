"""A change a person sees or a blood test result, said in plain words beside a drug, is read as the side effect the
drug page names: a rising creatinine is the kidneys, great thirst and passing urine often are high blood sugar, dark
streaks on the nails are darker nails, "bad for her bones" is bone loss, and no bowel movement for days is
constipation. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my mum's creatinine has gone up since she began bosutinib, is it the drug", "kidney"),
    ("he is very thirsty and peeing a lot since starting durvalumab", "diabetes"),
    ("my moms toenails have dark streaks after a year of hydroxyurea, is that the hydroxyurea", "darken"),
])
def test_the_side_effect_meant_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_asking_whether_the_shots_harm_the_bones_is_no_question_about_shots(first_line) -> None:  # noqa: ANN001
    # "are the shots ..." names the drug by its form: not whether it is a pill, but what it does to the bones
    assert "bone" in first_line("are the shots hard on her bones? she gets zoladex")


def test_no_bowel_movement_for_days_is_constipation(first_line) -> None:  # noqa: ANN001
    lead = first_line("he hasn't had a bowel movement in a week on his pain pills. what helps")
    assert lead.startswith("constipation")
