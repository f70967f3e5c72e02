"""Signs that had no rule, or no words, now reach one.

A face and neck swelling with chest veins standing out (Cancer.Net, superior vena cava syndrome: call the team
immediately); great thirst with passing urine often (Keytruda's patient page: call right away); a headache that will
not go away (call now, not 911: it did not come on suddenly); a chest that "started hurting" (911); "being sick" (UK
English for vomiting); legs giving way with cancer in the bones (spinal cord pressure). Each had no notice before."""

import pytest

from oncoguide.model.triage import URGENT


@pytest.mark.parametrize(("question", "headline"), [
    ("his face and neck are swollen and the veins on his chest stand out", "Call your care team now"),
    ("I'm so thirsty and I keep peeing all day, on Opdivo", "Call your care team now"),
    ("I'm drinking so much and weeing all the time, on nivolumab", "Call your care team now"),
    ("there's blood in his catheter bag", "Call your care team now"),  # blood in the urine by another road
    ("I have a headache that won't go away, I'm on Keytruda", "Call your care team now"),
    ("my chest started hurting when I sat down", "Call 911"),
    ("I'm being sick and can't stop, had cisplatin yesterday", "Call your care team now"),
    ("my legs gave way twice today, I have myeloma", "Call your care team now"),
])
def test_urgent(composer, question, headline) -> None:  # noqa: ANN001
    notice = composer.answer(question).notices[0]
    assert notice.text.startswith(headline), (question, notice.text)


@pytest.mark.parametrize("question", [
    "my face is puffy from the steroids",
    "I'm always thirsty on chemo, is that normal",
    "what is superior vena cava syndrome",
    "how often should I empty my catheter bag",
    "I'm drinking loads of water like the nurse said",
    "can myeloma affect your legs",
])
def test_no_alarm(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not (answer.notices and answer.notices[0].level in {lv.value for lv in URGENT}), question
