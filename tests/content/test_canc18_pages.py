"""Questions a family asks of a cancer type or a treatment plan that no page answered before canc18 (iron overload
from transfusions in MDS, dumping syndrome and B12 after stomach surgery, the choices after surgery for stage 1
seminoma, brachytherapy for cervical cancer, AIHA in CLL, progestins for endometrial cancer that comes back, what
"double hit" means, rituximab maintenance after a transplant for MCL, CAR T cells for ALL, how common CML is, and
trial results for GC, ICE, KEYNOTE-522, KEYNOTE-A18, KEYNOTE-054, lenalidomide maintenance and vitiligo on
nivolumab) now get the page's line that says it."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("what is dumping syndrome after stomach cancer surgery?", ["too fast", "15 to 30 minutes"]),
    ("after the whole stomach is removed for cancer, are vitamin b12 shots needed?", ["b12 shots", "every 3 months"]),
    ("what is the radiation placed inside the body for cervical cancer called?", ["brachytherapy"]),
    ("can CLL make the immune system destroy red blood cells?", ["autoimmune hemolytic anemia"]),
    ("endometrial cancer came back and hormone pills were offered. which hormone is it?", ["progestin", "megestrol"]),
])
def test_the_question_leads_with_the_new_line(cited_lead: Callable[[str], str], question: str, facts: list[str]) -> None:
    lead = cited_lead(question)
    assert all(f in lead for f in facts), (question, lead)


@pytest.mark.parametrize(("question", "facts"), [
    ("what does double hit mean for diffuse large b-cell lymphoma?", ["myc", "bcl2"]),
    ("how long is rituximab maintenance after a transplant for mantle cell lymphoma?", ["every 2 months for 3 years"]),
    ("what treatment uses your own T cells when ALL comes back a second time?", ["tisagenlecleucel"]),
    ("how common is CML among the leukemias?", ["all new cases of leukemia"]),
    ("my father has MDS and needs so many transfusions that his iron is high. is there a treatment for that?",
     ["iron chelator", "deferasirox"]),
    ("stage 1 seminoma was removed with the testicle. is more treatment needed?", ["surveillance", "carboplatin"]),
    ("is GC as good as MVAC for bladder cancer that has spread?", ["mvac", "15.2 months"]),
    ("why did ifosfamide in the ICE regimen run over a whole day?", ["24 hours"]),
    ("does pembrolizumab before and after surgery for triple negative breast cancer help people live longer?",
     ["86.6"]),
    ("did people with cervical cancer live longer when keytruda was added to chemoradiation?", ["82.6"]),
    ("how much does pembrolizumab after melanoma surgery lower the chance of it coming back?", ["75.4", "61.0"]),
    ("in studies, how many months did lenalidomide maintenance hold off myeloma after a stem cell transplant?", ["52.8 months"]),
    ("can nivolumab for melanoma cause white patches of skin?", ["vitiligo"]),
])
def test_the_new_line_is_among_the_cited_evidence(cited_answer_text: Callable[[str], str], question: str, facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown)


@pytest.mark.parametrize(("question", "facts"), [
    ("does the goserelin injection for prostate cancer hurt?", ["sting"]),
    ("carboplatin alone for ovarian cancer that came back: can I become allergic to it?", ["9th cycle"]),
    ("in the EMERGE study of lenalidomide for mantle cell lymphoma, how long did people live?", ["19 months"]),
    ("how long are the drips each week for cisplatin with radiation after head and neck surgery?", ["3 hours"]),
    ("on dasatinib for cml, does fluid around the lungs mean the drug works less well?",
     ["as well against their cml"]),
    ("are azacitidine side effects worst in the first cycles for MDS?", ["first 2 cycles"]),
])
def test_a_thin_plan_page_answers_what_it_lacked(cited_answer_text: Callable[[str], str], question: str, facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown)
