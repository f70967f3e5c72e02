"""Shipped missed-dose and interaction rules say the same thing to the advisor, the tracker and the reader."""

import datetime as dt
import re

import pytest
from shippedkb import shipped_kb

from oncoguide.tracker.medicines import advice
from oncoguide.tracker.missed import Action, advise


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def test_every_missed_dose_hour_limit_is_the_one_its_text_states(kb) -> None:  # noqa: ANN001
    # The advisor applies take_within_hours; the person reads the text. They must not disagree.
    with_hours = {s: d.missed_dose for s, d in kb.drugs.items() if d.missed_dose and d.missed_dose.take_within_hours}
    assert with_hours  # lenalidomide and thalidomide at least
    for slug, rule in with_hours.items():
        stated = {float(n) for n in re.findall(r"(\d+(?:\.\d+)?) hours?\b", rule.text)}
        assert rule.take_within_hours in stated, (slug, rule.take_within_hours, rule.text)


def test_thalidomide_missed_dose_advice_follows_the_12_hour_rule(kb) -> None:  # noqa: ANN001
    drug = kb.drugs["thalidomide"]
    usual = dt.time(22, 0)
    late = advise(drug, usual, dt.datetime(2026, 3, 2, 23, 30))
    too_late = advise(drug, usual, dt.datetime(2026, 3, 3, 10, 30))  # 12.5 hours after last night's dose time
    assert late.action == Action.take_now
    assert too_late.action == Action.which_dose and "skip" in too_late.message


def test_gilteritinib_missed_dose_advice_follows_its_12_hour_rule(kb) -> None:  # noqa: ANN001
    # XOSPATA 2.2 (re-read on US text this stop): take it if the next dose is at least 12 hours away.
    drug = kb.drugs["gilteritinib"]
    usual = dt.time(8, 0)
    assert advise(drug, usual, dt.datetime(2026, 3, 2, 19, 0)).action == Action.take_now  # 11 hours late
    assert advise(drug, usual, dt.datetime(2026, 3, 2, 21, 0)).action == Action.skip  # 13 hours late
    assert "Never take 2 doses within 12 hours" in drug.missed_dose.text


@pytest.mark.parametrize(("slug", "rule"), [("ixazomib", "at least 3 days (72 hours) away"),
                                            ("darolutamide", "as soon as you remember, before the next dose")])
def test_a_rule_counted_from_the_next_dose_is_shown_not_applied_by_the_clock(kb, slug: str, rule: str) -> None:  # noqa: ANN001
    # These labels count back from the next dose (weekly for ixazomib): the advisor shows the rule and does not
    # turn it into "take it now".
    drug = kb.drugs[slug]
    assert drug.missed_dose.take_within_hours is None and rule in drug.missed_dose.text
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 10, 0)).action == Action.ask


def test_a_drug_without_a_label_rule_tells_the_person_to_ask_their_care_team(kb) -> None:  # noqa: ANN001
    without = [d for d in kb.drugs.values() if d.missed_dose is None]
    assert without  # IV drugs given in clinic have none
    for drug in without:
        verdict = advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 11, 0))
        assert verdict.action == Action.ask and "care team" in verdict.message, drug.slug


@pytest.mark.parametrize(("drug", "medicine"), [
    ("dabrafenib", "warfarin"),        # named in the statement
    ("cabozantinib", "rifampin"),      # named, and a strong CYP3A inducer
    ("ribociclib", "grapefruit juice"),
    ("thalidomide", "famotidine"),
    ("axitinib", "itraconazole"),      # only by its kind: a strong CYP3A blocker
    # a US brand name is the medicine itself (content/medicines.yaml other_names)
    ("acalabrutinib", "Nexium"),       # a proton pump inhibitor
    ("dasatinib", "Pepcid AC"),        # an H2 blocker
    ("thalidomide", "Tagamet"),        # cimetidine, named in the statement
    ("ibrutinib", "Xarelto"),          # a blood thinner
    ("zanubrutinib", "Plavix"),        # stops platelets
    ("acalabrutinib", "Pradaxa"),      # a blood thinner
    ("methotrexate", "Advil"),         # an NSAID
    ("pemetrexed", "Aleve"),           # "ibuprofen and similar pain pills"
    ("ribociclib", "Dilantin"),        # a strong CYP3A inducer
    ("venetoclax", "Paxlovid"),        # its ritonavir is a strong CYP3A blocker
    ("ibrutinib", "Diflucan"),         # "some antifungal ... medicines"
    ("lenvatinib", "ondansetron"),     # can change the heart rhythm (QT)
    ("thalidomide", "Benadryl"),       # an antihistamine adds to the sleepiness
    ("thalidomide", "Lopressor"),      # a beta blocker also slows the heart
    ("bendamustine", "Cipro"),         # a CYP1A2 blocker
    ("enzalutamide", "Lopid"),         # a strong CYP2C8 blocker
    ("anastrozole", "Premarin"),       # a medicine with estrogen
    ("pirtobrutinib", "Sporanox"),     # itraconazole: a strong CYP3A blocker (stop 25)
    ("bicalutamide", "warfarin"),      # stop 25: CASODEX 7, the clotting test is checked closely
    # stop 25: the EU leaflets' "other medicines" lists for drugs given in clinic
    ("bortezomib", "rifampin"),        # named
    ("bortezomib", "Tegretol"),        # carbamazepine, named
    ("ipilimumab", "Xarelto"),         # a blood thinner: stomach or gut bleeding
    ("ipilimumab", "vemurafenib"),     # skin side effects after it
    ("cemiplimab", "prednisone"),      # a steroid may make it work less well
    ("cyclophosphamide", "amiodarone"),  # stop 26: § 7, lung damage may be more likely
    ("cyclophosphamide", "zidovudine"),  # stop 26: § 7, adds to the drop in blood counts
    ("trifluridine-tipiracil", "zidovudine"),  # stop 26: the Lonsurf EU leaflet names it
    ("pembrolizumab", "prednisone"),   # stop 26: a steroid before starting may make it work less well
    ("panitumumab", "bevacizumab"),    # stop 26: the Vectibix EU leaflet says not to combine them
    ("obinutuzumab", "Xarelto"),       # stop 26: a blood thinner; the doctor may change how it is taken
    # stop 26: new pages
    ("vinorelbine", "Sporanox"),       # itraconazole: a strong CYP3A4 blocker (NAVELBINE 7)
    ("ado-trastuzumab-emtansine", "warfarin"),  # named: it lowers platelets (Kadcyla EU leaflet 2)
    ("ado-trastuzumab-emtansine", "voriconazole"),  # named among the strong CYP3A4 blockers
    # stop 27 (cont-b9): interactions for drugs that had none
    ("goserelin", "methadone"),        # raises the risk of a heart rhythm problem (UK Zoladex leaflets 2)
    ("goserelin", "amiodarone"),       # a heart rhythm medicine it may interfere with
    ("dacarbazine", "Tegretol"),       # carbamazepine: a liver-harming medicine to avoid (EU Dacarbazine medac 2)
    ("daunorubicin", "doxorubicin"),   # earlier doxorubicin raises the heart risk (label, Warnings)
])
def test_a_listed_medicine_shows_the_cancer_drugs_label_rule(kb, drug, medicine) -> None:  # noqa: ANN001
    shown = advice(kb, [drug], 1, medicine, None)
    assert shown.rules and all(r.cite for r in shown.rules)
    assert shown.message == ""


@pytest.mark.parametrize(("drug", "medicine"), [
    ("dabrafenib", "apixaban"),        # the warfarin INR rule is about warfarin, not every blood thinner
    ("blinatumomab", "apixaban"),
    ("thalidomide", "omeprazole"),     # the label names H2 blockers such as famotidine, not proton pump inhibitors
    ("thalidomide", "Prilosec"),       # nor by its brand name
    ("dabrafenib", "Xarelto"),
])
def test_a_rule_about_one_medicine_is_not_shown_for_others_of_its_kind(kb, drug, medicine) -> None:  # noqa: ANN001
    shown = advice(kb, [drug], 1, medicine, None)
    assert shown.rules == []


# Missed-dose rules added since stop 22, each as its source gives it (labels differ for osimertinib and sunitinib).
@pytest.mark.parametrize(("slug", "rule"), [
    ("enzalutamide", "If a whole day is missed, do not take extra"),
    ("enzalutamide", "Just take your usual dose the next day"),  # stop 24: the day after a missed day
    ("letrozole", "Never take 2 doses on the same day"),
    ("osimertinib", "if you miss a dose, do not make it up"),
    ("sunitinib", "up to 12 hours late"),
    # added or corrected in stop 23
    ("ivosidenib", "within 12 hours of your usual time"),
    ("sorafenib", "If you miss a dose, skip it"),
    ("regorafenib", "but only on that same day"),
    # added in stop 25 from the EU package leaflets (the US patient texts were out of reach)
    ("dasatinib", "take the next dose at the usual time. Do not take a double dose"),
    ("erlotinib", "talk to your doctor or pharmacist as soon as you can"),
    ("dexamethasone", "if you are less than 12 hours late"),
    # added in stop 26 (cont-a8)
    ("bicalutamide", "If you miss a dose, skip it. Take the next dose at the usual time"),  # CASODEX 2
    ("methotrexate", "never take a double dose to make up for a missed one"),  # EU Jylamvo leaflet 3
    ("hydroxyurea", "never take a double dose to make up for a missed one"),  # EU Siklos and Xromi leaflets 3
    # added in stop 26 from the EU package leaflets (no US missed-dose text was reachable)
    ("pirtobrutinib", "If more than 12 hours have passed, skip it"),
    ("pirtobrutinib", "Do not take a double dose"),
    ("temozolomide", "take it as soon as you can on the same day. If a whole day has gone by, ask your doctor"),
    # stop 26: a clinic drip, from KADCYLA 2 and the EU leaflet 3
    ("ado-trastuzumab-emtansine", "it is given as soon as possible. Do not wait until the next planned cycle"),
    # stop 27 (cont-a9): no US label rule was in reach; each names or follows the source it comes from
    ("anastrozole", "NHS advice in the UK: if you forget a dose, skip it and take the next one at the usual time"),
    ("anastrozole", "Do not take 2 doses to make up for a missed one"),
    ("exemestane", "If it is almost time for the next one, just take that one at the usual time"),  # Aromasin leaflet 3
    ("exemestane", "Do not take a double dose"),
    ("tamoxifen", "take it as soon as you remember that day"),  # Health Navigator NZ
    ("tamoxifen", "Do not take a double dose"),
    # stop 27 (cont-a9): hospital patient sheets, the only sources with a rule that could be reached
    ("etoposide", "take it as soon as you remember that same day. Never take a double dose"),  # Children's Minnesota
    ("cyclophosphamide", "Another says to tell your care team instead"),  # the sheets differ: both are shown
    ("cyclophosphamide", "never take a double dose to catch up"),
    ("leucovorin", "If you miss a dose, ask your care team how to make it up"),
    ("mesna", "If you miss a tablet, ask your care team what to do"),
    # stop 28 (cont-d10): Elsevier's prednisone sheet; the US tablet labels give no rule
    ("prednisone", "if you miss a dose, take it as soon as you can"),
    ("prednisone", "If it is almost time for your next dose, ask your care team what to do"),
    # stop 29 (cont-f11): pomalidomide's 12-hour limit (Micromedex Health Guide, maker's patient page, POMALYST 17);
    # zanubrutinib's US and EU rules differ and both are shown; the others re-read against their EU leaflets 3
    ("pomalidomide", "If it has been less than 12 hours since your usual time, take the missed dose"),
    ("pomalidomide", "If it has been more than 12 hours, skip it"),
    ("pomalidomide", "Never take 2 doses to make up for one you missed"),
    ("zanubrutinib", "take it as soon as you can on the same day"),
    ("zanubrutinib", "The EU leaflet says instead to skip it and take the next dose at its usual time"),
    ("nilotinib", "Do not make up a missed dose"),  # Tasigna EU leaflet 3
    ("olaparib", "If you miss a dose, skip it"),  # Lynparza EU leaflet 3
    ("palbociclib", "do not take an extra dose. Take your next dose at the usual time"),  # IBRANCE EU leaflet 3
    ("ribociclib", "do not take another dose that day"),  # Kisqali EU leaflet 3
    ("venetoclax", "If it has been more than 8 hours, skip it"),  # Venclyxto EU leaflet 3
    ("trifluridine-tipiracil", "do not take an extra dose"),  # LONSURF 2.1
])
def test_a_missed_dose_rule_says_what_its_source_says(kb, slug: str, rule: str) -> None:  # noqa: ANN001
    assert rule in kb.drugs[slug].missed_dose.text


def test_ivosidenib_missed_dose_advice_follows_its_12_hour_rule(kb) -> None:  # noqa: ANN001
    # TIBSOVO 2: take it within 12 hours of the usual time, else wait for the next day's dose.
    drug = kb.drugs["ivosidenib"]
    assert drug.missed_dose.take_within_hours == 12
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 19, 0)).action == Action.take_now
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 21, 0)).action != Action.take_now


def test_pirtobrutinib_missed_dose_advice_follows_its_12_hour_rule(kb) -> None:  # noqa: ANN001
    # Jaypirca EU leaflet 3: less than 12 hours after the usual time, take it now; more than 12 hours, skip it.
    drug = kb.drugs["pirtobrutinib"]
    assert drug.missed_dose.take_within_hours == 12
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 19, 0)).action == Action.take_now
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 21, 0)).action != Action.take_now


def test_pomalidomide_missed_dose_advice_follows_its_12_hour_rule(kb) -> None:  # noqa: ANN001
    # POMALYST: less than 12 hours after the usual time, take it now; more than 12 hours, skip it until the next day.
    drug = kb.drugs["pomalidomide"]
    assert drug.missed_dose.take_within_hours == 12
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 19, 0)).action == Action.take_now
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 21, 0)).action == Action.skip


def test_no_missed_dose_rule_tells_anyone_to_double_up(kb) -> None:  # noqa: ANN001
    # "double", "extra" or "2 doses" may only appear as what not to do
    for slug, drug in kb.drugs.items():
        if drug.missed_dose is None:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", drug.missed_dose.text):
            if re.search(r"\bdoubl|\bextra\b|\b(2|two) doses\b", sentence, re.I):
                assert re.search(r"\b(do not|don't|never|not)\b", sentence, re.I), (slug, sentence)


@pytest.mark.parametrize("slug", ["dasatinib", "erlotinib", "dexamethasone", "temozolomide",
                                  "anastrozole", "exemestane", "tamoxifen", "etoposide", "cyclophosphamide",
                                  "leucovorin", "mesna", "prednisone"])
def test_a_rule_without_hours_is_shown_not_applied_by_the_clock(kb, slug: str) -> None:  # noqa: ANN001
    # The Sprycel and Tarceva leaflets give no time limit; Neofordex's 12 hours is one 40 mg product's rule on a
    # page that covers every dexamethasone schedule. So the advisor shows the rule instead of saying "take it now".
    drug = kb.drugs[slug]
    assert drug.missed_dose.take_within_hours is None
    assert advise(drug, dt.time(8, 0), dt.datetime(2026, 3, 2, 10, 0)).action == Action.ask
