"""A line of a drug's page giving another medicine's amount ("take dexamethasone 4 mg the day before ...", on the
pemetrexed page) is no dose of that drug: "what dose of pemetrexed do I get for my lung cancer, and how often?" gets
pemetrexed's own dose in its plans for lung cancer, not the steroid's. A drug's own amount still answers. Shipped
knowledge base."""


def test_the_drugs_own_dose_leads(first_line) -> None:  # noqa: ANN001
    lead = first_line("what dose of pemetrexed do i get for my lung cancer, and how often?")
    assert "500 mg/m" in lead
    assert "dexamethasone" not in lead


def test_a_drugs_own_amount_still_answers(first_line) -> None:  # noqa: ANN001
    assert "5 mg" in first_line("how much inlyta do i take?")
