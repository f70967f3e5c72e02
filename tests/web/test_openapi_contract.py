"""The API does what /openapi.json says (#15): schemathesis, in process and bounded, finds no server error,
no undocumented status or content type, and no response outside its documented schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the `test` extra")
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
# Collection needs the schema before any fixture runs, so the app gets its own throwaway data folder here.
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(pages_settings(Path(tempfile.mkdtemp()))),
                                        config=CONFIG)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_matches_its_openapi_document(case) -> None:  # noqa: ANN001
    case.call_and_validate()
