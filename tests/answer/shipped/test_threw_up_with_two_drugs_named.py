"""A dose thrown up, asked of two drugs named together ("takes Ibrance and letrozole and threw up after her pills"),
is answered by the rule of the one drug whose page says what to do after throwing up a dose: no sentence names
only one of them, and the answer led with a side effect or with how the drug is given instead. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question, rule", [
    ("my mom takes ibrance and letrozole and she threw up right after her pills. do we give them again?",
     "do not take an extra dose"),
    ("my daughter takes leucovorin by mouth after her high dose methotrexate and she threw up about 15 minutes "
     "after a dose. do we give it again?", "within 30 minutes"),
])
def test_the_page_with_a_rule_on_throwing_up_answers(first_line, question, rule) -> None:  # noqa: ANN001
    assert rule in first_line(question)
