"""PubMed articles in the store: the document row keeps only what its passages do not, and reads back whole.

The title and every abstract part are passages (searchable text); repeating them in `documents.data` doubled
the store (about 4.7 KB per citation, 170 GB for all of PubMed). `data` holds the rest: authors, journal, year,
DOI, MeSH terms, publication types, and the NLM category of each abstract part, with defaults left out.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from ..errors import StoreError
from ..model.article import AbstractPart, Article
from ..model.validation import validation_message
from .documents import DocumentRow, PassageRow, document_passages, latest_document

# Fields the document row or the passages already hold; the others, unless at their default, go in `data`.
_IN_PASSAGES = {"pmid", "version", "title", "abstract"}
_DEFAULTS = {name: f.default for name, f in Article.model_fields.items() if name not in _IN_PASSAGES}


def article_document(article: Article) -> DocumentRow:
    """One document per PubMed record; passages are the title and each part of the abstract."""
    passages = [PassageRow(section="title", title=None, text=article.title)]
    passages += [
        PassageRow(section=(part.category or part.label or "abstract").lower(), title=part.label, text=part.text)
        for part in article.abstract
    ]
    # The checksum covers the whole article (the same dump the store kept before), so a record whose
    # abstract changes is still seen as changed, and checksums stored by earlier releases still match.
    whole = article.model_dump(mode="json")
    return DocumentRow(kind="article", key=article.pmid, version=str(article.version), title=article.title,
                       effective_date=None, data=article_data(whole), passages=passages, content=whole)


def article_data(whole: dict[str, Any]) -> dict[str, Any]:
    """What `documents.data` keeps of an article's JSON dump: the fields its passages lack, defaults left out."""
    data = {k: v for k, v in whole.items() if k in _DEFAULTS and v != _DEFAULTS[k]}
    if any(part["category"] for part in whole["abstract"]):
        data["categories"] = [part["category"] for part in whole["abstract"]]
    return data


def article_from_store(key: str, version: str, title: str, data: dict[str, Any],
                       passages: list[PassageRow]) -> Article:
    """The Article that `article_document` stored, rebuilt from its row and passages (title passage first)."""
    fields = dict(data)
    parts = passages[1:]
    categories = fields.pop("categories", None) or [None] * len(parts)
    try:
        return Article(
            pmid=key, version=int(version), title=title,
            abstract=[AbstractPart(label=p.title, category=c, text=p.text)
                      for p, c in zip(parts, categories, strict=True)],
            **fields,
        )
    except ValidationError as exc:
        raise StoreError(f"the stored article PMID {key} does not read as an article "
                         f"({validation_message(exc)}); ingest it again") from exc
    except (ValueError, TypeError) as exc:  # a version that is not a number, parts and categories that differ
        raise StoreError(f"the stored article PMID {key} does not read as an article ({exc}); ingest it again") from exc


def load_article(engine: sa.Engine, pmid: str) -> Article:
    """The newest ingested version of a PubMed record; NotFound if it was never ingested."""
    row = latest_document(engine, "article", pmid)
    return article_from_store(pmid, row["version"], row["title"], row["data"], document_passages(engine, row["id"]))
