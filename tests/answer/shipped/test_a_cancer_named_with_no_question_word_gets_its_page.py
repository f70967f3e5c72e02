"""A question that names a cancer and nothing else, in words no intent reads ("my aunt never drank a drop yet got
liver cancer. how"), gets what the cancer's page says of it (its risks among them), not "our sources do not
answer". Shipped knowledge base."""


def test_the_cancer_page_answers_a_question_no_intent_reads(composer, shown) -> None:  # noqa: ANN001
    question = "my aunt never drank a drop yet got liver cancer. how"
    answer = composer.answer(question)
    assert not [n for n in answer.notices if n.level == "no_answer"]
    assert "hepatitis" in shown(question)
