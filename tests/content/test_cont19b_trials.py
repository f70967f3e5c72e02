"""How well a drug works, asked in plain words, is answered from the drug's own page with the pivotal trial's headline
figure and its citation (branch cont19b). These drugs a..k had no trial result that a "how well does it work" or
"did it help people live longer" question reached: daratumumab (MAIA), isatuximab (ICARIA-MM), carfilzomib
(ENDEAVOR) and ixazomib (TOURMALINE-MM1)."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("how well does darzalex work for newly diagnosed myeloma", ["maia", "70.6%", "55.6%"]),
    ("did sarclisa help people with myeloma live longer", ["icaria-mm", "24.6 months", "17.7 months",
                                                           "not quite big enough"]),
    ("did kyprolis help people live longer", ["endeavor", "47.8 months", "38.8 months"]),
    ("how well does ninlaro work", ["tourmaline-mm1", "20.6 months", "14.7 months"]),
])
def test_how_well_a_drug_works_shows_its_main_trial_figure(cited_answer_text: Callable[[str], str], question: str,
                                                           facts: list[str]) -> None:
    text = cited_answer_text(question)
    assert all(f in text for f in facts), (question, text[:700])
