"""What real questions get from the shipped knowledge base (content/): `composer` here answers from it, not from
the small test knowledge base the other answer tests use."""

from pathlib import Path

import pytest

from oncoguide.content import load

SHIPPED = Path(__file__).resolve().parents[3] / "content"


@pytest.fixture(scope="session")
def composer():  # noqa: ANN201
    from oncoguide.answer import Composer

    return Composer(load(SHIPPED))
