""""Carboplatin and Alimta for his lung cancer ... now Alimta alone": a plan is told by its drug and a word of its
short name ("Carboplatin alone") only when it is for the cancer the question names; the plan of carboplatin alone
for ovarian cancer does not answer a question on lung cancer; the maintenance said is answered by the maintenance
trial of a plan for lung cancer that holds Alimta. Shipped knowledge base."""


QUESTION = ("my dad had 4 rounds of carboplatin and alimta for his lung cancer and it shrank. now they want to keep "
            "giving him alimta alone every 3 weeks. does that maintenance actually help people live longer?")


def test_no_plan_for_another_cancer_answers(composer) -> None:  # noqa: ANN001
    answer = composer.answer(QUESTION)
    assert answer.direct and "ovarian" not in answer.direct[0].text.lower()
    assert not any((i.where or "").startswith("regimen carboplatin-ovarian") for i in answer.cited())


def test_the_plan_is_still_told_for_its_own_cancer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("she had carboplatin alone for her ovarian cancer that came back. how well did it work?")
    assert any((i.where or "").startswith("regimen carboplatin-ovarian") for i in answer.cited())


def test_the_maintenance_asked_gets_the_maintenance_trial(first_line) -> None:  # noqa: ANN001
    """The setting said (maintenance) picks the trial line that says it, on the one plan for the cancer named that
    holds the drug asked about and has such a line."""
    lead = first_line(QUESTION)
    assert "maintenance" in lead and "13.9 months" in lead
