"""A question naming no page that asks a time of a glossary word whose meaning gives none ("how long until my counts
come back up after chemo?": what a blood count is says no time) leads with the word its plain words reach whose
meaning gives the time (myelosuppression: the marrow "takes about 3 to 4 weeks to recover"). Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "how long until my counts come back up after chemo",
    "how long before blood counts recover from chemo",
])
def test_the_word_giving_the_time_leads(first_line, question) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert lead.startswith("myelosuppression:") and "3 to 4 weeks" in lead


def test_a_word_asked_what_it_is_keeps_its_own_meaning(first_line) -> None:  # noqa: ANN001
    assert first_line("what is a complete blood count").startswith("complete blood count (cbc):")
