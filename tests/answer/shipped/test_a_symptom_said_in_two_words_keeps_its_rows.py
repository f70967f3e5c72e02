"""A symptom the question says in two words ("bone pain") counts as said in the question's own words, as a
one-word symptom ("rash") does: the side-effect rows holding those words stay among the lines that may lead, beside
a row that holds only one of them ("bones"). "His bone pain got worse after the first shot" is then answered by the
flare row (symptoms worse in the first weeks), not by the row on thinner bones; and by the drug's own flare row, not
by a plan's copy of it, when the question names the drug and no plan. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "got the first eligard shot for his prostate cancer and since then his bone pain is worse. can the shot cause that?",
    "my father's bone pain flared up in the two weeks after his first zoladex implant, is that from the implant?",
])
def test_the_drugs_flare_row_leads_for_bone_pain_after_the_first_shot(first_line, question) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "flare" in line
    assert "thinner bones" not in line and not line.startswith("in ")  # no bone row, no plan's copy ("In X + Y: ")
