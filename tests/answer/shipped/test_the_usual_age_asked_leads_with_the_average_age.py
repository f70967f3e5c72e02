""""What age do women usually get it?" is answered by the line that gives the average age, even when the page says
it in a second sentence ("Ovarian cancer is most common after menopause. The average age when it is found is 63."),
not by a list of risks that names older age in passing. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my aunt is only 48 and has ovarian cancer. what age do women usually get it?",
    "what age do most people get prostate cancer?",
    "what age do most people get endometrial cancer?",
    # (a line saying it starts "during or after middle age" gives no usual age)
    "my brother is only 45 and was told he has CLL. i thought it was an old persons disease. at what age do people "
    "usually get it?",
])
def test_the_first_line_gives_the_usual_age(first_line, question) -> None:  # noqa: ANN001
    assert "average age" in first_line(question)
