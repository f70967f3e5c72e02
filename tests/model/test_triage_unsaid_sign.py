"""A follow-up question may count as no when left unanswered (`Ask.if_unanswered: no`): for a sign that makes a symptom
a 911 call only when it is there. The engine then gives the next rule, and the model refuses a file where that could
send a symptom said alone below "call now", or where the reader is not told when to call 911."""

import pytest
from pydantic import ValidationError

from oncoguide.model.triage import Level, Symptom, TriageRules, triage

CITE = ["ctcae-v5 § Thromboembolic event"]


def leg(call_now_text: str = "A swollen leg can be a clot. Call 911 if you are also short of breath.",
        asked_by: str = "emergency") -> dict:
    rules = [
        {"when": {"breath": True}, "level": asked_by, "sign": "Leg and breath", "text": "A clot may be in the lung.",
         "cite": CITE},
        {"level": "call_now", "sign": "A swollen leg", "text": call_now_text, "cite": CITE},
    ]
    if asked_by != "emergency":
        rules = [rules[0], {**rules[1], "level": "call_today", "sign": None}]
    return {"name": "Swollen leg", "phrases": ["swollen"], "rules": rules,
            "asks": [{"name": "breath", "question": "Are you short of breath?", "if_unanswered": "no"}]}


def test_a_sign_left_unsaid_gives_the_call_now_rule_not_911() -> None:
    rules = TriageRules(symptoms={"fever": _fever(), "leg": Symptom.model_validate(leg())})
    alone = triage(rules, "leg", {}, None)
    assert alone.level == Level.call_now and "911" in alone.reason and alone.assumed == []
    assert triage(rules, "leg", {"breath": "yes"}, None).level == Level.emergency


def test_the_call_now_text_must_say_when_to_call_911() -> None:
    with pytest.raises(ValidationError, match="says when to call 911"):
        Symptom.model_validate(leg(call_now_text="A swollen leg can be a clot."))


def test_a_sign_counted_as_no_may_not_send_the_symptom_said_alone_below_call_now() -> None:
    # Counting "no" for a call-now rule's question, with a call-today rule after it, would do just that.
    with pytest.raises(ValidationError, match="said alone, this symptom gets a call_today rule"):
        Symptom.model_validate(leg(asked_by="call_now"))


def test_only_an_urgent_rule_may_read_a_sign_counted_as_no() -> None:
    body = leg(asked_by="call_now")
    body["rules"][0]["level"], body["rules"][0]["sign"] = "call_today", None
    with pytest.raises(ValidationError, match="only an urgent rule may"):
        Symptom.model_validate(body)


def _fever() -> Symptom:
    return Symptom.model_validate({"name": "Fever", "phrases": ["fever"], "rules": [
        {"risk": "lowers_white_cells", "level": "call_now", "sign": "Fever", "text": "Call.", "cite": CITE},
        {"level": "next_visit", "text": "Fine.", "cite": CITE}]})
