"""The compiled SPL walker (sources/_splwalk.pyx) must give exactly what the Python walker gives."""

from __future__ import annotations

import shutil
import sysconfig

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sources_fixtures import shared_file
from sources_fixtures import spl as small_spl

from oncoguide.sources import spl
from oncoguide.sources.xmltext import parse_xml

try:
    from oncoguide.sources import _splwalk as walk
except ImportError as exc:
    # Skip only where it cannot be built; with a compiler, a missing or stale build is a failure to see.
    if not shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0]):
        pytest.skip("no C compiler here: oncoguide parses SPL with its Python walker", allow_module_level=True)
    raise ImportError(f"the compiled SPL walker is not built or was built for another lxml ({exc}): "
                      "run `pip install -e .` again") from exc

SECTIONS = "v:component/v:structuredBody/v:component/v:section"
# Every str.isspace() character that XML allows, the <br/> marker's neighbours and look-alikes that are not spaces.
SPACES = " \t\n\r\u0085\u00a0\u1680\u2000\u2003\u200a\u2029\u202f\u205f\u3000"
NOT_SPACES = "\u200b\u2014\u00a9\u00e9\u2030\u3001"
NARRATIVE = ["paragraph", "list", "item", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
             "content", "sup", "br", "renderMultiMedia", "linkHtml", "p", "ol", "li"]


def both(data: bytes) -> tuple[list[dict], list[dict]]:
    """Sections by the compiled reader (which marks <br/> itself) and by the Python walker (tree marked)."""
    unmarked, marked = (parse_xml("t.xml", data, breaks=b).getroot() for b in (False, True))
    compiled = walk.Reader(unmarked, spl._NUMBER).sections(list(unmarked.iterfind(SECTIONS, spl.NS)))
    return compiled, [spl._section(el) for el in marked.iterfind(SECTIONS, spl.NS)]


def with_text(narrative: str, title: str = "2.1 Dosage") -> bytes:
    body = small_spl().replace("<text><paragraph>Can cause test harm.</paragraph></text>", f"<text>{narrative}</text>")
    return body.replace("<title>WARNING: TEST HARM</title>", f"<title>{title}</title>").encode()


@pytest.mark.parametrize("name", ["humira.xml", "lipitor-orig.xml"])
def test_real_labels_give_the_same_sections(name: str) -> None:
    compiled, python = both(shared_file("openfda", name).read_bytes())
    assert compiled == python


@pytest.mark.parametrize("version", [1, 2, 3])
def test_small_labels_give_the_same_sections(version: int) -> None:
    compiled, python = both(small_spl(version=version, dose=10 * version).encode())
    assert compiled == python


def test_breaks_comments_cdata_unicode_spaces_and_nested_blocks_give_the_same_sections() -> None:
    narrative = (
        f" loose <content>text</content>{SPACES}nbsp<br/>after <!-- c --> more<?pi x?>"
        f"<paragraph>Para <![CDATA[cdata  here]]>{NOT_SPACES} and\u2028line<br/><br/>two</paragraph>"
        "<paragraph>Harm:<list><item>rash <br/>x</item><item> </item><!--c--><item>b<sup>2</sup></item></list>"
        " see <table><tr><td>a</td><td/></tr></table>below.</paragraph>"
        "<renderMultiMedia referencedObject='x'>skipped</renderMultiMedia> tail kept"
        "<list listType='ordered'><caption>c</caption><item>i<list><item>n</item></list></item>dropped<br/></list>"
        "<table><caption>Cap <br/>tion</caption><thead><tr><th>H<br/>2</th></tr></thead>"
        "<tbody><tr><td> </td></tr><tr><td>x<paragraph>y</paragraph></td><th>z</th></tr></tbody>"
        "<tr><td>bare</td></tr><tfoot><tr><td>foot</td></tr></tfoot></table>"
        "<h:table xmlns:h='http://www.w3.org/1999/xhtml'><h:tr><h:td>other namespace</h:td></h:tr></h:table>"
        "<ol xmlns=''><li>html ol</li></ol><p xmlns=''>html p<table><tr><td>t</td></tr></table></p>"
    )
    compiled, python = both(with_text(narrative, title="1.2.3. Numbered <br/>title\u00a0x"))
    assert compiled == python
    assert compiled[1]["number"] == "1.2.3" and compiled[1]["title"] == "Numbered\ntitle x"


def test_a_document_type_declaration_is_left_to_the_python_walker() -> None:
    data = with_text("<paragraph>Can &foo; cause</paragraph>").replace(
        b"<document", b'<!DOCTYPE document [<!ENTITY foo "FOO  bar">]>\n<document', 1)
    with pytest.raises(walk.Unsupported):
        both(data)
    assert spl.parse_spl("t.xml", data=data).boxed_warning.blocks[0].text == "Can FOO bar cause"


def test_parse_spl_is_the_same_without_the_compiled_walker(monkeypatch: pytest.MonkeyPatch) -> None:
    data = shared_file("openfda", "humira.xml").read_bytes()
    compiled = spl.parse_spl("humira.xml", data=data)
    monkeypatch.setattr(spl, "compiled_reader", None)
    assert spl.parse_spl("humira.xml", data=data) == compiled


def test_titles_and_product_names_keep_their_line_breaks() -> None:
    label = spl.parse_spl("t.xml", data=small_spl().replace("<name>Testamide</name>", "<name>Testa<br/>mide</name>").encode())
    assert label.title == "TESTAMIDE (testamide) capsules\nInitial U.S. Approval: 2001"
    assert label.products[0].name == "Testa\nmide"


_text = st.text(alphabet=SPACES + NOT_SPACES + "ab.1\u2028", max_size=6).map(
    lambda s: s.replace("\r", "&#13;"))


@st.composite
def _narrative(draw: st.DrawFn, depth: int = 0) -> str:
    parts = [draw(_text)]
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        tag = draw(st.sampled_from(NARRATIVE))
        attrs = draw(st.sampled_from(["", " listType='ordered'", " xmlns=''"]))
        extra = draw(st.sampled_from(["", "<!--c-->", "<![CDATA[ c d ]]>"]))
        parts.append(f"<{tag}{attrs}>{draw(_narrative(depth + 1))}{extra}</{tag}>{draw(_text)}")
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(_narrative())
def test_any_narrative_gives_the_same_sections(narrative: str) -> None:
    compiled, python = both(with_text(narrative))
    assert compiled == python
