"""Outside formats and their clients: SPL XML, openFDA JSON, PubMed XML, CTCAE; fetching them over HTTP.

Parsers return model objects and know nothing of the store; oncoguide.ingest stores what they read.
"""

from .ctcae import read_ctcae
from .openfda import read_openfda
from .pubmed import read_pubmed
from .spl import parse_spl

__all__ = ["parse_spl", "read_ctcae", "read_openfda", "read_pubmed"]
