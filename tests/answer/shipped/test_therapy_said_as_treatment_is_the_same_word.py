""""Post-remission treatment" is the glossary's post-remission therapy: people say treatment and therapy for one
another, so a word asked in either way gets the same meaning. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question, meaning", [
    ("what is post-remission treatment?", "consolidation therapy:"),
    ("what is induction treatment for leukemia?", "induction therapy:"),
    ("what is targeted treatment?", "targeted therapy:"),
])
def test_treatment_said_for_therapy_gets_the_words_meaning(first_line, question, meaning) -> None:  # noqa: ANN001
    assert first_line(question).startswith(meaning)


def test_the_word_asked_about_is_explained_not_the_state_said_before_it(first_line) -> None:  # noqa: ANN001
    """The team talks of post-remission treatment for a leukemia in remission: what that treatment is, not what
    remission is."""
    lead = first_line("my daughter's leukemia is in remission and the team now talks about post-remission "
                      "treatment. what is that, and what can it include?")
    assert lead.startswith("consolidation therapy:")
    assert "stem cell transplant" in lead
