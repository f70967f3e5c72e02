"""HTTP hardening (#15): what a reader's browser, a proxy or an attacker sees at the HTTP layer."""

from __future__ import annotations

import gzip
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from kbfixture import write_kb
from pagesfixture import pages_settings
from test_tracker_web import new_plan, sign_up

from oncoguide.errors import InputError
from oncoguide.settings import Settings
from oncoguide.web import create_app

REPO = Path(__file__).resolve().parents[2]
DRUG = "/drugs/lenalidomide"
SHAPE = {"ok", "error", "errors", "status"}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    return create_app(pages_settings(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="module")
def client(app) -> TestClient:  # noqa: ANN001
    return TestClient(app)


@pytest.fixture
def tracker_app(tmp_path: Path):  # noqa: ANN201
    root = write_kb(tmp_path / "content")
    shutil.copy(REPO / "content" / "triage.yaml", root / "triage.yaml")
    (root / "sources").mkdir(exist_ok=True)
    shutil.copy(REPO / "content" / "sources" / "tracker.yaml", root / "sources" / "tracker.yaml")
    return create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root))


# 1. The Host header neither grows the cache nor reaches the page.

def test_share_link_ignores_the_host_header(client: TestClient) -> None:
    page = client.get(DRUG, headers={"host": "evil.example"})
    assert page.status_code == 200 and "evil.example" not in page.text
    assert re.search(r'Share this page: <a href="/drugs/lenalidomide">', page.text)


def test_share_link_comes_from_the_public_url(tmp_path: Path) -> None:
    app = create_app(replace(pages_settings(tmp_path), public_url="https://oncoguide.example.org/"))
    page = TestClient(app).get(DRUG, headers={"host": "evil.example"}).text
    assert 'href="https://oncoguide.example.org/drugs/lenalidomide"' in page and "evil.example" not in page


@pytest.mark.parametrize("bad", ["oncoguide.example.org", "javascript:alert(1)", "https://x.org/?a=1"])
def test_a_public_url_that_is_not_an_origin_is_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(InputError, match="should look like https://"):
        replace(pages_settings(tmp_path), public_url=bad)


def test_many_hosts_and_query_strings_cache_one_page(app, client: TestClient) -> None:  # noqa: ANN001
    cache = app.state.site.cache
    client.get(DRUG)
    entries, size = len(cache), cache.bytes
    for i in range(50):
        assert client.get(f"{DRUG}?x={i}", headers={"host": f"h{i}.example"}).status_code == 200
    assert (len(cache), cache.bytes) == (entries, size)


def test_html_cache_stays_within_its_byte_budget() -> None:
    from oncoguide.web.site import HtmlCache, Rendered

    page = Rendered.of("x" * 300)
    cache = HtmlCache(max_bytes=3 * page.size + 10)
    for i in range(10):
        cache.put(("drug", f"d{i}"), page)
    assert cache.bytes <= cache.max_bytes and len(cache) == 3
    assert cache.get(("drug", "d0")) is None and cache.get(("drug", "d9")) == page
    cache.put(("drug", "huge"), Rendered.of("".join(map(str, range(5000)))))  # over the whole budget: not kept
    assert cache.get(("drug", "huge")) is None and len(cache) == 3


# 4. Security headers.

@pytest.mark.parametrize("path", ["/", DRUG, "/api/drugs/lenalidomide", "/drugs/no-such-drug", "/api/nothing",
                                  "/static/style.css", "/ask"])
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = dict(d.strip().split(" ", 1) for d in headers["content-security-policy"].split(";"))
    assert csp["script-src"] == "'self'"  # no inline script, no other origin
    assert csp["frame-ancestors"] == "'none'" and csp["object-src"] == "'none'"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "strict-transport-security" not in headers  # plain HTTP: HSTS would be ignored or wrong


def test_a_server_error_is_a_page_with_the_headers_too(tmp_path: Path) -> None:
    from fastapi import APIRouter

    broken = APIRouter()

    @broken.get("/broken")
    @broken.get("/api/broken")
    def fail() -> None:
        raise RuntimeError("a bug")

    client = TestClient(create_app(pages_settings(tmp_path), routers=[broken]))
    page, data = client.get("/broken"), client.get("/api/broken")
    assert page.status_code == 500 and "Something went wrong" in page.text and "a bug" not in page.text
    assert data.status_code == 500 and set(data.json()) == SHAPE
    for response in (page, data):
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_hsts_over_https(app, tmp_path: Path) -> None:  # noqa: ANN001
    assert "max-age=" in TestClient(app, base_url="https://testserver").get("/").headers["strict-transport-security"]
    behind_proxy = create_app(replace(pages_settings(tmp_path), public_url="https://oncoguide.example.org"))
    assert "strict-transport-security" in TestClient(behind_proxy).get("/").headers


def test_templates_hold_no_inline_script_or_event_handler() -> None:
    """The CSP forbids them, so one added to a template would silently stop working."""
    src = REPO / "src" / "oncoguide"
    for template in sorted(src.glob("**/templates/**/*.html")):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), f"{template}: inline <script>"
        assert not re.search(r"\son[a-z]+\s*=", text), f"{template}: inline event handler"
        assert "javascript:" not in text, template


# 6. Private pages and JSON are never stored.

def test_private_pages_and_json_are_not_stored(tracker_app) -> None:  # noqa: ANN001
    anonymous = TestClient(tracker_app, follow_redirects=False)
    assert anonymous.get("/api/tracker/plans").headers["cache-control"] == "no-store"  # the 401 too
    assert anonymous.get("/signin").headers["cache-control"] == "no-store"
    client = sign_up(tracker_app, "ana@example.org")
    plan = new_plan(client)
    for path in ("/tracker", f"/tracker/{plan}", "/api/tracker/plans", f"/api/tracker/plans/{plan}/events",
                 "/account", "/account/data.json", "/tracker/new"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == "no-store", path


def test_public_pages_may_be_cached(client: TestClient) -> None:
    assert "no-store" not in client.get(DRUG).headers.get("cache-control", "")
    static = client.get("/static/style.css").headers["cache-control"]
    assert re.fullmatch(r"public, max-age=\d+", static) and int(static.rsplit("=", 1)[1]) >= 600


# 7. Body size and validation errors.

def test_an_oversized_body_is_refused_with_413(client: TestClient) -> None:
    response = client.post("/api/ask", json={"q": "x" * 100_000})
    assert response.status_code == 413
    body = response.json()
    assert set(body) == SHAPE and body["status"] == 413 and "64 KB" in body["error"]


def test_an_oversized_body_without_a_length_is_refused_too(client: TestClient) -> None:
    def chunks():  # noqa: ANN202  (streamed: no Content-Length, only Transfer-Encoding: chunked)
        for _ in range(20):
            yield b"x" * 8192

    response = client.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["status"] == 413


def test_an_oversized_form_gets_the_error_page(client: TestClient) -> None:
    response = client.post("/signin", data={"email": "a@b.org", "password": "p" * 70_000})
    assert response.status_code == 413 and "text/html" in response.headers["content-type"]
    assert "too large" in response.text


def test_a_small_body_still_gets_an_answer(client: TestClient) -> None:
    assert client.post("/api/ask", json={"q": "Is lenalidomide chemotherapy?"}).status_code == 200


@pytest.mark.parametrize("body", [{}, {"q": ""}, {"q": 5}, "not json"])
def test_invalid_questions_are_422_with_the_one_shape(client: TestClient, body: object) -> None:
    if isinstance(body, str):
        response = client.post("/api/ask", content=body, headers={"content-type": "application/json"})
    else:
        response = client.post("/api/ask", json=body)
    assert response.status_code == 422
    assert set(response.json()) == SHAPE and response.json()["status"] == 422


def test_openapi_documents_the_error_shape_it_sends(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "HTTPValidationError" not in schemas and set(schemas["ErrorBody"]["properties"]) == SHAPE
    ref = {"$ref": "#/components/schemas/ErrorBody"}
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            assert op["responses"]["default"]["content"]["application/json"]["schema"] == ref, (method, path)
            if "422" in op["responses"]:
                assert op["responses"]["422"]["content"]["application/json"]["schema"] == ref, (method, path)
    assert "422" in spec["paths"]["/api/ask"]["post"]["responses"]


def test_openapi_times_match_what_the_tracker_api_sends(tracker_app) -> None:  # noqa: ANN001
    """JSON Schema's "time" format needs a zone offset; a plan's dose time is sent without one."""
    client = sign_up(tracker_app, "cy@example.org")
    new_plan(client)
    sent = client.get("/api/tracker/plans").json()[0]["dose_time"]
    field = client.get("/openapi.json").json()["components"]["schemas"]["TreatmentPlan"]["properties"]["dose_time"]
    assert "format" not in field and re.search(field["pattern"], sent), (field, sent)


def test_one_address_two_representations_varies_on_accept(client: TestClient) -> None:
    assert "accept" in client.get(DRUG).headers["vary"].lower()
    assert "accept" in client.get(DRUG, headers={"accept": "application/json"}).headers["vary"].lower()


def test_method_not_allowed_says_which_are(client: TestClient) -> None:
    response = client.delete("/api/drugs/lenalidomide")
    assert response.status_code == 405 and "GET" in response.headers["allow"]
    assert set(response.json()) == SHAPE


# 11. HEAD, gzip.

@pytest.mark.parametrize("path", ["/", DRUG, "/api/drugs/lenalidomide", "/static/style.css", "/glossary"])
def test_head_answers_like_get_without_a_body(client: TestClient, path: str) -> None:
    get, head = client.get(path), client.head(path)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]


def test_head_of_a_missing_page_is_404(client: TestClient) -> None:
    assert client.head("/drugs/no-such-drug").status_code == 404


def test_text_over_a_kilobyte_is_gzipped(client: TestClient) -> None:
    response = client.get(DRUG, headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(response.content) / 2  # httpx decoded it for us
    raw = client.get(DRUG, headers={"accept-encoding": "identity"})
    assert "content-encoding" not in raw.headers
    api = client.get("/api/glossary", headers={"accept-encoding": "gzip"})  # compressed on the way out
    assert api.headers["content-encoding"] == "gzip" and len(api.content) > 1024 and api.json()["title"]


def test_small_responses_and_private_pages_are_not_gzipped(client: TestClient, tracker_app) -> None:  # noqa: ANN001
    small = client.get("/api/nothing", headers={"accept-encoding": "gzip"})
    assert len(small.content) < 1024 and "content-encoding" not in small.headers
    signed_in = sign_up(tracker_app, "bo@example.org")
    page = signed_in.get("/tracker", headers={"accept-encoding": "gzip"})
    assert len(page.content) > 1024 and "content-encoding" not in page.headers  # BREACH: CSRF token + echoed text


@pytest.mark.parametrize("path", [DRUG, "/glossary", "/search?q=low+platelets"])
def test_gzip_round_trips(client: TestClient, path: str) -> None:
    plain = client.get(path, headers={"accept-encoding": "identity"}).text
    with client.stream("GET", path, headers={"accept-encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    assert response.headers["content-encoding"] == "gzip" and gzip.decompress(raw).decode() == plain
