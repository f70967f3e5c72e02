"""Questions that describe a symptom happening now go to the shared symptom rules (content/triage.yaml).

The words that name a symptom are the rules' own `phrases`; this module only decides whether the question
describes something happening to someone now ("my stools are black") or asks about a side effect in general
("Can Xtandi cause seizures?"), and reads what the question already answers (a temperature, a count, "fainted").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import KnowledgeBase
from ..model.triage import (
    HEADLINE,
    NUMBER_SUFFIXES,
    URGENT,
    Level,
    Result,
    Risk,
    Symptom,
    TriageError,
    TriageRules,
    least_level,
    stated_answers,
    triage,
)

# Someone describing their own (or a relative's) body now: "I have", "my stools", "my dad is".
_PERSON = (r"\b(i|i'm|im|i've|ive|he|she|he's|she's|they|we)\b|\bmy\b|\bme\b|\b(his|her|our) (mom|mum|dad|mother|father|"
           r"husband|wife|son|daughter|partner|child|kid|grandma|grandpa|brother|sister|friend|baby)\b")
# "Is it normal to have a nosebleed for half an hour? It's still going": a question, but about something going on.
_STILL = r"\b(it'?s|it is|is|are|they'?re) still (going|going on|bleeding|happening|coming|pouring|running|dripping)\b"
# A unit asked about: "how do I convert 38 C", "what is 37.5 in fahrenheit".
_CONVERT = r"\bconvert\w*\b|\bconversion\b|\b(in|into|to) (fahrenheit|celsius|centigrade)\b"
# Words that put it now; "keeps bleeding" is happening, "how do I keep fluids down" is not. "Now I'm on chemo" says
# which treatment is going on, not that a symptom said with a date is happening ("a fever two years ago, now I'm on chemo").
# "Minutes ago" and "an hour ago" are now too: a sign that came and went within the hour still needs a call.
# "I just want a plan ready" softens a wish; it does not put anything now.
_NOW = re.compile(r"right now|\bnow\b(?! (that )?(i'?m|i am|he'?s|she'?s|they'?re|we'?re) on\b)|\btoday\b|\btonight\b|this (morning|afternoon|evening)"
                  r"|\bjust\b(?! (want|wanted|wanting|wondering|wondered|curious|asking|checking)\b)|since (yesterday|last night)"
                  r"|\b(a few |few |a couple of |\d+ |ten |five |twenty |thirty )?(minutes?|mins?) ago\b|\b(an|one|half an) hour ago\b"
                  r"|since this (morning|afternoon|evening)|\ball (day|night)\b"
                  r"|\bkeeps? ((on|almost|nearly|just) )?\w+ing\b|\bwon'?t stop\b|\bcurrently\b|" + _STILL +
                  # a cry for help ("help my mom is not breathing"), not what might help ("what can help lymphedema")
                  r"|(?<!can )(?<!could )(?<!would )(?<!might )(?<!may )(?<!to )(?<!will )\bhelp\b(?! (with|for|prevent|"
                  r"reduce|ease|relieve|treat)\b)")
# The past: long ago, or an earlier treatment or visit ("during his last infusion", "at my last blood draw"); "after his
# last round" says when something now began, so it is not here.
_PAST = (r"\b(last|a) (year|month|few years)\b|\byears? ago\b|\bhistory of\b|\bin the past\b|\bin (19|20)\d\d\b"
         r"|\b(was|were|happened) (in|during) (cycle|round|course) \d+\b"
         r"|\b(during|at) (my|his|her|their|the) (last|previous|prior|earlier) (infusion|cycle|"
         r"round|dose|treatment|chemo|blood draw|blood test|biopsy|surgery|operation|session|visit|appointment|scan)s?\b"
         # long-standing, not new: "the same as always", "for years"
         r"|\bsame as (always|usual|ever)\b|\bas always\b|\bfor (years|months)\b")
# A question about what could happen, or about the past, rather than about something happening now.
_NOT_NOW = re.compile(_PAST + "|" + _CONVERT +  # a unit asked about ("how do I convert 38 C into fahrenheit")
                      r"|\bif\b|\bin case\b|\bwhat happens when\b|\bshould (i|we) (call|phone|ring|contact|worry|watch)\b"
                      r"|\bwhen (should|do) (i|we) (call|go)\b|\bhappen(s|ing|ed)? again\b|\b(can|could|would|does|do|is|are) (\w+ ){0,3}?"
                      r"(be|mean) (a )?(sign|symptom)s?\b|\bhappen to (me|him|her|us|them)\b|\b(a|some|my) questions? (about|on|regarding)\b"
                      # what a doctor, nurse or page said, another person's story, a worry about what may come
                      r"|\b(doctor|nurse|oncologist|team|pharmacist|leaflet|label|website|article) (says|said|told|tells|mentioned|"
                      r"warned)\b|\bi (read|heard|saw) (that|online|on|in)\b|\b(a|my|our) (\w+'s )?(friend|neighbou?r|coworker|"
                      r"colleague|cousin)\b|\b(worried|scared|afraid|nervous|concerned) (about|of) (getting|having|catching)\b"
                      # getting ready before treatment starts, what to eat when it happens, what to ask about at a visit:
                      # planning, not something happening ("what can I drink my mouth is so sore" still is)
                      r"|\b(buy|get|bring|pack|need|prepare)\b[^.?!]{0,40}\bbefore (i|we|he|she|they|you) (start|begin)s?\b"
                      r"|\bwhat (should|can|do) (i|we|he|she|they) (eat|drink)\b[^.?!]*\b(when|if|with)\b"
                      r"|\bwhat (should|can|do) (i|we) ask\b[^?.!]*\babout\b|\bquestions? to ask\b"
                      r"|\bcan (it|this|they|\w+) (cause|give|lead|make)\b|\b(could|might|may) (it|this|\w+) (cause|give|make)\b"
                      r"|\bhow (common|often|likely|rare)\b"
                      # care asked about ahead: "how do I clean my stoma without making it bleed", "tips for mouth
                      # ulcers", "can I take paracetamol before checking my temperature"
                      r"|\bwithout (making|causing|letting|starting|bruising|bleeding)\b|\b(tips|advice|ideas|suggestions) (for|on|about)\b"
                      r"|\bbefore (checking|taking|measuring) (my |his |her |their |the |a )?(temp|temperature)\b"
                      # what to keep at home for checking ("what should I have in the house to check my temperature")
                      r"|\bto (check|take|measure|read) (my |his |her |their |your |the |a )?(temp|temperature)\b"
                      r"|\bwhat (is|are|does|causes)\b|\bis it (normal|common)\b|\bside effects?\b"
                      # what a word means ("what do they mean by maroon stools in my leaflet")
                      r"|\bwhat (do|does|did) (they|you|it|\w+) mean by\b|\bwhat is meant by\b"
                      # telling two things apart ("how can I tell a bad headache from a stroke") asks how, not for help
                      r"|\bhow (can|do|would|could|should) (i|we|you) tell\b[^?.!]*\b(from|apart)\b|\bdifference between\b"
                      r"|\bhow (do|can|should|could) (i|we|you) (take|check|measure|read)\b"
                      # self-care asked in general ("how can I stop vomiting after chemo"); "how do I stop the bleeding"
                      # names one happening, so a word pointing at it keeps the urgent reading
                      r"|\bhow (do|can|should|could) (i|we|you) (treat|prevent|manage|stop|ease|relieve|soothe|avoid|keep|"
                      r"cope with|deal with)\b(?! (the|this|that|these|my|his|her|it)\b)")
# "He's gone grey" says a change has come, not that something has gone.
_TURNED = r"(?! (?:(?:very|really|so|all|a bit|quite) )?(?:grey|gray|pale|white|blue|purple|yellow|red|cold|clammy|floppy|limp|quiet|" \
          r"stiff|mottled|blotchy|sweaty|drowsy|sleepy|confused|weak|dizzy))"
# A symptom said to have gone ("it's fine now", "went away"): its "now" says the symptom is over, not happening.
# "Is it normal?" asks; it does not say "it's normal" (hence the look-behinds).
_GONE = re.compile(r"\b(?:(?<!\bis )(?<!\bwas )(?<!\bare )(?:it|that|this|the \w+|pain|he|she|i|we|they)(?:'s| is| has| was|'m| am| are|'re)? ?"
                   r"(?:been |all |much |a lot |completely |totally )?(?:fine|better|gone" + _TURNED + r"|okay|ok|normal|good|resolved|"
                   r"settled(?: down)?|cleared(?: up)?|over|stopped)|(?:went|gone|go|goes) away|"
                   # a bruise healing: it fades and turns yellow or green ("a bruise from a fall last month, going yellow now")
                   r"bruis\w*\b[^.?!]{0,60}?\b(?:fading|healing|(?:going|turning|turned|gone) (?:yellow|green)(?:ish|y)?)|(?:doesn'?t|does not|don'?t|do not) "
                   r"(?:hurt|bother \w+) any ?more|no longer (?:hurts?|there|a problem|bothers? \w+)|cleared up|back to normal|(?:is|are|has|have|'s) (?:been |all |"
                   r"completely |totally )?(?:gone" + _TURNED + r"|resolved)|no (?:problems?|issues?|symptoms?|trouble)(?: at all)? since|now (?:it'?s|its|it is|i'?m at|at|down to) (?:a |only |just )?[0-6]\b)"
                   r"(?: now| today| again)?\b")
# Days or more ago. A sign that came and went within the day still counts: a heart attack or a mini-stroke can pass
# in minutes and still needs 911 (Stroke Association, "What if symptoms pass?"), so "an hour ago" is not here.
_DAYS_AGO = re.compile(r"\blast (week|weekend|month|year|cycle|round|time)\b|\b(over|at) the weekend\b"
                       r"|\b(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(\d+|a|one|two|three|four|five|six|seven|"
                       r"several|few|couple( of)?) (days?|weeks?|months?|years?) (ago|back)\b|\bbefore my last (cycle|round|"
                       r"treatment|infusion|dose)\b|\bbefore ((my|his|her|the) )?(surgery|operation|treatment|chemo)\b")
_LASTED = re.compile(r"\ball (day|night)( long)?\b")
# A calm question about a pattern ("why is my breathing worse at night", "how come my legs swell in the evening"):
# it names no sudden or severe sign, so an urgent level that rests on the questions it leaves unanswered is not its
# answer (NHS "Shortness of breath": breathing worse when lying down is a GP visit, not 999).
_PATTERN = re.compile(r"(^\s*(why|how come|what makes|is it normal|is (it|that|this) (normal|common|expected|ok|okay))\b"
                      r"|\b(i|he|she|they|we|my \w+|his \w+|her \w+)( always| usually| often| sometimes)? gets?\b)"
                      r"(?=.*\b(at night|in the (morning|evening|night|afternoon)s?|every (night|morning|evening|day|time|"
                      r"afternoon)|each (night|morning|day)|at bedtime|when(ever)? (i|he|she|we|they|you)('m|'re|'s| am| are| is)? \w+|after (meals|eating|"
                      r"i eat|walking|exercise|chemo|treatment)|(climbing|walking up|going up|on the) (the )?(stairs|steps|"
                      r"hills?)|since (chemo|treatment|starting|i started)|lately|"
                      r"these days|more and more|sometimes|always|usually|often|most (days|nights|mornings|evenings))\b)")

# Taking a medicine, not trouble swallowing: "I can't swallow my Tagrisso pills", "hard to swallow the capsules".
_TAKING_PILLS = re.compile(r"\bswallow(ing)?\s+(the |my |his |her |these |those |your |a |an )?([\w'-]+ )?"
                           r"(pills?|tablets?|capsules?|medicines?|meds)\b")
# A symptom named as what a medicine is for, not as happening: "do I need anything for nausea before?", "medicine
# to prevent diarrhea", "anti-nausea pills", "can I take Tylenol for a fever?". "For" with a time ("not able to drink
# anything for a whole day") says how long, not what for.
_DURATION = r"(a |an |the |about |over |almost |nearly |more than |\d+ |one |two |three |several |few |couple of |whole |full )*" \
            r"(days?|hours?|hrs?|nights?|weeks?|while|minutes?|mins?)\b"
_REMEDY = re.compile(r"(\b(anything|something|medicines?|meds|medications?|pills?|drugs?|tablets?)|\b(take|use|try) [\w'-]+)"
                     rf"\s+(for(?!\s+{_DURATION})|against|to (prevent|stop|treat|help with))\s+(the |my |his |her |any |a |an )?"
                     r"[\w'-]+|\banti-?[a-z]+")


# Chemotherapy named as a treatment: it lowers white cells (Cancer Research UK, "Symptoms of infections"), whatever
# other medicine is named with it (a growth factor shot, steroids, anti-sickness pills).
_CHEMO = re.compile(r"\bchemo(therapy)?\b")
# A reading supposed, not taken: "should I call if my temperature is 38".
_SUPPOSED = re.compile(r"\b(if|in case|when|whenever|unless|until|once)\b[^.?!,;]{0,25}$")
# A word run into a number, as typed in a hurry on a phone ("temp38.9", "fever101"): the rules' phrases need a space.
_GLUED = re.compile(r"(?<=[a-z])(?=\d)")
# A temperature read off: "a temp of 38", "temperature was 101.2", "thermometer says 37.8"; not "what temperature
# should I call at, 37.5 or 38?".
_READING = re.compile(r"\b(temp\w*|thermometer)\b (is |was |of |reads? |said |says |showed |shows |at |hit |reached |went (up )?to )?"
                      r"(about |around |nearly |almost |over |just over |a )?(3[5-9]|4[0-2]|9[5-9]|10[0-7])\b")


@dataclass(frozen=True)
class Found:
    """What the question says: the symptom, its answers read from the text, and the rules' result."""

    key: str
    result: Result


_QUESTION = re.compile(r"^\s*(can|could|does|do|will|would|is|are|what|how|why|which|when|who|should)\b")


# When a treatment began ("I started nivolumab a month ago"), not when a symptom happened.
_BEGUN = re.compile(r"\b(started|began|begun|starting|been on)\b[^.?!,]{0,30}?\b(a|last) (year|month|few years)\b( ago)?")


def describes_now(lowered: str) -> bool:
    """Someone is describing what is happening to them (or a person they care for), not asking in general."""
    lowered = _BEGUN.sub(" ", lowered)
    if _QUESTION.match(lowered) and not re.search(_PERSON, lowered) and not re.search(_STILL, lowered):
        return False  # "Can Xtandi cause seizures?"
    return bool(_NOW.search(_GONE.sub(" ", lowered))) or not _NOT_NOW.search(lowered)


# Someone said to have the symptom, at the start of a clause, just before its words: "I have chest pain, should I
# call 911?", "my leg is swollen and red, should I worry?". The question that follows does not make it general;
# "if I have chest pain, should I call?" does not say it (a clause that starts with "if"). A clause that opens with the
# symptom itself is the way a frightened person writes ("temperature 38.9 on FOLFOX, should I go to the ER?"), and the
# subject may be a bare "mom" or "dad" ("mom has a temperature of 101.5, should we go in").
_STATED = re.compile(r"(?:^|[,.;:!?]\s*|\b(?:and|but|so|now|also|plus)\s+)(?:(?:i|he|she|they|we|mom|mum|dad|mother|father|"
                     r"husband|wife|grandma|grandpa|(?:my|his|her|our|their)"
                     # someone else's acquaintance ("my mom's neighbor fainted during chemo") is a story, not a person here
                     r"(?! [\w]+'s (?:friend|neighbou?r|coworker|colleague|cousin)s?\b)"
                     r"(?: (?!had\b|was\b|were\b|got\b|says?\b|said\b|told\b|tells\b|read\b|heard\b|doctor|nurse|oncologist|team\b|"
                     r"pharmacist)[\w']+){0,3})(?:'ve| have| has| am|'m| is|'s| are|'re)?(?: got| been| having|"
                     r" getting| feeling| feel| feels| started| keeps?| just)?(?: (?:a|an|some|this|really|very|so|such|bad|"
                     r"terrible|severe|sudden|new|high|horrible|awful))*|(?<=^)|(?<=[,.;:!?]))\s*$")


def _stated(body: Symptom, lowered: str) -> bool:
    """Whether the text says someone has this symptom (see `_STATED`)."""
    return any(_STATED.search(lowered[:start]) for start, _ in body.spans(lowered))


def _measured(body: Symptom, lowered: str) -> bool:
    """Whether the text gives someone's own temperature reading ("is it normal to have a temp of 38 two days after my
    Neulasta shot?"): a number read off a thermometer is happening to someone, however the question is put."""
    reading = _READING.search(lowered)
    return reading is not None and any(a.kind == "temperature" for a in body.asks) and \
        bool(re.search(_PERSON, lowered)) and not _SUPPOSED.search(lowered[:reading.start()])


def _gone_days_ago(lowered: str) -> bool:
    """The text says a symptom has gone and was days or more ago, and says nothing else is happening now."""
    # "all night" says how long it lasted back then, not that it is happening now
    return bool(_GONE.search(lowered) and _DAYS_AGO.search(lowered)) and \
        not _NOW.search(_LASTED.sub(" ", _GONE.sub(" ", lowered)))


def find(kb: KnowledgeBase, text: str, drugs: list[str]) -> Found | None:
    """The most urgent symptom a question describes as happening now, judged by the shared rules.

    A symptom named only as what a medicine is for ("anything for nausea before?") asks about that medicine. The
    rules still answer it where the symptom is urgent as named (chest pain), where the treatment has a risk that
    makes it urgent (fever on a drug that lowers white cells), and where what it does not say could make it a 911
    call (shortness of breath at rest). A treatment and a symptom named alone ("Xeloda and diarrhea") may be
    happening now, so they keep the safer reading."""
    if kb.triage is None:
        return None
    lowered = _GLUED.sub(" ", _TAKING_PILLS.sub(" ", text.lower()))
    now = describes_now(lowered)
    if not now and re.search(_PAST, _BEGUN.sub(" ", lowered)):
        return None
    if not now and re.search(_CONVERT, lowered) and not _READING.search(lowered):
        return None  # "what is 37.5 in fahrenheit, my thermometer only does F": a unit, not a reading
    risks = kb.risks(drugs) if drugs else None  # no treatment named: the riskier reading
    if risks is not None and _CHEMO.search(lowered):  # "Neulasta shot ... chemo was tuesday": chemo is named too
        risks = risks | {Risk.lowers_white_cells}
    unremedied = _REMEDY.sub(" ", lowered)
    past, pattern = _gone_days_ago(lowered), bool(_PATTERN.search(lowered) and not _NOW.search(lowered))
    best: Found | None = None
    for key, body in kb.triage.symptoms.items():
        if not body.named_in(lowered) or not (now or _stated(body, lowered) or _measured(body, lowered)):
            continue  # asked in general ("should I call for a fever?"), unless said of someone ("I have a fever, ...")
        if past and least_level(kb.triage, key, {}, frozenset()) != Level.emergency:
            continue  # "my pain was 8/10 last week, it's fine now"; a stroke sign that passed still needs 911
        result = _judge(kb.triage, key, body, lowered, risks)
        if pattern and (result.assumed or risks is None) and not _urgent_as_said(kb.triage, key, body, lowered, risks):
            # "why is my breathing worse at night": its 911 would come only from "sudden?" left unanswered; "why do I
            # feel faint when I stand up": its call now only from a heart-rhythm drug nobody named
            continue
        if not _urgent_as_asked(body, result, risks, lowered) and not body.named_in(unremedied):
            continue  # "anything for nausea before?": urgent only if the fluids could not be kept down, unsaid
        if best is None or result.level.rank < best.result.level.rank:
            best = Found(key=key, result=result)
    return best


def _urgent_as_asked(body: Symptom, result: Result, risks: frozenset[Risk] | None, lowered: str) -> bool:
    """Whether a symptom asked about (not described) still calls for the rules' answer: see `find`. A rule for the
    treatment's risk counts when the symptom's name says all it asks ("a fever" says the temperature is high), not
    when it waits on a count nobody gave ("loperamide for diarrhea on Opdivo": how many stools?)."""
    said = stated_answers(body, lowered)
    return not result.assumed or result.level == Level.emergency or any(
        r.risk in (risks or ()) and all(_asked(k) in said or _kind(body, k) == "temperature" for k in r.when)
        for r in body.rules if r.level in URGENT)


def _asked(key: str) -> str:
    """The question a rule's condition reads (`extra_stools_at_least` reads `extra_stools`)."""
    return next((key.removesuffix(s) for s in NUMBER_SUFFIXES if key.endswith(s)), key)


def _kind(body: Symptom, key: str) -> str | None:
    ask = body.ask(_asked(key))
    return ask.kind if ask else None


def _urgent_as_said(rules: TriageRules, key: str, body: Symptom, lowered: str, risks: frozenset[Risk] | None) -> bool:
    """Whether what the text says, with nothing assumed, is already urgent ("why do my gums bleed every morning")."""
    return least_level(rules, key, stated_answers(body, lowered), risks or frozenset()) in URGENT


def _judge(rules: TriageRules, key: str, body: Symptom, lowered: str, risks: frozenset[Risk] | None) -> Result:
    try:
        return triage(rules, key, stated_answers(body, lowered), risks)
    except TriageError:  # "a temperature of 60": what the question says cannot be judged; ask the team
        return triage(rules, key, {}, risks)


def notice_text(result: Result) -> str:
    """Who to call first, then why (the rule's own words), then what was assumed."""
    assumed = " We did not know everything, so we chose the safer answer." if result.assumed else ""
    return f"{HEADLINE[result.level]} {result.reason}{assumed}"


def is_urgent(level: Level) -> bool:
    return level in URGENT
