"""Turn XML (SPL narrative, HTML tables, PubMed markup) into plain text and structured blocks."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import SourceParseError
from .limits import DEFAULT_LIMITS, Limits, read_capped

MAX_DEPTH = 256  # libxml2's nesting limit without huge_tree (Humira's SPL nests 14 deep, Lipitor's 17)
BREAK = "\u2028"  # stands for <br/> inside text, so that itertext() keeps it


def clean(text: str) -> str:
    """Collapse whitespace; only a <br/> (marked by BREAK) starts a new line, source line breaks are layout."""
    if BREAK not in text:
        return " ".join(text.split())
    lines = (" ".join(part.split()) for part in text.split(BREAK))
    return "\n".join(line for line in lines if line)


def mark_breaks(root: etree._Element) -> None:
    """Turn every `<br/>` into a BREAK character in its tail (done once per document: itertext is C-fast)."""
    for br in root.iter("{*}br", "br"):
        br.tail = BREAK + (br.tail or "")


def local(tag: object) -> str:
    """Tag name without its namespace (`{urn:hl7-org:v3}section` -> `section`); '' for comments."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def inline(el: etree._Element, skip: frozenset[str] = frozenset()) -> str:
    """Text of an element, leaving out `skip`ped children (their tails kept). Call mark_breaks first."""
    if not skip:
        if not len(el):  # a leaf (most table cells and list items): its text is all of it, no serializer needed
            return el.text or ""
        # tostring(method="text") runs in C, about 5x faster than joining itertext() (benchmarks/spl_parse.py).
        return etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    parts: list[str] = [el.text or ""]
    for child in el:
        # Comments and processing instructions have no tag name; like tostring() above, leave their text out.
        if isinstance(child.tag, str) and KIND.get(child.tag) not in skip:
            parts.append(inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def text_of(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return flat_text(el) or None


def _kinds() -> dict[str, str]:
    """Full tag -> what it is, for SPL (HL7 v3 namespace) and plain HTML; a dict lookup beats splitting tags."""
    kinds = {"list": "list", "ul": "list", "ol": "list", "table": "table", "paragraph": "p", "p": "p",
             "item": "item", "li": "item", "caption": "caption", "thead": "head", "tbody": "body", "tfoot": "body",
             "tr": "tr", "td": "cell", "th": "cell", "renderMultiMedia": "skip", "img": "skip"}
    return {**kinds, **{f"{{urn:hl7-org:v3}}{name}": kind for name, kind in kinds.items()}}


KIND = _kinds()
_NESTED = frozenset({"list", "table"})

# Blocks are plain dicts here; the Label model validates the whole tree at once, which is several times
# faster than building a pydantic object per paragraph (benchmarks/spl_parse.py).
BlockDict = dict


def flat_text(el: etree._Element) -> str:
    """Text of an element, whitespace collapsed ('' if none)."""
    return clean(inline(el))


def list_block(el: etree._Element) -> BlockDict:
    ordered = el.get("listType") == "ordered" or el.tag == "ol"
    items = [text for item in el if KIND.get(item.tag) == "item" and (text := flat_text(item))]
    return {"kind": "list", "ordered": ordered, "items": items}


def _cells(tr: etree._Element) -> list[str]:
    return [flat_text(cell) for cell in tr if KIND.get(cell.tag) == "cell"]


def _rows(part: etree._Element) -> list[list[str]]:
    return [_cells(tr) for tr in part if KIND.get(tr.tag) == "tr"]


def table_block(el: etree._Element) -> BlockDict:
    caption = None
    header: list[list[str]] = []
    rows: list[list[str]] = []
    for part in el:
        kind = KIND.get(part.tag)
        if kind == "caption":
            caption = text_of(part)
        elif kind == "head":
            header += _rows(part)
        elif kind == "body":
            rows += _rows(part)
        elif kind == "tr":  # HTML tables without a tbody
            rows.append(_cells(part))
    return {"kind": "table", "caption": caption, "header": header, "rows": [r for r in rows if any(r)]}


def _nested_block(el: etree._Element) -> BlockDict:
    return list_block(el) if KIND[el.tag] == "list" else table_block(el)


def blocks_of(container: etree._Element) -> list[BlockDict]:
    """Paragraphs, lists and tables of a narrative `<text>` (or HTML) element, in order."""
    blocks: list[BlockDict] = []
    loose = [container.text or ""]
    for child in container:
        kind = KIND.get(child.tag)
        if kind == "p":
            # A list or table inside a paragraph becomes its own block, after the paragraph's text.
            nested = [c for c in child if KIND.get(c.tag) in _NESTED] if len(child) else []
            text = clean(inline(child, skip=_NESTED)) if nested else flat_text(child)
            if text:
                blocks.append({"kind": "paragraph", "text": text})
            blocks += map(_nested_block, nested)
        elif kind == "list":
            blocks.append(list_block(child))
        elif kind == "table":
            blocks.append(table_block(child))
        elif kind != "skip" and isinstance(child.tag, str):
            loose.append(inline(child))
        loose.append(child.tail or "")
    if text := clean("".join(loose)):
        blocks.insert(0, {"kind": "paragraph", "text": text})
    return blocks


def parse_xml(path: Path | str, data: bytes | None = None, limits: Limits = DEFAULT_LIMITS) -> etree._ElementTree:
    """Parse a file (or its bytes; gzip or not) and name the file in the one error a malformed document gives.

    The file is one record: past `limits.max_record_bytes` decompressed it is refused before parsing. Without
    huge_tree, libxml2 refuses elements nested over 256 deep and text nodes over 10 MB.
    """
    raw = read_capped(path, data, limits)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        tree = etree.ElementTree(etree.fromstring(raw, parser))
    except etree.XMLSyntaxError as exc:
        raise SourceParseError(f"{path}: {syntax_problem(exc)}") from exc
    mark_breaks(tree.getroot())
    return tree


def syntax_problem(exc: etree.XMLSyntaxError) -> str:
    """What libxml2 refused, in words: its resource limits say "try XML_PARSE_HUGE", which means nothing to a user."""
    where = f" (line {exc.lineno})" if exc.lineno else ""
    if "Excessive depth" in (exc.msg or ""):
        return f"elements nested more than {MAX_DEPTH} deep{where}, the limit"
    if "Resource limit exceeded" in (exc.msg or ""):
        return f"a text or attribute longer than 10 MB{where}, the limit"
    return f"not well-formed XML: {exc.msg}"
