""""What does stage 2 stomach cancer mean?" asks what that cancer's stage is, which its page's Stages section says
(how far it has grown at each stage), also when the cancer is named after the stage ("what does stage 2 mean for
kidney cancer?"); the glossary's general "Cancer stage" definition says nothing of that cancer.
A word asked to mean something for a cancer ("what does overall survival mean for myeloma?") is still the
glossary's. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "cancer"), [
    ("What would stage 2 stomach cancer mean for me?", "stomach-cancer"),
    ("what does stage three bladder cancer mean", "bladder-cancer"),
    ("What does stage IV ovarian cancer mean?", "ovarian-cancer"),
    # the stage asked alone, the cancer after it
    ("what does stage 2 mean for kidney cancer", "kidney-cancer"),
    ("my dad's myeloma is stage III, what does stage III mean in myeloma", "multiple-myeloma"),
])
def test_a_stage_of_a_named_cancer_leads_with_that_cancers_stages(composer, question, cancer) -> None:  # noqa: ANN001
    first = composer.answer(question).direct[0]
    assert first.where == f"cancer {cancer}: stages"
    assert "staged from" in first.text.lower()


def test_a_word_asked_to_mean_something_for_a_cancer_is_still_defined(composer) -> None:  # noqa: ANN001
    first = composer.answer("what does remission mean for hodgkin lymphoma").direct[0]
    assert first.where == "glossary remission"


def test_stage_said_as_what_doctors_do_leads_with_the_staging_scan(first_line) -> None:  # noqa: ANN001
    assert "pet" in first_line("which scan will the doctors use to stage his dlbcl")
