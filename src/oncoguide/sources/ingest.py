"""Moved to oncoguide.ingest and oncoguide.store (issue #16): an alias for code written before the move.

web/ and the tests of other branches still import these names from here; once they import from
oncoguide.ingest, oncoguide.store.articles and oncoguide.store.labels, delete this module (and its entry in
tests/test_import_direction.py).
"""

from ..ingest.files import FORMATS, Format, IngestReport, documents_in, ingest, store_all
from ..store.articles import article_document
from ..store.labels import label_document

__all__ = ["FORMATS", "Format", "IngestReport", "article_document", "documents_in", "ingest", "label_document",
           "store_all"]
