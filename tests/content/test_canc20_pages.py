"""Questions a family asks of a treatment plan, a cancer type or a report word that no page answered before canc20
now get the cited line that says it: trial results the plans lacked (ICON3, GOG 158, CONKO-001, PRODIGE 24, the
first COMBI-AD report, CONFIRM, GERCOR, JAVELIN Bladder 100, PARAMOUNT, MAIA survival) and the kidney limit for
pemetrexed on the plan that gives it with carboplatin and pembrolizumab."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("did a trial compare carboplatin alone with carboplatin and taxol for ovarian cancer?",
     ["icon3", "36.1 months", "35.4 months"]),
    ("for ovarian cancer after surgery, does carboplatin with taxol work as well as cisplatin with taxol?",
     ["not inferior", "57.4 months", "48.7 months"]),
    ("does six months of gemcitabine after pancreatic cancer surgery help more than just watching?",
     ["13.4 months", "6.9 months", "21 in 100"]),
    ("how did modified folfirinox compare with gemcitabine after pancreatic cancer was removed?",
     ["21.6 months", "12.8 months"]),
    ("after melanoma surgery, how much do dabrafenib and trametinib lower the chance it comes back?",
     ["58 in 100", "39 in 100"]),
    ("do people on fulvestrant 500 mg live longer than on 250 mg?", ["26.4 months", "22.3 months"]),
    ("does it matter if folfiri or folfox comes first for colon cancer that spread?",
     ["21.5 months", "20.6 months"]),
    ("after gemcitabine and cisplatin for bladder cancer, what maintenance drip is given and does it help?",
     ["avelumab", "21.4 months", "14.3 months"]),
    ("does staying on pemetrexed alone after cisplatin and pemetrexed help with lung cancer?",
     ["0.78", "13.9 months", "11.0 months"]),
    ("does daratumumab with lenalidomide and dexamethasone help people live longer in myeloma?",
     ["32% lower", "0.68"]),
])
def test_a_plan_page_gives_the_trial_result(cited_answer_text: Callable[[str], str], question: str,
                                            facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


def test_the_carboplatin_pemetrexed_pembrolizumab_plan_gives_the_kidney_limit(
        cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule: pemetrexed is not advised below a creatinine clearance of 45 mL/min."""
    shown = cited_answer_text("on carbo, alimta and keytruda, how low can kidney function be before alimta is not given?")
    assert "under 45 ml/min" in shown, shown[:600]
