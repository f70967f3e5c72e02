"""Drug pages answer the 'other use', 'partner drug' and 'how long after' questions blind-set writers ask (issue #11)."""


import pytest
from shippedkb import shipped_kb


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.mark.parametrize(("drug", "cancer", "words"), [
    ("pembrolizumab", "kidney-cancer", "after surgery"),
    ("pembrolizumab", "kidney-cancer", "lenvatinib"),
    ("pembrolizumab", "head-and-neck-cancer", "removed by surgery"),
    ("daratumumab", "multiple-myeloma", "carfilzomib"),
    ("daratumumab", "multiple-myeloma", "thalidomide"),
    ("durvalumab", "bladder-cancer", "gemcitabine and cisplatin"),
    ("durvalumab", "stomach-cancer", "FLOT"),
    ("olaparib", "prostate-cancer", "abiraterone"),
    ("olaparib", "ovarian-cancer", "bevacizumab"),
])
def test_a_drug_names_its_use_for_that_cancer_and_partner(kb, drug: str, cancer: str, words: str) -> None:  # noqa: ANN001
    assert any(u.cancer == cancer and words in u.text for u in kb.drugs[drug].uses)


def test_pembrolizumab_names_mesothelioma_among_its_other_uses(kb) -> None:  # noqa: ANN001
    assert any("mesothelioma" in s.text for s in kb.drugs["pembrolizumab"].other_uses)


@pytest.mark.parametrize(("drug", "span"), [
    ("vincristine", "at least 7 months"), ("vincristine", "at least 4 months"),
    ("cisplatin", "3 months"), ("fluorouracil", "at least 3 months"),
])
def test_a_drug_says_how_long_birth_control_lasts_after_it(kb, drug: str, span: str) -> None:  # noqa: ANN001
    assert any(span in s.text for s in kb.drugs[drug].pregnancy)
