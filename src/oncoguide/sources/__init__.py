"""Outside formats and their clients: SPL XML, openFDA JSON, PubMed XML, CTCAE; ingest into the store."""

from .articles import article_document, load_article
from .ctcae import read_ctcae
from .ingest import IngestReport, ingest, label_document, store_all
from .labels import LabelView, label_view, load_label
from .openfda import read_openfda
from .pubmed import read_pubmed
from .spl import parse_spl
from .watch import WatchReport, check_labels

__all__ = [
    "IngestReport", "LabelView", "WatchReport", "article_document", "check_labels", "ingest", "label_document",
    "label_view", "load_article", "load_label", "parse_spl", "read_ctcae", "read_openfda", "read_pubmed", "store_all",
]
