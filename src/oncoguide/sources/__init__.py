"""Outside formats and their clients: SPL XML, openFDA JSON, PubMed XML, CTCAE; fetching them over HTTP.

Parsers return model objects and know nothing of the store; oncoguide.ingest stores what they read. Each is
imported when first used: every CLI command imports sources.limits, and `oncoguide ask` needs no parser (lxml).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ctcae import read_ctcae
    from .openfda import read_openfda
    from .pubmed import read_pubmed
    from .spl import parse_spl

__all__ = ["parse_spl", "read_ctcae", "read_openfda", "read_pubmed"]
_MODULES = {"parse_spl": ".spl", "read_ctcae": ".ctcae", "read_openfda": ".openfda", "read_pubmed": ".pubmed"}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(import_module(_MODULES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
