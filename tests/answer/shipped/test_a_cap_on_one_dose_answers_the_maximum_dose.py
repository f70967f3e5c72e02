""""What is the most I can take at once?" asked as a maximum, top or highest dose is answered by the page's cap on
one dose ("one dose is never more than 80 mg"), not by how the pills are taken. Shipped knowledge base."""


def test_the_maximum_dose_leads_with_the_cap(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my wife weighs a lot, what is the maximum amount of trifluridine and tipiracil per dose")
    assert answer.direct and "80 mg" in answer.direct[0].text
