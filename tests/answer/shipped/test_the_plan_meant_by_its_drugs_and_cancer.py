"""Two drugs and a cancer named ("Keytruda and Lenvima for endometrial cancer") mean the plan made of them: what its
page says answers what the drug pages do not (which kind of the cancer it is for), and a drug's use for another
cancer is not shown as if it answered. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "is lenvatinib and pembrolizumab for endometrial cancer meant for msi high",
    "lenvima with keytruda for uterine cancer, which kind - msi high?",
])
def test_the_plan_page_says_which_kind_it_is_for(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and "not MSI-high" in answer.direct[0].text, question
    shown = [i.text for g in answer.guidelines for i in g.items] + [answer.direct[0].text]
    assert not any("colorectal" in t for t in shown), shown


def test_another_cancers_use_is_not_shown(composer) -> None:  # noqa: ANN001
    answer = composer.answer("darolutamide and docetaxel for prostate cancer that spread: how many docetaxel cycles")
    shown = [i.text for g in answer.guidelines for i in g.items]
    assert not any("breast cancer" in t for t in shown), shown
