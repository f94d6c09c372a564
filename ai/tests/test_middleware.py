"""Request ids, JSON-lines logs, the body size limit and the request timeout."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from ai.logs import JsonFormatter, RequestIdFilter
from ai.main import create_app
from ai.tests.conftest import make_settings

LIMIT = 1024


@pytest.fixture
def client(tmp_path: Any) -> Iterator[TestClient]:
    settings = make_settings(
        database_url=f"sqlite:///{tmp_path}/none.sqlite3",
        max_request_body_bytes=LIMIT,
        request_timeout_seconds=0.3,
    )
    app: FastAPI = create_app(settings)

    @app.post("/probe/echo")
    async def echo(payload: dict[str, Any]) -> dict[str, Any]:
        return {"size": len(json.dumps(payload))}

    @app.post("/probe/raw")
    async def raw(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    @app.get("/probe/slow")
    async def slow() -> dict[str, str]:
        await asyncio.sleep(30)
        return {"status": "finished"}

    @app.get("/probe/crash")
    async def crash() -> None:
        1 / 0  # noqa: B018

    @app.get("/probe/log")
    async def log() -> dict[str, str]:
        logging.getLogger("ai.probe").info("inside the handler", extra={"items": 3})
        return {"status": "ok"}

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Capture the service's log records through the real JSON formatter and filter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("ai")
    logger.addHandler(handler)
    previous = logger.level
    logger.setLevel(logging.INFO)
    yield stream
    logger.removeHandler(handler)
    logger.setLevel(previous)


def records(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


# --- request ids and logs ------------------------------------------------------------
def test_request_id_is_echoed(client: TestClient) -> None:
    response = client.get("/health", headers={"X-Request-ID": "abc-123.x_y"})
    assert response.headers["X-Request-ID"] == "abc-123.x_y"


def test_request_id_is_made_up_when_missing_or_unsafe(client: TestClient) -> None:
    made = client.get("/health").headers["X-Request-ID"]
    unsafe = client.get("/health", headers={"X-Request-ID": "bad id\\r\\n<script>"})
    assert len(made) == 32 and made != unsafe.headers["X-Request-ID"]
    assert "<" not in unsafe.headers["X-Request-ID"]


def test_logs_are_json_lines_carrying_the_request_id(
    client: TestClient, log_lines: io.StringIO
) -> None:
    client.get("/probe/log", headers={"X-Request-ID": "trace-7"})
    lines = records(log_lines)
    inner = next(line for line in lines if line["logger"] == "ai.probe")
    assert inner["request_id"] == "trace-7" and inner["items"] == 3
    access = next(line for line in lines if line["logger"] == "ai.access")
    assert access["request_id"] == "trace-7"
    assert (access["method"], access["path"], access["status"]) == ("GET", "/probe/log", 200)
    assert isinstance(access["duration_ms"], float)


def test_crash_is_logged_with_traceback_and_request_id(
    client: TestClient, log_lines: io.StringIO
) -> None:
    assert client.get("/probe/crash", headers={"X-Request-ID": "crash-9"}).status_code == 500
    errors = [line for line in records(log_lines) if line["level"] == "ERROR"]
    assert errors and errors[0]["request_id"] == "crash-9"
    assert "ZeroDivisionError" in errors[0]["exc_info"]
    access = next(line for line in records(log_lines) if line["logger"] == "ai.access")
    assert access["status"] == 500


# --- body size limit ----------------------------------------------------------------------
def test_body_within_the_limit_passes(client: TestClient) -> None:
    response = client.post("/probe/echo", json={"text": "x" * (LIMIT - 100)})
    assert response.status_code == 200


def test_declared_oversize_body_is_413_json(client: TestClient) -> None:
    response = client.post("/probe/echo", json={"text": "x" * (LIMIT + 1)})
    assert response.status_code == 413
    assert response.json() == {
        "error": f"The request body is too large (limit {LIMIT} bytes).",
        "details": {"limit_bytes": LIMIT},
    }
    assert response.headers["X-Request-ID"]


def test_streamed_oversize_body_is_cut_off_with_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(8):  # no Content-Length: sent chunked, counted as it arrives
            yield b"y" * 512

    response = client.post("/probe/raw", content=chunks())
    assert response.status_code == 413, response.text
    assert response.json()["details"] == {"limit_bytes": LIMIT}


def test_streamed_body_within_the_limit_passes(client: TestClient) -> None:
    response = client.post("/probe/raw", content=iter([b"z" * 300, b"z" * 300]))
    assert response.json() == {"size": 600}


def test_bad_content_length_is_400(client: TestClient) -> None:
    response = client.post("/probe/raw", content=b"{}", headers={"Content-Length": "two"})
    assert response.status_code == 400
    assert response.json()["error"] == "The Content-Length header is not a number."


# --- request timeout ----------------------------------------------------------------------------
def test_request_past_the_timeout_is_503_json(client: TestClient) -> None:
    response = client.get("/probe/slow")
    assert response.status_code == 503
    assert response.json() == {
        "error": "The request took longer than 0.3 seconds and was stopped.",
        "details": {"timeout_seconds": 0.3},
    }
