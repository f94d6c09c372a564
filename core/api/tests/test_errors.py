"""Every error is JSON in the shared shape, whatever produced it."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


def assert_error(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["error"], str) and body["error"]
    assert "details" in body
    return body


def test_unknown_route_is_json_404(api) -> None:
    body = assert_error(api.get("/api/v1/no-such-thing/"), 404)
    assert "/api/v1/no-such-thing/" in body["error"]
    assert_error(Client().get("/totally/unknown"), 404)


def test_wrong_method_is_json_405(auth_client) -> None:
    response = auth_client.delete("/api/v1/auth/login/")
    assert_error(response, 405)
    assert_error(auth_client.post("/api/v1/profile/export/", {}, format="json"), 405)


def test_malformed_json_is_400(api) -> None:
    response = api.post("/api/v1/auth/login/", data="{not json", content_type="application/json")
    body = assert_error(response, 400)
    assert "JSON" in body["error"]


def test_nan_literal_is_rejected(auth_client) -> None:
    response = auth_client.patch(
        "/api/v1/profile/", data='{"weight": NaN}', content_type="application/json"
    )
    assert_error(response, 400)


def test_oversized_body_is_413(api) -> None:
    big = json.dumps({"email": "a@b.co", "password": "x" * (settings.MAX_REQUEST_BODY_BYTES + 10)})
    body = assert_error(
        api.post("/api/v1/auth/login/", data=big, content_type="application/json"), 413
    )
    assert body["details"]["limit_bytes"] == settings.MAX_REQUEST_BODY_BYTES


def test_non_json_content_type_is_415(api) -> None:
    response = api.post(
        "/api/v1/auth/login/", data="email=a", content_type="application/x-www-form-urlencoded"
    )
    assert_error(response, 415)


def test_request_id_is_echoed_or_made(api) -> None:
    given = api.get("/api/v1/health/", HTTP_X_REQUEST_ID="abc-123")
    assert given["X-Request-ID"] == "abc-123"
    made = api.get("/api/v1/health/", HTTP_X_REQUEST_ID="bad id with spaces")
    assert made["X-Request-ID"] != "bad id with spaces" and len(made["X-Request-ID"]) == 32


def test_health_and_legacy_alias(api) -> None:
    assert api.get("/api/v1/health/").json()["status"] == "ok"
    assert api.get("/api/health/").json()["status"] == "ok"


def test_openapi_schema_and_docs(api) -> None:
    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert schema.status_code == 200
    paths = json.loads(schema.content)["paths"]
    assert "/api/v1/auth/register/" in paths and "/api/v1/profile/" in paths
    docs = api.get("/api/v1/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()
