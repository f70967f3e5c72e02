"""Facts people ask that no page held before stop 34 (branch cont16) are now shown, with a citation, when asked in
plain words: which glands ipilimumab can harm, transplant rejection with cemiplimab, pills for KRAS G12C, liposomal
doxorubicin, dexrazoxane, where etoposide comes from, big red cells on hydroxyurea, the mercaptopurine liquid, who
gains from docetaxel in CHAARTED, mono and Hodgkin lymphoma, transplants and DLBCL, the eye MALT lymphoma germ, lung
tests on bleomycin, what rasburicase does, how a Pap test is done, the D-dimer test, zanubrutinib against ibrutinib
and dark nails on hydroxyurea."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("which hormone glands can ipilimumab hurt", ["pituitary", "adrenal"]),
    ("had a liver transplant, is libtayo ok for me", ["rejection of a transplanted organ"]),
    ("is there a pill for kras g12c lung cancer", ["kras g12c", "tested for the change first"]),
    ("is doxil just doxorubicin", ["liposomes", "must not be swapped"]),
    ("can anything shield my heart while on doxorubicin", ["dexrazoxane", "300 mg/m²"]),
    ("what is vp-16 made from", ["podophyllotoxin"]),
    ("my mcv is high on hydroxyurea", ["high mcv"]),
    ("how long can an opened bottle of liquid mercaptopurine be used", ["56 days", "30 seconds"]),
    ("does adding docetaxel to lupron help men with low-volume prostate cancer spread", ["low-volume", "51.2 months"]),
    ("had mono as a teen, does it raise hodgkin lymphoma risk", ["mono", "about 1 in 1,000"]),
    ("can a heart transplant lead to diffuse large b-cell lymphoma", ["3 to 21 times"]),
    ("is malt lymphoma of the eye caused by an infection", ["chlamydia psittaci", "south florida"]),
    ("which lung tests check for bleomycin damage", ["pulmonary function tests", "dlco"]),
    ("what does rasburicase do", ["uric acid", "kidneys clear it"]),
    ("how is a pap test done for cervical cancer screening", ["speculum"]),
    ("what is a d-dimer test", ["breaks down", "ctpa"]),
    ("was brukinsa compared with imbruvica in a trial", ["78 in 100", "atrial fibrillation"]),
    ("my nails went black on hydroxyurea", ["melanonychia"]),
])
def test_a_fact_no_page_held_is_answered_with_its_source(answer_shows: Callable[[str, list[str]], None], question: str,
                                                         facts: list[str]) -> None:
    answer_shows(question, facts)
