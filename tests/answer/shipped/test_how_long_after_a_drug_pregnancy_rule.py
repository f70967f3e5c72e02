"""'How long after <drug> do I need birth control / can I breastfeed / can I get pregnant' asks how long the
pregnancy or breastfeeding rule lasts after the last dose, not how long the treatment lasts: the reply is the
drug page's rule with its weeks or months, not the plan's cycles. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("how long after sutent do i need birth control", "4 weeks after the last dose"),
    ("how long birth control after vectibix", "2 months after the last dose"),
    ("how long after lonsurf can I breastfeed", "1 day after the last dose"),
    ("how long after cyramza can i breastfeed", "2 months after the last dose"),
])
def test_the_reply_is_the_rule_after_the_last_dose(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, answer.direct[0].text if answer.direct else question
    assert "cycles" not in answer.direct[0].text
