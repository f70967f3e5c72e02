"""The one registry of what a question can be about: how to spot each intent and which page fields answer it.

Every other part of answer/ reads this table: understand.py finds intents with `pattern`, evidence.py gathers
`drug` / `regimen` / `cancer` fields, compose.py names sections with `heading` and picks a first line with
`reply`. Adding an intent is one entry here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import DISEASE_SECTIONS
from ..search.synonyms import synonyms
from ..search.text import compiled

# Drinks named by kind ("a glass of wine", "a beer") ask about alcohol: the words synonyms.yaml reads as alcohol.
ALCOHOL = "|".join(rf"\b{re.escape(p)}\b" for p, meant in synonyms().items() if "alcohol" in meant)


@dataclass(frozen=True)
class Intent:
    """One thing a person can want to know, in the order sections are shown."""

    name: str
    pattern: str                    # words that signal it (lower-cased question)
    heading: str                    # sub-heading of its section
    drug: tuple[str, ...] = ()      # drug page fields that answer it, in order
    regimen: tuple[str, ...] = ()   # regimen page fields that answer it
    cancer: tuple[str, ...] = ()    # cancer page fields that answer it
    named_regimen: tuple[str, ...] = ()  # regimen fields shown only when the regimen or its cancer is named
    regimen_only: tuple[str, ...] = ()   # ... and only when the regimen itself is named ("what is DRd?")
    reply: str = ""                 # words a good first line holds (a regex); empty: no direct reply by words
    enough: str = ""                # words a drug page statement must hold to answer alone; empty: as `reply`
    first: str = ""                 # drug field whose first statement replies when this is the only intent
    first_names_drug: bool = False  # ... only if that statement names the drug ("It may harm a baby" would not)
    of_cancer: bool = False         # asked only of a cancer named alone: "signs" of a drug are its side effects
    # drug page fields read, when the question says `said`, only for their lines saying `said_line` ("can I crush
    # it?" of a drug whose "swallow the tablets whole, do not crush them" is in how to take it, not in a handling
    # field of its own)
    drug_said: tuple[str, ...] = ()
    said: str = ""
    said_line: str = ""
    # more (said, said_line) pairs, tried before `said`: a question saying one reads only the lines saying the other
    also_said: tuple[tuple[str, str], ...] = ()


# The body or its defenses made to act by a treatment: "get his immune system to attack", "make the T cells find".
_BODY_MADE = r"(his |her |my |your |their |the |our )?(own )?(body|immune system|immune cells|t[ -]?cells?|white cells)\b"

# "What does CBC mean?", "what is that?": a definition is wanted whatever else the question says.
EXPLICIT_DEFINITION = (r"what (does|do) .* (mean|stand for|show|measure)\b|"
                       r"what (kind|type|sort) of (cancer|lymphoma|leukemia|disease|illness|condition|tumou?r)\b|"
                       r"\bmeaning of\b|what is (that|this)\b|\bwhat'?s that\b|"
                       r"\bdefin(e|ition)\b|\bwhat are (they|these)\b|\bexplain\b|\btell me (about|what)\b|"
                       r"what is meant by|what do you mean by|"
                       # "they call it the red devil, what drug is that?": which medicine a name is
                       r"\bwhat (drug|medicine|medication|med|chemo) (is|was) (that|this|it)\b|"
                      # "... starts 7+3 for AML, what is it?": the question ends asking what the named thing is, or
                      # asks it before asking more ("what is it and how does he take it?", "what is it? is it chemo?")
                      r"\bwhat('?s| is| are) (it|they|that|this|these)(\W*$|\s*[?,;]|\s+and\b)")

# A pill's or a shot's strength is its dose: "what strength is the Ibrance", "the strength of each tablet" (not
# "will I get my strength back").
STRENGTH = (r"\b(what|which)('?s| is| are)?( the)?( usual| normal| right| starting| lowest| highest| [\w-]+)? strengths?\b|"
            r"\bstrengths? (of|is|are|do|does|for) (the|my|his|her|this|each|it|a|an|one)\b")
# Words that ask for an amount ("what dose", "how much", "mg"), not only for how often or when.
# ("how much longer do people live?", "how much time does it buy?" ask how well it works, not an amount)
# ("how much does it cost?" asks a price, not a dose)
HOW_MUCH = r"how much\b(?! (longer|more time|extra time|time|later|sooner|earlier)\b)(?![^?.]*\b(cost|costs|pay|charge)\b)"
# How much a treatment helped, asked as an amount: "how much better did people do", "how much did that chemo help",
# "how much does the Keytruda add", "how much longer does the combo hold it off", "how many more women had no cancer
# left": a trial's result, not a dose ("how much water should I add?" and "how much longer do I take it?" are not)
# A measure or a comparison that, with a trial named, asks its result ("how many cycles" asks a count, not a result).
_MEASURED = (r"(\bhow (long|many)\b(?! (\w+ )?(cycles|doses|rounds|courses|infusions|shots|pills|treatments|times)\b)|"
             r"\bby how much\b|\bhow much (longer|better|more|less|lower)\b|\bcompared\b|\bversus\b|\bvs\b|"
             r"\bbetter\b|\bbeat\b|\bworse\b|\bmake (a |any )?(real |big )?difference\b)")
BENEFIT_ASKED = (r"\bhow much better\b[^?.]{0,40}\b(do|did|does|done|fare|fared|live|lived|survive|survived)\b|"
                 # "how much better is VRd than Rd?", "does chemo really help at his age?", "did women actually live
                 # longer?", "what did the ATAC results show?", "which one did better?" (in the trial; not "which is
                 # better?", a comparison), "how much extra survival?"
                 # (not "does Zofran really help with the nausea?", which asks a use, nor "how does chemo actually
                 # work?", which asks how)
                 r"\bhow much better (is|are|was|were)\b|(?<!how )\b(does|did|do|will|would|can|could) +([\w'-]+ +){0,8}"
                 r"(really|actually) (help|helps|helped|work|works|worked)\b(?! (with|for|against)\b)|"
                 r"\b(live|lived|living) longer\b|"
                 r"\bwhat did (the )?([\w-]+ +){0,4}(trials?|stud(y|ies)|results?) (show|find|say)\b|"
                 r"\b(which|who)( one)? did better\b|\bhow much (extra|more) (survival|life)\b|"
                 # "did women live longer? how much": the amount of that gain, not of a medicine
                 r"(?:(?<=longer)|(?<=better)|(?<=help)|(?<=helps)|(?<=helped))\W+how much\W*$|"
                 r"\bhow much (did|does|do|will|would|can|could|has|had) +([\w'-]+ +){0,8}(help|helped|helps|delay|delays|"
                 r"delayed|improve|improves|improved|extend|extends|extended|add|adds|added|lengthen|slow|slows|slowed|"
                 r"cut|cuts|lower|lowers|lowered|reduce|reduces|reduced)\b"
                 r"(?![^?.]*\b(cost|costs|pay|charge|water|liquid|juice)\b)|"
                 r"\bhow much (longer|more time|extra time)\b[^?.]{0,40}\b((hold|holds|held|keep|keeps|kept) +([\w-]+ +){0,2}"
                 r"(off|at bay|in check|back|away|under control|from)|delay\w*|control\w*)\b|"
                 r"\bhow many more (people|patients|women|men|children|kids|of them)\b|"
                 # "how long did people go before the myeloma got worse?": the time free of growth in the trial
                 r"\bhow long\b[^?.]{0,40}\bbefore (the |my |his |her |their )?(cancer|myeloma|lymphoma|leukemia|tumou?rs?|"
                 r"disease|it) +(got|gets|get|grew|grows|came back|comes back|returned|spread|worsened|progress(ed|es)?)\b|"
                 # "what was it compared to in the big trial?", "what was it tested against?", "a head to head study?":
                 # what the trial set it beside, and how it did
                 r"\b(compared|tested|measured|pitted) +(to|with|against)\b[^?.]{0,30}\b(trials?|stud(y|ies))\b|"
                 r"\b(tested|pitted) against\b|\bhead[ -]to[ -]head\b|"
                 r"\bwhat (was|were) ([\w-]+ +){1,4}(compared|tested) +(to|with|against)\b|"
                 # "they added Rydapt to his 7+3, does that make a difference?": whether the drug added helps
                 r"\badd(s|ed|ing)?\b[^?]{0,60}\bmakes? (a|any) (real |big )?difference\b|"
                 # "is TC actually as good?", "does the docetaxel help men with only a little spread?"
                 r"\bas (good|effective)\W*$|\bhelps? (men|women|people|patients|kids|children)\b|"
                 # a trial's measures in lay words: "how long did people stay progression free?", "how long did the
                 # myeloma stay controlled?", "how much did it cut the risk of death?"
                 r"\b(progression|event|disease|relapse|recurrence|metastasis)[ -]free\b|"
                 # how long a response lasted: "for the people it did work for, how long did it keep working?", "how
                 # long did the response last?" (not how long treatment goes on: "how long do people stay on Keytruda
                 # if it keeps working?")
                 r"\bhow long (did|has|had)\b[^?.]{0,30}\b(keep|kept|stay|stayed) working\b|"
                 r"\bhow long (did|does|do|will) (the |a |their )?(response|remission)s? last\b|"
                 r"\b(people|patients|ones|those) (it|that|this) (did |has |had )?work(s|ed)? for\b|"
                 r"\b(stay|stayed|stays|remain|remained|kept) (under )?(controlled|control|in check|in remission)\b|"
                 r"\b(cut|cuts|lower|lowers|lowered|reduce|reduces|reduced) (the )?(risk|chance|odds) of (death|dying|"
                 r"relapse|recurrence|progression)\b|"
                 # a trial named with a measure or a comparison: "how long did people live in the trial", "by how
                 # much in the study?", "did it beat 5-FU in the trial?" (not "how many cycles in the trial?")
                 r"\b(trials?|stud(y|ies))\b[^?]{0,80}" + _MEASURED + "|" + _MEASURED + r"[^?]{0,80}\b(trials?|stud(y|ies))\b|"
                 # what a trial measures, said in everyday words: "how long did it hold the cancer off", "how much
                 # longer does it keep breast cancer from growing", "how many people's tumors shrink", "how many
                 # women were still free of progression", "how much does it lower the chance of it coming back"
                 r"\bhow (much|long)\b[^?.]{0,60}\b(keep|keeps|kept|hold|holds|held)\b[^?.]{0,40}\b(from (growing|getting "
                 r"worse|worsening|spreading|coming back|progressing|returning)|at bay|in check|under control)\b|"
                 r"\bhow (much|long)\b[^?.]{0,60}\b(hold|holds|held) (the |his |her |my |their )?(cancer|it|myeloma|"
                 r"lymphoma|leukemia|tumou?rs?|disease) off\b|"
                 r"\bhow many (people|patients|women|men|of them)('s)?\b[^?.]{0,30}\b(shrink|shrank|shrunk|respond\w*|"
                 r"(got|get|went|go) into remission|(are|were|was|stayed|stay) (still )?(alive|free|in remission)|still "
                 r"(alive|free))\b|"
                 r"\bhow much\b[^?.]{0,40}\b(lower|lowers|lowered|cut|cuts|reduce|reduces|reduced)\b[^?.]{0,30}\b(chance|risk|"
                 r"odds)\b[^?.]{0,30}\b(coming back|comes? back|return\w*|relapse|recurr\w*|dying|death)\b")
AMOUNT_ASKED = re.compile(r"\bdos(e|es|ed|ing|age)\b|\bmg\b|" + HOW_MUCH + "|" + STRENGTH)
# When in the day a medicine is taken, asked ("what time of day", "the best time to take it", "morning or night?"),
# and said by a line of how to take it ("in the morning", "with breakfast", "not at bedtime").
TIME_OF_DAY_ASKED = (r"\bwhat time\b|\btime of (the )?day\b|\b(best|right|a good) time to\b|\b(morning|night|evening|bedtime)s? or\b|"
                     r"\bor (at |in the )?(night|bedtime|evening|morning)\b")
TIME_OF_DAY = r"\b(morning|evening|night|bedtime|breakfast|early in the day)\b"
# What follows an amount that makes it a drip's rate ("50 mg per hour", "25 mg/hr"), not a dose.
NOT_A_RATE = r"(?!\s?(/|per |an |a )\s?(hours?|hr|minutes?|min)\b)"
# Words that ask on which days, not how much: "which days", "how many weeks on and off".
DAYS_ASKED = re.compile(r"\b(what|which) days?\b|\bdays? (on|off)\b|\bweeks? (on|off)\b|on and off|\boff weeks?\b")
DAYS = re.compile(r"\bdays? \d|\bfor \d+ (days|weeks)\b|\bweeks? off\b|\bdays off\b|\bthen (stop|rest)", re.I)
# Asking how often a medicine is given, and a line saying it ("every 3 weeks", "twice a day", "on days 1 and 8",
# "the 22.5 mg shot lasts 12 weeks").
FREQUENCY_ASKED = re.compile(r"\bhow often\b|\bhow many times (a|per|each)\b")
FREQUENCY = re.compile(r"\b(every|once|twice|three times|daily|weekly|monthly|each (day|week|month|cycle))\b|"
                       r"\b(a|per) (day|week|month)\b|\bdays? \d|\blasts? \d+ (days?|weeks?|months?)\b", re.I)

# How long one infusion takes, not how long treatment lasts: "how long is the infusion", "how long does the
# panitumumab drip take" (a drug's name may stand before the word).
# (spaces may repeat where a plan's name was blanked out: "the first TCHP infusion")
INFUSION_TIME = (r"how long (is|does|will|do|should|are) +(the +|an +|each +|my +|his +|her +|it +|a +)?([\w-]+ +){0,3}"
                 r"(infusions?|drips?|iv)\b|"
                 # "how long does carboplatin take to go in", "how long will the Rituxan take to run"
                 r"how long (is|does|will|do|did|would) +([\w-]+ +){0,3}(takes?|taking) +to +(go|run|drip|infuse|get|be) +"
                 r"(in|through|given|infused)\b|how long (does|do|will|did|would) +([\w-]+ +){0,3}(takes?|taking) +to +"
                 r"(run|drip|infuse|give|inject)\b|"
                 # "how long is he hooked up to the drip each time?", "how long will she be sitting in the chair?"
                 r"how long (is|are|will|would|does|do) +(he|she|i|they|you|we|mom|dad) +(be +)?(hooked up|"
                 r"connected|attached|sitting|in the chair)\b|"
                 # "how long does the 5-fu part run", "how long does the ifosfamide bag drip": one drug's drip in a plan
                 r"how long (does|do|will|did|would) +(the +|each +)?([\w-]+ +){0,3}(part|bag|pump) +(run|drip)s?\b|"
                 # "why did my first Avastin infusion take so much longer than the later ones?"
                 r"\b(infusions?|drips?)( +[\w-]+){0,2} +(takes?|took|taking|lasts?|lasted|is|was|were|are) +"
                 r"((so|much|a lot|way|a bit) +)*(longer|shorter|faster|slower|less time|more time)\b|"
                 # "my first Kadcyla took forever, will the next ones be shorter?": the drip said as "the first one"
                 r"\b(first|1st) +([\w'-]+ +){0,2}(took|lasted) +(forever|so long|all day|ages|hours)\b|"
                 r"\b(next|later|other) +(ones?|drips?|infusions?|doses?) +(be|go|take) +(any +)?"
                 r"(shorter|faster|quicker|less time)\b|"
                 # "how long will she be sitting there for each infusion?": the time one visit's drip takes
                 r"\bhow long\b[^?.]{0,40}\b(for|during|at) +(each|every|one|a single) +(infusions?|drips?)\b|"
                 r"\bhow long\b[^?.]{0,30}\b(sit|sitting|stay|staying) +(there|in the chair|at the infusion cent(er|re))\b")
# ... which a line answers only with the minutes or hours it takes ("given by vein" does not)
TAKES_TIME = re.compile(r"\b(minutes?|hours?|mins?)\b", re.I)
# A kidney or liver problem the person has ("I have kidney disease", "on dialysis", "cirrhosis", "Polivy and liver
# disease"): it asks how the medicine is dosed for them, not whether the medicine causes the problem.
ORGAN_CONDITION = (r"\b(i|he|she|they|we|you|my \w+|mom|dad)( already| also)? (have|has|had|am on|is on|are on)"
                   r"( got)?( a| an| some| severe| mild| moderate| bad| chronic| stage \d)? (kidney|renal|liver|hepatic) "
                   r"(disease|problems?|failure|impairment|issues)\b|\b(on|need|needs|get|gets|getting) dialysis\b|"
                   r"\bcirrhosis\b|\b(with|and|for) (kidney|renal|liver|hepatic) (disease|problems?|failure|impairment)\b|"
                   # "my kidney numbers aren't great" (read as "kidney function", the pages' words), "poor liver function"
                   r"\b(my|his|her|their|our|[a-z]+'s) (kidney|renal|liver|hepatic) function (is|are|isn'?t|aren'?t|was|were|has been|"
                   r"have been)( not| never)? (great|good|normal|bad|poor|low|high|off|abnormal|elevated|weak|reduced|down|up|"
                   r"so good|the best)\b|\b(bad|poor|weak|low|reduced|abnormal|lowered) (kidney|renal|liver|hepatic) function\b")
# The organs whose problems a question names ("kidney disease", "kidney function", "on dialysis", "cirrhosis",
# "Child-Pugh", a high liver or kidney test: "her bilirubin came back at 2.0"): the loose reading, which picks a drug
# page's line for people with those problems. ORGAN_CONDITION above is the strict one (the person says they have it),
# which decides that the dose is asked. One place for both:
_HIGH_RESULT = r" (is |was |came back |comes back |went |level |levels )?(at |of |to )?(high|up|raised|elevated|\d)"
ORGAN_PROBLEM = {
    "kidney": re.compile(r"\b(kidney|renal)s? (problems?|disease|function|impairment|issues?|trouble)\b|"
                         r"\b(weak|bad|poor) kidneys\b|\bdialysis\b|\bcreatinine clearance\b|\bcrcl\b|"
                         rf"\bcreatinine{_HIGH_RESULT}|\b(high|raised|elevated) creatinine\b", re.I),
    "liver": re.compile(r"\b(liver|hepatic) (problems?|disease|function|impairment|issues?|trouble)\b|"
                        r"\b(weak|bad|poor) liver\b|\bcirrhosis\b|\bchild.?pugh\b|"
                        rf"\bbilirubin{_HIGH_RESULT}|\b(high|raised|elevated) bilirubin\b", re.I),
}


def organ_problems_in(text: str) -> list[str]:
    """The organs ("kidney", "liver") whose problems a question names."""
    return [organ for organ, pattern in ORGAN_PROBLEM.items() if pattern.search(text)]


# How a question asks what a cancer itself does, how it is found and staged, and who gets it: the cancer-only
# intents below and the aspects of cancer_aspects.py both read these.
SIGNS_ASKED = r"\b(signs?|symptoms?)\b|\bhow (would|do|can|will) (i|you|we|someone|people) (know|tell)\b"
# "what test finds stomach cancer?", "how do doctors find AML?" ("find out" its stage does not ask it; "diagnosed
# with CLL" says what one has; a scan named alone may be asked for screening: "who should get the low dose CT scan")
# "which scan tells how far it has spread?": the tests that stage it (cancer_aspects.py's "spread tests" too)
# ("the scan showed it spread" tells a result, asks no test)
SPREAD_TESTS = r"\b(what|which) (\w+ ){0,2}(tests?|scans?|imaging|x-rays?)\b[^?]*\b(spread|how far)\b"
DIAGNOSIS_ASKED = (SPREAD_TESTS + "|"
                   r"\bdiagnos(e|es|is|ing|tic)\b|\bdiagnosed\b(?! with)|\bconfirm\w*|\b(biopsy|biopsies)\b|"
                   r"\b(what|which) (\w+ )?(tests?|scans?|exams?|procedures?)\b[^?]*\b(finds?|found|detects?|detected|shows?|checks? for|"
                   r"looks? for)\b(?! out)|"
                   r"\bhow (is|are|do|does|would|can|will) (\w+ ){0,3}(found|find|detect\w*|spot|spotted|checked for|"
                   r"check for|looked for|look for|tested for|test for)\b(?! out)|"
                   # "how do they find out for sure if it's myeloma?"
                   r"\bfind out (for sure )?(if|whether) (it'?s|it is|(he|she|i|they) (has|have))\b|"
                   # "could that be uterine cancer, and what test do they do?": the test that finds it
                   r"\b(what|which) (\w+ )?(tests?|scans?|exams?|procedures?) (do|does|did|will|would) (they|doctors?|"
                   r"the doctors?|you) (do|use|run|order)\b(?![^?]*\b(after|during|while|chemo\w*|treat\w*|therap\w*)\b)|"
                   # "a lump on his testicle, what is the first test to look at it?": the test that checks what was found
                   r"\b(first|usual|main) (tests?|scans?|exams?|step)\b(?![^?]*\b(after|during|while|chemo\w*|treat\w*|"
                   r"therap\w*)\b)")
# What the care team looks for in the tests it runs: "what are they watching for?", "what is the doctor checking for?"
# (the team's tests, not a definition of "they"; "what should I watch for" asks for symptoms instead)
TEAM_LOOKS_FOR = (r"\bwhat (are|is|will|do|does) (they|the (doctors?|nurses?|care team|team|oncologists?|labs?))( \w+)? "
                  r"(look|looking|watch|watching|check|checking|test|testing|monitor|monitoring) (out )?for\b")
# "what are the stages of CLL?", "what does stage 3 mean?" ("stage 4" said of one's own cancer asks nothing)
# ("what scan do they use to stage DLBCL?": stage as what doctors do)
STAGES_ASKED = (r"\bstag(ed|ing|es)\b|\bwhat stage\b|\b(to|they|you|doctors?) stage\b|\bphases\b|"
                r"\bstage ([0-4]|[iv]+|zero|one|two|three|four)\b.*\bmean")
# "who gets it", "who usually gets it", "who can get it" (the ages aspect of cancer_aspects.py reads it too)
WHO_GETS = r"\bwho (\w+ ){0,2}gets?\b|\bwho (is|are) (most|more) likely to get\b"
# "should I get a skin check for melanoma?", "do I need to get screened?": asks about screening, not the tests done
# during treatment ("checked after surgery" is follow-up)
SCREEN_CHECK = (r"\b(skin|self|body)[- ](checks?|exams?)\b|"
                r"\b(get(ting)?|be|being) (checked|screened)\b(?![^?]*\b(after|since|during|while)\b)")
# The word "risk" as a risk asked, not the risk group of one's own cancer ("low-risk prostate cancer", "they call it
# good risk", "poor-risk AML").
RISK_WORD = "".join(rf"(?<!{g}-)(?<!{g} )" for g in ("low", "high", "intermediate", "good", "poor", "favorable",
                                                     "favourable")) + r"\brisks?\b"
# "does it run in families?", "what causes it?", "does smoking make it more likely?"
RISK_ASKED = (RISK_WORD + r"|"
              r"\bhereditary\b|\binherit\w*|\b(run|runs|running) in (the |my |our |his |her )?famil|"
              r"\bfamily history\b|\bpassed down\b|\bscreen(ing|ed)?\b|" + SCREEN_CHECK + "|"
              r"\bcaus(e|es|ed|ing)\b|" + WHO_GETS + "|"
              # "does smoking make it more likely?", "what raises the chance of getting it?"
              r"\bmore likely\b|\b(chances?|odds|likelihood) of (getting|developing|having)\b|"
              r"\b(raises?|raising|increases?|increasing|ups?) (the |my |his |her |your |their )?(chances?|odds)\b|"
              # "could the transplant have something to do with it?", "is there any connection?", "is it linked to
              # an infection?": whether something led to the cancer, which its risks say
              r"\b(something|anything) to do with\b|\bconnect(ion|ions|ed)\b|\blink(s|ed)?\b")


# Food with a medicine: "with food?", "on an empty stomach", "can I eat before ...".
# What a medicine is taken "with" that is a meal, not another medicine ("can I take it with a big greasy breakfast?"
# asks about food, and no medicine called "greasy" is to be looked for).
NOT_A_MEAL = (r"(?!(a |an |the |my |some |big |small |light |heavy |large |fatty |greasy |fried |high-fat |low-fat )*"
              r"(food|water|meals?|milk|juice|breakfast|lunch|dinner|snacks?|empty))")
FOOD = (r"\b(with|without) (food|a meal|meals)\b|empty stomach|\bfoods?\b|\bmeals?\b|\beat(ing)? (before|after|with)\b|"
        r"\b(before|after) (i |you )?eat|\b(breakfast|lunch|dinner|snacks?|juices?)\b")
# A question on a man taking the medicine: "my husband is on it", "can I get my wife pregnant?", "a condom?"
MAN_ON_IT = (r"\b(husband|boyfriend|men|man|male|fathers?|fathering|sperm|condoms?)\b|"
             r"\bget(ting)? (my|his|a|the|our) (wife|girlfriend|partner|woman) pregnant\b")

# A vaccine asked about beside the medicine ("can I get my flu shot on it?"): the pages' vaccine rules answer
VACCINE = r"\bvaccin\w*|\b(flu|covid|shingles|pneumonia|tetanus) (shot|jab)s?\b|\bimmuni[sz]ation"

# A fruit or juice asked about with a medicine ("which juices are off limits?"), as the pages name them
FRUIT = r"\bfruits?\b|\bjuices?\b|grapefruit|\boranges?\b|seville|starfruit|pomelo"

# When one drug of a plan starts, asked by its name: "when does the Gazyva come in?", "when does obinutuzumab start
# with venetoclax?" (group 3: the word that must name a drug; not "when does hair loss start").
DRUG_STARTS = re.compile(r"\bwhen (does|do|is|are|will|would|should) (the |my |his |her )?([\w-]+(?: [\w-]+){0,2}) (start|starts|begin|"
                         r"begins|come in|comes in|get added|gets added|added|kick in|join|joins|get started)\b")
# How soon a medicine starts after (or before) another treatment: "how soon after chemo can my wife start her
# Nivestym shots?", "how long after the transplant does the Revlimid begin?" (when the first dose comes, which the
# schedule says; not how long treatment lasts).
START_AFTER = (r"\bhow (soon|long) (after|before|following)\b[^?.]{0,50}?\b(can|could|do|does|will|would|should|is|are)\b"
               r"[^?.]{0,30}?\b(start|starts|begin|begins|get started)\b")

# Whether a kind of person may take a medicine is who it is for: "can a woman who still gets her period take
# Aromasin?", "who can get Kymriah?" (not "can I take it with food?": the person asking is no kind of person).
WHO_TAKES = re.compile(r"\b(can|could|may|should) (a |an |my |the )?(woman|women|man|men|girl|boy|child|children|kids?|"
                       r"teens?|teenagers?|person|people|someone|somebody|anyone|patients?|adults?|elderly)\b[^?.]{0,60}?"
                       r"\b(take|get|use|receive|be given|be on)\b|\bwho (can|should|may|is allowed to) (take|get|use|"
                       r"receive|be given)\b")

# Something else offered to use beside ours, and whether that is all right: "my gyn offered me estrogen cream for
# dryness. I'm on Aromasin, is that ok?" (the interaction rules answer; a product, not one of our medicines).
OFFERED = (r"\b(offered|prescribed|recommended|suggested|gave|wants? (me|him|her) to (use|take|try)|"
           r"(wants?|want|going|plans?) to (put|start) (me|him|her|us) on)\b[^?]{0,60}?"
           r"\b(creams?|gels?|patch(es)?|ointments?|lotions?|sprays?|supplements?|vitamins?|teas?|herbs?|herbals?|"
           r"hormone replacement|hrt|estrogen)\b"
           r"[^?]*\b(ok|okay|safe|alright|all right|fine|a problem|allowed)\b")

# Two medicines asked of together: "they also started posaconazole. is that mix a problem?"
MIX_ASKED = re.compile(r"\b(that|this|the|these|those) (mix|mixture|combo|combination|pairing)\b[^?]{0,20}\b(a problem|"
                       r"problems?|ok|okay|safe|fine|alright|all right|dangerous|risky)\b")

# Where the medicine is kept: "keep it in the fridge", "keep the pills cool"; not what treatment keeps away ("to keep
# the cancer from coming back", "keep it from growing").
KEEP_IT = (r"keep (it|them|the)\b(?! (cancer|disease|tumou?rs?|lymphoma|leukemia|myeloma|counts?)\b)"
           r"(?![^?.]{0,30}\bfrom (coming|growing|spreading|returning|getting|going)\b)"
           # "did it keep the CLL under control longer?": what the treatment held back
           r"(?![^?.]{0,30}\b(under control|in check|at bay|away)\b)")
# Where a medicine waits between doses: "where should I keep my shots?", "can they go in my weekly pill organizer?"
WHERE_KEPT = (r"\bwhere (should|do|can|must|would|will) (i|we|you|he|she|they) keep\b|"
              r"\b((weekly|daily|7.day|seven.day) )?pill ?(organi[sz]ers?|box(es)?|cases?|sorters?|minders?)\b|\bdosette\b")
# Getting a medicine, never getting rid of one: "how do I get rid of leftover pills?" asks how to dispose of them
GET = r"get(?! rid\b)"
# A pill that broke open, or its powder on someone: "my capsule broke open", "the powder got on my hands" is how to
# handle it, as the labels' handling sections say what to do then (wash the skin, rinse the eyes)
BROKEN_PILL = (r"\b(broke|breaks|broken|cracked|cracks|split|splits|came) (open|apart)\b|"
               r"\b(capsules?|pills?|tablets?) (broke|breaks|is broken|cracked|cracks)\b|"
               r"\bpowder\b[^?.]{0,40}\b(skin|hands?|fingers?|eyes?)\b")
# A bag or vial kept covered, or kept from light: "why is the DTIC bag wrapped in a dark cover?", "does it have to be
# protected from light?" (the pages say light breaks the drug down, in how it is stored or how it is given)
SHIELDED = (r"\b(bags?|bottles?|drips?|iv|infusions?|syringes?|vials?|tubing)\b[^?.]{0,30}\b(covered|wrapped|"
            r"shielded|in (a |an )?(foil|dark|brown|black|opaque)\b|(a |an )?((dark|black|brown) )?(covers?|wraps?|wrappers?|"
            r"sleeves?) (on|over|around)\b)|\b(covers?|wraps?|covering|wrapping) (up )?"
            r"(the |my |his |her |a |an )?([\w-]+ ){0,2}(bags?|bottles?|drips?|iv|vials?|syringes?)\b|"
            r"\b(away|protect\w*|kept|keep|shield\w*|hidden|hide) from (the )?light\b|\blight.?(sensitive|proof)\b")

# Getting rid of pills: "what do I do with leftover pills?", "how do I throw away tablets I no longer need?", "can I
# throw my pills in the trash?" is how to handle them (the pages say where to return them); not "throw up", nor
# getting rid of a side effect.
PILLS = r"(pills?|tablets?|capsules?|medicines?|medications?|meds)"
DISPOSAL = (r"\b(left ?-?over|unused)\b[^?.]{0,25}\b" + PILLS + r"\b|"
            r"\bthrow (\w+ ){0,3}(away|out)\b|\bget rid of\b[^?.]{0,25}\b" + PILLS + r"\b|"
            r"\b(throw|throwing|threw)(?! up\b)( [\w-]+){0,3} " + PILLS + r"\b|"
            r"\b" + PILLS + r" (i|we|you|he|she|they) (no longer|don'?t|do not|won'?t) (need|use|take)\b|"
            r"\bdown the (toilet|drain|sink)\b|"
            # pills someone no longer takes, then "what should I do with them?" (after a death, or a stopped drug)
            r"\b" + PILLS + r"\b[^?]{0,80}\bwhat (should|do|can|shall) (i|we) do with (them|it|these|those|the rest)\b|"
            r"\bwhat (should|do|can|shall) (i|we) do with (the|his|her|my|our|these|those|any|all|extra|old)( [\w-]+){0,3} "
            + PILLS + r"\b")

# ... and a line saying where they go ("do not flush leftover tablets", "return unused capsules to the pharmacy")
DISPOSAL_SAID = (r"\b(left ?-?over|unused|flush\w*|trash|garbage|dispos\w*|get rid of|throw\w* (\w+ ){0,2}(away|out)|"
                 r"return\w*|(give|bring|take) (\w+ ){0,5}back|(do not|don'?t|no longer) (use|need))\b")

REGISTRY: tuple[Intent, ...] = (
    Intent("classification",
           r"\bchemo\w*|what (kind|type|class|sort) of (drug|medicine)|\bclass\b|\bis (it|\w+) an? (immuno|targeted|"
           r"steroid|biologic|antibody|hormone|kinase|pill)|\bimmunotherapy\b|\btargeted\b",
           "What kind of drug it is", drug=("chemotherapy", "classes")),
    Intent("mechanism", r"how (does|do) .*\bwork|how it works|\bmechanism|what does .* do\b|\bwork (on|in|against)\b|"
           r"\btarget(s|ing)?\b(?!ed)|\bwhat (does|do) .* (block|attack|bind)|"
           # "what is Adcetris aimed at?", "what does it latch onto on the cells?"
           r"\b(aimed|aims?) at\b|\b(latch|latches|lock|locks|stick|sticks|attach|attaches) (on)?to\b|"
           r"\b(what'?s|what is) the (point|purpose|reason|role) (of|for)\b|"
           # "how does it get his immune system to attack the cancer?": what it makes the body do
           r"\bhow (does|do|will|would|can) (it|they|this|that|the \w+) (get|make|help|teach|train|turn) " + _BODY_MADE + "|"
           r"\bwhy (do|does|is|are|would)\b.*\b(take|get|need|given|used?)\b",
           "How it works", drug=("mechanism",), regimen=("how_it_works",), first="mechanism"),
    # "what else is dexamethasone used for?", "is cyclophosphamide only used for cancer?", "Is rituximab only for
    # lymphoma or is it used for other diseases?": the uses besides the main ones (label uses with no cancer page of
    # their own, uses outside cancer) come first
    Intent("other_uses", r"\b(what else|besides|other than|apart from|aside from)\b[^?]*\b(used|approved|treats?|for)\b|"
           r"\b(used|approved|treats?)\b[^?]*\b(besides|other than|apart from|aside from|else|outside( of)? cancer|"
           r"other (diseases?|conditions?|illnesses|problems|cancers|uses|things))\b|"
           r"\bonly (used |approved )?for [a-z]|"
           # "what other cancer is it approved for?", "which other lymphomas does it treat?"
           r"\b(what|which|any) other (kinds? of |types? of )?(cancers?|lymphomas?|leukemias?|leukaemias?|tumou?rs?|"
           r"diseases?|conditions?|uses?)\b[^?]*\b(used|approved|treats?|for|given)\b",
           "Other uses", drug=("other_uses", "summary", "uses"), first="other_uses"),
    Intent("uses", r"used for|\bused\b|\bfor what\b|what .* treat(s|ed)?\b|\btreats?\b|approved|indicat|\bgoals?\b|\bgood for\b|"
           r"treatment options|\btreatments? (for|of)\b|how (is|are) .* treated|\bfirst.line\b|"
           r"\b(only|just) (for|used for|approved for|meant for)\b|"
           # "does mesna also prevent the confusion ifosfamide can cause?": what it is given for
           r"\b(does|do|can|will|would|could) [\w-]+ (also |even )?(prevent|protect against|guard against)\b|"
           # "what is the dex doing for him?": what it is given for
           r"\bwhat (is|are|s) (the |this |that |his |her |my )?[\w-]+ doing for\b|"
           # "why did the doctor pick Opdivo plus Yervoy? is that combo for everyone with kidney cancer?": who it is for
           r"\bfor (everyone|everybody|anyone|all (people|patients|men|women))\b|"
           r"\bwhy (did|do|does|would|was|were) ([\w']+ ){0,3}(pick|picked|choose|chose|chosen|select|selected)\b|"
           # "they mention Cyramza but said it depends on a blood test": who it is for, by a test result
           r"\bdepends? on (a |the |his |her |my |some |what )?((blood|lab|gene|genetic|tumou?r|marker) )?"
           r"(tests?|results?|levels?|markers?|numbers?)\b|"
           # "they could just watch it with scans. is that a real option?": one of the treatments
           r"\b(a )?(real|good|valid|reasonable|safe|possible|standard) (option|choice|treatment)\b|"
           + WHO_TAKES.pattern,
           "What it is used for",
           drug=("summary", "uses", "other_uses"), regimen=("summary", "goals"), cancer=("treatment_note",),
           named_regimen=("summary", "goals"), first="summary", first_names_drug=True),
    # ("is the Ninlaro capsule every day?", "is the Taxotere drip every week?": the form said is known, how often asked)
    Intent("form", r"\b(is|are)\b[\w\s-]*\b(pills?|tablets?|capsules?|infusions?|injections?|shots?|drips?|iv|oral|"
           r"intravenous)\b(?! (every|each|once|twice|daily|weekly|monthly)\b)|\bpill or\b|how (is|are) .* (given|taken)|how (do|will|would) (i|you) (" + GET + "|receive)\b|"
           r"how (do|will|does|would) (they|you|the \w+|it) (give|get)\b(?! " + _BODY_MADE + r")|"
           r"given (by|as|through|in|into|at) (a |the )?(vein|mouth|pill|shot|drip|infusion|pump|port|muscle|skin|"
           r"hospital|clinic|home)|" + INFUSION_TIME + "|"
           r"intrathecal|into the spine|\bspinal\b|"
           # where on the body a shot goes: "where on the body do they put the Velcade shot?"
           # (a shot's place, not a test's: "where on the body do they do a marrow biopsy" asks what the biopsy is)
           r"\bwhere ((on|in|into) (the|my|his|her|your) (body|skin) )?(do|does|will|would|should|is|are) ([\w-]+ ){0,3}"
           r"(put|give|inject|go|goes|get|gets|given|injected)\b|"
           # ("where do I keep my shots at home?" asks where they are kept, not how they are given)
           r"\bby mouth\b|\bpump\b|\bport\b|^(?!.*\bkeep (my|his|her|the|them|it|these|those)\b).*\bat home\b|"
           # another treatment going on beside it: "is ADT continued with Nubeqa?", "do I keep getting my shots on it?"
           r"\b(continued|keep (getting|having)|still (need|get|have))\b.{0,40}\b(with|on|while|during|alongside)\b|"
           # ("can I still get my shots on Eliquis?" asks whether it may be given: the interaction rules)
           r"\b(still (need|needs|have|has)|keep (getting|having))( to (get|take|have))? (the |my |his |her |their )?"
           r"([\w-]+ ){0,2}(shots?|injections?|implants?|adt)\b",
           "How it is given", drug=("summary", "administration"), named_regimen=("summary", "schedules", "dispensing"),
           reply=r"by mouth|\bcapsules?\b|\btablets?\b|\bpills?\b|infusion|into a vein|by vein|drip|injection|"
                 r"under the skin|\bshot\b|\bpump\b"),
    Intent("components", r"what (are )?(the )?(\d+ |two |three |four |five )?(drugs|medicines|medications|meds|pills)( are)? "
           r"(in|make up)\b|how many (different )?(drugs|medicines|medications|meds)\b(?! a day)|stand for|\bmade (up )?of\b|"
           r"\bcomponents?\b|which (drugs|medicines)|what('?s| is) in\b|\bletters\b|"
           # "what are the three drugs", "which two drugs": a count of the plan's drugs asked
           r"\b(what|which) (are |were )?(the )?(\d|two|three|four|five) (drugs|medicines|medications|meds|chemos)\b|"
           # "carbo/taxol, what drugs are those?": the drugs a plan's name stands for
           r"\bwhat (drugs|medicines|medications|meds|chemos?) (are|is) (those|these|they|that|this|it)\b",
           "What is in it", regimen=("summary", "schedules")),
    Intent("dose", STRENGTH + r"|\bdos(es?|ed|ing)\b|dosage|" + HOW_MUCH + r"|how many ([\w-]+ ){0,2}(mg|capsules?|pills?|tablets?|tabs)\b|\bschedule|"
           # (not how often a side effect happens: "does Xpovio lower platelets? how often does that happen?")
           r"how often(?! (does|do|did|is|are|will|would) (that|this|it|these|those|people|patients|someone|anyone) "
           r"(happen|occur|get|have|develop|show|come))|"
           # "how does he take it?", "when should my mom take them?": how to take it, whoever takes it
           # (not "when does it take effect?")
           r"\b(how|when) (do|does|should|must|would|will) (i|you|he|she|we|they|(my |your |his |her |our )?\w+) "
           r"(take|give)\b(?! (effect|place|time|long|part|care|over|off)\b)|"
           r"\b(how|when) (am|is|are) (i|you|he|she|we|they) (supposed|meant) to (take|give)\b|"
           r"\bcycles?\b|\bdays off\b|(\d+|\bone|\btwo|\bthree|\bseven|\bdays) "
           r"(on|off)\b|\bmg\b|\bweeks? (off|on)\b|"
           r"what time (of (the )?day )?|\b(best|right|a good) time (of (the )?day )?to (take|give|have)\b|\b(morning|evening|bedtime)\b|at night|\b(what|which) days?\b|days in a row|"
           r"how many times a (day|week)|how many days (do|does|will|should|is|are|of)\b|\b(on|at|over) (the )?weekends?\b|"
           # "is Keytruda given every 3 or 6 weeks?"
           r"\b(given|taken|get|gets|have|has|is it) every (\d+|two|three|four|six)( or (\d+|two|three|four|six))? "
           r"(days|weeks|months)\b|"
           # "is the Velcade twice a week like usual or less often?", "do both start on day one?"
           r"\b(once|twice|two times|three times) (a|per|each|every) (day|week|month)\b|\b(more|less) often\b|"
           # "is Erbitux given every week or every two weeks?"
           r"\b(given|taken|get|gets|is it|are they) every (other )?(day|week|month)\b|"
           r"\bstart(s|ed)? on (day|the same day)\b|" + START_AFTER + "|"
           # "is the first round longer than the later ones?": a plan whose first cycle differs says so in its schedule
           r"\b(first|1st|later|other) (rounds?|cycles?|courses?)\b[^?.]{0,40}\b(longer|shorter|different)\b",
           "Dose and schedule", drug=("administration",), regimen=("schedules",), named_regimen=("dose_modifications",),
           # (a drip's rate, "50 mg per hour", is how fast it runs, not the dose)
           reply=r"\d ?(mg|mcg|g)\b" + NOT_A_RATE + r"|mg/m|\bauc\b|\bdays? \d|once a|twice a|every \d",
           # an amount with how often it is taken ("Capsules come in 5 and 10 mg" is not a dose)
           enough=r"(\d ?(mg|mcg|g|units?)\b" + NOT_A_RATE + r"|mg/m|mg/kg|\bauc \d).{0,40}\b(once|twice|three times|every|"
                  r"each|daily|a day|a week|on days?)\b",
           # the time of day asked ("what time of day?", "morning or night?"): the line of how to take it that
           # names one ("take it in the morning", "early in the day, not at bedtime") leads, not the plans' doses
           drug_said=("administration",), said=TIME_OF_DAY_ASKED, said_line=TIME_OF_DAY),
    # How food goes with a medicine is read off the drug page (and each component's food rule when a regimen is
    # meant), never off a regimen's whole schedule.
    # a fruit or juice to avoid is written among the drug's interactions ("Do not eat grapefruit ...")
    Intent("food", FOOD, "Food", drug=("administration",), drug_said=("interactions",),
           said=FRUIT + r"|\bavoid|stay away|off[- ]limits|\bfoods\b|\b(not|n't|never) (eat|have|drink)\b",
           said_line=FRUIT,
           reply=r"\bfood\b|\bmeals?\b|empty stomach|\beat(ing)?\b|\bfasting\b|\bbreakfast\b|\blunch\b|\bdinner\b|"
                 r"\bsnack\b|low-fat|high-fat"),
    Intent("side_effects", r"side.?effects?|adverse|\bcause|\bsymptoms?\b|"
           r"\bfeel\b(?! (fine|ok|okay|good|great|well|normal|healthy|perfectly))|\bgive (me|you)\b|\bmake (me|you)\b|"
           # "could it be the pills?", "is this from the chemo?": something noticed, asked whether the drug did it
           r"\bcould (it|this|that) be (from )?(the|my|his|her|those|these) (pills?|drugs?|medicines?|tablets?|treatment|"
           r"chemo|infusions?|shots?)\b|\b(is|was) (it|this|that) (from|because of|caused by) (the|my|his|her)\b|"
           # "is the pill doing that?", "is low blood from the pills?": the form names the drug, a change is asked of
           r"\b(is|are) (the|my|his|her|those|these) (pills?|shots?|tablets?|capsules?|drugs?|medicines?) (doing|causing) "
           r"(this|that|it)\b|\bfrom (the|my|his|her|those|these) (pills?|shots?|tablets?|capsules?)\b|"
           r"how (common|likely|rare|often do people)\b|\bchances? of (getting|having)\b|what percent|how many people get|"
           # "does it affect the heart?", "can it hurt my kidneys?"
           r"\b(affects?|hurts?|harms?|damages?|injures?|bad for|hard on|tough on|rough on) (the |my |your |his |her )?(heart|liver|kidneys?|"
           r"lungs?|nerves?|eyes?|eyesight|skin|bones?|brain|hearing|teeth|bladder|thyroid|blood)\b",
           "Side effects", drug=("common_side_effects", "serious_side_effects", "boxed_warnings"),
           regimen=("side_effects",), named_regimen=("side_effects",)),
    Intent("serious", r"\bserious|dangerous|severe|boxed warning|black box|life.threatening|\bwarnings?\b|"
           # a risk asked, not the kind of cancer ("low-risk prostate cancer", "high risk MDS")
           + RISK_WORD + r"|"
           r"\b(watch|look) (out )?for\b|"
           # a route the drug must never take: "could the vincristine ever go in the spine?" (its boxed warning)
           r"\b(go|goes|be given|be put|get|gets|injected|given) (in|into) (the |his |her |my |a )?(spine|spinal fluid|"
           r"muscle)\b|"
           # "just got put on prednisone with his chemo, anything to watch?"
           r"\banything (to|i should|we should|he should|she should|they should) (watch|look out|worry)\b|"
           # "is there anything about the flight we should worry about?": a worry about something planned
           r"\banything\b[^?.]{0,40}\b(i|we|he|she|they|you) (should|need to|must) (watch|look out|worry|be worried)\b|"
           # "I'm allergic to red meat, is Erbitux a problem?": an allergy told is a risk asked (serious reactions)
           r"\ballerg(y|ies|ic)\b[^?]*\b(a problem|problems?|safe|ok|okay|all right|alright|concern|worry|dangerous|"
           r"risky)\b|"
           # "what lung thing should I worry about on Imfinzi?"
           r"\bwhat\b[\w\s]{0,30}\b(should|do|must) (i|we|you|he|she|they) (need to )?(worry|be worried) about\b",
           "Serious side effects", drug=("boxed_warnings", "serious_side_effects")),
    # A lifetime (total) dose limit is stated wherever the label puts it: a boxed warning, the dosing section or
    # the heart tests that watch it.
    Intent("limit", r"(?<!off )(?<!off-)\blimits?\b|\bmax(imum)?\b|\blifetime\b|\b(total|cumulative) (dose|amount)|\bhow much .* (in total|over)",
           "Lifetime dose limit", drug=("boxed_warnings", "administration", "monitoring", "serious_side_effects", "faqs"),
           # a cap on one dose or one day ("one dose is never more than 80 mg") answers "the maximum dose?" too
           reply=r"\blifetime\b|\btotal\b|\bcumulative\b|\b(never|no) more than\b|\bmaximum\b|\bat most\b"),
    # "why do they keep testing my urine?", "checking her thyroid", "an eye exam" ("tested against" is a trial's)
    Intent("monitoring", r"blood tests?|\bmonitor|\bchecks?\b|\bchecked\b|\blabs?\b|\btests?\b|\bcbc\b|biopsy|\bscans?\b|"
           r"\btesting\b|\bchecking\b|\b(eye|skin) exams?\b|"
           r"\bcounts\b(?! (drop|dropped|go down|went down|fall|are low|lowest|are lowest|at their lowest))|blood ?work|\becho(cardiogram)?s?\b|heart (scan|test)|\bmuga\b|\be[ck]gs?\b|x-?rays?|\bmris?\b|"
           r"\bct\b|\bpet\b|urine test|\bscopes?\b|endoscop|colonoscop|" + TEAM_LOOKS_FOR,
           "Tests and monitoring", drug=("monitoring",), regimen=("monitoring",),
           reply=r"\bevery\b|\bweekly\b|\bmonthly\b|\bbefore\b|\bbaseline\b|\bstart\b|\bday \d|\bweeks?\b|"
                 r"\bcycles?\b|\bchecked\b|\btests?\b"),
    Intent("missed_dose", r"\bmiss(ed|ing)?\b|\bforg[eo]t(ten)?\b|\bforgetting (to|my|a|the|his|her|doses?|pills?)\b|\bskip|late dose|double (my|the|a) dose|\bdouble up\b|take two|"
           # "didn't take my Ibrance last night", "took it 10 hours late", "threw up right after my Temodar"
           r"\b(didn'?t|did not|never) (take|took|get|got) (my|his|her|the|it|a|this|today'?s|yesterday'?s|last)\b|"
           r"\b(took|take|taking|taken) (it|them|my [\w-]+|the [\w-]+) (\d+ |a few |several |two |three )?(hours? )?late\b|"
           r"\blate (taking|with) (it|my|the|his|her)\b|\b(\d+|a few|several|two|three) hours? late\b|"
           # ... "threw up about 20 minutes after my pills", "vomited half an hour after taking it"
           r"\b(threw|throw|throwing) up ([\w-]+ ){0,4}(my|the|a|after)\b|\b(vomit|puk)\w* ([\w-]+ ){0,4}(my|the|a|after|it)\b",
           "A missed dose", drug=("missed_dose",),
           # throwing up a dose is not forgetting it: some pages say what to do in how to take the medicine
           drug_said=("administration",), said=r"\b(threw|throw|throwing|thrown) up\b|\bvomit|\bpuk",
           said_line=r"\b(throw|threw|throws) up\b|\bvomit"),
    # Stopping the medicine: "can I just stop my prednisone when the chemo ends?" (how to stop is in how to take it,
    # "do not stop it suddenly; your team lowers the dose", or in the serious effects of stopping suddenly)
    Intent("stopping", r"\b(can|could|should|may|do) (i|he|she|we|you) (just |simply |ever |then )?(stop|quit|"
           r"come off|go off|get off)( taking)? (it|them|this|that|((the|my|his|her) )?([a-z-]+ )?(pills?|tablets?|steroids?|"
           r"medicines?|now|when|after|once|before|if|at|early|for good))\b|\bstop(ping)? (it|them) (all at once|suddenly|cold turkey)\b",
           "Stopping it", drug=("administration", "faqs", "serious_side_effects"), reply=r"\bstop"),
    Intent("interactions", r"interact|together with|other (drugs|medicines|medications)|grapefruit|alcohol|"
           # a test the medicine can throw off ("can Empliciti mess with that test?"): the labels' interference rules
           r"\b(mess(es|ing)? (up|with)|throws? off|throwing off|interfer\w* with|skews?) (the |that |my |his |her |a |"
           r"these |those |some )?((blood|lab|urine|myeloma|spep|protein|transfusion) )*(tests?|labs?|results?)\b|"
           rf"{ALCOHOL}|supplement|{OFFERED}|{VACCINE}|"
           r"vitamin|\bwith (warfarin|digoxin|aspirin)\b|blood thinner|\bantacids?\b|heartburn|avoid (eating|drinking|food)|"
           r"what (foods?|can i eat|should i eat)|\b(what|things|anything) (should |do |must |to )?(i |we |you )?(avoid|stay away from)\b|\b(can|could|may|should) i (take|mix|use|have|drink|eat) [\w\s'.-]+ "
           r"(with|and|while on|on) " + NOT_A_MEAL + "|"
           r"\bis it (ok|okay|safe|alright|fine) to (take|mix|use|have|drink|eat) [\w\s'.-]+ (with|while|on) " + NOT_A_MEAL + "|"
           # "they want to give her gentamicin, is there any problem mixing that with her carbo?"
           # (not what a drip or a capsule's contents are mixed in: "mix it with saline", "with applesauce")
           r"\bmix(ing|ed)? (that|this|it|them|those|these) (with|and) (?!(\w+ )?(saline|salt|sugar|dextrose|d5w|water|"
           r"solutions?|fluids?|juice|food|applesauce|milk|yogh?urt|pudding)\b)|"
           # "she takes dex with her Ninlaro, is that a problem together?", "are they safe to take together?"
           r"\b(a problem|problems?|ok|okay|safe|fine|alright|all right|dangerous|risky|an issue)( to (take|mix|have|give|use))?"
           r"( (them|these|those|both|the two|the pills))? together\b",
           "Other medicines", drug=("interactions",), first="interactions",
           said=VACCINE, said_line=r"\bvaccin"),  # a vaccine asked: the page's rule on vaccines leads
    # (a baby said beside breastfeeding is the one to be fed: "just had a baby, can I breastfeed?" asks no pregnancy)
    Intent("pregnancy", r"pregnan|birth control|contracept|^(?![\s\S]*(breast.?feed|breast ?milk))[\s\S]*\bbaby\b|fertil|\bsperm\b|condom|\bfather (a |any )?(child|kids?)|"
           r"\b(can|could|will|whether|if|able to) (i|we|she|he|they) (still |ever |later )?(have|having) (kids|children|a child)\b|"
           r"\bhav(e|ing) (kids|children) (later|after|in the future|someday|one day)\b|\bstart(ing)? a family\b|"
           r"\b(use|using|uses|wear|need) (some )?protection\b(?! (from|against) (the )?sun)|\bsafe sex\b",
           "Pregnancy and birth control", drug=("pregnancy", "rems"),
           first="pregnancy", first_names_drug=True,
           # a man on the medicine ("my husband takes it", "get my wife pregnant"): the page's rule for men answers
           said=MAN_ON_IT, said_line=r"\b(men|man|male|father|sperm|condoms?)\b"),
    # Breastfeeding is its own question: a rule on pregnancy does not answer it.
    Intent("breastfeeding", r"breast.?feed|\bnurs(e|ing) (my|a|the) baby|breast ?milk|\bpump(ing)? milk",
           "Breastfeeding", drug=("pregnancy",), reply=r"breast.?feed|breast ?milk|\bnurs"),
    Intent("handling", BROKEN_PILL + "|" + DISPOSAL + r"|\bhandl|\btouch|\bopen\b.*\b(capsules?|pills?|tablets?)\b|dispos|caregiver|\bcrush|\bbreak (the|a|my)|\bchew|\bgloves?\b|"
           # "can I cut the pills in half?", "is it ok to split my tablets" (not "cut my dose")
           r"\b(cut|split)( up)? ((the|my|his|her|a|these|those) )?([\w-]+ )?(pills?|tablets?|capsules?)\b|"
           r"\b(cut|split) (it|them)\b|\bhalve\b|\bin (half|two|halves)\b",
           # how a regimen is dispensed says nothing of storing or handling one of its drugs: only when it is named
           "Handling", drug=("handling", "storage"), named_regimen=("dispensing",), first="handling",
           # (not when the pill already broke: "my capsule broke open, the powder got on my hand" asks what to do now)
           drug_said=("administration",), said=r"^(?![\s\S]*(" + BROKEN_PILL + r"))[\s\S]*\b(crush|chew|cut|split|open|break|"
           r"dissolv|halv|half)",
           said_line=r"\b(crush|chew|cut|split|open|dissolv|whole\b)",
           # getting rid of pills asked: the line on where leftover pills go leads, not how to swallow them
           also_said=((DISPOSAL, DISPOSAL_SAID),)),
    Intent("storage", r"\bstor(e|age|ed|ing)\b|" + KEEP_IT + "|" + SHIELDED + r"|fridge|refrigerat|\bexpire|\bhot car\b|\btravel|"
           # where the medicine is kept between doses: "where do I keep my shots at home?", "in my pill organizer?"
           + WHERE_KEPT + "|"
           # where the pills are left: "can I leave my Ibrance in the sunlight?", "can it sit in the sun?"
           r"\b(leave|left|leaving)\b[^?.]{0,30}\b(in|out in) (the |a )?(sun|sunlight|heat|car)\b|"
           r"\b(it|they|pills?|tablets?|capsules?|bottles?|medicines?|meds) (sit|sits|sitting) (out )?in (the |a )?"
           r"(sun|sunlight|heat|car)\b",
           "Storage", drug=("storage", "handling"), named_regimen=("dispensing",), first="storage",
           # a drug kept from light while it drips says so in how it is given ("it breaks down in light")
           drug_said=("administration",), said=SHIELDED, said_line=r"\blight\b(?!-?head)"),
    Intent("blood_donation", r"donat|give blood|giving blood", "Giving blood", drug=("blood_donation",),
           first="blood_donation"),
    Intent("duration", r"how long|duration|until when|forever|how many (\w+ )?(cycles|rounds|courses|treatments|"
           r"times(?! a (day|week))|months|weeks|years|doses|infusions|shots)|\bwhen (can|do|will|should|could) (i|we|he|she|they) stop\b|"
           # "is there an end date?", "is there a stopping point for Calquence?"
           r"\b(end|stop|stopping|finish) (date|point|line)s?\b|\b(is|will) there (ever )?(be )?an end\b|"
           # "3 rounds of BEP but a friend had 4. is 3 enough?": whether fewer cycles do as well
           r"\b(is|are|be|was|were) (\d+|one|two|three|four|five|six|eight|twelve)( (cycles|rounds|courses|"
           r"treatments|doses|infusions|shots|months|weeks|years))? (really |truly |actually |still )?enough\b|"
           r"\b(enough|too few) (cycles|rounds|courses|treatments|doses|infusions|months|weeks)\b",
           "How long treatment lasts", regimen=("duration",),
           reply=r"\b\d+ (cycles|rounds|doses|weeks|months|years)\b|\buntil\b|\bup to\b"),
    Intent("results", r"success( rate)?|how well .*\bwork|\b(cure|response|survival) rates?\b|\bsurviv|\beffective\b|"
           r"\bchances? (of|to) (cure|live|beat|surviv|be cured)|\boutcomes?\b|\bwork for most\b|^(does|will|did) .*\bwork\b|"
           r"how long (do|does|did|will|can|could) (people|patients|i|you|he|she|they|my \w+) live|life expectancy|prognosis|"
           r"\bcurable\b|\b(be|get) cured\b|"
           # "is anastrozole as good as tamoxifen?", "does TC work as well as AC?": how well each works
           r"\bas (good|effective|strong|well) as\b|\bworks? (just )?as well\b|"
           # "does it help people live longer?", "did they live longer in the study?"
           r"\b(live|lived|living) longer\b|"
           # "did it keep the CLL under control longer in the study?", "did it do better in the trial?"
           r"\b(under control|in check|at bay|remission|better|longer)\b[^?.]{0,30}\bin (the|a|that|this|their|its) "
           r"((main|big|key|large|first) )?(study|trial)\b|"
           r"\bin (the|a|that|this|their|its) ((main|big|key|large|first) )?(study|trial),? [^?.]{0,60}\b(longer|better)\b|"
           r"\b(under control|in check|at bay)\b[^?.]{0,20}\blonger\b|"
           # "in the study that got it approved, how did it do?"
           r"\bhow (well )?(did|has|have) (it|they|that|this|[\w-]+) (do|done|fare|fared|perform|performed)\b|"
           # "what did the main trial of Sprycel show?", "the results of its big study?"
           r"\bwhat (did|does|do) (the |its |their )?((main|big|key|pivotal|large|largest|major|first|landmark) )?"
           r"(trials?|stud(y|ies))\b[^?.]{0,60}\b(show|shows|showed|find|found|prove|proved)\b|"
           r"\b(results?|findings?) (of|from) (the |its |their )?((main|big|key|pivotal|large|largest|major|first|"
           r"landmark) )?(trials?|stud(y|ies))\b|"
           # "did adding rituximab to CVP help?", "did it help people in the study?"
           r"\badd(ing|ed)\b[^?.]{0,40}\bhelp|\bhelp\w*\b[^?.]{0,60}\bin (the|a|that|this|their) (main )?(study|trial)\b|\bhelps? ([\w-]+ ){0,2}(live|survive)\b|\b(extend|prolong)\w* (\w+ )?li(fe|ves)\b|"
           # "how much longer do people live on it?", "how many more months does it give?"
           r"\bhow (much (longer|more|extra)|many (more|extra) (years|months|weeks))\b[^?.]{0,40}\b(live|living|lived|alive|survive|"
           r"give|gives|buy|buys|add|adds)\b|\bhow much (more |extra )?time\b[^?.]{0,40}\b(give|gives|buy|buys|add|adds)\b|"
           + BENEFIT_ASKED,
           "How well it works", drug=("uses",), regimen=("goals",), cancer=("outlook", "treatment_note"),
           reply=r"\b\d+ (out of|in) \d+\b|\d ?%|\bcured?\b|\bhalf\b|\blived?\b|\bsurviv"),
    # Getting the medicine: a restricted program (REMS), a specialty pharmacy.
    Intent("rems", r"\brems\b|special program|safety program|restricted|specialty pharmac|"
           r"(how|where) (do|can|will) (i|we|you) (" + GET + "|buy|fill|pick up)\b",
           "Getting the medicine", drug=("rems",), regimen=("dispensing",), first="rems"),
    # What is given before each dose: medicines against reactions or nausea, fluids for the kidneys.
    Intent("premedication", r"\bpre-?med|(medicines?|meds|medications?) (\w+ ){0,5}before|given before|"
           r"before (each|the|my|every) ([\w-]+ )?(dose|drip|infusion|treatment)|\bhydrat|\b(iv )?fluids?\b(?! (build|retention|around|in))|"
           r"\bthe (day|night|morning) before\b|\bsteroids?\b.*\bbefore\b|\bfolic acid\b|\bb-?12\b|"
           # "why do I get Benadryl before my Erbitux?", "do I need an antihistamine before cetuximab?" (given by the
           # team; "can I take Tylenol before my Keytruda?" asks whether the two go together)
           r"\b(get|gets|getting|given|give|need|needs|receive|receives|receiving)\b[^.?]{0,20}\b(antihistamines?|"
           r"allergy (medicines?|meds|pills?)|benadryl|diphenhydramine|tylenol|acetaminophen|"
           r"anti-?nausea (medicines?|meds|pills?|drugs?))\b[^.?]{0,40}\bbefore\b",
           "Before each dose", drug=("administration", "faqs"),
           reply=r"\bbefore (each|the|every|a|it)\b|premed|antihistamine|acetaminophen|dexamethasone|diphenhydramine|"
                 r"\bfluids\b",
           # a steroid asked of by kind ("steroid pills the night before Taxotere"): the line naming the one given (a
           # steroid named is a page of its own, whose every line names it)
           said=r"\b(cortico)?steroids?\b",
           said_line=r"\b(cortico)?steroids?\b|\bdexamethasone\b|\bprednisone\b|\bmethylprednisolone\b|\bhydrocortisone\b"),
    Intent("cost", r"\bcost|\bpay\b|afford|insurance|\bprice|expensive|copay|assistance|financial|"
           # (not "progression free", "cancer-free": a trial's measure, no price)
           r"(?<!progression )(?<!progression-)(?<!event )(?<!event-)(?<!disease )(?<!disease-)(?<!relapse )"
           r"(?<!relapse-)(?<!cancer )(?<!cancer-)\bfree\b",
           "Cost and help paying", drug=("rems",), regimen=("cost_help",)),
    # (not "differentiation syndrome", "well-differentiated": a cell's maturing, no comparison)
    Intent("comparison", r"\bdiffer(?!entiat)|\bcompar|\bversus\b|\bvs\b|better than|same as|\bor\b.*\bwhich\b", "How they compare",
           # two drugs compared are compared by their own pages, not by every regimen that uses either
           drug=("chemotherapy", "summary", "mechanism"), named_regimen=("summary", "how_it_works")),
    # What a cancer itself does, how it is found and staged, and who gets it: its page's own sections. Each pattern
    # is also how cancer_aspects.py reads the aspect asked (one place for both).
    Intent("signs", SIGNS_ASKED, DISEASE_SECTIONS["signs"], cancer=("signs",), of_cancer=True),
    Intent("diagnosis", DIAGNOSIS_ASKED, DISEASE_SECTIONS["diagnosis"], cancer=("diagnosis",), of_cancer=True),
    Intent("stages", STAGES_ASKED, DISEASE_SECTIONS["stages"], cancer=("stages",), of_cancer=True),
    Intent("risk", RISK_ASKED, DISEASE_SECTIONS["risk"], cancer=("risk",), of_cancer=True),
    Intent("definition", r"(^|[,.;:!?-] ?)(what|who)( is|'?s| are)\b|" + EXPLICIT_DEFINITION,
           "What it is", drug=("summary", "mechanism"),
           # what is asked of a cancer may be in any section of its page (the section asked comes first)
           cancer=("what_is_it", *DISEASE_SECTIONS), regimen_only=("summary", "goals")),
)

BY_NAME = {i.name: i for i in REGISTRY}
ORDER = [i.name for i in REGISTRY]
HEADINGS = {**{i.name: i.heading for i in REGISTRY}, "other": "Related information"}
_COMPILED = {i.name: re.compile(i.pattern) for i in REGISTRY}
_REPLY = {i.name: re.compile(i.reply, re.I) for i in REGISTRY if i.reply}
_ENOUGH = {i.name: re.compile(i.enough or i.reply, re.I) for i in REGISTRY if i.enough or i.reply}


def spot(lowered: str) -> list[str]:
    """The intents whose words occur in a lower-cased question, in registry order."""
    return list(_spotted(lowered))


@lru_cache(maxsize=1024)
def _spotted(lowered: str) -> tuple[str, ...]:
    """spot's answer, kept: the ~40 long patterns took ~0.4 ms a question, and understand.py and compose.py spot
    the same question's text two to four times (benchmarks/ask_cpu.py)."""
    lowered = signs_caused(lowered)
    return tuple(name for name, pattern in _COMPILED.items() if pattern.search(lowered))


# "what symptoms can kidney cancer cause?", "are my symptoms caused by it?": the signs it gives, no risk of getting it
SIGNS_CAUSED = re.compile(r"(\b(signs?|symptoms?)\b[^.?!]*\b)caus(e|es|ed|ing)\b")


def signs_caused(lowered: str) -> str:
    """A lower-cased question with a "cause" said of signs or symptoms put as "give", which asks no risk."""
    return SIGNS_CAUSED.sub(r"\1give", lowered) if "caus" in lowered else lowered


def of_cancer(intent: str) -> bool:
    """Whether an intent is asked only of a cancer named alone (see `Intent.of_cancer`)."""
    entry = BY_NAME.get(intent)
    return bool(entry and entry.of_cancer)


def asked(intent: str) -> re.Pattern[str]:
    """How a question asks this intent (cancer_aspects.py reads the cancer-only ones)."""
    return _COMPILED[intent]


def signals_intent(intent: str, word: str) -> bool:
    """Whether a word of the question is one that signals this intent ("store" for storage)."""
    pattern = _COMPILED.get(intent)
    return bool(pattern and pattern.search(word))


def signals(phrase: str) -> bool:
    """Whether a phrase is itself an intent word ("pregnant"), not a symptom."""
    return any(p.search(phrase) for p in _COMPILED.values())


def replies(intent: str, text: str, question: str = "") -> bool:
    """Whether text holds what a first line for this intent must hold (a dose, a form, a count); an amount when
    the question asks for one ("how much?" is not answered by "twice a day")."""
    if intent == "dose" and DAYS_ASKED.search(question.lower()) and not DAYS.search(text):
        return False  # "which days do I take it?" is not answered by "twice a day"
    if intent == "dose" and FREQUENCY_ASKED.search(question.lower()) and not FREQUENCY.search(text):
        return False  # "how often do you get Tecentriq?" is not answered by "the shot has its own dose (1,875 mg)"
    if intent == "form" and re.search(INFUSION_TIME, question.lower()):
        # "how long does the Herceptin infusion take?" is answered by "the first dose takes about 90 minutes",
        # not by "given by vein"
        return bool(TAKES_TIME.search(text))
    pattern = _ENOUGH.get(intent) if AMOUNT_ASKED.search(question.lower()) else _REPLY.get(intent)
    return bool(pattern and pattern.search(text))


def answers_alone(intent: str, texts: list[str], question: str) -> bool:
    """Whether statements of a drug's own page answer this intent without its regimens' pages: any statement,
    or for an intent with a shape, one that holds it ("how much?" needs an amount, "how often?" a frequency)."""
    return bool(texts) and (not has_shape(intent) or any(replies(intent, t, question) for t in texts))


def has_shape(intent: str) -> bool:
    """Whether a first line for this intent must hold something particular (see `replies`)."""
    return intent in _REPLY


def said_line(intent: str, question: str) -> re.Pattern[str] | None:
    """What a line of the intent's `drug_said` fields must say to be read for this question; None when the question
    does not ask it (most intents never do)."""
    entry = BY_NAME.get(intent)
    if entry is None:
        return None
    lowered = question.lower()
    for said, line in (*entry.also_said, (entry.said, entry.said_line)):
        if said and compiled(said).search(lowered):
            return compiled(line, re.I)
    return None


# What a pill is taken with, asked beside another question ("what is Lynparza, do I swallow it with water?", "can I
# take my Tasigna with an antacid?"): the question's words, and the words of a how-to-take line that says it
# ("Swallow it whole with water", "take an antacid 2 hours before or after").
# ("drink lots of water on Cytoxan days" asks why the fluids, not what the pill goes down with; breast milk is asked
# of breastfeeding)
TAKEN_WITH = ((r"\b(with|and) (a |some |plain |just |only )?((full |large |big |whole )?glass of )?water\b|"
               # how it goes down, not a pill swallowed by a child nor trouble swallowing as a symptom
               r"\bswallow(ed)?( (it|them|the [\w-]+|my [\w-]+))? (whole|with)\b|"
               r"\b(do|should|can|could|must|may) (i|you|we|he|she|they) swallow\b|"
               r"\bwash(ed|ing)? (it |them |my [\w-]+ |the [\w-]+ )?down\b", r"\bwater\b|\bglass\b|\bswallow"),
              (r"(?<!breast )(?<!breast-)\bmilk\b|\bdairy\b", r"\bmilk\b|\bdairy\b"),
              (r"\bantacids?\b|\btums\b", r"\bantacids?\b"),
              (r"\bheartburn\b|\breflux\b|\b(stomach )?acid (pills?|medicines?|meds|blockers?)\b",
               r"\bantacids?\b|\bheartburn\b|\bacid\b|proton pump|\bh2\b"))
# (food has its own intent, which reads how to take it; a juice or a fruit is written among the interactions)
# The intents whose own drug fields say nothing of how the pill is taken: their questions read those lines too.
READS_TAKEN_WITH = ("definition", "interactions")


def taken_with(question: str) -> re.Pattern[str] | None:
    """What a how-to-take line must say to answer what the pill is taken with, as this question asks; None when it
    asks nothing of that."""
    lowered = question.lower()
    said = [line for asked, line in TAKEN_WITH if compiled(asked).search(lowered)]
    return compiled("|".join(said), re.I) if said else None


def fields(intent: str, kind: str) -> tuple[str, ...]:
    """The page fields of kind (`drug`, `regimen`, `cancer`, `named_regimen`, `regimen_only`) that answer it."""
    entry = BY_NAME.get(intent)
    return getattr(entry, kind) if entry else ()


# --- Question words read by the reply code -------------------------------------------------------------------------
# Patterns that read the QUESTION's text for the code that chooses and writes the answer (reply.py, regimen_reply.py,
# evidence.py, drug_families.py); patterns that read a statement's text stay beside the code that reads them.

# When something happens, which asks nothing itself: "I have a colonoscopy next week" is not about weeks.
WHEN = re.compile(r"\b(?:next|this|last|coming|in a|in two|in 2|in three|in 3) (day|days|week|weeks|month|months|weekend)\b")

# How often a test is done, said beside a "why" ("why an EKG every month on Lorbrena?", "why blood counts each
# visit?"): the reason is not in those words, so a line sharing only them is no reason.
# ("every other day", "before every Rituxan drip": one word may come between)
HOW_OFTEN_SAID = re.compile(r"\b(every|each|once a|twice a)( [\w-]+)? (day|week|month|year|visit|cycle|dose|time|"
                            r"drip|infusion|shot|treatment)s?\b")

# Which medicines a named drug is given with, asked without naming them: "what pill goes with it?", "what is Velcade
# combined with for lymphoma?", "I will get chemo with it to start ... which chemo?"
PARTNERS_ASKED = re.compile(
    r"\b(what|which) (other )?(chemo\w*|drugs?|pills?|medicines?|meds|medications?)\b[^?.]{0,25}\b(goes|go|given|"
    r"combined|used|paired|comes?|taken)\b[^?.]{0,15}\bwith\b|"
    r"\b(what|which)\b[^?.]{0,20}\b(is|are) (it|they|[\w-]+) (given|combined|used|paired|taken|mixed) with\b|"
    r"\bwith (it|them)\b[^?]*\b(what|which) (chemo\w*|drugs?|medicines?)\W*$|"
    # "Imfinzi plus a one-time dose of a second immunotherapy. what is the other drug?"
    r"\b(what|which)('s| is| are)? (the )?(other|second) (one|chemo\w*|drugs?|pills?|medicines?|meds|medications?|"
    r"immunotherap\w*|antibod\w*)\b")

# A test result said to have come back ("my TSH came back high"): no cancer coming back, which "came back" asks of a
# drug's uses.
# (the words "came back" only: "high" or "low" still name what was found)
RESULT_BACK = re.compile(r"\b(came|come|comes|coming) back(?=( as| at| really| very| a bit| slightly| too| so| a little)*"
                         r" (high|low|higher|lower|elevated|raised|normal|abnormal|positive|negative|clear|fine|ok|okay|"
                         r"good|bad|up|down)\b)")

# "why do I need EKGs on Kisqali?": a reason is asked
WHY = re.compile(r"\bwhy\b")

# "is Keytruda chemo?", "is ABVD chemotherapy?": whether it is chemo is asked, not only what kind of drug it is
CHEMO_SAID = re.compile(r"\bchemo")
KIND_OF = re.compile(r"\b(kind|type|class|sort) of\b")

# "does Revlimid have a black box warning?"
# (not a box the pills are kept in: "a pill box", "the blister box", "a weekly box"; nor a box of something: "a box of
# Velban vials sat out overnight" asks about storage)
BOXED = re.compile(r"(?<!pill )(?<!pills )(?<!blister )(?<!weekly )(?<!medicine )\bbox(ed)?\b(?! of\b)|black.?box|"
                   # "the scariest warning on the label": the label's gravest warning is its boxed one
                   r"\b(scariest|worst|biggest|strongest|gravest|most (serious|important|severe)) warnings?\b")
# A question that yes or no answers: "does Revlimid have a black box warning?", not "what is its worst warning?"
YES_NO_ASKED = re.compile(r"^\W*(does|do|did|is|are|was|has|have|had|can|could|will|would|should|any)\b")

# what a word means is asked ("what does overall survival mean for myeloma?")
MEANS = re.compile(r"\b(mean|means|meaning|stand for|stands for)\b")
# What was just said is asked about: "... came back benign. what does that mean?"
THAT_MEANS = re.compile(r"\bwhat(?:'s| does| do| did| is) (?:that|this|it|those|these) (?:word |words |term )?(?:mean|means|stand for)\b")

# "Side effects? esp bones": the side effects in general are asked, one kind above all (shown below the list).
ABOVE_ALL = re.compile(r"\b(esp|especially|particularly|mainly|mostly|above all|in particular)\b", re.I)

# "what does stage 3 mean for her treatment?", "how is it treated": the cancer's treatment is asked of, not only what it is
TREATMENT_SAID = re.compile(r"\btreat(s|ed|ing|ment|ments)?\b|\btherap(y|ies)\b")
# Surgery said by its name or what it does ("a cystectomy", "if they take the bladder out", "after the operation"):
# a cancer page's note on treatment says what the operation is and what comes after it
SURGERY_SAID = re.compile(r"\b\w+ectom(y|ies)\b|\bsurger(y|ies)\b|\boperations?\b|\bremov(e|ed|es|ing|al)\b|"
                          r"\b(take|takes|took|taking|taken) (the |her |his |my |it |them |both |one )?(\w+ )?out\b")

# "which side effect is most common?", "the main side effects": the most frequent first, not those of a word said
MOST_COMMON = re.compile(r"\bmost (common|frequent|usual|likely)\b|\bcommonest\b|\bmain side.?effects?\b", re.I)

# A question that speaks of the kidneys or liver at all: only it is answered by a how-to-take line for people with
# their problems.
ORGAN_ASKED = re.compile(r"\b(kidney|renal|liver|hepatic|dialysis|cirrhosis|creatinine|crcl|e?gfr|bilirubin|"
                         r"hepatitis|child.?pugh)", re.IGNORECASE)

# "once a week", "twice a day" said in the question: the schedule said that way
RHYTHM = re.compile(r"\b(once|twice) (a|per|each|every) (day|week|month)\b", re.I)

# "What does the H in R-CHOP stand for?", "what do the letters in FOLFOX mean?": where the plan's name comes from.
NAME_ASKED = re.compile(r"\bstands? for\b|\bletters?\b|\bwhere does the name\b|\bname (mean|come)|\bshort for\b|"
                        r"\b(abbreviation|acronym|initials)\b", re.I)

# The word just before the word for treatment names the family: "antibody drugs", "hormone medicines",
# "immunotherapy treatments" ("does everyone need treatment" names none).
FAMILY_SAID = re.compile(r"\b([a-z-]+) (drugs?|medicines?|medications?|meds|therap(y|ies)|treatments?|pills?|options?)\b")
# Which drugs are asked, not what one does: "does hormone therapy for prostate cancer thin the bones?" asks no list.
LIST_ASKED = re.compile(r"\b(what|which|are there|is there|name|list)\b")
# Words of such a question that are no family: "chemo" is asked by the chemo rules, "new" or "best" by no page.
NOT_A_FAMILY = re.compile(r"^(chemo\w*|used?|usual\w*|common\w*|types?|kinds?|main|mainly|other|different|newe?r?|"
                          r"best|good|right|standard|available|approved|options?|choices?|names?|what|which|there|"
                          r"their|these|those|some|many|more|need|needs|first|second|later|next)$")
