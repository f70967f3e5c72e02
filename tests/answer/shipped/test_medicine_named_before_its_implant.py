"""A medicine we do not cover named before its implant or patch ("Vantas implant every year for prostate cancer") is
said to be not covered, instead of answering from the cancer page as if the cancer were asked about; Zoladex, which
this pinned until it got a page (goserelin), now gets that page's answer. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_the_implant_is_a_medicine_we_do_not_cover(composer) -> None:  # noqa: ANN001
    question = "vantas implant every year for prostate cancer, how big is it"
    assert understand(composer.kb, question).unknown_drugs == ["vantas"]
    answer = composer.answer(question)
    assert any("does not cover vantas" in n.text for n in answer.notices)


def test_zoladex_asked_for_breast_cancer_gets_the_implant_women_get(composer) -> None:  # noqa: ANN001
    # The 10.8 mg (3-month) implant is for men only; the goserelin page says so (ZOLADEX 10.8 mg label § 2).
    answer = composer.answer("zoladex implant every 3 months for breast cancer, how big is the needle")
    assert check(answer) == [] and answer.drugs == ["goserelin"]
    assert not answer.notices
    text = " ".join(item.text for item in answer.cited())
    assert "only for men" in text and "3.6 mg implant every 28 days" in text and "14-gauge" in text
