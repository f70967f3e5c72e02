"""What is asked of a cancer itself leads the answer with the page's line that says it: where it spreads (also asked
"where does it go", "can it spread outside"), how many are alive years later ("chances of being alive"), even when
another line of the same section holds more of the question's words. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    # the stages line says "has not spread" and holds more of the words; the line on where it spreads answers
    ("which organ is pancreatic cancer most likely to spread to first", "most often spreads to the liver"),
    ("if my kidney cancer spreads, where in the body does it usually go", "adrenal gland"),
    ("once bladder cancer spreads, where does it travel", "lungs, the liver or the bones"),
    ("could his glioblastoma spread beyond the brain", "fewer than 2 in 100"),
    ("his testicular cancer has spread to lymph nodes in the back of the belly. what are the odds of still being alive "
     "in 5 years", "(96%)"),
    # a spread said of one's own cancer asks no place: the survival line answers
    ("his kidney cancer hasn't spread beyond the kidney, how many are still alive after 5 years", "(93%)"),
])
def test_the_line_saying_what_is_asked_leads(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)
