"""A medicine we do not cover named before its implant or patch ("Zoladex implant every 3 months for breast
cancer") is said to be not covered, instead of answering from the cancer page as if the cancer were asked about.
Shipped knowledge base."""

from oncoguide.answer.understand import understand


def test_the_implant_is_a_medicine_we_do_not_cover(composer) -> None:  # noqa: ANN001
    question = "zoladex implant every 3 months for breast cancer, how big is the needle"
    assert understand(composer.kb, question).unknown_drugs == ["zoladex"]
    answer = composer.answer(question)
    assert any("does not cover zoladex" in n.text for n in answer.notices)
