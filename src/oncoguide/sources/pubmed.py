"""Read PubMed XML (efetch `PubmedArticleSet`, baseline `MedlineCitationSet`; gzip or not) into Articles."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ..errors import SourceParseError
from ..model.article import AbstractPart, Article
from .xmltext import clean

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RECORDS = ("PubmedArticle", "MedlineCitation")


def read_pubmed(path: Path | str, data: bytes | None = None) -> Iterator[Article]:
    """Yield each citation in order, streaming (a baseline file never sits whole in memory).

    A truncated or malformed file yields the citations before the damage, then raises SourceParseError.
    """
    source = io.BytesIO(data) if data is not None else str(path)
    with _open(path, source) as stream:
        try:
            for _event, el in etree.iterparse(stream, events=("end",), tag=_RECORDS, resolve_entities=False,
                                               no_network=True, huge_tree=True):
                parent = el.getparent()
                if el.tag == "MedlineCitation" and parent is not None and parent.tag == "PubmedArticle":
                    continue  # handled with its PubmedArticle, which also holds the DOI
                article = article_from_element(el, path)
                # Free what is parsed: a 36-million-citation baseline must stream in constant memory.
                el.clear()
                while el.getprevious() is not None:
                    del parent[0]
                yield article
        except etree.XMLSyntaxError as exc:
            raise SourceParseError(f"{path}: not well-formed XML: {exc.msg}") from exc
        except (OSError, EOFError, zlib.error) as exc:
            raise SourceParseError(f"{path}: cannot read (truncated or not gzip?): {exc}") from exc


def _open(path: Path | str, source: str | io.BytesIO) -> io.BufferedIOBase:
    if isinstance(source, io.BytesIO):
        head = source.getvalue()[:2]
    else:
        try:
            with open(source, "rb") as fh:
                head = fh.read(2)
        except OSError as exc:
            raise SourceParseError(f"{path}: cannot read: {exc}") from exc
    if head == b"\x1f\x8b":
        return gzip.open(source, "rb")  # type: ignore[return-value]
    return source if isinstance(source, io.BytesIO) else open(source, "rb")


def article_from_element(el: etree._Element, path: Path | str = "<xml>") -> Article:
    """Map one `PubmedArticle` or `MedlineCitation` element."""
    citation = el if el.tag == "MedlineCitation" else el.find("MedlineCitation")
    if citation is None:
        raise SourceParseError(f"{path}: a <{el.tag}> without <MedlineCitation>")
    pmid_el = citation.find("PMID")
    pmid = (pmid_el.text or "").strip() if pmid_el is not None else ""
    if not pmid.isdigit():
        raise SourceParseError(f"{path}: a citation without a PMID (line {el.sourceline})")
    article = citation.find("Article")
    if article is None:
        raise SourceParseError(f"{path}: PMID {pmid} has no <Article>")
    return Article(
        pmid=pmid,
        version=int(pmid_el.get("Version") or 1),
        title=_text(article.find("ArticleTitle")) or _text(article.find("VernacularTitle")) or f"PMID {pmid}",
        abstract=[
            AbstractPart(label=part.get("Label"), category=part.get("NlmCategory"), text=text)
            for part in article.iterfind("Abstract/AbstractText")
            if (text := _text(part))
        ],
        authors=[a for author in article.iterfind("AuthorList/Author") if (a := _author(author))],
        journal=_text(article.find("Journal/Title")),
        year=_year(article),
        doi=_doi(el, article),
        mesh_terms=[t for d in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName") if (t := _text(d))],
        publication_types=[t for p in article.iterfind("PublicationTypeList/PublicationType") if (t := _text(p))],
    )


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return clean(etree.tostring(el, method="text", encoding="unicode", with_tail=False)) or None


def _author(el: etree._Element) -> str | None:
    if (group := _text(el.find("CollectiveName"))) is not None:
        return group
    last = _text(el.find("LastName"))
    initials = _text(el.find("Initials"))
    return " ".join(p for p in (last, initials) if p) or None


def _year(article: etree._Element) -> int | None:
    date = article.find("Journal/JournalIssue/PubDate")
    for text in (_text(date.find("Year")) if date is not None else None,
                 _text(date.find("MedlineDate")) if date is not None else None,
                 _text(article.find("ArticleDate/Year"))):
        if text and (match := _YEAR.search(text)):
            return int(match[1])
    return None


def _doi(record: etree._Element, article: etree._Element) -> str | None:
    for el in (*record.iterfind("PubmedData/ArticleIdList/ArticleId[@IdType='doi']"),
               *article.iterfind("ELocationID[@EIdType='doi']")):
        if text := _text(el):
            return text
    return None
