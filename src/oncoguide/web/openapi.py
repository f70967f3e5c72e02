"""/openapi.json as the app really behaves: every error in the one shape, times as they are sent.

schemathesis checks each response against this document (tests/web/test_openapi_contract.py).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .errors import ErrorBody

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
# pydantic sends a time without a zone as `09:00:00`; JSON Schema's "time" format (RFC 3339) demands an offset.
TIME = {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$"}


def _error_responses(path: str, operation: dict[str, Any]) -> None:
    """422 and every other error status carry ErrorBody; outside /api/ they may be an HTML page instead."""
    content: dict[str, Any] = {"application/json": {"schema": ERROR_REF}}
    if not path.startswith("/api/"):  # see errors.wants_json
        content["text/html"] = {"schema": {"type": "string"}}
    responses = operation.setdefault("responses", {})
    if "422" in responses:
        responses["422"] = {"description": responses["422"].get("description") or "The request is not valid.",
                            "content": content}
    responses["default"] = {"description": "Any other error (404, 413, 401...).", "content": content}


def _plain_times(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("format") == "time":
            del node["format"]
            node.update(TIME)
        for value in node.values():
            _plain_times(value)
    elif isinstance(node, list):
        for value in node:
            _plain_times(value)


def install(app: FastAPI) -> None:
    """Replace FastAPI's document builder with one that describes what the app sends."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):  # FastAPI's error shape, which we never send
            schemas.pop(unused, None)
        schemas["ErrorBody"] = ErrorBody.model_json_schema()
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                _error_responses(path, operation)
        _plain_times(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
