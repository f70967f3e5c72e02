"""Arteries said in everyday words reach the lines that say "arterial" or "blood vessels": a question about legs that
ache when walking on a drug that can block arteries is answered by that line, not by the drug's blood counts."""

import pytest
from test_replies import ask, first_line


@pytest.mark.parametrize("question", [
    "Dad's legs hurt when he walks. Could Tasigna be doing something to his arteries?",
    "Is Tasigna hard on the artery walls?",
])
def test_arteries_asked_get_the_line_on_blocked_vessels(question):
    line = first_line(ask(question)).lower()
    assert "arterial" in line or "blood vessels" in line
