"""Outside formats and their clients: SPL XML, openFDA JSON, PubMed XML, CTCAE; ingest into the store."""

from .ingest import IngestReport, article_document, ingest, label_document
from .openfda import read_openfda
from .pubmed import read_pubmed
from .spl import parse_spl

__all__ = ["IngestReport", "article_document", "ingest", "label_document", "parse_spl", "read_openfda", "read_pubmed"]
