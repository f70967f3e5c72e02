"""Turn XML (SPL narrative, HTML tables, PubMed markup) into plain text and structured blocks."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import SourceParseError
from ..model.label import ListBlock, Paragraph, Table

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
        # tostring(method="text") runs in C, about 5x faster than joining itertext() (benchmarks/spl_parse.py).
        return etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    parts: list[str] = [el.text or ""]
    for child in el:
        if local(child.tag) not in skip:
            parts.append(inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def text_of(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return clean(inline(el)) or None


def list_block(el: etree._Element) -> ListBlock:
    ordered = el.get("listType") == "ordered" or local(el.tag) == "ol"
    items = [clean(inline(item)) for item in el if local(item.tag) in ("item", "li")]
    return ListBlock(ordered=ordered, items=[i for i in items if i])


def table_block(el: etree._Element) -> Table:
    caption = None
    header: list[list[str]] = []
    rows: list[list[str]] = []
    for part in el:
        name = local(part.tag)
        if name == "caption":
            caption = text_of(part)
        elif name in ("thead", "tbody", "tfoot"):
            target = header if name == "thead" else rows
            for tr in part:
                if local(tr.tag) == "tr":
                    target.append([clean(inline(cell)) for cell in tr if local(cell.tag) in ("td", "th")])
        elif name == "tr":  # HTML tables without a tbody
            rows.append([clean(inline(cell)) for cell in part if local(cell.tag) in ("td", "th")])
    return Table(caption=caption, header=header, rows=[r for r in rows if any(r)])


_NESTED = frozenset({"list", "table", "ul", "ol"})


def blocks_of(container: etree._Element) -> list[Paragraph | ListBlock | Table]:
    """Paragraphs, lists and tables of a narrative `<text>` (or HTML) element, in order."""
    blocks: list[Paragraph | ListBlock | Table] = []
    loose = container.text or ""
    for child in container:
        name = local(child.tag)
        if name in ("list", "ul", "ol"):
            blocks.append(list_block(child))
        elif name == "table":
            blocks.append(table_block(child))
        elif name in ("paragraph", "p"):
            nested = [c for c in child if local(c.tag) in _NESTED]
            text = clean(inline(child, skip=_NESTED if nested else frozenset()))
            if text:
                blocks.append(Paragraph(text=text))
            for c in nested:
                blocks.append(list_block(c) if local(c.tag) in ("list", "ul", "ol") else table_block(c))
        elif name in ("renderMultiMedia", "img", ""):
            pass
        else:
            loose += inline(child)
        loose += child.tail or ""
    if clean(loose):
        blocks.insert(0, Paragraph(text=clean(loose)))
    return blocks


def parse_xml(path: Path | str, data: bytes | None = None) -> etree._ElementTree:
    """Parse a file (or its bytes) and name the file in the one error a malformed document gives."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser)) if data is not None else etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        raise SourceParseError(f"{path}: not well-formed XML: {exc.msg}") from exc
    except OSError as exc:
        raise SourceParseError(f"{path}: cannot read: {exc}") from exc
    mark_breaks(tree.getroot())
    return tree
