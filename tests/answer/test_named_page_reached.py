"""Issue 11: a question reaches what the page it points to holds, though it says the cancer, the treatment or the time
asked in everyday words: "his psa went up after prostate surgery" is about prostate cancer (a number that went up has
spread nowhere), "a lump on his testicle" is about testicular cancer and asks how such a lump is checked, "a kidney
cancer found on a scan" tells how it was found and asks none of the tests of its plans, "when are his counts lowest"
gets the meaning that gives those days, "a bispecific antibody for his myeloma, how does it work?" gets what that
kind of treatment is, "is that combo for everyone?" asks who it is for, a drug asked about alone reaches its own
plan's lines, and a word the cancer's page uses (BCR-ABL) keeps the cancer said as whose pills.

Questions are built from the shipped knowledge base, so new pages are tested as they land.
"""

import re

import pytest
from test_replies import KB, ask

from oncoguide.answer.understand import understand

# cancers also named "cancer of the <organ>" whose page says how it is found, with that organ
OF_THE = re.compile(r"cancer of the (\w+)")
ORGAN_CANCERS = [(c, m[1]) for c in KB.cancers.values() if c.diagnosis
                 for m in [next(filter(None, map(OF_THE.fullmatch, c.synonyms)), None)] if m]
TIME = re.compile(r"\b\d+ (to|or) \d+ (days|weeks)\b")


def test_a_number_that_went_up_is_no_cancer_that_spread():
    q = understand(KB, "my husbands psa went up again after his prostate surgery. what scan finds where the cancer is?")
    assert q.cancers == ["prostate-cancer"]


def test_a_cancer_said_to_have_gone_somewhere_still_names_no_cancer_of_that_organ():
    q = understand(KB, "his cancer went to his liver. what scans will they do now?")
    assert "liver-cancer" not in q.cancers


@pytest.mark.parametrize(("cancer", "organ"), ORGAN_CANCERS, ids=lambda x: getattr(x, "slug", x))
def test_a_lump_in_an_organ_asks_how_that_cancer_is_found(cancer, organ):
    a = ask(f"a hard lump was found in my {organ}. what is usually the first test to look at it?")
    found = {s.text for s in cancer.diagnosis}
    assert any(i.text in found for i in a.cited()), [i.text[:60] for i in a.cited()]


def test_a_lump_beside_a_drug_names_no_cancer():
    q = understand(KB, "a lump on my testicle since i started tamoxifen, is that from the pills?")
    assert q.cancers == []


def test_how_a_cancer_was_found_is_not_what_is_asked():
    a = ask("my dad has a 3 cm kidney cancer found on a scan. does he have to lose the whole kidney?")
    notes = {s.text for s in KB.cancers["kidney-cancer"].treatment_note}
    shown = [i.text for i in a.cited()]
    assert any(t in notes and "whole kidney" in t for t in shown), [t[:60] for t in shown]
    assert not any((i.where or "").endswith(": monitoring") for i in a.cited())


@pytest.mark.parametrize("drug", ["doxorubicin", "carboplatin", "cyclophosphamide"])
def test_when_counts_are_lowest_and_back_up_shows_the_days(drug):
    name = KB.drugs[drug].generic_name.lower()
    a = ask(f"when are my blood counts lowest after my {name}, and when do they come back up?")
    times = [i.text for i in a.cited() if TIME.search(i.text)]
    assert any("lowest" in t for t in times) and any("recover" in t for t in times), times


def test_getting_the_immune_system_to_attack_asks_how_it_works_not_how_it_is_given():
    q = understand(KB, "how does it get his immune system to attack the cancer?")
    assert q.intents == ["mechanism"]


@pytest.mark.parametrize(("term", "words", "cancer"), [
    ("bispecific-antibody", "a bispecific antibody", "myeloma"),
    ("checkpoint-inhibitor", "a checkpoint inhibitor", "melanoma"),
])
def test_how_a_kind_of_treatment_works_for_a_cancer_shows_what_that_kind_is(term, words, cancer):
    a = ask(f"his hematologist wants to try {words} for his {cancer}. how does it get his immune system to attack it?")
    assert any(i.where == f"glossary {term}" for i in [*a.direct, *a.cited()]), [i.where for i in a.cited()]


def test_why_a_plan_was_picked_and_whether_it_is_for_everyone_asks_who_it_is_for():
    q = understand(KB, "why did the doctor pick opdivo plus yervoy for my dads kidney cancer? is that combo for everyone?")
    assert "uses" in q.intents


def test_a_drug_asked_alone_reaches_the_lines_of_its_single_drug_plan():
    # "does Lynparza raise the risk of leukemia?": its plan says the blood counts are checked every 4 weeks
    a = ask("does lynparza raise the risk of leukemia")
    alone = {f"regimen {r.slug}" for r in KB.regimens.values() if r.drugs == ["olaparib"]}
    assert any((i.where or "").split(":")[0] in alone for i in a.cited()), [i.where for i in a.cited()]


def test_a_word_the_cancer_page_uses_keeps_the_cancer_said_as_whose_pills():
    # "BCR-ABL" is a word of CML itself, which its page explains (not a side effect of the pills, as hot flashes are)
    a = ask("my husband started his cml pill 3 months ago and his bcr-abl pcr is now 8%. is that on track?")
    page = {st.text for st in KB.cancers["chronic-myeloid-leukemia"].about_disease()}
    page |= {st.text for st in KB.cancers["chronic-myeloid-leukemia"].treatment_note}
    assert any(i.text in page and "BCR-ABL" in i.text for i in a.cited()), [i.where for i in a.cited()]
