"""Core logs: JSON lines with the request id, one per request, and nothing personal in them.

Requests carry a bearer token, coordinates and an e-mail address; the lines the real
configured handlers write (``LOGGING`` in core/settings.py) must hold none of them.
"""

from __future__ import annotations

import io
import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from rest_framework.test import APIClient

from ai.logs import JsonFormatter
from core.api.testing import bearer_headers

EMAIL = "privacy.person@example.org"
LATITUDE, LONGITUDE = "51.50735", "-0.12776"


@contextmanager
def captured_json_logs() -> Iterator[io.StringIO]:
    """Capture what the root logger's JSON handler writes, for the duration.

    A test process can hold two such handlers (the core's ``LOGGING`` and, once an AI app
    was created, the AI's); a server process holds one. The first is captured, the others
    are silenced so no line is counted twice.
    """
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler) and isinstance(h.formatter, JsonFormatter)
    ]
    assert handlers, "no JSON log handler is configured on the root logger"
    buffer = io.StringIO()
    previous = [h.setStream(buffer if i == 0 else io.StringIO()) for i, h in enumerate(handlers)]
    try:
        yield buffer
    finally:
        for handler, stream in zip(handlers, previous, strict=True):
            handler.setStream(stream)


def json_lines(buffer: io.StringIO) -> list[dict]:
    """Every captured line, each of which must be one JSON object."""
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


class _Quiet(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        """The test server itself logs nothing."""


@pytest.fixture
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_core_logs_carry_no_token_coordinates_or_email(local_server: str) -> None:
    api = APIClient()
    with captured_json_logs() as buffer:
        registered = api.post(
            "/api/v1/auth/register/",
            {
                "email": EMAIL,
                "name": "Privacy Person",
                "password": "Str0ng-pass!x",
                "password2": "Str0ng-pass!x",
            },
            HTTP_X_REQUEST_ID="req-register-1",
        )
        assert registered.status_code == 201, registered.content
        user_id = registered.json()["user"]["id"]
        access = registered.json()["tokens"]["access"]
        refresh = registered.json()["tokens"]["refresh"]
        api.post("/api/v1/auth/login/", {"email": EMAIL, "password": "wrong-password"})
        api.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
        api.get(
            "/api/v1/restaurant/nearby/",
            {"latitude": LATITUDE, "longitude": LONGITUDE, "radius": 500},
            HTTP_X_REQUEST_ID="req-nearby-1",
        )
        # An outgoing call through httpx (as the gateway and the providers make them), at
        # INFO even if a provider module turned httpx down to WARNING: the filter must hold.
        httpx_logger = logging.getLogger("httpx")
        level = httpx_logger.level
        httpx_logger.setLevel(logging.INFO)
        try:
            httpx.get(
                f"{local_server}/search", params={"latitude": LATITUDE, "longitude": LONGITUDE}
            )
        finally:
            httpx_logger.setLevel(level)
    lines = json_lines(buffer)
    text = buffer.getvalue()
    for secret in (
        access,
        refresh,
        access.split(".")[1],
        EMAIL,
        "privacy.person",
        LATITUDE,
        LONGITUDE,
    ):
        assert secret not in text, f"{secret!r} leaked into the logs"

    access_lines = [line for line in lines if line["logger"] == "core.access"]
    by_id = {line["request_id"]: line for line in access_lines}
    assert by_id["req-register-1"]["route"] == "api/v1/auth/register/"
    assert by_id["req-register-1"]["status"] == 201
    nearby = by_id["req-nearby-1"]
    assert nearby["route"] == "api/v1/restaurant/nearby/"
    assert nearby["method"] == "GET"
    assert nearby["user_id"] == user_id
    assert isinstance(nearby["duration_ms"], float)
    assert len(access_lines) == 3  # one line per request
    # httpx still logs the call, with its query string dropped.
    outgoing = [line for line in lines if line["logger"] == "httpx"]
    assert outgoing and "/search?[redacted]" in outgoing[0]["message"]


@pytest.mark.django_db
def test_every_line_of_a_request_has_its_id(user) -> None:  # noqa: ANN001
    api = APIClient()
    api.credentials(**{"HTTP_" + k.upper(): v for k, v in bearer_headers(user).items()})
    with captured_json_logs() as buffer:
        api.get("/api/v1/health/ready", HTTP_X_REQUEST_ID="probe-42")
        logging.getLogger("core.test").info("outside any request")
    lines = json_lines(buffer)
    assert [line["request_id"] for line in lines if line["logger"] == "core.access"] == ["probe-42"]
    assert [line["request_id"] for line in lines if line["logger"] == "core.test"] == [None]
