"""Drug and glossary facts people ask that no page held before stop 36 (branch cont18) are now shown, with a
citation, when asked in plain words: how much fluid goes in before carfilzomib, the filter on the paclitaxel line,
the flush after vinorelbine, how long people lived in CLEOPATRA and LATITUDE, POLARIX against R-CHOP, the bosutinib
dose with liver problems, low magnesium on carboplatin, dabrafenib capsule doses for children, bortezomib never
given into the spinal fluid, BOSTON for selinexor, and who must not get rasburicase."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("how many mL of fluid will i get before my kyprolis drip", ["250 to 500 ml"]),
    ("does paclitaxel need a filter on the iv line", ["0.22 micron"]),
    ("how much saline is used to flush after vinorelbine", ["75 to 125 ml"]),
    ("how much longer did people live with perjeta in the cleopatra study", ["56.5 months", "40.8 months"]),
    ("what bosutinib dose with liver problems", ["200 mg"]),
    ("does carboplatin lower magnesium", ["magnesium", "61%"]),
    ("what dose of dabrafenib capsules for a child who weighs 30 kg", ["75 mg twice a day"]),
    ("did abiraterone help men live longer in latitude", ["38%"]),
    ("how did polatuzumab compare with r-chop at 2 years", ["76.7%", "70.2%"]),
    ("can bortezomib be given into the spine", ["spinal fluid", "died"]),
    ("how long did myeloma stay controlled on selinexor in the boston study", ["13.9 months", "9.5 months"]),
])
def test_a_fact_no_page_held_is_answered_with_its_source(answer_shows: Callable[[str, list[str]], None], question: str,
                                                         facts: list[str]) -> None:
    answer_shows(question, facts)


def test_rasburicase_says_who_must_not_get_it(definition_says: Callable[[str, list[str]], None]) -> None:
    definition_says("rasburicase", ["G6PD deficiency", "African or Mediterranean"])


def test_adenocarcinoma_says_its_share_of_lung_cancer(definition_says: Callable[[str, list[str]], None]) -> None:
    definition_says("adenocarcinoma", ["about 40 in 100 lung cancers"])
