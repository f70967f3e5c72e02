"""What an account's email and password must be: one spelling per address, no guessable password.

Emails are compared in one normal form (NFKC, then case-folded), so `Ａna@Example.org` and `ana@example.org`
are the same account, and control or invisible characters are refused rather than stored (issue #15, item 8).
Passwords are judged by zxcvbn, which knows common passwords, keyboard runs, repeats and the user's own email.
"""

from __future__ import annotations

import re
import unicodedata

from zxcvbn import zxcvbn

from ..errors import InputError

MIN_PASSWORD = 10
MAX_PASSWORD = 256  # long passphrases are welcome; megabytes of form data are not
MAX_EMAIL = 254  # RFC 5321 path limit
MIN_SCORE = 3  # zxcvbn: at least 10^8 guesses; online guessing is also rate-limited (store/throttle.py)
_ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the first 72 characters already bound the guesses from below
_EMAIL = re.compile(r"[^@]+@[^@]+\.[^@.]+")


def _fold(text: str) -> str:
    """Unicode's NFKC_Casefold in three steps: full-width, ligature and case variants all become one string."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _invisible(ch: str) -> bool:
    """Control, format (zero-width, bidi), private-use, unassigned or separator characters."""
    return unicodedata.category(ch)[0] in "CZ"


def normalize_email(raw: str) -> str:
    """The one stored spelling of an email address, or InputError saying what is wrong with it."""
    if len(raw) > 4 * MAX_EMAIL:
        raise InputError(f"An email address has at most {MAX_EMAIL} characters.")
    email = _fold(raw.strip())
    if any(_invisible(ch) for ch in email):
        raise InputError("An email address cannot contain spaces, control characters or invisible characters.")
    if len(email) > MAX_EMAIL:
        raise InputError(f"An email address has at most {MAX_EMAIL} characters.")
    if not _EMAIL.fullmatch(email):
        raise InputError("Enter a valid email address, like name@example.org.")
    return email


def check_password(password: str, email: str) -> None:
    """Refuse a password that is too short, too long, blank, the email itself, or easy to guess."""
    if len(password) < MIN_PASSWORD:
        raise InputError(f"Choose a password of at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise InputError(f"Choose a password of at most {MAX_PASSWORD} characters.")
    if any(unicodedata.category(ch) == "Cc" for ch in password):
        raise InputError("A password cannot contain control characters such as tabs or line breaks.")
    if not password.strip():
        raise InputError("A password cannot be only spaces.")
    folded, local = _fold(password), email.split("@", 1)[0]
    if email in folded or folded == local:
        raise InputError("Choose a password that is not your email address.")
    result = zxcvbn(password[:_ZXCVBN_MAX], user_inputs=[email, local, *email.split("@", 1)[1].split(".")])
    if result["score"] < MIN_SCORE:
        warning = result["feedback"]["warning"]
        raise InputError("This password is too easy to guess." + (f" {warning}" if warning else "")
                         + " Try a phrase of four or more words that do not belong together.")
