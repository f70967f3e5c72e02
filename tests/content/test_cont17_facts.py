"""Drug and glossary facts people ask that no page held before stop 35 (branch cont17) are now shown, with a
citation, when asked in plain words: an eye doctor for keratitis on osimertinib or cetuximab, white cells that drop
late after obinutuzumab, falsely high estradiol tests on fulvestrant, keeping the methotrexate liquid, the
elotuzumab dose with pomalidomide, splitting a large azacitidine shot, when bendamustine counts are lowest, raising
the axitinib dose, gloves for pomalidomide, creatinine on abemaciclib, growth on dasatinib, sun on cetuximab, radiation recall on
doxorubicin, blocked tear drains on weekly docetaxel, ribociclib for men, Vyxeos against daunorubicin, and the
myeloma staging system."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("tagrisso and now my eye is sore and red in bright light, who checks that", ["eye doctor", "keratitis"]),
    ("could my low white count now be from obinutuzumab i stopped last month", ["more than 28 days"]),
    ("on fulvestrant shots and the estradiol blood result is sky high, is that right", ["falsely high"]),
    ("can xatmep be kept at room temperature", ["60 days"]),
    ("empliciti with pomalyst, what is the dose after cycle 2", ["20 mg/kg", "every 4 weeks"]),
    ("vidaza under the skin, the dose is over 4 ml, one syringe or two", ["2 syringes"]),
    ("at what point after treanda are blood counts at their lowest", ["third week"]),
    ("when can the axitinib dose go up to 7 mg", ["7 mg", "2 weeks in a row"]),
    ("abemaciclib and a high creatinine, is it kidney damage", ["tubules", "cystatin c"]),
    ("could dasatinib stunt my child's growth", ["growth"]),
    ("i will be in the sun a lot on erbitux", ["spf 15"]),
    ("skin where i had radiation went red after doxorubicin", ["radiation recall"]),
    ("weekly taxotere and tears keep running down my cheeks", ["epiphora", "tubes"]),
    ("should i wear gloves to give my husband his pomalyst", ["disposable gloves"]),
    ("is kisqali approved for men with breast cancer", ["men", "december 2021"]),
    ("what makes vyxeos different from plain daunorubicin", ["liposomes", "never swapped"]),
    ("what is iss stage 3 in myeloma", ["5.5 mg/l"]),
])
def test_a_fact_no_page_held_is_answered_with_its_source(answer_shows: Callable[[str, list[str]], None], question: str,
                                                         facts: list[str]) -> None:
    answer_shows(question, facts)


def test_the_new_glossary_words_say_what_people_ask(definition_says: Callable[[str, list[str]], None]) -> None:
    definition_says("international-staging-system", ["3.5 mg/L", "5.5 mg/L", "R-ISS"])
    definition_says("opioid-induced-constipation", ["senna", "polyethylene glycol"])
