""""Is a benign tumor cancer?" names a glossary word, not a cancer type we lack: the reply defines it and does not
say "oncoguide does not cover benign tumor yet". A tumor type no page or glossary word names still gets that
notice. Shipped knowledge base."""

from oncoguide.answer.understand import understand


def test_a_glossary_phrase_is_answered_without_the_not_covered_notice(composer) -> None:  # noqa: ANN001
    answer = composer.answer("Is a benign tumor cancer?")
    assert answer.direct and "Not cancer" in answer.direct[0].text
    assert not any("does not cover" in n.text for n in answer.notices)


def test_a_tumor_type_nothing_names_is_still_unknown(kb) -> None:  # noqa: ANN001
    assert understand(kb, "what is a desmoid tumor").unknown_cancers == ["desmoid tumor"]
