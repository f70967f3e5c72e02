"""SQLAlchemy's errors become StoreError here, at the edge of store/: nothing above it catches a foreign error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from ..errors import StoreError


@contextmanager
def database_errors(what: str) -> Iterator[None]:
    """Turn any SQLAlchemy (and so any database driver) error inside into `StoreError("could not <what>: ...")`."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"could not {what}: {exc}") from exc
