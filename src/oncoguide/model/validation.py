"""A pydantic validation error in one line: what parsers and store readers say when a record does not fit."""

from __future__ import annotations

from pydantic import ValidationError


def validation_message(exc: ValidationError) -> str:
    """Each failed field as `loc: message (got value)`, joined by `; `: what a pydantic error says, in one line."""
    parts = []
    for error in exc.errors():
        loc = ".".join(str(p) for p in error["loc"]) or "record"
        got = repr(error.get("input"))
        got = got if len(got) <= 60 else got[:57] + "..."
        parts.append(f"{loc}: {error['msg']} (got {got})")
    return "; ".join(parts)
