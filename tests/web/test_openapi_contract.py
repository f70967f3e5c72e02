"""The API does what /openapi.json says (#15): schemathesis, in process and bounded, finds no server error,
no undocumented status or content type, and no response outside its documented schema. Every operation is
called signed in (so the tracker API is fuzzed past its sign-in check) and, where a path names a plan, once
more with a real plan of the signed-in account."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the `test` extra")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from pagesfixture import pages_settings  # noqa: E402

from oncoguide.web import create_app  # noqa: E402

CONFIG = schemathesis.Config.from_dict({
    "operations": [
        # A well-formed question can still be turned away, with the documented 422: blank or not English.
        {"include-path-regex": "^/(api/)?ask$",
         "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "422"]}}},
    ],
})
EXAMPLES = 200  # per operation, three calls each: about a minute for the whole API on two cores

# Collection needs the schema before any fixture runs, so the app gets its own throwaway data folder here.
APP = create_app(pages_settings(Path(tempfile.mkdtemp())))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=CONFIG)


def _signed_in_with_a_plan() -> tuple[str, str]:
    """(session cookie header, plan id) of a new account with one plan."""
    client = TestClient(APP, follow_redirects=False)

    def token(path: str) -> str:
        return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)

    signed = client.post("/signup", data={"csrf": token("/signup"), "email": "fuzz@example.org",
                                          "password": "a long passphrase"})
    assert signed.status_code == 303, signed.text
    regimen = "lenalidomide-del5q-mds"
    plan = client.post("/tracker/new", data={"csrf": token(f"/tracker/new?regimen={regimen}"), "regimen": regimen,
                                             "start": "2026-01-05", "dose_time": "08:00", "timezone": "Europe/Paris"})
    assert plan.status_code == 303, plan.text
    cookie = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    return cookie, plan.headers["location"].rsplit("/", 1)[-1]


COOKIE, PLAN = _signed_in_with_a_plan()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_matches_its_openapi_document(case) -> None:  # noqa: ANN001
    case.call_and_validate()
    case.call_and_validate(headers={"Cookie": COOKIE})
    if "plan_id" in (case.path_parameters or {}):
        case.path_parameters["plan_id"] = PLAN
        case.call_and_validate(headers={"Cookie": COOKIE})
