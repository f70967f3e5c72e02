"""Symptom rules: who to call and how soon, from a symptom, its answers and the risks of a treatment.

One engine for every surface (tracker symptom check, `ask`, the "When to call" box of each page), so the same
facts always give the same level. The rules themselves are content (content/triage.yaml); this module holds
their types and the pure evaluation, no I/O.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from .base import Citation, Cites, Strict, Text


class Level(str, Enum):
    """How soon to get help, most urgent first."""

    emergency = "emergency"
    call_now = "call_now"
    call_today = "call_today"
    next_visit = "next_visit"

    @property
    def rank(self) -> int:
        """0 for the most urgent level."""
        return list(Level).index(self)


URGENT = (Level.emergency, Level.call_now)

HEADLINE = {
    Level.emergency: "Call 911 (or your local emergency number) now.",
    Level.call_now: "Call your care team now, day or night.",
    Level.call_today: "Call your care team today.",
    Level.next_visit: "Tell your care team at your next visit. Call sooner if it gets worse.",
}


class Risk(str, Enum):
    """A property of a drug that changes what a symptom means (declared per drug, with citations)."""

    lowers_white_cells = "lowers_white_cells"
    clots = "clots"
    bleeding = "bleeding"
    heart_rhythm = "heart_rhythm"
    heart_failure = "heart_failure"
    lung_inflammation = "lung_inflammation"
    severe_diarrhea = "severe_diarrhea"
    immune_effects = "immune_effects"
    guillain_barre = "guillain_barre"
    colours_urine_red = "colours_urine_red"


RISK_NAMES = {
    Risk.lowers_white_cells: "can lower white blood cells, so infections are more likely",
    Risk.clots: "can cause blood clots",
    Risk.bleeding: "can cause bleeding",
    Risk.heart_rhythm: "can change the heart's rhythm",
    Risk.heart_failure: "can weaken the heart",
    Risk.lung_inflammation: "can inflame the lungs",
    Risk.severe_diarrhea: "can cause severe diarrhea",
    Risk.immune_effects: "can make the immune system attack healthy organs",
    Risk.guillain_barre: "can rarely cause Guillain-Barré syndrome, a nerve illness that can get worse quickly",
    Risk.colours_urine_red: "is red and can turn urine red or pink for a day or two",
}


# The symptoms that are signs of each risk (besides a rule's own `risk`), as the rules' reasons say: a swollen leg "can be
# a sign of a blood clot", sudden breathlessness or chest pain "a clot in the lung", a new bleed "low platelets"; and as
# the labels' warnings name them: a racing heart or a faint for a rhythm change, breathlessness for a weak heart or
# inflamed lungs, diarrhea, rash, yellow skin or breathlessness for immune attacks on the gut, skin, liver or lungs.
# A page lists these first among its call-now signs, so that list opens with what is most specific to it (the 911 list
# keeps the rules' order: chest pain first everywhere); levels never change.
RISK_SIGNS: dict[Risk, tuple[str, ...]] = {
    Risk.lowers_white_cells: ("fever",),
    Risk.clots: ("chest_pain", "shortness_of_breath", "leg_swelling"),
    Risk.bleeding: ("bleeding", "black_stools", "head_injury"),
    Risk.heart_rhythm: ("heartbeat", "fainting"),
    Risk.heart_failure: ("shortness_of_breath",),
    Risk.lung_inflammation: ("shortness_of_breath",),
    Risk.severe_diarrhea: ("diarrhea",),
    Risk.immune_effects: ("diarrhea", "rash", "jaundice", "shortness_of_breath"),
    Risk.guillain_barre: ("numbness",),
    Risk.colours_urine_red: (),  # the drug's own colour: it makes no sign more pressing
}


class DrugRisk(Strict):
    """A drug's risk, stated in plain words with the label section that gives it."""

    risk: Risk
    text: Text
    cite: Cites


NUMBER_SUFFIXES = ("_at_least", "_below")
DRIP_WORDS = re.compile(r"\b(drip|infusions?|IV)\b", re.IGNORECASE)
CTCAE_SOURCE = "ctcae-v5"


class Ask(Strict):
    """A follow-up question a symptom asks: yes/no, or a number (a temperature is a number with a unit)."""

    name: str = Field(pattern=r"^[a-z_]+$")
    question: Text
    kind: Literal["yes_no", "number", "temperature"] = "yes_no"
    yes_phrases: list[str] = Field([], description="Patterns that answer yes when a question says them (`ask`).")
    no_phrases: list[str] = Field([], description="Patterns that answer no when a question says them and no yes phrase "
                                  "does (\"I feel faint\" says no fainting happened; \"I fainted\" still wins).")
    if_unanswered: Literal["more_urgent", "no"] = Field(
        "more_urgent", description="What the question counts as when left unanswered: toward the more urgent level "
        "(the default), or `no`, for a sign that makes a symptom a 911 call only when it is there (a swollen calf with "
        "shortness of breath). The symptom said alone then gets the next rule, which must still be a call now and tell "
        "the reader to call 911 if the sign comes.")


class Rule(Strict):
    """When every condition holds (and the treatment has `risk`, if given), this is the level."""

    when: dict[str, float | bool] = Field({}, description="`name: true/false`, `name_at_least: n`, `name_below: n`.")
    risk: Risk | None = Field(None, description="Applies only to treatments with this risk.")
    known_risk_only: bool = Field(False, description="The rule's `risk` is rare: it applies only to a treatment known to "
                                  "have it, not to one left unnamed (new tingling is common on chemo; reading every "
                                  "unnamed treatment as one that can cause Guillain-Barré syndrome would make all of it a call now).")
    unless_risk: Risk | None = Field(None, description="Applies only to treatments without this risk (red urine is a "
                                     "drug's own color on doxorubicin, possible blood on anything else); an unnamed "
                                     "treatment counts as without it, the safer reading.")
    level: Level
    sign: str | None = Field(None, description="Short sign for the 'When to call' box (urgent rules only).")
    drip_only: bool = Field(False, description="The sign is about a drip (an IV line): the box of a treatment that "
                            "gives no drug into a vein leaves it out. The rule still decides answers and the tracker.")
    sign_without_drip: str | None = Field(
        None, description="The sign as the box of a treatment with no drip words it, for a `sign` that names an infusion "
        "though the rule's level holds for any treatment (an allergic reaction to a pill is still 911).")
    grade: str | None = Field(None, pattern=r"^[1-5](-[1-5])?$",
                              description="The NCI CTCAE v5.0 grade (or range) these answers mean, for the care-team report.")
    text: Text
    cite: Cites

    @model_validator(mode="after")
    def _grade_cited(self) -> Rule:
        # A grade is only as good as the CTCAE term it was read from: the rule must cite it.
        if self.grade and not any(c.source == CTCAE_SOURCE for c in self.cite):
            raise ValueError(f"a rule with grade {self.grade} must cite the CTCAE term it comes from ({CTCAE_SOURCE} § term)")
        return self

    @model_validator(mode="after")
    def _drip_decided(self) -> Rule:
        # A sign that names a drip must say what a page without one shows: nothing, or its own words (never the drip's).
        if (self.drip_only or self.sign_without_drip) and not self.sign:
            raise ValueError("drip_only and sign_without_drip are about the `sign`: give the rule one")
        if self.drip_only and self.sign_without_drip:
            raise ValueError("give drip_only or sign_without_drip, not both")
        if self.sign and DRIP_WORDS.search(self.sign) and not (self.drip_only or self.sign_without_drip):
            raise ValueError(f"the sign {self.sign!r} names a drip: say what a treatment with no drip shows "
                             "(`drip_only: true`, or `sign_without_drip`)")
        if self.sign_without_drip and DRIP_WORDS.search(self.sign_without_drip):
            raise ValueError(f"sign_without_drip {self.sign_without_drip!r} still names a drip")
        return self


class BoxTreatments(Strict):
    """The treatments whose pages show a symptom's signs in the 'When to call' box: those that carry its risk, read from
    what their drugs already declare (never a list of pages)."""

    risks: list[Risk] = Field([], description="A drug with one of these risks carries it (immunotherapy: immune_effects).")
    side_effects: list[str] = Field([], description="Patterns (lower case) of which one, found in a drug's side-effect "
                                    "term or plain name (`hyperglycemia`, `high blood sugar`), means the drug carries it.")

    @model_validator(mode="after")
    def _says_something(self) -> BoxTreatments:
        if not self.risks and not self.side_effects:
            raise ValueError("box_treatments names no risk and no side effect: no page would show the sign")
        for pattern in self.side_effects:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"side effect pattern {pattern!r} is not a valid pattern: {exc}") from None
        return self

    def carried_by(self, risks: frozenset[Risk], effects: tuple[str, ...] | None) -> bool:
        """Whether a treatment with these risks and side effects (None: not known, so it may) carries the symptom."""
        if effects is None or self.risks and not risks.isdisjoint(self.risks):
            return True
        return any(_pattern(p).search(e) for p in self.side_effects for e in effects)


class Symptom(Strict):
    name: Text = Field(description="Plain name, e.g. `Fever`.")
    phrases: list[str] = Field(min_length=1, description="Regular expressions that name this symptom in a question.")
    asks: list[Ask] = []
    rules: list[Rule] = Field(min_length=1, description="Most urgent first; the last has no condition.")
    # The rules file is shared by content folders that hold other cancers (the test fixtures), so `validate` checks
    # only the form of these names; a test checks them against the shipped cancer types.
    box_cancers: list[Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]] = Field(
        [], description="Cancer types (slugs) whose treatments' pages show this symptom's signs in the 'When to call' box, "
        "for a sign that needs something only some readers have (a stoma, common after bowel or bladder surgery); empty, "
        "every page. Answers and the tracker read the rules for everyone, on any treatment.")
    box_treatments: BoxTreatments | None = Field(
        None, description="For a sign that only some treatments cause (high blood sugar on steroids): the box shows it "
        "only on pages whose treatment carries it, or whose drugs are not known; none, every page. Answers and the "
        "tracker read the rules for everyone, on any treatment.")

    @model_validator(mode="after")
    def _well_formed(self) -> Symptom:
        asked = {a.name: a for a in self.asks}
        for i, rule in enumerate(self.rules):
            for key, want in rule.when.items():
                base = _base(key)
                if base not in asked:
                    raise ValueError(f"rules[{i}] reads {base!r}, which `asks` does not declare")
                numeric = asked[base].kind != "yes_no"
                if numeric != (key != base) or numeric == isinstance(want, bool):
                    raise ValueError(f"rules[{i}]: {key!r} does not fit the {asked[base].kind} question {base!r}")
            if i and rule.level.rank < self.rules[i - 1].level.rank:
                raise ValueError(f"rules[{i}] ({rule.level.value}) is more urgent than the rule before it: "
                                 "list rules most urgent first, so an unanswered question counts toward the more urgent level")
            if rule.level in URGENT and not rule.sign:
                raise ValueError(f"rules[{i}] is {rule.level.value}: give it a `sign` for the 'When to call' box")
            unsaid_no = [k for k in rule.when if asked[_base(k)].if_unanswered == "no"]
            if unsaid_no and rule.level not in URGENT:
                raise ValueError(f"rules[{i}] reads {unsaid_no[0]!r}, counted as no when unanswered: only an urgent rule may")
        if len(set(self.box_cancers)) < len(self.box_cancers):
            raise ValueError("box_cancers names a cancer type twice")
        last = self.rules[-1]
        if last.when or last.risk:
            raise ValueError("the last rule must have no condition, so every answer gets a level")
        for ask in self.asks:
            if ask.if_unanswered == "no" and ask.kind != "yes_no":
                raise ValueError(f"asks {ask.name!r}: only a yes/no question can count as no when unanswered")
        no_if_unsaid = {a.name for a in self.asks if a.if_unanswered == "no"}
        if no_if_unsaid:
            # Safety: a sign left unsaid may lower 911 to a call now, never below, and the reader must learn the 911 sign.
            alone, _ = _deciding_rule(self, _unsaid_no(self, {}), None)
            signs_911 = any(_base(k) in no_if_unsaid for r in self.rules if r.level == Level.emergency for k in r.when)
            if alone.level not in URGENT or (signs_911 and alone.level != Level.emergency and "911" not in alone.text):
                raise ValueError(f"said alone, this symptom gets a {alone.level.value} rule: a question counted as no "
                                 "when unanswered needs a call_now rule whose text says when to call 911")
        for phrase in [*self.phrases, *(p for a in self.asks for p in (*a.yes_phrases, *a.no_phrases))]:
            try:
                re.compile(phrase)
            except re.error as exc:
                raise ValueError(f"phrase {phrase!r} is not a valid pattern: {exc}") from None
        return self

    def ask(self, name: str) -> Ask | None:
        return next((a for a in self.asks if a.name == name), None)

    def named_in(self, lowered: str) -> bool:
        """Whether a lower-cased text names this symptom (by its `phrases`)."""
        return any(_pattern(p).search(lowered) for p in self.phrases)

    def spans(self, lowered: str) -> list[tuple[int, int]]:
        """Where a lower-cased text names this symptom."""
        return [m.span() for p in self.phrases for m in _pattern(p).finditer(lowered)]


@cache
def _pattern(phrase: str) -> re.Pattern[str]:
    """A symptom phrase compiled once: re's own cache (512 patterns) is shared with the patterns answers build per
    question, which pushed these out, so they were compiled again and again (#11)."""
    return re.compile(phrase)


class TriageRules(Strict):
    symptoms: dict[str, Symptom] = Field(min_length=1)

    @model_validator(mode="after")
    def _fever_rule(self) -> TriageRules:
        # Safety: a fever on a drug that lowers white cells is a call now, whatever else changes in this file.
        # Asked with the reading itself (38.0 °C), so other call-now rules for that risk (a low temperature) cannot stand in.
        fever = self.symptoms.get("fever")
        at_38 = fever is not None and _deciding_rule(
            fever, _unsaid_no(fever, {"temperature": 38.0}), frozenset({Risk.lowers_white_cells}))[0]
        if not at_38 or at_38.level not in URGENT or at_38.risk != Risk.lowers_white_cells:
            raise ValueError("symptoms.fever needs a call_now (or emergency) rule for risk lowers_white_cells "
                             "that holds at a temperature of 38.0")
        return self

    @model_validator(mode="after")
    def _risk_signs_everywhere(self) -> TriageRules:
        # Safety: a sign of a treatment's own risk shows wherever the risk is, whatever the cancer.
        own = {name for names in RISK_SIGNS.values() for name in names}
        for name, body in self.symptoms.items():
            if body.box_cancers and (name in own or any(r.risk for r in body.rules)):
                raise ValueError(f"symptoms.{name}: box_cancers would hide the sign of a treatment's own risk on the "
                                 "pages of other cancers: a risk's sign shows on every page with that risk")
        return self

    @model_validator(mode="after")
    def _box_treatments_hide_no_risk_or_911(self) -> TriageRules:
        # Safety: scoping a sign to some treatments must never hide a 911 sign, or the sign of a risk the rules name.
        for name, body in self.symptoms.items():
            scope = body.box_treatments
            if scope is None:
                continue
            if any(r.level == Level.emergency for r in body.rules):
                raise ValueError(f"symptoms.{name}: box_treatments would hide a 911 sign: those show on every page")
            named = {r for r, names in RISK_SIGNS.items() if name in names} | {r.risk for r in body.rules if r.risk}
            if missing := sorted(r.value for r in named - set(scope.risks)):
                raise ValueError(f"symptoms.{name}: box_treatments would hide the sign on pages with risk "
                                 f"{', '.join(missing)}: list it under box_treatments.risks")
        return self


class Result(BaseModel):
    symptom: str
    name: str
    level: Level
    headline: str
    reason: str
    cite: list[Citation]
    assumed: list[str] = Field([], description="Questions left unanswered, counted toward the more urgent level.")
    grade: str | None = Field(None, description="CTCAE grade the answers mean; none when a question was left unanswered.")


class TriageError(ValueError):
    """An answer that cannot be used (impossible temperature, not a number, unknown question)."""


def _base(key: str) -> str:
    return next((key.removesuffix(s) for s in NUMBER_SUFFIXES if key.endswith(s)), key)


def celsius(value: float, unit: str) -> float:
    """A body temperature in °C; refuse numbers that cannot be a body temperature in the unit given."""
    unit = (unit or "").strip().upper().lstrip("°")
    if not unit:  # people write 38.5 or 101.3 and mean the only scale where it is a body temperature
        unit = "C" if 30 <= value <= 45 else "F" if 86 <= value <= 113 else ""
    if unit == "C":
        if not 30 <= value <= 45:
            hint = " Did you mean °F?" if 86 <= value <= 113 else ""
            raise TriageError(f"{value:g} °C is not a possible body temperature.{hint}")
        return value
    if unit == "F":
        if not 86 <= value <= 113:
            hint = " Did you mean °C?" if 30 <= value <= 45 else ""
            raise TriageError(f"{value:g} °F is not a possible body temperature.{hint}")
        return round((value - 32) * 5 / 9, 1)
    if unit:
        raise TriageError(f"Give the temperature unit as C or F, not {unit!r}.")
    raise TriageError(f"{value:g} is not a possible body temperature in °C or °F.")


_YES = {"yes", "y", "true", "on", "1"}
_NO = {"no", "n", "false", "off", "0"}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def read_answers(symptom: Symptom, raw: dict[str, Any]) -> dict[str, bool | float]:
    """Typed answers from what a form, the CLI or a question gave (strings or values); empty means unanswered.

    A temperature is given as `temperature` (+ optional `unit`, C or F) and read in °C.
    """
    out: dict[str, bool | float] = {}
    unit = str(raw.get("unit") or "")
    for key, value in raw.items():
        if key == "unit" or value is None or (isinstance(value, str) and not value.strip()):
            continue
        ask = symptom.ask(key)
        if ask is None:
            names = ", ".join(a.name for a in symptom.asks) or "nothing more"
            raise TriageError(f"{symptom.name}: unknown answer {key!r}; this symptom asks about: {names}")
        if ask.kind == "yes_no":
            word = str(value).strip().lower() if not isinstance(value, bool) else ("yes" if value else "no")
            if word not in _YES | _NO:
                raise TriageError(f"{symptom.name}: answer {key} with yes or no, not {value!r}")
            out[key] = word in _YES
            continue
        text = str(value).strip()
        if isinstance(value, bool) or not _NUMBER.match(text):
            raise TriageError(f"{symptom.name}: {key} must be a number, like 38.4, not {value!r}")
        number = float(text)
        out[key] = celsius(number, unit) if ask.kind == "temperature" else number
        if ask.kind == "number" and not 0 <= number <= 1000:
            raise TriageError(f"{symptom.name}: {number:g} is not a possible value for {key}")
    return out


_TEMPERATURE = re.compile(r"(?<![\d.])(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?|deg)?\s*(c|f|celsius|fahrenheit)?\b")
# A count said in digits or words ("5 times", "three loose stools", "one loose stool", "8 runny poos", "twice today", not
# "twice as bad"); "once" is left out, as it often means "when" ("once I started chemo")
_COUNT = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
                    r"(?:or more\s+)?(?:times|stools?|bowel movements?|loose stools?|watery stools?|runny (?:stools?|poos?)|poos?|trips)\b"
                    r"|\b(twice)\b(?! as\b)")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twice": 2}


def stated_answers(symptom: Symptom, lowered: str, skip: list[tuple[int, int]] | None = None) -> dict[str, str]:
    """The answers a lower-cased text gives by itself (a temperature, a count, a yes or no phrase); the rest stay unanswered.

    A yes phrase inside a `skip` span is not read as an answer: in "shortness of breath or leg swelling" the breath
    words name a symptom of their own, not the swollen leg's "also short of breath?".
    """
    out: dict[str, str] = {}
    for ask in symptom.asks:
        if ask.kind == "temperature" and (m := _TEMPERATURE.search(lowered)):
            out[ask.name], out["unit"] = m[1].replace(",", "."), (m[2] or "")[:1]
        # a count is no share of the skin: "a rash twice this month" leaves "how much of your skin?" unanswered
        elif ask.kind == "number" and not ask.name.endswith("_percent") and (m := _COUNT.search(lowered)):
            said = m[1] or m[2]
            out[ask.name] = str(_WORDS.get(said, said))
    for ask in symptom.asks:  # "black stools and I feel lightheaded" answers "do you feel lightheaded?"
        if ask.kind != "yes_no":
            continue
        if any(not _inside(m.span(), skip or []) for p in ask.yes_phrases for m in re.finditer(p, lowered)):
            out[ask.name] = "yes"
        elif any(re.search(p, lowered) for p in ask.no_phrases):  # "I feel faint": no faint happened
            out[ask.name] = "no"
    return out


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _holds(rule: Rule, answers: dict[str, bool | float], risks: frozenset[Risk] | None,
           missing: set[str]) -> bool:
    """Does the rule hold? An unanswered question, or risks not known, count as holding (the safer reading)."""
    if rule.risk is not None and (risks is not None or rule.known_risk_only) and rule.risk not in (risks or ()):
        return False
    if rule.unless_risk is not None and risks is not None and rule.unless_risk in risks:
        return False
    for key, want in rule.when.items():
        base = _base(key)
        if base not in answers:
            missing.add(base)
            continue
        have = answers[base]
        if key.endswith("_at_least") and not have >= want:
            return False
        if key.endswith("_below") and not have < want:
            return False
        if base == key and have != want:
            return False
    return True


def triage(rules: TriageRules, symptom: str, raw: dict[str, Any], risks: frozenset[Risk] | None) -> Result:
    """The first rule that holds decides; rules are listed most urgent first.

    `risks` None means the treatment is not known: rules for any risk then apply (when unsure, the more urgent
    level wins). An unanswered follow-up question counts toward the more urgent level, and the result says so,
    unless the question counts as no when unanswered (`Ask.if_unanswered`).
    """
    body = rules.symptoms.get(symptom)
    if body is None:
        raise TriageError(f"unknown symptom {symptom!r}; known: {', '.join(sorted(rules.symptoms))}")
    rule, missing = _deciding_rule(body, _unsaid_no(body, read_answers(body, raw)), risks)
    assumed = [a.question for a in body.asks if a.name in missing]
    # An assumed answer raises the level (the safe side) but would make the grade a guess: none is given.
    return Result(symptom=symptom, name=body.name, level=rule.level, headline=HEADLINE[rule.level],
                  reason=rule.text, cite=list(rule.cite), assumed=assumed, grade=None if assumed else rule.grade)


def _unsaid_no(body: Symptom, answers: dict[str, bool | float]) -> dict[str, bool | float]:
    """The answers with each question that counts as no when unanswered filled in as no."""
    return {**{a.name: False for a in body.asks if a.if_unanswered == "no"}, **answers}


def _deciding_rule(body: Symptom, answers: dict[str, bool | float], risks: frozenset[Risk] | None) -> tuple[Rule, set[str]]:
    """The first rule that holds, with the questions it counted as met though unanswered.

    Where it holds only by such a question, a later rule of the same level that holds on the answers given decides
    instead: the level is the same either way, and its reason is what the person said ("my pain pills aren't
    working"), not the reason of a question they never answered.
    """
    first: tuple[Rule, set[str]] | None = None
    for rule in body.rules:
        missing: set[str] = set()
        if not _holds(rule, answers, risks, missing):
            continue
        first = first or (rule, missing)
        if rule.level != first[0].level:
            break
        if not missing:
            return rule, missing
    if first is None:
        raise AssertionError("the last rule has no condition")  # guaranteed by Symptom._well_formed
    return first


def least_level(rules: TriageRules, symptom: str, raw: dict[str, Any], risks: frozenset[Risk]) -> Level:
    """The least urgent level the rules can give for what a text says: a question it leaves unanswered counts as
    not met, and a risk rule applies only to a treatment with that risk. Saying less urgent than this under-urges."""
    body = rules.symptoms[symptom]
    try:
        answers = read_answers(body, raw)
    except TriageError:  # a number that cannot be judged says nothing
        answers = {}
    for rule in body.rules:
        missing: set[str] = set()
        if _holds(rule, answers, risks, missing) and not missing:
            return rule.level
    raise AssertionError("the last rule has no condition")  # guaranteed by Symptom._well_formed


def most_level(rules: TriageRules, symptom: str, raw: dict[str, Any], risks: frozenset[Risk]) -> Level:
    """The most urgent level the rules can give for what a text says: a question it leaves unanswered may still be
    met, but one it answers is not ("if you feel faint" says no faint happened). Saying more urgent than this
    over-urges."""
    body = rules.symptoms[symptom]
    try:
        answers = read_answers(body, raw)
    except TriageError:  # a number that cannot be judged says nothing
        answers = {}
    return next(rule.level for rule in body.rules if _holds(rule, answers, risks, set()))


class Sign(BaseModel):
    """One line of a page's 'When to call' box."""

    symptom: str
    level: Level
    sign: str
    cite: list[Citation]


def call_signs(rules: TriageRules, risks: frozenset[Risk], drip: bool = True,
               cancers: frozenset[str] | None = None, effects: tuple[str, ...] | None = None) -> list[Sign]:
    """The urgent signs for a treatment with these risks: emergency ones first, then call-now ones.

    A symptom shows its most urgent sign for each level only once, and a risk rule shows only when the
    treatment has that risk (so the fever line appears where a component lowers white cells). A treatment that
    gives no drug into a vein (`drip` False) shows no drip-only sign, and a drip sign in its words for any treatment.
    A symptom with `box_cancers` shows only for a treatment of one of them (`cancers`; None or empty, not known: it shows),
    one with `box_treatments` only for a treatment that carries it (`risks`, or `effects`, its drugs' side effects;
    None, not known: it shows).
    Among the call-now signs, those of the treatment's own risks come first (`RISK_SIGNS`, or a rule's `risk`), then
    those it is known to cause (`box_treatments`).
    """
    signs: list[Sign] = []
    for name, body in rules.symptoms.items():
        if body.box_cancers and cancers and not cancers & set(body.box_cancers):
            continue
        if body.box_treatments and not body.box_treatments.carried_by(risks, effects):
            continue
        # A rule for one of the treatment's own risks speaks first at its level: on chemo, diarrhea 4 times a day is a
        # call now, and the general "7 or more" sign would tell this reader to wait longer than the rules do.
        for rule in sorted(body.rules, key=lambda r: r.risk is None):
            if rule.level not in URGENT or not rule.sign or (rule.risk is not None and rule.risk not in risks) \
                    or (rule.unless_risk is not None and rule.unless_risk in risks):
                continue
            if rule.drip_only and not drip:
                continue
            if not any(s.symptom == name and s.level == rule.level for s in signs):
                sign = rule.sign if drip else rule.sign_without_drip or rule.sign
                signs.append(Sign(symptom=name, level=rule.level, sign=sign, cite=list(rule.cite)))
    # The treatment's own signs in the order RISK_SIGNS gives them (heavy bleeding before a knock to the head), then
    # those its drugs are known to cause (a high blood sugar on a steroid). The 911 list keeps the rules' order, so chest
    # pain, breathing and stroke stay first on every page: they are the signs no reader may miss, whatever the treatment.
    own = [name for risk in Risk if risk in risks for name in RISK_SIGNS[risk]]
    own += [name for name, body in rules.symptoms.items() if any(r.risk in risks for r in body.rules)]
    own += [name for name, body in rules.symptoms.items()
            if body.box_treatments and effects is not None and body.box_treatments.carried_by(risks, effects)]
    first: dict[str, int] = {}
    for name in own:
        first.setdefault(name, len(first))
    return sorted(signs, key=lambda s: (s.level.rank, len(first) if s.level == Level.emergency
                                        else first.get(s.symptom, len(first))))
