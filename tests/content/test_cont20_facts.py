"""Drug questions whose fact sat on no page, or only on another page (branch cont20): asked in plain words, the
answer now shows the fact, from a cited line."""

from collections.abc import Callable

import pytest

CASES = [
    ("My husband's prostate cancer is spreading despite the shots and he has not had chemo. Does Zytiga help before chemo?",
     ["cou-aa-302", "16.5 months", "8.3 months"]),
    ("My CLL came back. Did Calquence alone do better than the usual treatments in the study?",
     ["ascend", "88%", "68%"]),
    ("Does Kadcyla still help once HER2 breast cancer has spread after other treatments?",
     ["th3resa", "22.7 months", "15.8 months"]),
    ("Can Arimidex cause carpal tunnel?", ["carpal tunnel", "2.6%", "0.7% with tamoxifen"]),
    ("His PSA doubles fast but scans show no spread. Does Erleada help men live longer?",
     ["spartan", "73.9 months", "59.9 months"]),
    ("Was Inlyta tested against another pill after kidney cancer grew on the first one? How did it do?",
     ["axis", "6.7 months", "4.7 months"]),
    ("Which side effects are less common with bendamustine and rituximab than with R-CHOP?",
     ["bright", "nerve damage", "hair loss"]),
    ("Can breast growth from bicalutamide be prevented?",
     ["radiotherapy", "tamoxifen"]),
    ("How much bleomycin is put into the chest to stop fluid coming back around the lung?",
     ["60 units", "pleural effusion"]),
    ("I am changing a Blincyto bag at home. Do I flush the line first?",
     ["do not flush the line", "a bag is changed"]),
    ("My dad has peripheral T-cell lymphoma. Does Adcetris with CHP work better than CHOP?",
     ["echelon-2", "48 months", "21 months"]),
    ("How did Cabometyx do against the other second-line pill in the trial?",
     ["meteor", "7.4 months", "3.8 months"]),
    ("How well does cabozantinib work?",
     ["meteor", "21.4 months", "17.1 months"]),
    ("What dose of Xeloda is usual with radiation for rectal cancer?",
     ["825 mg/m\u00b2 twice a day", "radiation"]),
    ("Does carboplatin work as well as cisplatin with Taxol for ovarian cancer?",
     ["gog 158", "20.7 months", "19.4 months"]),
    ("Does adding Libtayo to chemo help people with lung cancer live longer?",
     ["empower-lung 3", "21.9 months", "13.0 months"]),
    ("How well does Erbitux with encorafenib work for BRAF colon cancer?",
     ["beacon", "8.4 months", "5.4 months"]),
    ("Should cisplatin vials go in the fridge?",
     ["room temperature", "not be put in the fridge"]),
    ("Can cyclophosphamide slow wound healing after surgery?",
     ["wound healing"]),
    ("Does high-dose cytarabine work better than a lower dose after AML remission?",
     ["calgb 8525", "44%", "24%"]),
    ("Can Nubeqa be used with just the hormone shots, without chemo, and does it help?",
     ["aranote", "46%"]),
    ("Does Sprycel work faster than Gleevec for CML?",
     ["dasision", "64%", "46%"]),
    ("What heart test is done before and during daunorubicin?",
     ["echocardiogram", "muga"]),
    ("How much does Tarceva add to gemcitabine for pancreatic cancer?",
     ["pa.3", "5.9 months", "0.3 months"]),
    ("How many people with advanced systemic mastocytosis respond to Rydapt?",
     ["69%", "mastocytosis"]),
    ("Can long-term prednisone hurt the eyes?",
     ["cataracts", "glaucoma"]),
    ("How long did people live on Cyramza alone for stomach cancer?",
     ["regard", "5.2 months", "3.8 months"]),
    ("How long did Stivarga hold GIST back in the study?",
     ["grid", "4.8 months", "0.9 months"]),
    ("How well does sunitinib work for GIST after imatinib?",
     ["27.3 weeks", "6.4 weeks"]),
    ("Does Kisqali help women before menopause live longer?",
     ["monaleesa-7", "70%", "46%"]),
    ("Does Trodelvy help in hormone-positive HER2-negative breast cancer?",
     ["tropics-02", "14.4 months", "11.2 months"]),
    ("Is Xpovio used for lymphoma too?",
     ["diffuse large b-cell lymphoma"]),
    ("In the Nexavar study for thyroid cancer, how long did it keep the cancer from growing?",
     ["decision", "10.8 months", "5.8 months"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_the_answer_shows_the_fact_asked_for(
        cited_answer_text: Callable[[str], str], question: str, facts: list[str]) -> None:
    text = cited_answer_text(question)
    assert all(f in text for f in facts), (question, facts, text[:600])
