"""The shipped knowledge base (content/) and a Composer over it, built once per test process.

Loading and checking the YAML takes seconds, and a new Composer builds its search index and name tables on its
first answer (seconds more); tests in some 40 modules did both for themselves. The models are frozen and no
test changes the knowledge base, so one copy serves them all. A test that changes how answers are made
(monkeypatch, other passages) builds its own Composer; tests of loading itself call `load`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oncoguide.answer import Composer
    from oncoguide.model import KnowledgeBase

CONTENT = Path(__file__).resolve().parents[1] / "content"


@cache
def shipped_kb() -> KnowledgeBase:
    from oncoguide.content import load

    return load(CONTENT)


@cache
def shipped_composer() -> Composer:
    from oncoguide.answer import Composer

    return Composer(shipped_kb())
