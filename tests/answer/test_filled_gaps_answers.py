"""Questions patients asked that the shipped pages could not answer until the facts were added (issue #11, stop 24)."""

from pathlib import Path

import pytest

from oncoguide.answer import Composer, check

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer():  # noqa: ANN201
    from oncoguide.content import load

    return Composer(load(CONTENT))


@pytest.mark.parametrize(("q", "fact"), [
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
])
def test_the_answer_holds_the_added_fact(composer, q: str, fact: str) -> None:  # noqa: ANN001
    answer = composer.answer(q)
    assert check(answer) == []
    assert fact in " ".join(item.text for item in answer.cited())
