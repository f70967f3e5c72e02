"""Questions patients asked that the shipped pages could not answer until the facts were added (issue #11, stop 24):
each answer passes the citation check and shows the added fact somewhere among its cited items."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "fact"), [
    # each brand's own label: BENDEKA 10 minutes, where TREANDA takes 30 or 60
    ("how long does a bendeka infusion take? the old treanda took longer", "10 minutes"),
    # NHS medicines pages
    ("the dexamethasone keeps me awake all night, what time of day should i take it", "morning"),
    ("the dex pills upset my stomach. should i take them with food", "with food"),
    # case reports and a cohort on oxygen during surgery after bleomycin
    ("I had bleomycin years ago and now need surgery with anesthesia. should the surgeon know?", "oxygen"),
    # high-dose cytarabine and the cerebellum
    ("high dose ara-c, my son is slurring words and wobbly walking. is this the chemo", "balance"),
    # anastrozole is for women past menopause (label uses, NHS)
    ("can my sister take arimidex? she is 44 and still has periods", "past menopause"),
    # why the antihistamine comes before cetuximab (label § 5.1, premedication studies)
    ("why do i get benadryl before my erbitux", "infusion reaction"),
    # how common, how long and how often it stops treatment (label § 6.1, maker's medical information)
    ("how common is a rash with erleada", "1 in 4"),
    # AROMASIN Patient Information
    ("How should I store exemestane?", "68 to 77 °F"),
    # older IFEX label, Adverse Reactions
    ("How common is hair loss on ifosfamide?", "hair loss"),
    # FDA 2011 safety labeling change and two pediatric CML studies
    ("Can Gleevec affect how my child grows?", "slow growth in children"),
    # NHS SPS Medicines Q&A; Humphreys 2017
    ("Can I drink alcohol on methotrexate?", "harm the liver"),
    # LiverTox
    ("Can 6-MP make your eyes turn yellow?", "jaundice"),
])
def test_the_answer_holds_the_added_fact(composer, question: str, fact: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert fact.lower() in " ".join(item.text for item in answer.cited()).lower()
