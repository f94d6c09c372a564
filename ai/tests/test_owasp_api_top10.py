"""The AI service against the OWASP API Security Top 10 (2023), one named test per item.

Tests elsewhere already hunt parts of several items; they are referenced here and this
module adds what they miss:

- API1 object level: ``test_chatbot_openai.py::test_tools_only_ever_read_the_callers_data``.
  Added: a ``user_id`` smuggled in a query or body never changes whose data is read.
- API2 authentication: ``test_auth.py`` (refresh-as-access, expired, forged, ``alg``
  confusion, inactive and deleted users), ``test_input_limits.py`` (malformed ``user_id``).
  Added: malformed ``Authorization`` headers are a JSON 401, never a 500.
- API3 object properties: added: no response carries a password hash or user internals.
- API4 resource consumption: ``test_middleware.py`` (413), ``test_input_limits.py``
  (depth, huge numbers), ``test_rate_limits.py`` (per-user 429). Added: out-of-range
  search radius and coordinates are 400.
- API5 function level: ``test_input_limits.py::test_docs_follow_the_setting``. Added:
  every route but health and docs needs a token.
- API6 business flows: added: a forged ``X-Forwarded-For`` does not reset a per-user limit.
- API7 SSRF: added: URLs in bodies and queries are never fetched; provider base URLs come
  only from settings.
- API8 misconfiguration: ``test_input_limits.py`` (nosniff, no-store), ``test_errors.py``.
  Added: production settings run without debug and without docs; errors are JSON.
- API9 inventory: added: every route is documented or is a known probe/docs route.
- API10 unsafe consumption: ``test_food_providers.py``, ``test_restaurants_places.py``,
  ``test_chatbot_openai.py`` (statuses, timeouts, drops, HTML). Added: 200 answers with
  garbage, huge or wrong-typed JSON from the fake Nutritionix, Places and OpenAI servers.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.providers import Caller, LocalProvider, NutritionixProvider, ProviderChain, RetryPolicy
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.fakes import nutritionix as fake_nix
from ai.tests.fakes.food_server import FakeServer, Fault, Reply, serve
from ai.tests.fakes.places import FakePlaces
from ai.tests.fakes.places import Fault as PlacesFault
from ai.tests.fakes.places import running as running_places
from core.accounts.models import User
from core.api.testing import bearer_headers, make_user
from domain.analyser import Analyser, foods_from_starter

FAST = RetryPolicy(
    retries=1,
    backoff_seconds=0.01,
    max_retry_after_seconds=1.0,
    read_timeout_seconds=2.0,
    connect_timeout_seconds=1.0,
)

# 200 answers no provider should ever send, and which must not crash us.
GARBAGE_BODIES: list[bytes] = [
    b"",
    b"null",
    b"[]",
    b"42",
    b'"a string"',
    b"{",
    b"<html>oops</html>",
    b'{"foods": null}',
    b'{"foods": "many"}',
    b'{"foods": [null, 1, "x", []]}',
    b'{"foods": [{"food_name": 7, "nf_calories": "lots", "serving_weight_grams": null}]}',
    b'{"foods": [{"food_name": "egg", "nf_calories": 1e308, "serving_weight_grams": -5}]}',
    b'{"foods": [{"food_name": "egg", "nf_calories": ' + b"9" * 400 + b"}]}",
    b'{"foods": [{"food_name": "egg", "nf_calories": NaN, "nf_protein": Infinity}]}',
    b'{"foods": [{"food_name": "\\ud800", "nf_calories": 70}]}',
    b'{"places": {"not": "a list"}, "choices": 3}',
    b"[" * 5000 + b"]" * 5000,
    json.dumps({"foods": [{"food_name": "x" * 100_000, "nf_calories": 1}] * 50}).encode(),
]
GARBAGE_IDS = [
    "empty",
    "null",
    "list",
    "number",
    "string",
    "truncated",
    "html",
    "foods-null",
    "foods-string",
    "foods-junk-items",
    "wrong-types",
    "huge-float-negative-grams",
    "400-digit-int",
    "nan-infinity",
    "lone-surrogate",
    "other-shapes",
    "nested-5000",
    "5mb-names",
]


def _cases(bodies: list[bytes], ids: list[str], known: dict[str, str]) -> list[Any]:
    """``bodies`` as pytest params; the ``known`` ids are open findings (strict xfail, so
    the test turns red once the provider is fixed and the mark must go)."""
    return [
        pytest.param(
            body,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=known[name])] if name in known else [],
        )
        for body, name in zip(bodies, ids, strict=True)
    ]


# Open findings of this module (issue #15, provider clients; not fixed here).
NIX_KNOWN: dict[str, str] = {}  # fixed: mapping.number, RecursionError on decode
PLACES_KNOWN: dict[str, str] = {}  # fixed: RecursionError on decode


@pytest.fixture
def member(transactional_db: None) -> User:
    return make_user(gender="female", age=34, height=168.0, weight=64.0)


def _ok_json(response: Any) -> dict[str, Any]:
    assert response.headers["content-type"].startswith("application/json"), response.text
    return response.json()


# --- API1 -----------------------------------------------------------------------------------
def test_api1_smuggled_user_id_never_changes_whose_data_is_read(
    ai_client: TestClient, member: User
) -> None:
    """``user_id`` in the query string or body is ignored: the token alone says who."""
    other = make_user()
    whoami = ai_client.get(
        "/whoami", params={"user_id": other.pk}, headers=bearer_headers(member)
    ).json()
    assert whoami["id"] == member.pk if "id" in whoami else str(member.pk) in json.dumps(whoami)
    response = ai_client.post(
        "/chatbot/query",
        json={"query": "what did I eat today?", "user_id": other.pk, "user": other.pk},
        headers=bearer_headers(member),
    )
    assert response.status_code in (200, 400), response.text
    assert other.email not in response.text and other.name not in response.text


# --- API2 -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "header",
    [
        "Bearer",
        "Bearer ",
        "Bearer a.b",
        "Bearer a.b.c.d",
        "Bearer " + "A" * 20_000,
        "Bearer \u00e9\u00e9",
        "Basic dXNlcjpwYXNz",
        "bearer eyJhbGciOiJub25lIn0.e30.",
        "Token x",
    ],
)
def test_api2_malformed_authorization_is_json_401(ai_client: TestClient, header: str) -> None:
    """Any malformed or foreign credential is a JSON 401, never a 500."""
    response = ai_client.get("/whoami", headers={"Authorization": header.encode("latin-1")})
    assert response.status_code == 401, response.text
    assert "error" in _ok_json(response)


# --- API3 -----------------------------------------------------------------------------------
def test_api3_no_response_carries_a_password_hash_or_user_internals(
    ai_client: TestClient, member: User
) -> None:
    """whoami, chat, analysis and generation answer without the hash or staff flags."""
    member.refresh_from_db()
    headers = bearer_headers(member)
    responses = [
        ai_client.get("/whoami", headers=headers),
        ai_client.post("/chatbot/query", json={"query": "show my profile"}, headers=headers),
        ai_client.post("/food/analyze", json={"name": "2 eggs"}, headers=headers),
    ]
    for response in responses:
        text = response.text
        assert member.password not in text
        for key in ('"password"', '"is_superuser"', '"is_staff"', "argon2", '"last_login"'):
            assert key not in text, (key, response.request.url)


# --- API4 -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "params",
    [
        {"latitude": 91, "longitude": 0, "radius": 1000},
        {"latitude": 0, "longitude": 181, "radius": 1000},
        {"latitude": 0, "longitude": 0, "radius": 10**9},
        {"latitude": 0, "longitude": 0, "radius": -1},
        {"latitude": "nan", "longitude": 0, "radius": 1000},
        {"latitude": "inf", "longitude": 0, "radius": 1000},
        {"latitude": "9" * 400, "longitude": 0, "radius": 1000},
    ],
)
def test_api4_search_area_is_bounded(
    ai_client: TestClient, member: User, params: dict[str, Any]
) -> None:
    """Coordinates and radius outside the earth or the limit are 400, never a huge search."""
    response = ai_client.get("/restaurant/nearby", params=params, headers=bearer_headers(member))
    assert response.status_code == 400, response.text
    assert "error" in _ok_json(response)


# --- API5 -----------------------------------------------------------------------------------
PUBLIC_PATHS = {
    "/health",
    "/health/live",
    "/health/ready",
    "/docs",
    "/docs/oauth2-redirect",
    "/openapi.json",
    "/redoc",
}


def _all_routes(routes: list[Any]) -> Iterator[Any]:
    """Every route of the app, through FastAPI's included-router wrappers."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _all_routes(inner.routes)
        else:
            yield route


def test_api5_every_feature_route_needs_a_token(ai_client: TestClient) -> None:
    """Anonymous callers get 401 on every route except the probes and docs."""
    checked = 0
    for route in _all_routes(ai_client.app.routes):  # type: ignore[attr-defined]
        if not isinstance(route, APIRoute) or route.path in PUBLIC_PATHS:
            continue
        for method in route.methods - {"HEAD", "OPTIONS"}:
            response = ai_client.request(method, route.path, json={})
            assert response.status_code == 401, (method, route.path, response.text)
            checked += 1
    assert checked >= 5


# --- API6 -----------------------------------------------------------------------------------
def test_api6_forwarded_for_does_not_reset_a_per_user_limit(transactional_db: None) -> None:
    """Rotating ``X-Forwarded-For`` does not buy a user more analyses."""
    settings = make_settings(database_url=django_test_database_url(), ai_analyze_rate="2/min")
    user = make_user()
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        statuses = [
            client.post(
                "/food/analyze",
                json={"name": "an apple"},
                headers={**bearer_headers(user), "X-Forwarded-For": f"10.1.1.{n}"},
            ).status_code
            for n in range(4)
        ]
    # The first two are answered (422 is "no food matched" on an empty catalog), the rest
    # are refused whatever address the client claims.
    assert 429 not in statuses[:2] and statuses[2:] == [429, 429], statuses


# --- API7 -----------------------------------------------------------------------------------
class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_POST = do_GET

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[str]:
    """A local server that records every request; yields its URL."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_api7_urls_in_requests_are_never_fetched(
    ai_client: TestClient, member: User, canary: str
) -> None:
    """URLs in any text or in provider-looking fields are data; nothing is fetched."""
    headers = bearer_headers(member)
    overrides = {
        "base_url": canary,
        "openai_base_url": canary,
        "nutritionix_base_url": canary,
        "google_places_base_url": canary,
        "callback_url": canary,
    }
    ai_client.post("/food/analyze", json={"name": f"{canary}/x", **overrides}, headers=headers)
    ai_client.post("/chatbot/query", json={"query": f"open {canary}", **overrides}, headers=headers)
    ai_client.post("/diet/generate", json=overrides, headers=headers)
    ai_client.post("/workout/generate", json=overrides, headers=headers)
    ai_client.get(
        "/restaurant/nearby",
        params={"latitude": 1, "longitude": 1, "radius": 100, "url": canary},
        headers=headers,
    )
    assert _Recorder.hits == []


# --- API8 -----------------------------------------------------------------------------------
def test_api8_production_app_has_no_debug_and_no_docs(transactional_db: None) -> None:
    """In production the app is not in debug mode, hides docs and answers errors as JSON."""
    app = create_app(
        make_settings(database_url=django_test_database_url(), environment="production")
    )
    assert app.debug is False
    with TestClient(app, raise_server_exceptions=False) as client:
        for path in ("/docs", "/redoc", "/openapi.json", "/nowhere"):
            response = client.get(path)
            assert response.status_code == 404, path
            assert "error" in _ok_json(response)
            assert "<html" not in response.text.lower()
        malformed = client.post(
            "/food/analyze", content=b"{oops", headers={"Content-Type": "application/json"}
        )
        assert malformed.status_code in (400, 401)
        assert malformed.headers["X-Content-Type-Options"] == "nosniff"


# --- API9 -----------------------------------------------------------------------------------
DEBUG_MARKERS = ("debug", "__", "test", "internal", "admin", "graphql", "metrics")
# Prometheus: outside the schema and a 404 to anyone without METRICS_TOKEN (test_metrics.py).
PROTECTED_PATHS = {"/metrics", "/metrics/"}


def test_api9_every_route_is_documented_and_none_is_a_debug_tool(ai_client: TestClient) -> None:
    """Every API route is in ``/openapi.json`` (or is a docs route) and none looks like a
    leftover debug or admin endpoint."""
    documented = set(ai_client.get("/openapi.json").json()["paths"])
    routes = list(_all_routes(ai_client.app.routes))  # type: ignore[attr-defined]
    assert len(routes) > len(PUBLIC_PATHS)
    for route in routes:
        path = getattr(route, "path", "")
        if path in PROTECTED_PATHS:
            assert ai_client.get(path).status_code == 404, path
            continue
        assert not any(marker in path.lower() for marker in DEBUG_MARKERS), path
        if isinstance(route, APIRoute):
            assert path in documented or path in PUBLIC_PATHS, path


# --- API10 ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(foods_from_starter())


@pytest.fixture(scope="module")
def nix_server() -> Iterator[FakeServer]:
    with serve(fake_nix.make()) as nix:
        yield nix


@pytest.fixture(scope="module")
def places_server() -> Iterator[FakePlaces]:
    with running_places(FakePlaces()) as fake:
        yield fake


@pytest.mark.parametrize("body", _cases(GARBAGE_BODIES, GARBAGE_IDS, NIX_KNOWN))
def test_api10_garbage_from_nutritionix_falls_back_to_local(
    nix_server: FakeServer, analyser: Analyser, body: bytes
) -> None:
    """A garbage 200 body ends in the local analyser's answer, never an exception."""
    nix_server.faults = [Fault(status=200, body=body)]
    provider = NutritionixProvider(
        fake_nix.APP_ID, fake_nix.APP_KEY, nix_server.url, FAST, budget_seconds=5
    )
    chain = ProviderChain([provider, LocalProvider()])

    async def go() -> Any:
        try:
            return await chain.analyze("2 eggs", Caller.anonymous(), analyser)
        finally:
            await chain.aclose()

    result = asyncio.run(go())
    assert result.provider == "local"
    assert result.analysis.items


@pytest.mark.parametrize("body", _cases(GARBAGE_BODIES, GARBAGE_IDS, PLACES_KNOWN))
def test_api10_garbage_from_places_is_a_bad_response_or_nothing(
    places_server: FakePlaces, body: bytes
) -> None:
    """The Places client turns garbage into its documented ``PlacesError`` or a list."""
    from ai.providers.places import PlacesClient, PlacesConfig, PlacesError, search_area

    places_server.faults = [PlacesFault(raw=body)]
    client = PlacesClient(
        PlacesConfig(
            api_key=places_server.api_key,
            base_url=places_server.url,
            retries=0,
            backoff_seconds=0.01,
            read_timeout=2.0,
            deadline_seconds=5.0,
        )
    )
    try:
        places = asyncio.run(client.search_nearby(search_area(51.5, -0.1, 1000)))
    except PlacesError:
        return
    assert isinstance(places, list)


def _openai_garbage(body: bytes) -> FakeServer:
    return FakeServer(handler=lambda request: Reply(200, body))


OPENAI_BODIES = [
    b"{",
    b"[]",
    b'{"choices": []}',
    b'{"choices": [{"message": null}]}',
    b'{"choices": [{"message": {"role": "assistant", "content": 5, "tool_calls": "x"}}]}',
    b'{"choices": [{"message": {"role": "assistant", "tool_calls": [{"id": 1,'
    b' "type": "function", "function": {"name": null, "arguments": "{{{"}}]}}]}',
    b'{"choices": [{"message": {"role": "assistant", "content": "\\ud800"}}]}',
]
OPENAI_IDS = [
    "truncated",
    "list",
    "no-choices",
    "message-null",
    "wrong-types",
    "bad-tool-call",
    "lone-surrogate",
]
OPENAI_KNOWN: dict[str, str] = {}  # all fixed (openai_chat.py: unreadable answer)


@pytest.mark.parametrize("body", _cases(OPENAI_BODIES, OPENAI_IDS, OPENAI_KNOWN))
def test_api10_garbage_from_openai_falls_back_to_local(
    transactional_db: None, member: User, body: bytes
) -> None:
    """A compatible server answering nonsense gives the local assistant's answer (200)."""
    from django.utils import timezone

    member.ai_data_sharing_consented_at = timezone.now()
    member.save()
    with serve(_openai_garbage(body)) as fake:
        settings = make_settings(
            database_url=django_test_database_url(),
            openai_api_key="sk-fake",
            openai_base_url=f"{fake.url}/v1",
            openai_timeout_seconds=2.0,
            openai_deadline_seconds=4.0,
            openai_retries=0,
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            response = client.post(
                "/chatbot/query", json={"query": "hello"}, headers=bearer_headers(member)
            )
        assert fake.requests, "the OpenAI provider was never asked"
    assert response.status_code == 200, response.text
    answer = _ok_json(response)
    assert answer["provider"] == "local"
    assert answer["response"]


def test_api4_huge_quantity_in_meal_text_is_not_a_500(ai_client: TestClient, member: User) -> None:
    """A 400-digit quantity typed in the meal text is refused or read, never a 500."""
    response = ai_client.post(
        "/food/analyze", json={"name": "9" * 400 + " eggs"}, headers=bearer_headers(member)
    )
    assert response.status_code < 500, response.text
