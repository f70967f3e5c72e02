"""A dose asked beside a medicine that changes the drug's level ("a moderate CYP3A inhibitor", "with clarithromycin")
is the interaction line's dose, not the usual dose: Calquence with a moderate CYP3A blocker is 100 mg once a day,
not every 12 hours (the usual dose, which it used to open with). Shipped knowledge base."""


def test_the_dose_with_a_moderate_blocker_leads(first_line) -> None:  # noqa: ANN001
    line = first_line("her new antibiotic is a moderate cyp3a inhibitor. what dose of calquence does she take now?")
    assert "moderate cyp3a blocker, the dose is 100 mg once a day" in line, line


def test_the_usual_dose_asked_alone_is_still_the_usual_dose(first_line) -> None:  # noqa: ANN001
    assert "every 12 hours" in first_line("what is the usual dose of calquence")
