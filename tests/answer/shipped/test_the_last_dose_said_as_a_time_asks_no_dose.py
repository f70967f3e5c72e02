""""How long after the last dose can I breastfeed again?": the last dose is when the wait starts, not a dose asked
about; the breastfeeding rule answers first, not the plan's schedule. Shipped knowledge base."""


def test_the_wait_after_the_last_dose_leads(first_line) -> None:  # noqa: ANN001
    lead = first_line("i just finished my last folfox with oxaliplatin and want to go back to breastfeeding my baby. "
                      "how long do i have to wait after the last dose?")
    assert "breastfeed" in lead and "3 months" in lead


def test_a_dose_asked_alone_is_still_a_dose(composer) -> None:  # noqa: ANN001
    assert "dose" in composer.answer("what is the usual dose of xeloda?").intents
