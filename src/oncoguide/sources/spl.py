"""Parse an FDA Structured Product Labeling (SPL) XML document into a Label."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from lxml import etree
from pydantic import ValidationError

from ..errors import SourceParseError
from ..model.label import Label, Product
from ..model.validation import validation_message
from .limits import DEFAULT_LIMITS, Limits
from .problems import ascii_digits
from .xmltext import blocks_of, local, parse_xml, text_of

V3 = "urn:hl7-org:v3"
NS = {"v": V3}
PRODUCT_DATA = "48780-1"
_COMPONENT, _SECTION, _TITLE, _CODE, _TEXT = (f"{{{V3}}}{name}" for name in ("component", "section", "title", "code", "text"))
# Compiled once: root.xpath() would compile the expression again for every label.
_PRODUCTS = etree.XPath(
    f"v:component/v:structuredBody/v:component/v:section[v:code/@code='{PRODUCT_DATA}']/v:subject/v:manufacturedProduct",
    namespaces=NS)
_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$", re.S)


def parse_spl(path: Path | str, data: bytes | None = None, *, limits: Limits = DEFAULT_LIMITS) -> Label:
    """Parse one SPL file (or its bytes, with `path` naming it in errors); only SourceParseError escapes."""
    root = parse_xml(path, data, limits).getroot()
    if root.tag != f"{{{V3}}}document":
        raise SourceParseError(f"{path}: not an SPL document (root element is <{local(root.tag)}>, expected <document> in {V3})")
    set_id = _attr(root, "v:setId", "root")
    if not set_id:
        raise SourceParseError(f"{path}: label has no set id (<setId root=...>)")
    version = _attr(root, "v:versionNumber", "value")
    if version is None or not ascii_digits(version):
        raise SourceParseError(f"{path}: label {set_id} has no version number (<versionNumber value=...>)")
    elements = list(root.iterfind("v:component/v:structuredBody/v:component/v:section", NS))
    sections = [_section(s) for s in elements]
    # One validation of the whole tree (pydantic-core, in Rust) instead of one per block.
    try:
        return _label(root, set_id, version, sections)
    except ValidationError as exc:
        raise SourceParseError(f"{path}: label {set_id} version {version}: {validation_message(exc)}") from exc


def _label(root: etree._Element, set_id: str, version: str, sections: list[dict]) -> Label:
    return Label.model_validate({
        "set_id": set_id,
        "version": int(version),
        "document_id": _attr(root, "v:id", "root"),
        "effective_date": _date(_attr(root, "v:effectiveTime", "value")),
        "title": text_of(root.find("v:title", NS)) or "",
        "products": _products(root),
        "sections": [s for s in sections if s["code"] != PRODUCT_DATA],
        "origin": "spl",
    })


def _attr(el: etree._Element, path: str, name: str) -> str | None:
    found = el.find(path, NS)
    return found.get(name) if found is not None else None


def _date(value: str | None) -> dt.date | None:
    if not value or len(value) < 8 or not ascii_digits(value[:8]):
        return None
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


def _section(el: etree._Element) -> dict:
    # One pass over the children instead of a find() per field: each find() re-reads the path and the children.
    first: dict[object, etree._Element] = {}
    subsections = []
    for child in el:
        first.setdefault(child.tag, child)
        if child.tag == _COMPONENT:
            subsections += [_section(s) for s in child if s.tag == _SECTION]
    title = text_of(first.get(_TITLE))
    number = None
    if title and (match := _NUMBER.match(title)):
        number, title = match[1], match[2].strip() or title
    code, text = first.get(_CODE), first.get(_TEXT)
    return {
        "code": code.get("code") if code is not None else None,
        "title": title,
        "number": number,
        "blocks": blocks_of(text) if text is not None else [],
        "subsections": subsections,
    }


def _products(root: etree._Element) -> list[Product]:
    products: dict[tuple, Product] = {}
    for wrapper in _PRODUCTS(root):
        # SPL R4 says manufacturedProduct/manufacturedProduct; older labels say manufacturedMedicine.
        for inner in wrapper:
            if local(inner.tag) not in ("manufacturedProduct", "manufacturedMedicine"):
                continue
            name = text_of(inner.find("v:name", NS))
            if not name:
                continue
            form = inner.find("v:formCode", NS)
            route = wrapper.find("v:consumedIn/v:substanceAdministration/v:routeCode", NS)
            product = Product(
                name=name,
                generic_name=text_of(inner.find("v:asEntityWithGeneric/v:genericMedicine/v:name", NS)),
                dosage_form=form.get("displayName") if form is not None else None,
                route=route.get("displayName") if route is not None else None,
            )
            products.setdefault((product.name, product.generic_name, product.dosage_form, product.route), product)
    return list(products.values())
