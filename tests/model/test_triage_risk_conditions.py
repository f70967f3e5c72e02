"""Two ways a rule reads the treatment's risks, besides `risk`: `unless_risk` (the rule is for treatments without it)
and `known_risk_only` (a rare risk is not assumed for a treatment nobody named).

Red urine is the drug's own color on doxorubicin and possible blood on anything else; new tingling is a call now only
on a drug that can cause Guillain-Barré syndrome. An unnamed treatment gets the safer reading of the first and the
common reading of the second."""

from oncoguide.model.triage import Level, Risk, Symptom, TriageRules, call_signs, triage

CITE = ["ctcae-v5 § Fever"]
FEVER = {"name": "Fever", "phrases": ["fever"],
         "asks": [{"name": "temperature", "kind": "temperature", "question": "What is your temperature?"}],
         "rules": [{"when": {"temperature_at_least": 38.0}, "risk": "lowers_white_cells", "level": "call_now",
                    "sign": "Fever", "text": "Call.", "cite": CITE},
                   {"level": "next_visit", "text": "Fine.", "cite": CITE}]}
RED = {"name": "Red urine", "phrases": ["red urine"],
       "rules": [{"unless_risk": "colours_urine_red", "level": "call_now", "sign": "Red urine", "text": "May be blood.",
                  "cite": CITE},
                 {"level": "next_visit", "text": "The drug's color.", "cite": CITE}]}
TINGLE = {"name": "Tingling", "phrases": ["tingl"],
          "rules": [{"risk": "guillain_barre", "known_risk_only": True, "level": "call_now", "sign": "New tingling",
                     "text": "Call now.", "cite": CITE},
                    {"level": "next_visit", "text": "Tell them next time.", "cite": CITE}]}
RULES = TriageRules(symptoms={name: Symptom.model_validate(body)
                              for name, body in (("fever", FEVER), ("red_urine", RED), ("tingling", TINGLE))})


def test_a_rule_unless_a_risk_skips_only_the_treatments_that_have_it() -> None:
    assert triage(RULES, "red_urine", {}, frozenset({Risk.colours_urine_red})).level == Level.next_visit
    assert triage(RULES, "red_urine", {}, frozenset({Risk.lowers_white_cells})).level == Level.call_now
    assert triage(RULES, "red_urine", {}, None).level == Level.call_now  # nobody named: it may be blood


def test_a_rare_risk_is_not_assumed_for_an_unnamed_treatment() -> None:
    assert triage(RULES, "tingling", {}, frozenset({Risk.guillain_barre})).level == Level.call_now
    assert triage(RULES, "tingling", {}, frozenset()).level == Level.next_visit
    assert triage(RULES, "tingling", {}, None).level == Level.next_visit


def test_the_page_box_follows_both() -> None:
    def signs(risks: frozenset[Risk]) -> set[str]:
        return {s.symptom for s in call_signs(RULES, risks)}
    assert "red_urine" in signs(frozenset()) and "red_urine" not in signs(frozenset({Risk.colours_urine_red}))
    assert "tingling" in signs(frozenset({Risk.guillain_barre})) and "tingling" not in signs(frozenset())
