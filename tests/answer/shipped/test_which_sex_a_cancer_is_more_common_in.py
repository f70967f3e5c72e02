""""Is it more of a man's thing?", "can men get it?": the reply is the cancer page's line saying which sex gets it
more often, wherever the page keeps it, not what the organ is or the general list of risks (a sex said beside
something else, "how long do women stay on it", asks no such thing). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("is kidney cancer mainly a guy thing", "men get it more often than women"),
    ("are women more likely to get breast cancer than men", "much more common in women"),
    ("can men get breast cancer", "men can get breast cancer too"),
    ("does cll affect more men or women", "men get it a little more often"),
])
def test_the_reply_says_which_sex_gets_it_more(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_a_sex_said_beside_a_treatment_question_is_not_read_as_who_gets_it(first_line) -> None:  # noqa: ANN001
    assert "family history" not in first_line("how long do women stay on zejula maintenance for ovarian cancer")
