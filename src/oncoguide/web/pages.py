"""Page routes: each calls one context function; HTML renders it, /api/... returns the same object as JSON."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

from ..content.lookup import Finder, find_cancer, find_drug, find_regimen
from ..errors import NotFound
from ..site.models import (
    CancerIndexPage,
    CancerPage,
    DrugIndexPage,
    DrugPage,
    GlossaryPage,
    Page,
    RegimenIndexPage,
    RegimenPage,
    SearchPage,
)
from ..site.render import STATIC
from ..store.labels import find_labels
from .errors import wants_json
from .site import Rendered, Site

# Content and search pages are cached, CPU-only work: they run on the event loop (async def), which more than
# doubles throughput over the thread pool (benchmarks/serve_drug_page.py: ~4,800 vs ~2,050 req/s).
html = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["pages"])


def site(request: Request) -> Site:
    return request.app.state.site


def respond(request: Request, page: Page, cache: bool = False, as_json: bool = False) -> Response:
    """The page as HTML, or as JSON for `Accept: application/json` or a `.json` address: one context, two renderings."""
    vary = {"vary": "Accept"}  # one URL, two representations: a shared cache must keep them apart
    if as_json or wants_json(request):
        return JSONResponse(page.model_dump(mode="json"), headers=vary)
    if cache:
        return send(request, site(request).rendered(page))
    return HTMLResponse(site(request).html(request, page), headers=vary)


def send(request: Request, page: Rendered) -> Response:
    """A cached page's HTML, or the same gzipped once when cached (not on every request) for a client that takes it."""
    if accepts_gzip(request):
        return Response(page.gzip, media_type="text/html; charset=utf-8",
                        headers={"vary": "Accept, Accept-Encoding", "content-encoding": "gzip"})
    return HTMLResponse(page.html, headers={"vary": "Accept"})


def accepts_gzip(request: Request) -> bool:
    """The same test Starlette's GZipMiddleware applies to every other response."""
    return "gzip" in request.headers.get("accept-encoding", "")


def _page(request: Request, kind: str, slug: str) -> Response:
    """A content page; a brand name or misspelling in the address redirects to the right page."""
    s = site(request)
    getter = {"drugs": s.drug, "regimens": s.regimen, "cancers": s.cancer}[kind]
    try:
        page = getter(slug)
    except NotFound:
        finders: dict[str, Finder] = {"drugs": find_drug, "regimens": find_regimen, "cancers": find_cancer}
        finder = finders[kind]
        try:
            found = finder(s.kb, slug)  # raises NotFound with suggestions when nothing is close
        except NotFound:
            # A drug with no curated page may still have an ingested FDA label to show.
            labels = find_labels(request.app.state.engine, slug) if kind == "drugs" else []
            if labels:
                return RedirectResponse(f"/labels/{labels[0][0]}", status_code=302)
            raise
        return RedirectResponse(f"/{kind}/{found.slug}", status_code=301)
    return respond(request, page, cache=True)


@html.get("/")
async def home(request: Request) -> Response:
    return respond(request, site(request).home(), cache=True)


# The browse pages: /cancers, /drugs, /regimens, each also at .json (one context, two renderings).
def _browse(kind: str, as_json: bool):  # noqa: ANN202
    async def page(request: Request) -> Response:
        return respond(request, site(request).index(kind), cache=not as_json, as_json=as_json)
    return page


for _kind in ("cancers", "drugs", "regimens"):
    html.add_api_route(f"/{_kind}", _browse(_kind, False), methods=["GET"], name=f"{_kind}_index")
    html.add_api_route(f"/{_kind}.json", _browse(_kind, True), methods=["GET"], name=f"{_kind}_index_json")


@html.get("/favicon.ico")
async def favicon() -> Response:
    # Browsers ask for /favicon.ico before reading <link rel=icon>; every current browser draws the SVG.
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


@html.get("/drugs/{slug}")
async def drug_page(request: Request, slug: str) -> Response:
    return _page(request, "drugs", slug)


@html.get("/regimens/{slug}")
async def regimen_page(request: Request, slug: str) -> Response:
    return _page(request, "regimens", slug)


@html.get("/cancers/{slug}")
async def cancer_page(request: Request, slug: str) -> Response:
    return _page(request, "cancers", slug)


@html.get("/glossary")
async def glossary_page(request: Request) -> Response:
    return respond(request, site(request).glossary(), cache=True)


@html.get("/search")
async def search_page(request: Request, q: str = Query("", max_length=200)) -> Response:
    # The page is cached per query (whitespace folded: the same words show the same page). A hit costs a dict
    # look-up, so it runs on the event loop like the content pages; a miss searches the in-memory index (#11).
    query = normal_query(q)
    if wants_json(request):
        return respond(request, site(request).search(query))
    return send(request, site(request).search_rendered(query))


def normal_query(q: str) -> str:
    """The query as the page shows it and as its cache keys it: leading, trailing and repeated spaces dropped."""
    return " ".join(q.split())


@api.get("/cancers", response_model=CancerIndexPage, summary="Every cancer type")
def cancers_index_api(request: Request) -> CancerIndexPage:
    return site(request).index("cancers")  # type: ignore[return-value]


@api.get("/drugs", response_model=DrugIndexPage, summary="Every drug, A to Z, by generic and brand name")
def drugs_index_api(request: Request) -> DrugIndexPage:
    return site(request).index("drugs")  # type: ignore[return-value]


@api.get("/regimens", response_model=RegimenIndexPage, summary="Every treatment plan, grouped by cancer type")
def regimens_index_api(request: Request) -> RegimenIndexPage:
    return site(request).index("regimens")  # type: ignore[return-value]


@api.get("/drugs/{slug}", response_model=DrugPage, summary="A drug page")
def drug_json(request: Request, slug: str) -> DrugPage:
    return site(request).drug(slug)  # type: ignore[return-value]


@api.get("/regimens/{slug}", response_model=RegimenPage, summary="A regimen page")
def regimen_json(request: Request, slug: str) -> RegimenPage:
    return site(request).regimen(slug)  # type: ignore[return-value]


@api.get("/cancers/{slug}", response_model=CancerPage, summary="A cancer type page")
def cancer_json(request: Request, slug: str) -> CancerPage:
    return site(request).cancer(slug)  # type: ignore[return-value]


@api.get("/glossary", response_model=GlossaryPage, summary="The glossary")
def glossary_json(request: Request) -> GlossaryPage:
    return site(request).glossary()  # type: ignore[return-value]


@api.get("/search", response_model=SearchPage, summary="Search pages by name, brand, misspelling or plain words")
def search_json(request: Request, q: str = Query("", max_length=200)) -> SearchPage:
    return site(request).search(q)  # type: ignore[return-value]
