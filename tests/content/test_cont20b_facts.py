"""Drug questions whose fact sat on no page (branch cont20b, worked from the last drug slug backwards): asked in plain
words, the answer now shows the fact, from a cited line."""

from collections.abc import Callable

import pytest

CASES = [
    ("How many people respond to Brukinsa with Gazyva for follicular lymphoma that came back?",
     ["rosewood", "69%", "46%"]),
    ("My son's sodium is very low while he gets vincristine. Can vincristine cause that?",
     ["antidiuretic hormone", "siadh", "low sodium"]),
    ("Does Venclexta with Rituxan keep CLL that came back away longer than bendamustine with Rituxan?",
     ["murano", "84% lower", "17 months"]),
    ("How much longer do people with stomach cancer live on Lonsurf?",
     ["tags", "5.7 months", "3.6 months"]),
    ("Does adding Temodar to radiation help people with glioblastoma live longer?",
     ["eortc-ncic", "27.2%", "10.9%"]),
    ("How much did Sutent help people whose GIST grew on Gleevec, compared with a dummy pill?",
     ["27.3 weeks", "6.4 weeks"]),
    ("In the Nexavar study for thyroid cancer, how long did it keep the cancer from growing?",
     ["decision", "10.8 months", "5.8 months"]),
    ("Does Stivarga work for GIST after Gleevec and Sutent?",
     ["grid", "4.8 months", "0.9 months"]),
    ("Does Trodelvy help hormone-positive, HER2-negative breast cancer live longer?",
     ["tropics-02", "14.4 months", "11.2 months"]),
    ("Do younger women with spread breast cancer live longer with Kisqali and shots that stop the ovaries?",
     ["monaleesa-7", "70%", "46%"]),
    ("Did Kisqali help women younger than 40 live longer?",
     ["younger than 40", "51.3 months", "40.5 months"]),
    ("Why is a tall man's vincristine dose stuck at 2 mg when his other chemo goes by size?",
     ["cap each dose at 2 mg", "nerve damage"]),
    ("Will the tingling from my son's vincristine go away?",
     ["goes away", "8 to 9 months"]),
    ("My Perjeta was put off 7 weeks for surgery. Do I get the big first dose again?",
     ["6 weeks or more", "840 mg dose is needed again"]),
    ("My throat felt like it was closing during oxaliplatin. What changes for the next dose?",
     ["from 2 hours to 6 hours", "throat"]),
    ("Could the fever and rash after each cyclophosphamide dose be from the mesna?",
     ["mesna itself can cause an allergic reaction", "fever"]),
    ("Is there a maximum rate for giving IV leucovorin?",
     ["160 mg per minute"]),
    ("Why check my vitamin D before I start exemestane?",
     ["thin the bones", "vitamin d"]),
    ("When in the plan does the switch from tamoxifen to Aromasin happen?",
     ["after 2 to 3 years of tamoxifen"]),
    ("What dose of 5FU is in the 46 hour pump on FOLFOX?",
     ["2,400 mg/m\u00b2 over 46 hours"]),
    ("How do I shower with a 5-FU pump at home?",
     ["plastic bag", "keep the pump dry"]),
    ("What is dexamethasone doing for a brain tumor before radiation?",
     ["pressure inside the skull", "headaches"]),
    ("Watery diarrhea many times a day on Tecentriq: what is done for it?",
     ["colitis", "steroid medicine is given"]),
    ("Can Tecentriq be given less often than every 3 weeks?",
     ["1,680 mg every 4 weeks"]),
    ("My creatinine jumped on Verzenio. Are my kidneys damaged?",
     ["tubular transporters", "does not by itself mean kidney damage"]),
    ("What is Rydapt exactly, and which mutation is it for?",
     ["kinase inhibitor", "flt3"]),
    ("Her bilirubin is high from liver metastases. Can she still get irinotecan?",
     ["high bilirubin", "lower dose is advised"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_the_answer_shows_the_fact_asked_for(
        answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]) -> None:
    answer_shows(question, facts)


def test_low_sodium_on_vincristine_goes_to_the_care_team(cited_answer_text: Callable[[str], str]) -> None:
    """Safety rule: the signs of low sodium from vincristine are reported to the care team."""
    text = cited_answer_text("What should I do if my child on vincristine has signs of low sodium?")
    assert "tell your care team about these signs" in text, text[:600]


def test_a_tight_throat_during_oxaliplatin_is_told_to_the_nurse_at_once(cited_answer_text: Callable[[str], str]) -> None:
    """Safety rule: throat tightness during the oxaliplatin drip is reported to the nurse right away."""
    text = cited_answer_text("My throat felt tight during the oxaliplatin drip. What should I do?")
    assert "tell the nurse right away if your throat feels tight during the drip" in text, text[:600]
