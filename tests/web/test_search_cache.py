"""/search keeps each query's rendered page (#11): what a reader sees must not depend on what others asked."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pagesfixture import PAGES_CONTENT, pages_settings

from oncoguide.content import load
from oncoguide.web import create_app
from oncoguide.web.site import Site


@pytest.fixture()
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(pages_settings(tmp_path_factory.mktemp("home"))))


def test_each_query_gets_its_own_page_however_often_asked(client: TestClient) -> None:
    first = client.get("/search", params={"q": "revlimid"}).text
    other = client.get("/search", params={"q": "low platelets"}).text
    again = client.get("/search", params={"q": "revlimid"}).text
    assert "Results for “revlimid”" in first and "lenalidomide (Revlimid)" in first
    assert "Results for “low platelets”" in other and "Results for “revlimid”" not in other
    assert again == first


def test_spacing_of_a_query_does_not_change_the_page(client: TestClient) -> None:
    tidy = client.get("/search", params={"q": "low platelets"}).text
    messy = client.get("/search", params={"q": "  low   platelets "}).text
    assert messy == tidy
    assert "Results for “low platelets”" in messy


def test_cached_page_is_served_gzipped_to_clients_that_take_it(client: TestClient) -> None:
    plain = client.get("/search", params={"q": "revlimid"}, headers={"accept-encoding": "identity"})
    zipped = client.get("/search", params={"q": "revlimid"}, headers={"accept-encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.text == plain.text  # the client decodes it to the same page
    assert "accept-encoding" in zipped.headers["vary"].lower()


def test_json_search_is_not_the_html_page(client: TestClient) -> None:
    client.get("/search", params={"q": "revlimid"})  # cache the HTML first
    body = client.get("/search", params={"q": "revlimid"}, headers={"accept": "application/json"}).json()
    assert body["query"] == "revlimid"
    assert body["hits"][0]["page"]["slug"] == "lenalidomide"


def test_many_queries_stay_within_the_search_budget_and_never_evict_content_pages() -> None:
    site = Site(load(PAGES_CONTENT), search_cache_bytes=64 * 1024)
    drug = site.rendered(site.drug("lenalidomide"))
    for n in range(300):
        site.search_rendered(f"platelets {n}")
    assert 0 < site.search_cache.bytes <= 64 * 1024
    assert len(site.search_cache) < 300  # the oldest queries were dropped
    assert site.cache.get(("drug", "lenalidomide")) is drug
    # a dropped query is simply rendered again, the same as before
    assert site.search_rendered("platelets 0").html == site.search_rendered("platelets 0").html
