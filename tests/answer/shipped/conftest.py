"""What real questions get from the shipped knowledge base (content/): `kb` and `composer` here are the shipped
ones, not the small test knowledge base the other answer tests use."""

import pytest
from shippedkb import shipped_composer, shipped_kb


@pytest.fixture(scope="session")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.fixture(scope="session")
def composer():  # noqa: ANN201
    return shipped_composer()


@pytest.fixture(scope="session")
def shown(composer):  # noqa: ANN001, ANN201
    """question -> what its answer shows as evidence (reply and statements, lower-cased): never the echoed
    question, the 'See also' titles or the references, which could hold the words by chance."""
    def answer_text(question: str) -> str:
        answer = composer.answer(question)
        items = [*answer.direct, *(i for g in (*answer.guidelines, *answer.research) for i in g.items)]
        return " ".join(i.text for i in items).lower()
    return answer_text


@pytest.fixture(scope="session")
def first_line(composer):  # noqa: ANN001, ANN201
    """question -> the reply an answer leads with, lower-cased ("" when it has none)."""
    def lead(question: str) -> str:
        answer = composer.answer(question)
        return answer.direct[0].text.lower() if answer.direct else ""
    return lead
