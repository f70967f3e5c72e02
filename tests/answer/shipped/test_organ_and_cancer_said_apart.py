"""An organ and the word "cancer" said apart ("how is the bladder checked for cancer?") name that organ's cancer
page; "skin cancer, or just lung" names no lung cancer, and cancer that spread to an organ is no cancer of it.
Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "slug"), [
    ("how is the bladder checked for cancer", "bladder-cancer"),
    ("what do they do to the stomach to look for cancer", "stomach-cancer"),
    ("how often should my prostate be checked for cancer", "prostate-cancer"),
])
def test_the_organs_cancer_is_named(kb, composer, question, slug) -> None:  # noqa: ANN001
    assert understand(kb, question).cancers == [slug]
    assert composer.answer(question).direct


@pytest.mark.parametrize("question", [
    "is keytruda used for skin cancer too, or just lung",
    "has my cancer spread to the liver",
])
def test_no_organs_cancer_is_named(kb, question) -> None:  # noqa: ANN001
    assert understand(kb, question).cancers == []
