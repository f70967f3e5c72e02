"""A glossary word answers the next thing people ask about it: does the test hurt and how long it takes, how an
infection spreads, what signs to look for, what is checked and why (second round of issue #11 glossary work)."""

from __future__ import annotations

import pytest
from shippedkb import shipped_kb


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.mark.parametrize(("slug", "facts"), [
    ("cystoscopy", ["numbing jelly", "5 to 15 minutes", "burn a little when you pee"]),
    ("extravasation", ["burning", "during the drip or after it", "vesicants"]),
    ("dcis", ["stage 0", "Without treatment", "Chemo is not used"]),
    ("pneumocystis-pneumonia", ["spreads through the air", "over days or weeks", "treated with antibiotics"]),
    ("qt-prolongation", ["7 days after starting", "potassium or magnesium"]),
    ("gnrh-agonist", ["first weeks", "hot flashes", "thinning bones"]),
    ("germ-cell-tumor", ["grow and spread faster", "15 to 35", "curable"]),
    ("electrolytes", ["vomiting or diarrhea", "blood or urine test"]),
    ("urothelial-carcinoma", ["Smoking", "55 or older"]),
    ("dpd-deficiency", ["DPYD", "test before the first dose", "avoided"]),
    ("orchiectomy", ["not just a sample", "father children"]),
    ("undescended-testicle", ["3 in 100", "testicular cancer"]),
    ("colostomy", ["for good", "Fewer than 1 in 10"]),
    ("radical-prostatectomy", ["within a year", "1 to 2 years"]),
    ("lumpectomy", ["followed by radiation", "live as long"]),
    ("hysterectomy", ["periods stop", "both ovaries"]),
    ("mastectomy", ["1 to 3 hours", "1 to 2 weeks later", "same operation or later"]),
    ("brachytherapy", ["not radioactive", "first 2 months"]),
    # gloss-h14: what the syndrome does to the blood, how the fluid is drained, how it differs from relapsed, what to
    # do day to day, a rinse to make at home, radiation or not, water and a PICC, flushes of an unused port
    ("tumor-lysis-syndrome", ["potassium, phosphate and uric acid", "lowers calcium"]),
    ("ascites", ["paracentesis"]),
    ("refractory", ["Relapsed is different", "came back"]),
    ("thrombocytopenia", ["soft toothbrush", "electric razor", "aspirin or ibuprofen"]),
    ("mucositis", ["baking soda", "salt", "warm water"]),
    ("echocardiogram", ["no radiation", "every 3 months"]),
    ("picc-line", ["Do not swim", "waterproof cover"]),
    ("port", ["not being used", "once a month"]),
    ("her2-low", ["1+, or 2+", "trastuzumab deruxtecan (Enhertu)"]),
    # gloss-h14, the shortest words: which drugs, how they are taken, what a usual value is, which test
    ("btk", ["zanubrutinib", "pills taken every day", "mantle cell lymphoma", "fast, uneven heartbeat"]),
    ("kinase-inhibitor", ["not classic chemo", "pills taken by mouth", "imatinib for CML"]),
    ("topoisomerase-inhibitor", ["etoposide", "Diarrhea"]),
    ("loading-dose", ["over 90 minutes", "missed by more than a week"]),
    ("androgen-receptor", ["Enzalutamide, apalutamide and darolutamide", "not chemo"]),
    ("cd20", ["hepatitis B"]),
    ("red-blood-cells", ["4.2 to 5.4 million", "anemia"]),
    ("nephrotoxicity", ["creatinine"]),
    ("enzyme", ["ALT, AST and ALP", "kinase"]),
    ("body-surface-area", ["multiplied by your BSA", "about 1.8 square meters"]),
    ("pd-1", ["not chemo", "every 3 or 6 weeks", "every 2 or 4 weeks"]),
    ("ctla-4", ["every 3 weeks for 4 doses"]),
    ("cdk4-6-inhibitor", ["with hormone therapy", "21 days, then stopped for 7 days"]),
    ("ramp-up", ["20 mg", "400 mg in week 5", "6 to 8 glasses"]),
    ("bcl-2", ["once a day with a meal", "ramp-up"]),
    ("proteasome-inhibitor", ["multiple myeloma", "shot under the skin", "numbness"]),
    ("premedication", ["Paclitaxel needs them too"]),
    ("pd-l1", ["not chemo", "test of the tumor"]),
    ("egfr", ["tumor or the blood is tested", "Osimertinib is a pill"]),
    ("vegf", ["28 days before planned surgery"]),
    ("lipase", ["each month", "belly pain"]),
    ("antibody-drug-conjugate", ["Trastuzumab deruxtecan (Enhertu)", "drip into a vein"]),
    ("muga-scan", ["chest x-ray", "no side effects", "2 days"]),
    ("bone-scan", ["a few hours later", "30 to 45 minutes", "does not hurt"]),
    ("mammogram", ["a few seconds", "about 30 minutes", "deodorant"]),
    ("smoldering-myeloma", ["10 in 100 people each year", "first 5 years"]),
    ("ultrasound", ["8 hours before", "not to empty your bladder"]),
    ("taxane", ["Hair loss", "numbness or tingling", "allergic reaction"]),
    ("anthracycline", ["total dose", "years later"]),
    ("hypomethylating-agent", ["7 days", "every 4 weeks", "first 1 or 2 cycles"]),
    ("veno-occlusive-disease", ["stem cell transplant", "inotuzumab ozogamicin (Besponsa)"]),
    ("differentiation-syndrome", ["Gilteritinib and ivosidenib", "both used for AML"]),
    ("growth-factor", ["at least 24 hours after chemo", "one shot after each round", "bones and muscles"]),
    ("hpv-test", ["every 5 years", "does not replace screening"]),
    ("ca-125", ["0 to 35 U/mL", "not used to screen"]),
    ("pe", ["leg vein (DVT)", "Call 911", "at least 3 months"]),
    ("parp-inhibitor", ["twice a day", "BRCA", "MDS or leukemia"]),
    ("ldh", ["IPI score"]),
    ("perioperative-chemotherapy", ["about 8 weeks", "50 months"]),
    ("therapy-related-aml", ["7 in 100"]),
    ("secondary-mds", ["7 to 12 in 100"]),
    ("venous-thromboembolism", ["swelling, pain, warmth or redness", "Call 911"]),
    ("de-novo-mds", ["85 in 100"]),
    ("ugt1a1", ["UGT1A1*28 and *6", "before irinotecan starts"]),
    ("stem-cell-transplant", ["2 to 4 weeks", "engraftment"]),
])
def test_a_word_answers_what_people_ask_next(definition_says, slug: str, facts: list[str]) -> None:  # noqa: ANN001
    definition_says(slug, facts)


@pytest.mark.parametrize(("slug", "typed"), [
    ("dcis", "stage 0 breast cancer"),
    ("cystoscopy", "bladder scope"),
    ("orchiectomy", "remove the testicle"),
    ("undescended-testicle", "cryptorchidism"),
    ("dpd-deficiency", "DPYD test"),
    ("radical-prostatectomy", "prostate surgery"),
    ("her2-low", "HER2 low"),
    ("tumor-lysis-syndrome", "tumor lysis"),
    ("extravasation", "chemo leak"),
    ("mucositis", "sore mouth"),
    ("nephrotoxicity", "kidney damage"),
    ("neutrophils", "segs"),
    ("pe", "blood clot in the lungs"),
])
def test_a_word_is_found_by_what_people_type(kb, slug: str, typed: str) -> None:  # noqa: ANN001
    term = kb.glossary.get(slug)
    assert term is not None, slug
    assert typed.lower() in [a.lower() for a in term.aliases], (slug, term.aliases)
