"""'How is ALL / CML diagnosed' is answered from the cancer page's statement on how it is found or confirmed,
which says "is found with" or "to confirm" rather than "diagnosed". Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("how is ALL diagnosed", "bone marrow test"),
    ("how is acute lymphoblastic leukemia diagnosed", "bone marrow test"),
    ("how is CML diagnosed", "Philadelphia chromosome"),
])
def test_the_reply_says_how_it_is_found(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, question


@pytest.mark.parametrize(("question", "said"), [
    ("can follicular lymphoma turn into DLBCL", "changes into"),
    ("can cll transform", "changes into"),
])
def test_whether_it_changes_into_another_cancer(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text, question
