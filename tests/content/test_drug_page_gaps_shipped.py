"""Drug pages hold what people asked and the pages lacked: biosimilar brands, time of day, capsules (issue #11)."""


import pytest
from shippedkb import shipped_kb


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.mark.parametrize(("drug", "brand", "reference"), [
    ("pegfilgrastim", "Udenyca", "Neulasta"), ("pegfilgrastim", "Ziextenzo", "Neulasta"),
    ("filgrastim", "Zarxio", "Neupogen"), ("filgrastim", "Nivestym", "Neupogen"),
    ("rituximab", "Truxima", "Rituxan"), ("rituximab", "Ruxience", "Rituxan"),
    ("trastuzumab", "Kanjinti", "Herceptin"), ("trastuzumab", "Ogivri", "Herceptin"),
    ("bevacizumab", "Mvasi", "Avastin"), ("bevacizumab", "Zirabev", "Avastin"),
])
def test_a_biosimilar_brand_finds_its_page_and_says_what_it_copies(kb, drug: str, brand: str, reference: str) -> None:  # noqa: ANN001
    page = kb.drugs[drug]
    assert brand in page.names
    assert any(brand in f.question and f"biosimilar of {reference}" in f.answer for f in page.faqs)


@pytest.mark.parametrize(("drug", "section", "words"), [
    ("cyclophosphamide", "administration", "early in the day"),
    ("vinorelbine", "administration", "Swallow each capsule whole"),
    ("brentuximab-vedotin", "administration", "G-CSF"),
    ("ibrutinib", "interactions", "Vaccines may work less well"),
    ("pembrolizumab", "interactions", "flu shot"),
])
def test_a_drug_page_says_it(kb, drug: str, section: str, words: str) -> None:  # noqa: ANN001
    assert any(words in s.text for s in getattr(kb.drugs[drug], section))
