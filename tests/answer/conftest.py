from pathlib import Path

import pytest

from oncoguide.content import load

ANSWER_CONTENT = Path(__file__).parent / "content"


@pytest.fixture(scope="session")
def kb():
    return load(ANSWER_CONTENT)


@pytest.fixture(scope="session")
def composer(kb):
    from oncoguide.answer import Composer

    return Composer(kb)


@pytest.fixture
def ask(composer):
    """Answer a question and fail the test on any citation defect (every answer a test makes is checked)."""
    from oncoguide.answer import check

    def run(question: str, c=None):
        answer = (c or composer).answer(question)
        assert check(answer) == [], question
        return answer

    return run
