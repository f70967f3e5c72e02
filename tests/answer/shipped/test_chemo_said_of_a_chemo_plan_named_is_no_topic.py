""""Chemo" said of a chemotherapy plan named ("before his 7+3 chemo") is that plan, not a word of what is asked: why
a heart scan is needed is the plan's line on the heart test, not a line that happens to say "more chemo"."""


def test_the_reason_for_the_test_leads(first_line) -> None:  # noqa: ANN001
    lead = first_line("why does my mom need a heart scan before her 7+3 chemo for aml?")
    assert "heart" in lead and "daunorubicin" in lead


def test_chemo_is_an_entity_word_of_a_chemo_plan_only(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    assert "chemo" not in understand(kb, "why a heart scan before his 7+3 chemo?").subject_terms
    assert "chemo" in understand(kb, "can i get chemo for my aml?").subject_terms


def test_whether_the_plan_is_chemo_stays_what_is_asked(kb, shown) -> None:  # noqa: ANN001
    """"Are the drugs in FOLFOX all chemo?" asks about chemo itself: each part's own line on what kind of drug it is
    supports the reply, not the line on what the plan's name stands for."""
    from oncoguide.answer.understand import understand

    assert "chemo" in understand(kb, "is R-CHOP considered chemo?").subject_terms
    assert "platinum chemo drug" in shown("are the drugs in FOLFOX all chemo?")
