"""Heartburn said beside a medicine named for it ("I get heartburn and take Pepcid, how do I fit that in with my
Tasigna?"): the line on that medicine (famotidine, an H2 blocker) leads, not the line on proton pump inhibitors, which
says "acid" more often and was picked for it. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "i get bad heartburn and usually take pepcid. how do i fit that in with my tasigna?",
    "my reflux is bad and i take famotidine for it, how do i time it with tasigna?",
])
def test_the_line_naming_the_medicine_taken_leads(first_line, question) -> None:  # noqa: ANN001
    assert "famotidine" in first_line(question)


def test_an_antacid_asked_alone_still_gets_the_antacid_line(first_line) -> None:  # noqa: ANN001
    assert "antacid" in first_line("can i take my tasigna with an antacid?")
