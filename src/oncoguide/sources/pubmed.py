"""Read PubMed XML (efetch `PubmedArticleSet`, baseline `MedlineCitationSet`; gzip or not) into Articles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree
from pydantic import ValidationError

from ..errors import SourceParseError
from ..model.article import AbstractPart, Article
from ..model.validation import validation_message
from .limits import DEFAULT_LIMITS, Limits, open_capped
from .problems import OnError, ascii_digits
from .xmltext import clean, syntax_problem

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RECORDS = ("PubmedArticle", "MedlineCitation")


def read_pubmed(path: Path | str, data: bytes | None = None, *, limits: Limits = DEFAULT_LIMITS,
                on_error: OnError | None = None) -> Iterator[Article]:
    """Yield each citation in order, streaming (a baseline file never sits whole in memory).

    A bad citation raises SourceParseError naming the file, record number and PMID; with `on_error` it is
    handed over instead and reading goes on. A truncated, malformed or oversized file yields the citations
    before the damage, then raises SourceParseError.
    """
    with open_capped(path, data, limits) as stream:
        number = 0
        try:
            # No huge_tree: libxml2 then refuses elements nested over 256 deep and text nodes over 10 MB.
            for _event, el in etree.iterparse(stream, events=("end",), tag=_RECORDS, resolve_entities=False,
                                               no_network=True):
                parent = el.getparent()
                if el.tag == "MedlineCitation" and parent is not None and parent.tag == "PubmedArticle":
                    continue  # handled with its PubmedArticle, which also holds the DOI
                number += 1
                try:
                    article: Article | None = article_from_element(el, f"{path}: record {number}")
                except SourceParseError as exc:
                    if on_error is None:
                        raise
                    on_error(exc)
                    article = None
                # Free what is parsed: a 36-million-citation baseline must stream in constant memory.
                el.clear()
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
                stream.next_record()
                if article is not None:
                    yield article
        except etree.XMLSyntaxError as exc:
            raise SourceParseError(f"{path}: {syntax_problem(exc)} (after {number} record(s))") from exc


def article_from_element(el: etree._Element, where: str = "<xml>") -> Article:
    """Map one `PubmedArticle` or `MedlineCitation` element; `where` names it in errors."""
    citation = el if el.tag == "MedlineCitation" else el.find("MedlineCitation")
    if citation is None:
        raise SourceParseError(f"{where}: a <{el.tag}> without <MedlineCitation> (line {el.sourceline})")
    pmid_el = citation.find("PMID")
    pmid = (pmid_el.text or "").strip() if pmid_el is not None else ""
    if not ascii_digits(pmid):
        raise SourceParseError(f"{where}: a citation without a PMID (line {el.sourceline})")
    where = f"{where} (PMID {pmid}, line {el.sourceline})"
    version = (pmid_el.get("Version") or "1").strip()
    if not ascii_digits(version):
        raise SourceParseError(f"{where}: PMID Version {version!r} is not a number")
    article = citation.find("Article")
    if article is None:
        raise SourceParseError(f"{where}: no <Article>")
    try:
        return Article(
            pmid=pmid,
            version=int(version),
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
    except ValidationError as exc:
        raise SourceParseError(f"{where}: {validation_message(exc)}") from exc


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
