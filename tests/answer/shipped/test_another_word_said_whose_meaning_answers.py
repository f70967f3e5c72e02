"""A question naming no page that says several glossary words, whose first word's meaning says nothing of what is
asked, gets the meaning of another word said that does or that names the first ("with thrombocytopenia how long do
platelets take to come back?": what platelets are, and that too few is thrombocytopenia), rather than no answer; and
below the reply, the meaning of another word said that holds a word asked the reply does not. Shipped knowledge
base."""


def test_another_word_whose_meaning_speaks_to_the_question_answers(composer) -> None:  # noqa: ANN001
    answer = composer.answer("with thrombocytopenia how long do platelets take to come back")
    assert answer.direct and answer.direct[0].where == "glossary platelets"
    assert "thrombocytopenia" in answer.direct[0].text
    assert not [n for n in answer.notices if n.level == "no_answer"]


def test_another_word_said_is_explained_below_when_its_meaning_holds_what_is_asked(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is anemia and how is hemoglobin measured")
    assert answer.direct[0].where == "glossary anemia"
    assert "glossary hemoglobin" in [i.where for g in answer.guidelines for i in g.items]


def test_a_word_said_whose_meaning_holds_nothing_asked_is_not_added(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what does a PET scan show and does it use radiation")
    assert answer.direct[0].where == "glossary pet-scan"
    assert "glossary radiation-therapy" not in [i.where for g in answer.guidelines for i in g.items]
