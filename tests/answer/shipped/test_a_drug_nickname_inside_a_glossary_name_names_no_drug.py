""""His IPI score is 2, what does that mean?": "ipi" is also a nickname of ipilimumab (Yervoy), but said inside the
glossary name "IPI score" it names no drug, so the answer shows no line of ipilimumab's page and leads with what the
score is, also beside a cancer whose page names the score. A glossary name that holds a drug's own name ("hearing
loss from cisplatin") still names the drug. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husbands ipi score came back as 2. is that bad",
    "what does the lymphoma ipi number tell the doctor",
    "his diffuse large b cell lymphoma has an ipi risk score of 4, what is that",
])
def test_an_ipi_score_shows_no_yervoy_line(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not [i for i in answer.cited() if "ipilimumab" in (i.where or "") or "ipilimumab" in i.text.lower()]


@pytest.mark.parametrize("question", [
    "my husbands ipi score came back as 2. is that bad",
    "what does the lymphoma ipi number tell the doctor",
    "what is the ipi score the nurse brought up for my moms dlbcl",
])
def test_an_ipi_score_leads_with_what_it_is(first_line, question) -> None:  # noqa: ANN001
    assert "international prognostic index" in first_line(question)

def test_a_glossary_name_holding_the_drugs_own_name_still_names_it(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    assert understand(kb, "is hearing loss from cisplatin permanent").drugs == ["cisplatin"]
