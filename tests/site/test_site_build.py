"""`oncoguide build` and `oncoguide export jekyll`: every page written, links that resolve, same bytes twice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from pagesfixture import PAGES_CONTENT
from typer.testing import CliRunner

from oncoguide.cli import app
from oncoguide.content import load
from oncoguide.site import context as ctx
from oncoguide.site.build import build
from oncoguide.site.jekyll import export_jekyll


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_static_site_has_every_page_and_every_link_resolves(tmp_path: Path) -> None:
    report = build(PAGES_CONTENT, tmp_path / "site")
    files = _tree(tmp_path / "site")
    for path in ["index.html", "drugs/lenalidomide.html", "regimens/lenalidomide-del5q-mds.html",
                 "cancers/myelodysplastic-syndromes.html", "glossary.html", "search.html", "404.html",
                 "cancers.html", "drugs.html", "regimens.html", "api/cancers.json", "api/drugs.json", "api/regimens.json",
                 "static/style.css", "static/print.css", "static/search.js", "static/search-index.js", "static/favicon.svg"]:
        assert path in files
    assert report.pages == 10
    for path, body in files.items():
        if not path.endswith(".html"):
            continue
        assert len(body) < 100_000
        for href in re.findall(r'(?:href|src)="([^"#?]+)', body.decode()):
            if href.startswith("http"):
                continue
            target = (tmp_path / "site" / path).parent / href
            assert target.resolve().is_file(), f"{path} links to missing {href}"


def test_static_site_has_the_browse_pages_linked_from_every_page(tmp_path: Path) -> None:
    build(PAGES_CONTENT, tmp_path / "site")
    site = tmp_path / "site"
    drugs = (site / "drugs.html").read_text()
    assert 'href="drugs/lenalidomide.html"><em>Revlimid</em></a>' in drugs  # the brand name leads to the generic page
    assert 'href="drugs/lenalidomide.html">lenalidomide</a>' in drugs
    regimens = (site / "regimens.html").read_text()
    assert '<h2 id="myelodysplastic-syndromes">Myelodysplastic syndromes</h2>' in regimens
    assert 'href="regimens/lenalidomide-del5q-mds.html"' in regimens
    assert 'href="cancers/myelodysplastic-syndromes.html"' in (site / "cancers.html").read_text()
    page = (site / "regimens/lenalidomide-del5q-mds.html").read_text()
    for target in ("../cancers.html", "../drugs.html", "../regimens.html"):
        assert f'href="{target}"' in page, target
    assert '<link rel="icon" href="../static/favicon.svg" type="image/svg+xml">' in page


def test_static_json_twin_equals_the_context(tmp_path: Path) -> None:
    build(PAGES_CONTENT, tmp_path / "site")
    kb = load(PAGES_CONTENT)
    body = json.loads((tmp_path / "site/api/drugs/lenalidomide.json").read_text())
    assert body == ctx.drug_context(kb, "lenalidomide").model_dump(mode="json")


def test_static_site_is_the_same_byte_for_byte(tmp_path: Path) -> None:
    build(PAGES_CONTENT, tmp_path / "a")
    build(PAGES_CONTENT, tmp_path / "b")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_static_search_page_works_without_javascript(tmp_path: Path) -> None:
    build(PAGES_CONTENT, tmp_path / "site")
    page = (tmp_path / "site/search.html").read_text()
    assert "Without it, find your page in this list" in page
    assert 'href="drugs/lenalidomide.html"' in page
    index = (tmp_path / "site/static/search-index.js").read_text()
    assert "revlimid" in index and "lenalidamide" in index and "low platelets" in index


def test_jekyll_pages_have_front_matter_citations_and_references(tmp_path: Path) -> None:
    export_jekyll(PAGES_CONTENT, tmp_path / "md")
    files = _tree(tmp_path / "md")
    assert set(files) == {"drugs/lenalidomide.md", "regimens/lenalidomide-del5q-mds.md",
                          "cancers/myelodysplastic-syndromes.md", "glossary.md"}
    text = files["drugs/lenalidomide.md"].decode()
    front = yaml.safe_load(text.split("---")[1])
    assert front == {"layout": "default", "title": "lenalidomide (Revlimid)", "nav_exclude": True,
                     "permalink": "/drugs/lenalidomide/"}
    assert "<sup>[1](#ref-1)</sup>" in text
    assert '1. <span id="ref-1"></span>REVLIMID (lenalidomide) capsules.' in text
    assert "[PMID 21715006](https://pubmed.ncbi.nlm.nih.gov/21715006/)" in text
    assert "](../../regimens/lenalidomide-del5q-mds/)" in files["cancers/myelodysplastic-syndromes.md"].decode()
    regimen = files["regimens/lenalidomide-del5q-mds.md"].decode()
    assert "[REVLIMID (lenalidomide) capsules on DailyMed](https://dailymed.nlm.nih.gov/dailymed/search.cfm?" in regimen
    assert "(https://clinicaltrials.gov/search?cond=Myelodysplastic+syndromes)" in regimen
    assert "Only your care team can choose the plan" in regimen and "Not yet reviewed by a clinician" in regimen


def test_cli_build_and_export(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "s"), "--content", str(PAGES_CONTENT)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "s/index.html").exists()
    result = runner.invoke(app, ["export", "jekyll", "--out", str(tmp_path / "j"), "--content", str(PAGES_CONTENT)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "j/glossary.md").exists()
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "x"), "--content", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and not (tmp_path / "x").exists()
