"""The whole schema: the one MetaData with every table of the store on it, as Alembic compares it.

Each store module declares its tables on tables.metadata beside the statements that use them; a table is on
the MetaData only once its module is imported, so this module imports them all (tests/store/test_schema.py
fails when one is missing, or declares its tables on a MetaData of its own).
"""

from __future__ import annotations

from . import accounts, ctcae, throttle, tracker  # noqa: F401  (each declares its tables on the MetaData)
from .tables import metadata

__all__ = ["metadata"]
