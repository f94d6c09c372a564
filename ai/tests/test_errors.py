"""Every error answers in the core's shape: ``{"error": "<sentence>", "details": {...}}``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from ai.main import create_app
from ai.tests.conftest import make_settings


class Meal(BaseModel):
    name: str = Field(min_length=1, max_length=50)
    servings: int = Field(1, ge=1, le=10)


@pytest.fixture
def client(tmp_path: Any) -> Any:
    """The real app plus two probe routes (a body to validate, a crash)."""
    app: FastAPI = create_app(make_settings(database_url=f"sqlite:///{tmp_path}/none.sqlite3"))

    @app.post("/probe/meal")
    async def meal(body: Meal) -> dict[str, Any]:
        return body.model_dump()

    @app.get("/probe/crash")
    async def crash() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def assert_shape(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "details"}
    assert isinstance(body["error"], str) and body["error"].endswith(".")
    return body


def test_unknown_route_is_404_json(client: TestClient) -> None:
    body = assert_shape(client.get("/nowhere"), 404)
    assert body["error"] == "No endpoint or resource at /nowhere."


def test_wrong_method_is_405_json_with_allow(client: TestClient) -> None:
    response = client.delete("/health")
    body = assert_shape(response, 405)
    assert body["error"] == "Method DELETE is not allowed on /health."
    assert response.headers["Allow"] == "GET"


def test_invalid_body_is_400_with_field_details(client: TestClient) -> None:
    body = assert_shape(client.post("/probe/meal", json={"name": "", "servings": 99}), 400)
    assert set(body["details"]) == {"name", "servings"}
    assert body["error"].startswith("Invalid input: name: ")


def test_missing_body_is_400(client: TestClient) -> None:
    body = assert_shape(client.post("/probe/meal"), 400)
    assert "non_field_errors" in body["details"]


def test_malformed_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/probe/meal", content=b'{"name": ', headers={"Content-Type": "application/json"}
    )
    body = assert_shape(response, 400)
    assert body["error"].startswith("The request body is not valid JSON")


def test_unexpected_error_is_500_json_with_request_id(client: TestClient) -> None:
    response = client.get("/probe/crash", headers={"X-Request-ID": "crash-1"})
    body = assert_shape(response, 500)
    assert body == {"error": "Internal server error.", "details": {}}
    assert response.headers["X-Request-ID"] == "crash-1"
    assert "boom" not in response.text


def test_openapi_documents_the_routes(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/health", "/whoami"} <= set(paths)


def test_route_messages_are_kept_as_sentences(tmp_path: Any) -> None:
    app = create_app(make_settings(database_url=f"sqlite:///{tmp_path}/none.sqlite3"))

    @app.get("/probe/gone")
    async def gone() -> None:
        raise HTTPException(404, "That meal is not in the catalog")

    @app.get("/probe/bare")
    async def bare() -> None:
        raise HTTPException(403)

    with TestClient(app) as client:
        gone_body = assert_shape(client.get("/probe/gone"), 404)
        bare_body = assert_shape(client.get("/probe/bare"), 403)
    assert gone_body["error"] == "That meal is not in the catalog."
    assert bare_body["error"] == "You do not have permission to perform this action."
