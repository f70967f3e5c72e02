""""What is extensive stage small cell lung cancer?" is answered by the page sentence that describes it and then
names it ("... it has often spread outside the chest. This is called extensive stage."), not by the page's general
opening line; a word the glossary defines is still the glossary's. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my brother has extensive stage small cell lung cancer, what is that", "this is called extensive stage"),
    ("what is hepatocellular carcinoma, the liver cancer kind?", "it is called hepatocellular carcinoma"),
])
def test_a_word_a_page_describes_then_names_leads_with_that_sentence(composer, question, said) -> None:  # noqa: ANN001
    assert said in composer.answer(question).direct[0].text.lower()


def test_a_word_the_glossary_defines_is_still_defined_there(composer) -> None:  # noqa: ANN001
    assert composer.answer("what is intrathecal use of methotrexate").direct[0].where == "glossary intrathecal"
