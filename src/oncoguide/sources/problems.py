"""What the readers share about bad records: the callback that collects them, and pydantic errors in words."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

from ..errors import SourceParseError

# Readers hand a bad record's error here and read on; without one they raise it.
OnError = Callable[[SourceParseError], None]


def validation_message(exc: ValidationError) -> str:
    """Each failed field as `loc: message (got value)`, joined by `; `: what a pydantic error says, in one line."""
    parts = []
    for error in exc.errors():
        loc = ".".join(str(p) for p in error["loc"]) or "record"
        got = repr(error.get("input"))
        got = got if len(got) <= 60 else got[:57] + "..."
        parts.append(f"{loc}: {error['msg']} (got {got})")
    return "; ".join(parts)


def ascii_digits(text: str | None) -> bool:
    """Whether text is a whole number int() reads: str.isdigit() also passes '²', on which int() fails."""
    return bool(text) and text.isascii() and text.isdigit()  # type: ignore[union-attr]
