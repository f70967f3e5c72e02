"""`oncoguide …`: thin commands that call the library and print its errors as one red line."""

from __future__ import annotations

from . import ask as _ask  # noqa: F401
from . import content as _content  # noqa: F401  (registers commands)
from . import site as _site  # noqa: F401
from . import sources as _sources  # noqa: F401
from . import store as _store  # noqa: F401
from . import tracker as _tracker  # noqa: F401
from . import tracker_medicines as _tracker_medicines  # noqa: F401
from .app import app

__all__ = ["app"]
