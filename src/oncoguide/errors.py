"""Every error a user can cause, in one tree.

    OncoguideError
    ├── ContentError        a content file is malformed or inconsistent (file:line: field: message)
    ├── NotFound            no drug, regimen, cancer type, term or plan by that name
    ├── StoreError          the database could not be opened, migrated or written
    ├── SourceParseError    an FDA label or PubMed file could not be parsed
    ├── FetchError          an online service failed after retries
    ├── InputError          a bad value from the user (date, dose, question, temperature)
    └── AuthError           wrong email or password, or an invalid session
        ├── TooManyAttempts too many failed sign-ins; wait and try again
        └── ReadOnly        signed in, but only allowed to read this (a caregiver on someone's plan)
"""

from __future__ import annotations

from dataclasses import dataclass


class OncoguideError(Exception):
    """Base of every error oncoguide raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One located problem in the content, e.g. `content/regimens/x.yaml:14: components[0].dose: ...`."""

    path: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(OncoguideError):
    """The content has problems; carries all of them, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class NotFound(OncoguideError):
    """Nothing by that name; `suggestions` holds close matches."""

    def __init__(self, kind: str, name: str, suggestions: list[str] | None = None):
        self.kind, self.name, self.suggestions = kind, name, suggestions or []
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"No {kind} named {name!r}.{hint}")


class StoreError(OncoguideError):
    """The database could not be opened, migrated or written."""


class SourceParseError(OncoguideError):
    """A source document could not be parsed; names the file."""


class FetchError(OncoguideError):
    """An online service failed after retries."""


class InputError(OncoguideError):
    """A value the user gave is not acceptable."""


class AuthError(OncoguideError):
    """Wrong email or password, or a session that is not valid."""


class TooManyAttempts(AuthError):
    """Too many failed sign-ins in a short time; try again later."""


class ReadOnly(AuthError):
    """The account may read this but not change it: a caregiver on a plan someone shared with them."""
