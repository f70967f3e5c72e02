""""They check me for CRS after my CAR T cells, what signs?": of the words a question says, the one whose meaning
lists the signs asked leads (CRS: "It can cause fever, ..."), not the longest name said (CAR T-cell therapy),
whose meaning says what the treatment is. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "lead"), [
    ("after my car t cell therapy they check me for crs, what signs", "cytokine release syndrome:"),
    ("they are watching my dad for tumor lysis syndrome after starting the chemo infusion, what symptoms should we "
     "look for", "tumor lysis syndrome:"),
])
def test_the_word_listing_the_signs_leads(first_line, question: str, lead: str) -> None:  # noqa: ANN001
    reply = first_line(question)
    assert reply.startswith(lead)
    assert "can cause" in reply or "signs can include" in reply
