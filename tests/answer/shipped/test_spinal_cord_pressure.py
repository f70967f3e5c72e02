"""Cancer in the spine can press on the spinal cord: back pain with numb or weak legs, neck pain with numb or weak
arms, or a loss of bladder or bowel control, means "call your care team now" (Cancer Research UK, OncoLink). Back pain alone, or numb feet with "back"
as an everyday word, is not this sign and must not raise an alarm."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import URGENT, Level


@pytest.mark.parametrize("question", [
    "I have new back pain and my legs are numb and weak",
    "my back hurts and my legs feel weak, I have myeloma",
    "I have back pain and numbness in my legs",
    "my legs are weak and heavy and my lower back is killing me",
    "bad back pain and I can't walk",
    "my dad has prostate cancer, back pain and his legs keep giving way",
    "I lost control of my bladder",
    "my husband can't control his bowels since this morning",
    "sudden loss of bladder or bowel control",
    "I have myeloma and my neck hurts and my arms feel weak and numb",  # pressure high in the cord
    "neck pain and weakness in both arms",
])
def test_signs_of_pressure_on_the_spinal_cord_mean_call_now(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.key == "spinal_cord"
    assert found.result.level == Level.call_now
    assert "spinal cord" in found.result.reason


@pytest.mark.parametrize("question", [
    "my back is sore after gardening",
    "I have back pain on lenalidomide",
    "my feet are numb since I went back on velcade",
    "I went back to work and my legs are weak",
    "the back of my leg is numb",
    "Is cyclophosphamide hard on the bladder?",
    "I can't have a bowel movement",
    "I have trouble with bladder control after my prostatectomy",  # a named cause, common after prostate surgery
    "my dad has no bladder control since his prostate surgery",
    "my neck is stiff from sleeping wrong",
    "my hands tingle on oxaliplatin and my neck is sore",  # numb hands: the nerve side effect of chemo
])
def test_back_pain_alone_or_back_as_a_word_is_not_this_sign(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or (found.key != "spinal_cord" and found.result.level not in URGENT)
