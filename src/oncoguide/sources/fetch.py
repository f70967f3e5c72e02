"""Download labels and citations: openFDA by drug name, DailyMed by set id, PubMed by query."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FetchError, InputError, NotFound
from .http import DAILYMED, EUTILS, OPENFDA, Client
from .openfda import read_openfda
from .pubmed import read_pubmed
from .spl import parse_spl

OPENFDA_PAGE = 100      # openFDA allows up to 1000 per request; labels are large, keep pages small
EFETCH_BATCH = 200      # NCBI asks for at most 200 ids per GET
_SETID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@dataclass
class Downloaded:
    """Files written by one fetch, ready for `oncoguide ingest`."""

    format: str
    files: list[Path] = field(default_factory=list)
    records: int = 0


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "query"


def fetch_openfda(client: Client, drug: str, out_dir: Path, limit: int = 1000) -> Downloaded:
    """Every openFDA label whose generic or brand name is `drug`, as one JSON file of records."""
    # A space between terms is OR in openFDA's query syntax (written `+` in a hand-made URL).
    search = f'openfda.generic_name:"{drug}" openfda.brand_name:"{drug}"'
    results: list[dict] = []
    while len(results) < limit:
        body = client.get("/drug/label.json", {"search": search, "limit": min(OPENFDA_PAGE, limit - len(results)),
                                                "skip": len(results)}, missing_ok=True)
        if body is None:
            break
        page = _json(body, "openFDA")
        results += page.get("results", [])
        total = page.get("meta", {}).get("results", {}).get("total", 0)
        if not page.get("results") or len(results) >= total:
            break
    if not results:
        raise NotFound("openFDA label for", drug)
    path = out_dir / "openfda" / f"{slug(drug)}.json"
    _write(path, json.dumps({"results": results}, indent=1).encode())
    list(read_openfda(path))  # every record must map to a label before anyone ingests the file
    return Downloaded("openfda", [path], len(results))


def fetch_dailymed(client: Client, set_id: str, out_dir: Path) -> Downloaded:
    """The current SPL XML of one label from DailyMed."""
    if not _SETID.match(set_id):
        raise InputError(f"{set_id!r} is not a DailyMed set id (8-4-4-4-12 hexadecimal digits)")
    body = client.get(f"/spls/{set_id}.xml", missing_ok=True)
    if body is None:
        raise NotFound("DailyMed label with set id", set_id)
    label = parse_spl(f"DailyMed {set_id}", data=body)
    path = out_dir / "dailymed" / f"{label.set_id}-v{label.version}.xml"
    _write(path, body)
    return Downloaded("spl", [path], 1)


def fetch_pubmed(client: Client, query: str, out_dir: Path, max_records: int = 500) -> Downloaded:
    """Citations matching a PubMed query (esearch, then efetch in batches), one XML file per batch."""
    if not query.strip():
        raise InputError("the PubMed query is empty")
    found = _json(client.get("/esearch.fcgi", {"db": "pubmed", "term": query, "retmax": max_records,
                                               "retmode": "json", "tool": "oncoguide"}, refresh=True), "esearch")
    ids = found.get("esearchresult", {}).get("idlist", [])
    if not ids:
        raise NotFound("PubMed citation matching", query)
    result = Downloaded("pubmed")
    for start in range(0, len(ids), EFETCH_BATCH):
        batch = ids[start:start + EFETCH_BATCH]
        body = client.get("/efetch.fcgi", {"db": "pubmed", "id": ",".join(batch), "retmode": "xml", "tool": "oncoguide"})
        path = out_dir / "pubmed" / f"{slug(query)}-{start // EFETCH_BATCH + 1:03d}.xml"
        result.records += sum(1 for _ in read_pubmed(f"efetch batch {start // EFETCH_BATCH + 1}", data=body))
        _write(path, body)
        result.files.append(path)
    return result


def _json(body: bytes | None, what: str) -> dict:
    try:
        value = json.loads(body or b"")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FetchError(f"{what}: the answer is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise FetchError(f"{what}: unexpected answer {type(value).__name__}")
    return value


def _write(path: Path, body: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".part")
    partial.write_bytes(body)
    partial.replace(path)


def open_client(service: str, home: Path, **kwargs) -> Client:  # noqa: ANN003
    """A client for `openfda`, `dailymed` or `pubmed`, caching under home/cache/http."""
    services = {"openfda": OPENFDA, "dailymed": DAILYMED, "pubmed": EUTILS}
    return Client(services[service], cache_dir=home / "cache" / "http", **kwargs)

