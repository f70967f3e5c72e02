"""A test the drug's line only names ("A heart scan (echo or MUGA) ... is repeated every 3 months"), asked what it is
("the nurse booked a MUGA, is that like a CT scan? what is it"): its meaning is shown beside the line, which says when
the test is done but not what it is. A question that asks nothing of what the word is keeps the drug's lines alone.
Shipped knowledge base."""


def test_the_tests_meaning_is_shown(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my wife is on herceptin and the nurse booked a muga. is that like a ct scan? what is it")
    assert any(i.where == "glossary muga-scan" for i in answer.cited())
    assert "radioactive tracer" in " ".join(i.text for i in answer.cited())


def test_a_word_not_asked_about_is_not_explained(composer) -> None:  # noqa: ANN001
    answer = composer.answer("does anastrozole make my bones thin, should i get a bone density test")
    assert not any((i.where or "").startswith("glossary ") for i in answer.cited())
