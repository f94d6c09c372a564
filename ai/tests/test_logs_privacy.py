"""AI service logs: no token, coordinates or e-mail address in any line.

The TestClient talks to the app through httpx, so httpx's own "HTTP Request: GET <url>"
record is written here too: it must lose its query string (latitude and longitude).
"""

from __future__ import annotations

import logging

from fastapi.testclient import TestClient

from ai.logs import RedactUrlQueryFilter, scrub
from core.api.testing import bearer_headers, make_user
from core.api.tests.test_logs_privacy import LATITUDE, LONGITUDE, captured_json_logs, json_lines

EMAIL = "ai.privacy@example.org"


def test_ai_logs_carry_no_token_coordinates_or_email(ai_client: TestClient) -> None:
    user = make_user(email=EMAIL)
    headers = {**bearer_headers(user), "X-Request-ID": "ai-nearby-1"}
    token = headers["Authorization"].removeprefix("Bearer ")
    with captured_json_logs() as buffer:
        response = ai_client.get(
            "/restaurant/nearby",
            params={"latitude": LATITUDE, "longitude": LONGITUDE, "radius": 800},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        ai_client.post(
            "/food/analyze", json={"name": f"2 eggs, mail me at {EMAIL}"}, headers=headers
        )
        ai_client.get("/me", headers={"Authorization": f"Bearer {token}x"})  # a bad token
        logging.getLogger("ai.test").warning("Authorization: Bearer %s for %s", token, EMAIL)
    text = buffer.getvalue()
    for secret in (token, token.split(".")[1], EMAIL, "ai.privacy", LATITUDE, LONGITUDE):
        assert secret not in text, f"{secret!r} leaked into the logs"
    lines = json_lines(buffer)
    access = [line for line in lines if line["logger"] == "ai.access"]
    assert access[0]["request_id"] == "ai-nearby-1"
    assert access[0]["path"] == "/restaurant/nearby"
    assert access[0]["status"] == 200
    outgoing = [line for line in lines if line["logger"] in ("httpx", "httpx2")]
    assert any("/restaurant/nearby?[redacted]" in line["message"] for line in outgoing)


def test_httpx_logger_drops_query_strings_for_every_handler(ai_client: TestClient) -> None:
    """The filter sits on the loggers, so handlers other than ours never see coordinates."""
    for name in ("httpx", "httpx2"):
        filters = logging.getLogger(name).filters
        assert any(isinstance(f, RedactUrlQueryFilter) for f in filters), name
    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        'HTTP Request: %s %s "%s %d %s"',
        ("GET", "https://places.example/v1?lat=51.5&lng=-0.1&key=k", "HTTP/1.1", 200, "OK"),
        None,
    )
    RedactUrlQueryFilter().filter(record)
    assert record.getMessage() == (
        'HTTP Request: GET https://places.example/v1?[redacted] "HTTP/1.1 200 OK"'
    )


def test_scrub_keeps_ordinary_text() -> None:
    assert scrub("What? 2 eggs at 8am, 120 kcal") == "What? 2 eggs at 8am, 120 kcal"
    assert scrub("GET /a/b/?x=1&y=2 HTTP/1.1") == "GET /a/b/?[redacted] HTTP/1.1"
