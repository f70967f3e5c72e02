# cython: language_level=3, boundscheck=False, wraparound=False
"""Compiled twin of the SPL section walk (spl._section + xmltext.blocks_of), reading libxml2's tree in place.

It must give exactly what the Python walker gives (tests/sources/test_splwalk.py compares both); the Python
walker stays the reference and the fallback. Only libxml2's struct fields are read, never its functions: lxml
links libxml2 statically, so its symbols are not ours to call, but the headers in lxml's wheel match its layout.
Anything this walker does not model (a DTD, entity references, XInclude nodes) raises Unsupported, and the
caller marks the breaks and uses the Python walker for that label.
"""

from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.stdlib cimport free, realloc
from libc.string cimport memcpy, strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Element, import_lxml__etree

from lxml import etree

cdef extern from "lxml-version.h":
    const char* LXML_VERSION_STRING

import_lxml__etree()
# Struct layouts come from the headers of the lxml this was compiled against; with another lxml installed
# since, refuse to load (spl.py then uses the Python walker) rather than read memory by a stale layout.
if LXML_VERSION_STRING.decode() != etree.__version__:
    raise ImportError(f"compiled against lxml {LXML_VERSION_STRING.decode()}, running with {etree.__version__}")


class Unsupported(Exception):
    """The document has something only the Python walker handles."""


cdef const char* V3 = b"urn:hl7-org:v3"

# What an element is (xmltext.KIND): only for no namespace or the HL7 v3 namespace, like KIND's keys.
cdef enum Kind:
    OTHER, LIST, TABLE, P, ITEM, CAPTION, HEAD, BODY, TR, CELL, SKIP


cdef struct Buf:
    char* data
    size_t len
    size_t cap


cdef int grow(Buf* b, size_t extra) except -1:
    cdef size_t cap = b.cap or 256
    cdef char* data
    while cap < b.len + extra:
        cap *= 2
    if cap != b.cap:
        data = <char*>realloc(b.data, cap)
        if data == NULL:
            raise MemoryError()
        b.data, b.cap = data, cap
    return 0


cdef inline int put(Buf* b, const char* s) except -1:
    if s == NULL:  # a text node libxml2 left without content
        return 0
    cdef size_t n = strlen(s)
    if b.len + n > b.cap:
        grow(b, n)
    memcpy(b.data + b.len, s, n)
    b.len += n
    return 0


cdef inline bint v3_or_none(tree.xmlNode* el):
    return el.ns == NULL or strcmp(<const char*>el.ns.href, V3) == 0


cdef Kind kind_of(tree.xmlNode* el):
    if el.type != tree.XML_ELEMENT_NODE or not v3_or_none(el):
        return OTHER
    cdef const char* n = <const char*>el.name
    if strcmp(n, "list") == 0 or strcmp(n, "ul") == 0 or strcmp(n, "ol") == 0:
        return LIST
    if strcmp(n, "table") == 0:
        return TABLE
    if strcmp(n, "paragraph") == 0 or strcmp(n, "p") == 0:
        return P
    if strcmp(n, "item") == 0 or strcmp(n, "li") == 0:
        return ITEM
    if strcmp(n, "caption") == 0:
        return CAPTION
    if strcmp(n, "thead") == 0:
        return HEAD
    if strcmp(n, "tbody") == 0 or strcmp(n, "tfoot") == 0:
        return BODY
    if strcmp(n, "tr") == 0:
        return TR
    if strcmp(n, "td") == 0 or strcmp(n, "th") == 0:
        return CELL
    if strcmp(n, "renderMultiMedia") == 0 or strcmp(n, "img") == 0:
        return SKIP
    return OTHER


cdef inline bint is_br(tree.xmlNode* el):
    """Any <br/>, in any namespace (xmltext.mark_breaks matches "{*}br")."""
    return el.type == tree.XML_ELEMENT_NODE and strcmp(<const char*>el.name, "br") == 0


# xmltext.BREAK in UTF-8: this walker reads trees whose <br/> were not marked, and puts it where mark_breaks
# would have: at the start of the <br/>'s tail, so only where that tail is read.
cdef const char* BREAK = b"\xe2\x80\xa8"


cdef inline bint is_v3(tree.xmlNode* el, const char* name):
    return (el.type == tree.XML_ELEMENT_NODE and el.ns != NULL and strcmp(<const char*>el.ns.href, V3) == 0
            and strcmp(<const char*>el.name, name) == 0)


cdef int descendant_text(Buf* b, tree.xmlNode* el) except -1:
    """What tostring(method="text") gives: text and CDATA of all descendants, no comments or PIs."""
    cdef tree.xmlNode* c = el.children
    while c != NULL:
        if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
            put(b, <const char*>c.content)
        elif c.type == tree.XML_ELEMENT_NODE:
            descendant_text(b, c)
            if is_br(c):
                put(b, BREAK)
        elif c.type != tree.XML_COMMENT_NODE and c.type != tree.XML_PI_NODE:
            raise Unsupported(c.type)
        c = c.next
    return 0


cdef int text_without_nested(Buf* b, tree.xmlNode* el) except -1:
    """inline(el, skip={list, table}): the element's own text and its other children's, tails kept."""
    cdef tree.xmlNode* c = el.children
    cdef Kind k
    while c != NULL:
        if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
            put(b, <const char*>c.content)
        elif c.type == tree.XML_ELEMENT_NODE:
            k = kind_of(c)
            if k != LIST and k != TABLE:
                descendant_text(b, c)
            if is_br(c):
                put(b, BREAK)
        elif c.type != tree.XML_COMMENT_NODE and c.type != tree.XML_PI_NODE:
            raise Unsupported(c.type)
        c = c.next
    return 0


# Byte classes for clean(): 1 ASCII whitespace (str.isspace), 2 first byte of a possible Unicode space, 0 other.
cdef unsigned char CLASS[256]
for _b in range(256):
    CLASS[_b] = 1 if _b == 0x20 or 0x09 <= _b <= 0x0D or 0x1C <= _b <= 0x1F else (2 if _b in (0xC2, 0xE1, 0xE2, 0xE3) else 0)


cdef inline size_t space_at(const unsigned char* s, size_t i, size_t n, bint* brk):
    """Byte length of the str.isspace() character at s[i] (0 if none); brk set for U+2028, xmltext.BREAK."""
    cdef unsigned char c = s[i]
    brk[0] = False
    if c < 0x80:
        return 1 if (c == 0x20 or 0x09 <= c <= 0x0D or 0x1C <= c <= 0x1F) else 0
    if c == 0xC2:
        return 2 if i + 1 < n and (s[i + 1] == 0x85 or s[i + 1] == 0xA0) else 0
    if i + 2 >= n:
        return 0
    if c == 0xE1:
        return 3 if s[i + 1] == 0x9A and s[i + 2] == 0x80 else 0
    if c == 0xE2:
        if s[i + 1] == 0x80:
            if s[i + 2] <= 0x8A or s[i + 2] == 0xA9 or s[i + 2] == 0xAF:
                return 3
            if s[i + 2] == 0xA8:
                brk[0] = True
                return 3
            return 0
        return 3 if s[i + 1] == 0x81 and s[i + 2] == 0x9F else 0
    if c == 0xE3:
        return 3 if s[i + 1] == 0x80 and s[i + 2] == 0x80 else 0
    return 0


cdef class Walker:
    cdef Buf raw, loose, out
    cdef object number

    def __cinit__(self, number):
        self.number = number  # spl._NUMBER, the "2.1 Title" pattern

    def __dealloc__(self):
        free(self.raw.data)
        free(self.loose.data)
        free(self.out.data)

    cdef str clean(self, Buf* b):
        """xmltext.clean(): words joined by a space, or a newline where a BREAK came between them."""
        cdef const unsigned char* s = <const unsigned char*>b.data
        cdef size_t i = 0, n = b.len, m = 0, w
        cdef unsigned char c, k
        cdef bint brk, gap = False, newline = False
        cdef char* o
        if self.out.cap < n + 1:
            grow(&self.out, n + 1)
        o = self.out.data
        while i < n:
            c = s[i]
            k = CLASS[c]
            if k == 1:  # ASCII whitespace
                gap = True
                i += 1
                continue
            if k == 2:  # lead byte of a character that may be Unicode whitespace
                w = space_at(s, i, n, &brk)
                if w:
                    gap = True
                    newline = newline or brk
                    i += w
                    continue
            if gap:
                if m:
                    o[m] = b"\n" if newline else b" "
                    m += 1
                gap = newline = False
            o[m] = c
            m += 1
            i += 1
        b.len = 0
        return PyUnicode_DecodeUTF8(o, m, NULL)

    cdef str flat(self, tree.xmlNode* el):
        self.raw.len = 0  # in case an Unsupported left text behind
        descendant_text(&self.raw, el)
        return self.clean(&self.raw)

    cdef list texts(self, tree.xmlNode* parent, Kind kind, bint keep_empty):
        """The flat text of each child of one kind: list items (empty ones dropped) or a row's cells (kept)."""
        cdef tree.xmlNode* c = parent.children
        cdef str text
        found = []
        while c != NULL:
            if kind_of(c) == kind:
                text = self.flat(c)
                if text or keep_empty:
                    found.append(text)
            c = c.next
        return found

    cdef dict list_block(self, tree.xmlNode* el):
        ordered = attr(el, b"listType") == "ordered" or (el.ns == NULL and strcmp(<const char*>el.name, "ol") == 0)
        return {"kind": "list", "ordered": ordered, "items": self.texts(el, ITEM, False)}

    cdef list rows(self, tree.xmlNode* part):
        cdef tree.xmlNode* c = part.children
        found = []
        while c != NULL:
            if kind_of(c) == TR:
                found.append(self.cells(c))
            c = c.next
        return found

    cdef list cells(self, tree.xmlNode* tr):
        return self.texts(tr, CELL, True)

    cdef dict table_block(self, tree.xmlNode* el):
        cdef tree.xmlNode* c = el.children
        cdef Kind k
        caption = None
        header, rows = [], []
        while c != NULL:
            k = kind_of(c)
            if k == CAPTION:
                caption = self.flat(c) or None
            elif k == HEAD:
                header += self.rows(c)
            elif k == BODY:
                rows += self.rows(c)
            elif k == TR:
                rows.append(self.cells(c))
            c = c.next
        return {"kind": "table", "caption": caption, "header": header, "rows": [r for r in rows if any(r)]}

    cdef dict nested_block(self, tree.xmlNode* el):
        return self.list_block(el) if kind_of(el) == LIST else self.table_block(el)

    cdef list blocks_of(self, tree.xmlNode* container):
        cdef tree.xmlNode* c = container.children
        cdef tree.xmlNode* g
        cdef Kind k
        cdef str text
        cdef bint nested
        blocks = []
        self.loose.len = 0
        while c != NULL:
            if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
                put(&self.loose, <const char*>c.content)
            elif c.type == tree.XML_ELEMENT_NODE:
                k = kind_of(c)
                if k == P:
                    nested = False
                    g = c.children
                    while g != NULL and not nested:
                        nested = kind_of(g) == LIST or kind_of(g) == TABLE
                        g = g.next
                    if nested:
                        self.raw.len = 0
                        text_without_nested(&self.raw, c)
                        text = self.clean(&self.raw)
                    else:
                        text = self.flat(c)
                    if text:
                        blocks.append({"kind": "paragraph", "text": text})
                    if nested:
                        g = c.children
                        while g != NULL:
                            if kind_of(g) == LIST or kind_of(g) == TABLE:
                                blocks.append(self.nested_block(g))
                            g = g.next
                elif k == LIST:
                    blocks.append(self.list_block(c))
                elif k == TABLE:
                    blocks.append(self.table_block(c))
                elif k != SKIP:
                    descendant_text(&self.loose, c)
                if is_br(c):
                    put(&self.loose, BREAK)
            elif c.type != tree.XML_COMMENT_NODE and c.type != tree.XML_PI_NODE:
                raise Unsupported(c.type)
            c = c.next
        text = self.clean(&self.loose)
        if text:
            blocks.insert(0, {"kind": "paragraph", "text": text})
        return blocks

    cdef dict section(self, tree.xmlNode* el):
        cdef tree.xmlNode* c = el.children
        cdef tree.xmlNode* s
        cdef tree.xmlNode* title = NULL
        cdef tree.xmlNode* code = NULL
        cdef tree.xmlNode* text = NULL
        subsections = []
        while c != NULL:
            if title == NULL and is_v3(c, "title"):
                title = c
            elif code == NULL and is_v3(c, "code"):
                code = c
            elif text == NULL and is_v3(c, "text"):
                text = c
            elif is_v3(c, "component"):
                s = c.children
                while s != NULL:
                    if is_v3(s, "section"):
                        subsections.append(self.section(s))
                    s = s.next
            c = c.next
        heading = (self.flat(title) or None) if title != NULL else None
        number = None
        if heading:
            match = self.number.match(heading)
            if match:
                number, heading = match[1], match[2].strip() or heading
        return {
            "code": attr(code, b"code") if code != NULL else None,
            "title": heading,
            "number": number,
            "blocks": self.blocks_of(text) if text != NULL else [],
            "subsections": subsections,
        }


cdef object attr(tree.xmlNode* el, const char* name):
    """el.get(name) for an attribute without a namespace (None if absent)."""
    cdef tree.xmlAttr* a = el.properties
    cdef tree.xmlNode* t
    while a != NULL:
        if a.ns == NULL and strcmp(<const char*>a.name, name) == 0:
            t = a.children
            if t != NULL and t.next == NULL and t.type == tree.XML_TEXT_NODE and t.content != NULL:
                return (<const char*>t.content).decode("utf-8")
            if t == NULL:
                return ""
            raise Unsupported("attribute value in several nodes")
        a = a.next
    return None


cdef class Reader:
    """Sections and texts of one SPL document whose <br/> were not marked (parse_xml(breaks=False))."""
    cdef Walker walker

    def __cinit__(self, _Element root, number):
        if root._c_node.doc.intSubset != NULL or root._c_node.doc.extSubset != NULL:
            raise Unsupported("document type declaration")  # default attributes, entities
        self.walker = Walker(number)

    def sections(self, elements) -> list:
        """spl._section() of each `<section>` element."""
        cdef _Element el
        return [self.walker.section(el._c_node) for el in elements]

    def text_of(self, _Element el) -> str | None:
        """xmltext.text_of()."""
        return None if el is None else (self.walker.flat(el._c_node) or None)
