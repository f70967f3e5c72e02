"""What real questions get from the shipped knowledge base (content/): `kb` and `composer` here are the shipped
ones, not the small test knowledge base the other answer tests use."""

from pathlib import Path

import pytest

from oncoguide.content import load

SHIPPED = Path(__file__).resolve().parents[3] / "content"


@pytest.fixture(scope="session")
def kb():  # noqa: ANN201
    return load(SHIPPED)


@pytest.fixture(scope="session")
def composer(kb):  # noqa: ANN001, ANN201
    from oncoguide.answer import Composer

    return Composer(kb)
