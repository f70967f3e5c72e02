""""Can Darzalex mess up my blood tests for a transfusion?", "does Sarclisa throw off the myeloma lab results?": a
test the medicine can change is the label's interference rule, which the drug page keeps with the other
medicines and things it affects; the answer shows it, not only the tests done during treatment. Shipped knowledge
base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "rule"), [
    ("can darzalex mess up my blood tests for a transfusion", "changes the results of blood tests"),
    ("does sarclisa throw off the myeloma lab results", "can show up in some myeloma blood and urine tests"),
    ("can mesna mess with my urine test", "falsely positive"),
])
def test_the_interference_rule_is_shown(composer, question, rule) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert rule in " ".join(i.text for i in answer.cited())
