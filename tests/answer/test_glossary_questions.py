"""Questions about a word get what people ask of it: the usual range, the signs, how a test feels (issue #11)."""


import pytest
from shippedkb import shipped_composer

from oncoguide.answer import check


@pytest.fixture(scope="module")
def composer():

    return shipped_composer()


def _shown(composer, q):
    answer = composer.answer(q)
    assert check(answer) == []
    return " ".join(i.text for i in answer.cited()).lower()


@pytest.mark.parametrize("q, fact", [
    ("What is a normal white blood cell count?", "4,500 to 10,000"),
    ("What is a normal platelet count?", "150,000 to 300,000"),
    ("What does a low MCV mean?", "too little iron"),
    ("What does high creatinine mean?", "0.8 to 1.4"),
    ("What is the WBC differential?", "percent"),
    ("What can low magnesium cause?", "muscle cramps"),
    ("Does a bone marrow biopsy hurt?", "about 30 minutes"),
    ("Does an ECG hurt?", "does not hurt"),
    ("What are the signs of anemia?", "fast heartbeat"),
    ("What is hypercalcemia?", "thirsty"),
    ("What does platinum sensitive mean?", "more than 6 months"),
    ("What is an IPI score?", "older than 60"),
    # s33 gloss15: words on pathology, lab and scan reports that had no entry, and numbers people ask of old ones
    ("my path report says margins were negative, what does that mean", "no cancer was left behind"),
    ("what does a Ki-67 of 30% mean", "proliferation index"),
    ("what is TMB-high", "10 or more mutations per megabase"),
    ("what does an AFP blood test look for", "germ cell tumor"),
    ("my doctor ordered LFTs, what are they", "bilirubin and albumin"),
    ("what is a liquid biopsy", "circulating tumor dna"),
    ("what is a normal beta 2 microglobulin level", "1.21 to 2.70"),
    ("what is a normal CA 19-9 level", "0 to 37"),
    ("is germline testing the same as tumor testing", "blood or saliva"),
    ("what does dMMR mean", "pembrolizumab"),
    ("how long do biomarker test results take", "4 weeks"),
    ("what is a tumor board", "surgical oncologist"),
    ("what does carcinoma in situ mean", "stage 0 disease"),
    ("what is beta hCG", "not pregnant"),
    ("the CT found a nodule in my lung, what is that", "smaller than 3 centimeters"),
])
def test_a_word_question_gets_what_people_ask_of_it(composer, q, fact):
    assert fact in _shown(composer, q)



@pytest.mark.parametrize("q, reply", [
    ("how soon will my hair fall out after chemo", "1 to 3 weeks after treatment starts"),
    ("when does hair grow back after chemo", "3 to 10 months after treatment ends"),
    ("will chemo make me lose my eyebrows", "eyebrows"),
    ("is it normal to feel so tired on chemo", "rest or sleep does not fix"),
    ("how long does brain fog last after chemo", "many years"),
    ("is it normal to have a metal taste after chemo", "up to a few months"),
    ("why does food taste weird on chemo", "metal or chemical taste"),
    ("does chemo cause constipation", "pain medicines"),
])
def test_a_side_effect_of_treatment_in_general_is_answered_by_its_word(composer, q, reply):
    """No drug named: the first line is what the side effect's word means (when it starts, how long it lasts), not
    what chemo is and not "our sources do not answer"."""
    answer = composer.answer(q)
    assert check(answer) == []
    assert answer.direct and reply in answer.direct[0].text, q


@pytest.mark.parametrize("q", ["what does chemo mean", "is chemotherapy something you take at home"])
def test_a_definition_saying_all_cells_points_to_no_leukemia(composer, q):
    """Chemo's meaning says it "hits all cells that grow fast": our own lower-case "all" is the word, never ALL, so
    no leukemia page is offered beside it."""
    answer = composer.answer(q)
    assert answer.direct and "all cells" in answer.direct[0].text
    assert "acute-lymphoblastic-leukemia" not in [link.slug for link in answer.see_also]


def test_a_definition_saying_all_over_the_body_points_to_no_leukemia(composer):
    """"It can fall out all over the body" names no ALL; and beside a word's meaning, no pages sharing the question's
    words ("chemo") are offered as help."""
    answer = composer.answer("how soon will my hair fall out after chemo")
    assert answer.direct and "all over the body" in answer.direct[0].text
    assert not [link for link in answer.see_also if link.kind == "cancer"]
