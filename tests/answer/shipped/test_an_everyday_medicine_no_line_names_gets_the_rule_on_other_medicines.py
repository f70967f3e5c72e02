""""Does the Erleada affect his metoprolol?": when no line of the page names the everyday medicine asked about or its
kind, the page's rule on other medicines answers first ("Apalutamide changes how many other medicines work"), not a
line that only shares another word of the question ("not likely to affect driving"). Shipped knowledge base."""


def test_the_rule_on_other_medicines_leads(first_line) -> None:  # noqa: ANN001
    lead = first_line("my dad takes metoprolol for his heart and his oncologist just started him on erleada for "
                      "prostate cancer. does the erleada affect his metoprolol?")
    assert "other medicines" in lead
    assert "driving" not in lead


def test_once_the_page_names_the_medicine_its_line_leads(first_line) -> None:  # noqa: ANN001
    lead = first_line("my dad takes warfarin for a clot and his oncologist just started him on erleada for prostate "
                      "cancer. does the erleada affect his warfarin?")
    assert "warfarin" in lead and "inr" in lead


def test_a_line_naming_the_medicine_still_leads(first_line) -> None:  # noqa: ANN001
    assert "warfarin" in first_line("does xtandi change how my warfarin works?")


def test_a_medical_word_asked_beside_the_medicine_still_leads(first_line) -> None:  # noqa: ANN001
    """The bleeding asked of a Zoladex implant for a man on warfarin is answered by the line on bleeding where the
    implant goes in, not by the general rule."""
    lead = first_line("dad is very thin and on warfarin, and gets zoladex in his belly every month. is there a "
                      "bleeding risk from the implant")
    assert lead.startswith("bleeding where the implant goes in")
