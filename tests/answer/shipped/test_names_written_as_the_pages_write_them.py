""""eGFR" is the kidney test (estimated GFR) and "EGFR" the gene: the case tells them apart. "st johns wort"
typed without the apostrophe is the herb the interaction rules name. The question is shown back as typed.
Shipped knowledge base."""

from oncoguide.answer.understand import understand


def test_egfr_in_that_case_is_the_kidney_test(composer) -> None:  # noqa: ANN001
    answer = composer.answer("What is eGFR?")
    assert answer.direct and "kidneys" in answer.direct[0].text
    assert answer.question == "What is eGFR?"


def test_the_gene_keeps_its_meaning(kb) -> None:  # noqa: ANN001
    assert understand(kb, "what is EGFR").terms[:1] == ["egfr"]


def test_the_herb_without_its_apostrophe_is_the_herb(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can i take st johns wort with irinotecan")
    assert answer.direct and "St. John's wort" in answer.direct[0].text
    assert not any("johns" in n.text.lower() for n in answer.notices)
