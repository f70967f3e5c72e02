"""Drug facts people ask that no page held before stop 37 (branch cont19) are now shown, with a citation, when asked
in plain words: how exemestane differs from the other aromatase inhibitors, irinotecan and the lungs, aortitis after pegfilgrastim, Raynaud's after bleomycin, delayed vomiting after cisplatin, glucarpidase for
methotrexate, mercaptopurine with no TPMT, the filgrastim dose after radiation, the dexamethasone dose before
blinatumomab, the lenvatinib dose with everolimus, the hydroxyurea dose by weight, paclitaxel over 24 hours with
cisplatin, fulvestrant before menopause, the pembrolizumab dose for children, inotuzumab cycle lengths, the single
tremelimumab dose with durvalumab, bicalutamide 150 mg alone in the UK, mesna not fully protecting the bladder,
panitumumab not to be added to bevacizumab, and the main trial results for dacarbazine, polatuzumab, ivosidenib,
nilotinib, high-dose daunorubicin and gemcitabine in the bladder. Branch sources19c checked the facts read only in
copies against their originals: the dose facts now cite what was read in the original (a trial report, the maker's
own page), and two facts no original confirmed (ifosfamide and the heart, the UK vincristine dose cap) were taken out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb


@pytest.mark.parametrize(("question", "facts"), [
    ("how is aromasin different from anastrozole and letrozole", ["steroidal", "irreversibly"]),
    ("can irinotecan inflame the lungs", ["16 weeks"]),
    ("can pegfilgrastim cause aortitis", ["aorta", "3 in 1,000"]),
    ("can bleomycin cause raynaud's phenomenon", ["raynaud", "20 to 37 in 100"]),
    ("why is my mom vomiting 3 days after cisplatin", ["delayed", "93 in 100"]),
    ("what is glucarpidase for methotrexate", ["glucarpidase", "48 to 60 hours"]),
    ("what dose of mercaptopurine with no working tpmt", ["10-fold"]),
    ("what dose of neupogen after radiation exposure", ["10 mcg/kg"]),
    ("what dose of dexamethasone before blincyto", ["20 mg of dexamethasone"]),
    ("what dose of lenvima with everolimus for kidney cancer", ["18 mg", "5 mg of everolimus"]),
    ("how is the hydroxyurea dose worked out", ["15 mg/kg"]),
    ("what dose of paclitaxel over 24 hours with cisplatin for ovarian cancer", ["135 mg/m²"]),
    ("can faslodex be given before menopause", ["lhrh agonist"]),
    ("how long did people on dacarbazine live in checkmate 066", ["11.2 months"]),
    ("how much longer did people live with polivy added to bendamustine and rituximab", ["12.4 months", "4.7 months"]),
    ("how long did tibsovo hold off bile duct cancer in the clarIDHy trial", ["2.7 months", "1.4 months"]),
    ("does one dose of gemcitabine in the bladder after turbt stop it coming back", ["35%", "47%"]),
    ("what dose of pembrolizumab do children with hodgkin lymphoma get", ["aged 3 and older", "2 mg/kg"]),
    ("how long is each besponsa cycle", ["21 days", "28 days"]),
    ("imfinzi with tremelimumab for liver cancer schedule", ["single dose", "tremelimumab", "every 4 weeks"]),
    ("is casodex 150 mg taken alone in the uk", ["150 mg tablet a day", "at least 2 years"]),
    ("how did tasigna compare with imatinib in enestnd", ["44%", "22%"]),
    ("should vectibix be combined with avastin", ["pacce", "should not be used"]),
    ("did high-dose daunorubicin 90 work better than 45 in aml", ["82.5%", "72.0%"]),
    ("does mesna fully protect the bladder from ifosfamide", ["does not fully protect", "66.7%"]),
    ("what medicines are given before polivy", ["antihistamine", "fever reducer", "30 to 60 minutes"]),
    ("how is the iv mesna dose worked out from the ifosfamide dose", ["20% of the ifosfamide dose", "4 and 8 hours"]),
    ("did empliciti help people live longer in eloquent-2", ["48.3 months", "39.6 months"]),
    ("is letrozole after 5 years of tamoxifen normal", ["extended adjuvant"]),
    ("what kind of chemo drug is fluorouracil", ["antimetabolite"]),
    ("what is the lenvima dose for thyroid cancer", ["24 mg once a day"]),
    ("which mds risk groups is dacogen approved for", ["intermediate-1", "intermediate-2", "high risk"]),
    ("are lupron shots bad for the bones", ["fracture", "denosumab"]),
])
def test_a_fact_no_page_held_is_answered_with_its_source(answer_shows: Callable[[str, list[str]], None], question: str,
                                                         facts: list[str]) -> None:
    answer_shows(question, facts)


def test_dose_facts_read_in_copies_now_cite_an_original_that_was_read() -> None:
    # A reader who follows the citation lands on a page that says the dose: the trial report or the maker's page.
    kb = shipped_kb()

    def sources(drug: str, fact: str) -> set[str]:
        lines = [s for s in kb.drugs[drug].administration if fact in s.text]
        assert lines, (drug, fact)
        return {c.source for c in lines[0].cite}

    assert "schlumberger-2015-select-lenvatinib" in sources("lenvatinib", "24 mg once a day")
    assert "motzer-2015-lenvatinib-everolimus" in sources("lenvatinib", "5 mg of everolimus")
    assert sources("pembrolizumab", "2 mg/kg") == {"keytruda-msd-ireland-dosing"}
    assert kb.sources["burnett-2015-aml17-daunorubicin"].pmid == "25833957"


def test_the_cemiplimab_page_gives_the_skin_cancer_response_rate_with_its_source() -> None:
    # Squamous skin cancer has no cancer page, so the result sits in other_uses; answers do not yet draw on it.
    lines = [s for s in shipped_kb().drugs["cemiplimab"].other_uses if "47.2%" in s.text]
    assert lines and lines[0].cite, "the cemiplimab page should give the 47.2% response rate, cited"
