"""Questions a family asks of a cancer type or a treatment plan that no page answered before canc17 (how APL is
treated, the BCG course, CML response goals, CAR T cells for DLBCL that comes back, hepatitis C treatment in
marginal zone lymphoma, late effects after Hodgkin lymphoma, bone medicines in myeloma, the usual type of ovarian
cancer, earlier bowel screening with a family history, the OlympiA result) now get the page's line that says it."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("for early bladder cancer, how often is BCG given and for how long?", ["once a week for 6 weeks"]),
    ("cml: what bcr-abl level is the goal at 3 months and 12 months?", ["10% or less", "0.1% or less"]),
    ("what is CAR T-cell therapy for diffuse large B-cell lymphoma that comes back?", ["own t cells"]),
    ("can treating hepatitis c help marginal zone lymphoma?", ["antiviral"]),
    ("what long-term health problems can happen years after hodgkin lymphoma treatment?",
     ["heart disease", "second cancer"]),
    ("is there a medicine to protect the bones in myeloma?", ["zoledronic acid", "denosumab"]),
])
def test_the_question_leads_with_the_new_line(cited_lead: Callable[[str], str], question: str, facts: list[str]) -> None:
    lead = cited_lead(question)
    assert all(f in lead for f in facts), (question, lead)


@pytest.mark.parametrize(("question", "facts"), [
    ("how is APL treated in AML?", ["all-trans retinoic acid", "arsenic trioxide"]),
    ("my father had colon cancer, when should i start screening?", ["age 40"]),
    ("did olaparib after surgery help people with BRCA early breast cancer live longer?", ["olympia", "90 in 100"]),
    # The lead names the common kind (epithelial, 80 to 90 in 100); the line on its commonest kind follows it.
    ("what is the most common type of ovarian cancer?", ["epithelial", "high-grade serous"]),
])
def test_the_new_line_is_among_the_cited_evidence(cited_answer_text: Callable[[str], str], question: str, facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown)
