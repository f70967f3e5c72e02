"""Whether to stop a medicine for surgery, a scope or dental work is answered by the page's rule on surgery, not by
its schedule, its tests or its side effects; and a rule on a named page is found however common its words are across
the knowledge base. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "rule"), [
    # "colonoscopy" asks about the tests and "how long" about the length of treatment, unless a procedure is planned
    ("should i hold calquence for my endoscopy next month", "3 to 7 days before and after surgery"),
    ("getting a tooth pulled, when do i stop cabometyx", "3 weeks before planned surgery"),
    ("how long do i stay off cabozantinib before an operation", "3 weeks before planned surgery"),
    # "surgery" is in hundreds of statements; the named page's own rule must still be found
    ("my hip surgery is friday, do i need to stop zanubrutinib", "paused for 3 to 7 days"),
    ("having an operation, is avastin a problem", "28 days before planned surgery"),
])
def test_a_planned_procedure_gets_the_pages_surgery_rule_first(composer, question, rule) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and rule in answer.direct[0].text


@pytest.mark.parametrize("depth", [10, 25])
def test_the_rule_is_found_however_few_statements_the_whole_search_keeps(kb, monkeypatch, depth) -> None:  # noqa: ANN001
    """The named page's statements left out of the search of every page are ranked as that search ranks them (how
    often a word is said, against the statement's length): new lines elsewhere that say "surgery" cannot push a
    page's own surgery rule below its other lines."""
    from oncoguide.answer import Composer, evidence

    monkeypatch.setattr(evidence, "SEARCH_DEPTH", depth)
    answer = Composer(kb).answer("having an operation, is avastin a problem")
    assert answer.direct and "28 days before planned surgery" in answer.direct[0].text


def test_when_the_procedure_is_is_not_what_is_asked(composer) -> None:  # noqa: ANN001
    # "next week" says when; a statement holding "week" is no better an answer for it
    answer = composer.answer("i have a colonoscopy next week, should i keep taking acalabrutinib")
    assert "surgery" in answer.direct[0].text
    assert "breastfeed" not in answer.direct[0].text


def test_a_scope_without_stopping_anything_is_still_a_test_question(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how often do i need a colonoscopy on capecitabine")
    assert "monitoring" in answer.intents
