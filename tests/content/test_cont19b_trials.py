"""How well a drug works, asked in plain words, is answered from the drug's own page with the pivotal trial's headline
figure and its citation (branch cont19b). These drugs a..k had no trial result that a "how well does it work" or
"did it help people live longer" question reached: daratumumab (MAIA), isatuximab (ICARIA-MM), abemaciclib (MONARCH
2), carfilzomib (ENDEAVOR), ixazomib (TOURMALINE-MM1), docetaxel (CHAARTED), bicalutamide (the Akaza trial),
ivosidenib (AGILE), bendamustine (StiL), bortezomib (SWOG S0777), blinatumomab (TOWER), dabrafenib (COMBI-AD) and
bleomycin (BEP in testicular cancer). All but the first three reuse the sources their plan pages already cite: a
plan line did not answer the question asked of the drug."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("how well does darzalex work for newly diagnosed myeloma", ["maia", "70.6%", "55.6%"]),
    ("did sarclisa help people with myeloma live longer", ["icaria-mm", "24.6 months", "17.7 months",
                                                           "not quite big enough"]),
    ("did kyprolis help people live longer", ["endeavor", "47.8 months", "38.8 months"]),
    ("how well does ninlaro work", ["tourmaline-mm1", "20.6 months", "14.7 months"]),
    ("did docetaxel help men with prostate cancer live longer", ["chaarted", "57.6 months", "44.0 months", "low-volume spread did not live longer"]),
    ("how well does casodex work", ["205 men", "22% lower"]),
    ("how well does bendamustine work", ["stil", "69.5 months", "31.2 months"]),
    ("how well does velcade work for myeloma", ["s0777", "41 months", "29 months"]),
    ("how well does blincyto work", ["tower", "7.7 months", "4.0 months"]),
    ("how well does dabrafenib work", ["combi-ad", "52 in 100", "36 in 100"]),
    ("did verzenio help people live longer", ["monarch 2", "46.7 months", "37.3 months"]),
    ("how well does bleomycin work", ["812 men", "90 in 100", "3 cycles of bep"]),
])
def test_how_well_a_drug_works_shows_its_main_trial_figure(answer_shows: Callable[[str, list[str]], None], question: str,
                                                           facts: list[str]) -> None:
    answer_shows(question, facts)
