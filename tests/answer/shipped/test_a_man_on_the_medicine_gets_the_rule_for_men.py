"""A question on a man taking the medicine ("my husband is on it", "does he need a condom?", "can I get my wife
pregnant?") is answered first by the page's rule for men, not by its rule for women who could get pregnant. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my husband is on xeloda, do we need birth control", "men with a partner"),
    ("my boyfriend is on keytruda, does he need to use a condom", "rule for men"),
])
def test_a_man_on_the_medicine_gets_the_rule_for_men(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_a_woman_asking_still_gets_the_rule_for_women(first_line) -> None:  # noqa: ANN001
    lead = first_line("can i get pregnant while on xeloda")
    assert lead and "men with a partner" not in lead
