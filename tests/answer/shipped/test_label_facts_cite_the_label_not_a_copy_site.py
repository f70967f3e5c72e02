"""How selinexor works and how atezolizumab alone is dosed are label facts: the reader's references are the FDA label
(a DailyMed link), never a drug-reference site that reprints it (drugs.com, rxlist). Shipped knowledge base."""

import pytest

from oncoguide.answer import check

COPY_SITES = ("drugs.com", "rxlist", "druglib", "prescriberpoint", "mims.com")


@pytest.mark.parametrize(("question", "words"), [
    ("how does xpovio kill the myeloma, what does it block?", "XPO1"),
    ("my dad gets tecentriq by itself for his lung cancer, how often and how much?", "1,680 mg every 4 weeks"),
])
def test_the_label_is_the_reference(composer, question, words) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert any(words in item.text for item in answer.cited())
    links = [ref.link or "" for ref in answer.references]
    assert any(link.startswith("https://dailymed.nlm.nih.gov/") for link in links)
    assert not any(site in link for link in links for site in COPY_SITES)
