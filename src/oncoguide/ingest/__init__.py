"""Outside sources into the store, and what they change: a service above sources/ (parse, fetch) and store/.

    files.py   ingest SPL, openFDA and PubMed files: parse (sources/), store whole (store/), report failures
    watch.py   statements citing an older label version, regimen doses the newest label no longer gives
"""

from .files import FORMATS, IngestReport, documents_in, ingest, store_all
from .watch import WatchReport, check_labels

__all__ = ["FORMATS", "IngestReport", "WatchReport", "check_labels", "documents_in", "ingest", "store_all"]
