"""The live pages: every page type answers, shows its key sections, and its JSON is the same context."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient
from pagesfixture import PAGES_CONTENT, pages_settings
from pydantic import BaseModel

from oncoguide.content import load
from oncoguide.site import context as ctx
from oncoguide.site.models import Cited
from oncoguide.web import create_app

DRUG, REGIMEN, CANCER = "lenalidomide", "lenalidomide-del5q-mds", "myelodysplastic-syndromes"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(pages_settings(tmp_path_factory.mktemp("home"))))


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return load(PAGES_CONTENT)


def cited_items(value: object) -> list[Cited]:
    """Every Cited inside a page context."""
    if isinstance(value, Cited):
        return [value]
    if isinstance(value, (list, tuple)):
        return [c for v in value for c in cited_items(v)]
    if isinstance(value, BaseModel):
        return [c for name in type(value).model_fields for c in cited_items(getattr(value, name))]
    return []


def visible_text(page_html: str) -> str:
    """The page's text with tags and tooltips removed, whitespace collapsed."""
    text = re.sub(r'<span class="tip"[^>]*>.*?</span>', "", page_html)
    text = re.sub(r"<sup.*?</sup>", "", text)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


@pytest.mark.parametrize("path, sections", [
    ("/", ["Find a treatment", "Myelodysplastic syndromes", "Ask a question", "Drugs A to Z"]),
    (f"/drugs/{DRUG}", ["Generic name", "Brand name", "Is it chemotherapy?", "What it treats", "Common side effects",
                        "Call your care team now", "How it works", "If you miss a dose", "Pregnancy", "Safety program",
                        "Giving blood", "Storage", "Handling", "Other medicines", "Questions people ask", "References",
                        "Reading level of this page", "Share this page", "not medical advice", "Written 2026-11-22"]),
    (f"/regimens/{REGIMEN}", ["How it works", "Goals of treatment", "Dose and schedule", "Getting the medicine",
                              "How long treatment lasts", "Tests during treatment", "What test results can change",
                              "Side effects", "Tips", "Help paying for treatment", "Taking care of your feelings",
                              "Drug facts from the label", "Read the package insert", "Clinical trials",
                              "not all the options there are", "Only your care team can choose",
                              "Start a tracker", "References", "Reading level of this page",
                              "Not yet reviewed by a clinician"]),
    ("/cancers", ["Cancer types", "Myelodysplastic syndromes (MDS)", "1 treatment plan on this site", "References"]),
    ("/drugs", ["Drugs A to Z", "lenalidomide", "Revlimid brand of lenalidomide", "brand: Revlimid"]),
    ("/regimens", ["Treatment plans by cancer type", "Myelodysplastic syndromes", "Lenalidomide for del(5q) MDS",
                   "Drugs: lenalidomide", "not all the options there are"]),
    (f"/cancers/{CANCER}", ["What it is", "Treatment plans", "Lenalidomide for del(5q) MDS", "References"]),
    ("/glossary", ["Glossary", "Thrombocytopenia", "Complete blood count", "References"]),
    ("/search?q=revlimid", ["Results for “revlimid”", "lenalidomide (Revlimid)", "See all pages, A to Z"]),
    ("/search", ["All pages A to Z", "Glossary", "lenalidomide (Revlimid)", "Myelodysplastic syndromes"]),
])
def test_page_shows_its_sections(client: TestClient, path: str, sections: list[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    text = visible_text(response.text)
    for section in sections:
        assert section in text, f"{path} lacks {section!r}"
    assert len(response.content) < 100_000
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', response.text), "external script or font"


@pytest.mark.parametrize("kind, slug, build", [
    ("drugs", DRUG, ctx.drug_context), ("regimens", REGIMEN, ctx.regimen_context), ("cancers", CANCER, ctx.cancer_context),
])
def test_json_is_the_page_context_and_html_shows_all_of_it(client: TestClient, kb, kind: str, slug: str, build) -> None:  # noqa: ANN001
    page = build(kb, slug)
    assert client.get(f"/api/{kind}/{slug}").json() == page.model_dump(mode="json")
    text = visible_text(client.get(f"/{kind}/{slug}").text)
    for item in cited_items(page):
        assert " ".join(item.text.split()) in text, f"statement missing from the HTML: {item.text!r}"
    for ref in page.references:
        assert ref.label in text


def test_accept_json_gives_the_same_context_at_the_page_address(client: TestClient) -> None:
    as_json = client.get("/drugs/lenalidomide", headers={"accept": "application/json"}).json()
    assert as_json == client.get("/api/drugs/lenalidomide").json()
    assert client.get("/", headers={"accept": "application/json"}).json()["kind"] == "home"


def test_glossary_and_search_json(client: TestClient, kb) -> None:  # noqa: ANN001
    assert client.get("/api/glossary").json() == ctx.glossary_context(kb).model_dump(mode="json")
    hits = client.get("/api/search", params={"q": "lenalidamide"}).json()["hits"]
    assert hits[0]["page"] == {"kind": "drug", "slug": DRUG, "title": "lenalidomide (Revlimid)", "anchor": None}


def test_citation_numbers_link_to_the_reference_list(client: TestClient) -> None:
    page = client.get(f"/drugs/{DRUG}").text
    cited = set(re.findall(r'href="#ref-(\d+)"', page))
    listed = re.findall(r'<li id="ref-(\d+)">', page)
    assert listed == [str(n) for n in range(1, len(listed) + 1)]
    assert cited == set(listed)
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/21715006/"' in page


def test_regimen_cycle_strip_marks_dose_days_per_schedule(client: TestClient) -> None:
    page = client.get(f"/regimens/{REGIMEN}").text
    strips = re.findall(r'<ol class="strip">(.*?)</ol>', page, re.S)
    assert [s.count('class="dose"') for s in strips] == [28, 21]
    assert [s.count('class="rest"') for s in strips] == [0, 7]
    assert "every week for 8 weeks, then every 4 weeks after that" in page
    assert f'href="/tracker/new?regimen={REGIMEN}"' in page


def test_glossary_terms_are_linked_with_a_description(client: TestClient) -> None:
    page = client.get(f"/regimens/{REGIMEN}").text
    links = re.findall(r'<a class="term" href="/glossary#([a-z-]+)" aria-describedby="def-([a-z-]+)">', page)
    assert links and all(a == b for a, b in links)
    assert len({a for a, _ in links}) == len(links), "a term is linked more than once on the page"
    for slug, _ in links:
        assert f'id="def-{slug}"' in page
    assert 'id="thrombocytopenia"' in client.get("/glossary").text


def test_brand_name_address_redirects_to_the_drug(client: TestClient) -> None:
    response = client.get("/drugs/revlimid", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == f"/drugs/{DRUG}"


def test_more_routers_can_use_the_shared_templates(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "hello.html").write_text('{% extends "base.html" %}{% block main %}<h1>Hello {{ who }}</h1>{% endblock %}')
    router = APIRouter()

    @router.get("/hello")
    def hello(request: Request) -> HTMLResponse:
        from oncoguide.site.models import ErrorPage

        site = request.app.state.site
        page = ErrorPage(title="Hello", message="")
        return HTMLResponse(site.env.get_template("hello.html").render(
            page=page, url=site_links(), share="/hello", defs={}, who="tracker"))

    app = create_app(pages_settings(tmp_path), routers=[router], template_dirs=(str(tmp_path / "tpl"),))
    page = TestClient(app).get("/hello").text
    assert "<h1>Hello tracker</h1>" in page and "Skip to main content" in page


def site_links():  # noqa: ANN201
    from oncoguide.site.render import Links

    return Links()


def test_openapi_documents_the_json_pages(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/drugs/{slug}", "/api/regimens/{slug}", "/api/cancers/{slug}", "/api/glossary", "/api/search",
            "/api/drugs", "/api/regimens", "/api/cancers"} <= set(paths)
    # The interactive docs load CDN scripts, so they are off unless the operator turns them on (#15).
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


@pytest.mark.parametrize("kind, build", [
    ("cancers", "cancer_index_context"), ("drugs", "drug_index_context"), ("regimens", "regimen_index_context"),
])
def test_browse_pages_json_is_the_same_context(client: TestClient, kb, kind: str, build: str) -> None:  # noqa: ANN001
    from oncoguide.site import indexes

    expected = getattr(indexes, build)(kb).model_dump(mode="json")
    assert client.get(f"/{kind}.json").json() == expected
    assert client.get(f"/api/{kind}").json() == expected
    assert client.get(f"/{kind}", headers={"accept": "application/json"}).json() == expected


def test_browse_pages_are_linked_from_the_header_and_home(client: TestClient) -> None:
    for path in ["/", f"/drugs/{DRUG}", "/glossary"]:
        page = client.get(path).text
        for target in ("/cancers", "/drugs", "/regimens"):
            assert f'<li><a href="{target}">' in page, (path, target)
    drugs = client.get("/drugs").text
    assert f'href="/drugs/{DRUG}"><em>Revlimid</em></a>' in drugs
    assert client.get("/regimens").text.count(f'href="/regimens/{REGIMEN}"') == 1


def test_favicon_is_served_and_linked(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert icon.text.startswith("<svg") and client.get("/static/favicon.svg").text == icon.text
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in client.get("/").text


def test_regimen_page_links_package_inserts_and_trials(client: TestClient) -> None:
    page = client.get(f"/regimens/{REGIMEN}").text
    assert ('<a href="https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&amp;query=REVLIMID">'
            "REVLIMID (lenalidomide) capsules on DailyMed</a>") in page
    assert 'href="https://clinicaltrials.gov/search?cond=Myelodysplastic+syndromes"' in page
    body = client.get(f"/api/regimens/{REGIMEN}").json()
    assert body["package_inserts"][0]["exact"] is False  # no set id known: a search, and the page says so
    assert "(a DailyMed search; pick the product your pharmacy gives you)" in page
    # help paying and coping are the regimen's own cited statements
    costs = page.split('id="costs"')[1].split("</section>")[0]
    assert 'href="#ref-' in costs


def test_references_say_how_to_check_them(client: TestClient) -> None:
    refs = client.get(f"/drugs/{DRUG}").text.split('id="references"')[1]
    label = visible_text(refs.split('<li id="ref-1">')[1].split("</li>")[0])
    assert label.startswith("REVLIMID (lenalidomide) capsules. Celgene / Bristol Myers Squibb.")
    assert "FDA label, revision date not recorded here. Find this label on DailyMed." in label
    assert '<a href="https://pubmed.ncbi.nlm.nih.gov/21715006/">PMID 21715006</a>' in refs
    assert "Not yet reviewed by a clinician" in visible_text(client.get(f"/drugs/{DRUG}").text)


def test_a_recorded_review_shows_role_and_date(tmp_path: Path, kb) -> None:  # noqa: ANN001
    from dataclasses import replace

    from oncoguide.model import Review
    from oncoguide.site.render import Links, render

    drug = kb.drugs[DRUG].model_copy(update={"reviewed": Review(role="oncology pharmacist", date="2026-12-01")})
    html_text = render(ctx.drug_context(replace(kb, drugs={DRUG: drug}), DRUG), Links(), "/x")
    assert "Reviewed 2026-12-01 by a clinician (oncology pharmacist)." in visible_text(html_text)
    assert "Not yet reviewed" not in html_text


def test_api_docs_can_be_turned_on(tmp_path: Path) -> None:
    from dataclasses import replace

    docs = TestClient(create_app(replace(pages_settings(tmp_path), api_docs=True)))
    assert docs.get("/docs").status_code == 200 and docs.get("/redoc").status_code == 200
    # Only the docs pages may load the CDN's scripts; every other page keeps the strict policy.
    assert "cdn.jsdelivr.net" in docs.get("/docs").headers["content-security-policy"]
    assert "cdn.jsdelivr.net" not in docs.get("/").headers["content-security-policy"]
