"""What the readers share about bad records: the callback that collects them, and the digits check."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import SourceParseError

# Readers hand a bad record's error here and read on; without one they raise it.
OnError = Callable[[SourceParseError], None]


def ascii_digits(text: str | None) -> bool:
    """Whether text is a whole number int() reads: str.isdigit() also passes '²', on which int() fails."""
    return bool(text) and text.isascii() and text.isdigit()  # type: ignore[union-attr]
