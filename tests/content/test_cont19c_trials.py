"""Asked how well a drug works, a person sees the main trial's result on the drug's own page: the trial's name, who
was in it and the headline figure, with a citation (branch cont19c, drugs l to z)."""

from collections.abc import Callable

import pytest

CASES = [
    ("How well does ribociclib work?", ["monaleesa-2", "63.9 months", "51.4 months"]),
    ("Did venetoclax help people live longer?", ["viale-a", "14.7 months", "9.6 months"]),
    ("How well does midostaurin work?", ["ratify", "74.7 months", "25.6 months"]),
    ("Did ramucirumab help people live longer?", ["rainbow", "9.6 months", "7.4 months"]),
    ("How well does palbociclib work?", ["paloma-2", "27.6 months", "14.5 months"]),
    ("How well does lenalidomide work for myeloma?", ["first trial", "59.1 months", "49.1 months"]),
    ("How well does nab-paclitaxel work for pancreatic cancer?", ["mpact", "8.7 months", "6.6 months"]),
    ("Did Abraxane with carboplatin work better than Taxol for lung cancer?", ["1,052 people", "33%", "25%"]),
    ("How well does pomalidomide work?", ["mm-003", "12.4 months", "8.0 months"]),
    ("How well does pemetrexed work?", ["1,725 people", "12.6 months", "10.9 months"]),
    ("How well does obinutuzumab work?", ["cll11", "26.7 months", "11.1 months"]),
    ("How well does thalidomide work for myeloma?", ["ifm 99-06", "51.6 months", "33.2 months"]),
    ("How well does trametinib work?", ["combi-ad", "52 in 100", "36 in 100"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_how_well_a_drug_works_shows_its_trial_figure(
        answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]) -> None:
    answer_shows(question, facts)


def test_trastuzumab_deruxtecan_answer_opens_with_its_trial_result(cited_lead: Callable[[str], str]) -> None:
    """The trial line sat only on the plan pages, behind the list of uses; the drug page now leads with it."""
    lead = cited_lead("How well does trastuzumab deruxtecan work?")
    assert all(f in lead for f in ["destiny-breast03", "76 in 100", "34 in 100"]), lead


BIG_TRIAL = [
    ("lenvatinib", ["reflect", "13.6 months", "12.3 months"]),
    ("lorlatinib", ["crown", "60 in 100", "8 in 100"]),
    ("osimertinib", ["flaura", "18.9 months", "10.2 months"]),
    ("sorafenib", ["sharp", "10.7 months", "7.9 months"]),
    ("oxaliplatin", ["mosaic", "67 in 100", "59 in 100"]),
    ("sacituzumab govitecan", ["ascent", "12.1 months", "6.7 months"]),
    ("temozolomide", ["eortc-ncic", "27 in 100", "11 in 100"]),
    ("trifluridine tipiracil", ["recourse", "7.1 months", "5.3 months"]),
]


@pytest.mark.parametrize(("drug", "facts"), BIG_TRIAL)
def test_what_the_big_trial_showed_is_answered_from_the_drug_page(
        cited_answer_text: Callable[[str], str], drug: str, facts: list[str]) -> None:
    """These results sat only on plan pages, and asking for a drug's big trial found no answer at all."""
    text = cited_answer_text(f"What did the big trial of {drug} show?")
    assert all(f in text for f in facts), (drug, facts, text[:600])
