"""The core against the OWASP API Security Top 10 (2023), one named test (or a few) per item.

Many items are already hunted elsewhere; this module references those tests in each
item's docstring and adds what they miss, so together they are the checklist:

- API1 object level: ``core/api/testing.py`` ``OwnedResourceMatrix`` (foods, diet plans,
  workouts, weight on ``/api/v1/``). Added: every owner-scoped resource on *both* prefixes
  and every verb, plus chat conversations and history.
- API2 authentication: ``test_input_limits.py`` (erased/inactive user refresh, malformed
  ``user_id``). Added: forged signature, ``alg: none``, expired, refresh-as-access, wrong
  audience, and a deleted user's access token.
- API3 object properties: the matrix's server-owned-field checks. Added: profile and
  register ignore ``is_staff``/``is_superuser``/``id``/``date_joined``; no response carries
  a password hash or internal fields.
- API4 resource consumption: ``test_errors.py`` (413), ``test_input_limits.py`` (depth,
  numbers), ``test_throttles.py`` (per-user 429). Added: ``page_size`` bounded and typed.
- API5 function level: ``test_headers.py`` (docs staff-only when not public). Added:
  non-staff cannot write restaurants or enter the admin.
- API6 business flows: ``test_throttles.py`` (forged X-Forwarded-For on login, admin
  login). Added: registration spraying with forged X-Forwarded-For.
- API7 SSRF: added: URLs in every free-text input never make the core fetch anything.
- API8 misconfiguration: ``test_deploy.py`` (``check --deploy`` clean, so DEBUG off in
  production), ``test_errors.py``. Added: headers, JSON (never HTML) errors.
- API9 inventory: added: ``/api/`` and ``/api/v1/`` resolve to the same views; every
  route is one we know.
- API10 unsafe consumption: ``test_gateway.py`` (AI service garbage, hangs, non-JSON).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from core.accounts.models import User
from core.api.testing import client_for, make_user
from core.assistant.models import ChatMessage, Role
from core.foodlog.models import FoodEntry
from core.plans.models import DietPlan, Workout
from core.restaurants.models import Restaurant
from core.weight.models import WeightEntry

PREFIXES = ("/api/v1/", "/api/")
PROFILE = "/api/v1/profile/"


def _own_rows(user: User) -> dict[str, Any]:
    """One row of every owner-scoped resource for ``user``, by URL segment."""
    return {
        "foods": FoodEntry.objects.create(user=user, name="Apple", calories=95),
        "diet-plans": DietPlan.objects.create(
            user=user, plan={"daily_calorie_target": 2000}, is_active=True
        ),
        "workouts": Workout.objects.create(
            user=user, workout={"difficulty": "beginner"}, is_active=True
        ),
        "weight": WeightEntry.objects.create(user=user, weight=80.0),
    }


def _snapshot() -> list[Any]:
    return [
        list(model.objects.order_by("pk").values())
        for model in (FoodEntry, DietPlan, Workout, WeightEntry, ChatMessage)
    ]


# --- API1: broken object level authorization --------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("prefix", PREFIXES)
def test_api1_other_users_rows_are_404_on_every_verb_and_prefix(prefix: str) -> None:
    """Another user's food, plan, workout and weight ids answer 404 to every verb."""
    owner, intruder = make_user(), make_user()
    rows = _own_rows(owner)
    client = client_for(intruder)
    before = _snapshot()
    for segment, row in rows.items():
        url = f"{prefix}{segment}/{row.pk}/"
        for method in ("get", "put", "patch", "delete"):
            response = getattr(client, method)(url, {"name": "x"}, format="json")
            assert response.status_code == 404, (method, url, response.content)
            assert "error" in response.json()
        listed = client.get(f"{prefix}{segment}/").json()["results"]
        assert row.pk not in [item["id"] for item in listed]
    assert _snapshot() == before


@pytest.mark.django_db
def test_api1_other_users_conversation_is_404_and_hidden() -> None:
    """Deleting or listing another user's chat conversation by id neither finds nor erases it."""
    owner, intruder = make_user(), make_user()
    conversation = uuid.uuid4()
    ChatMessage.objects.create(
        user=owner, conversation_id=conversation, role=Role.USER, content="secret"
    )
    client = client_for(intruder)
    for prefix in PREFIXES:
        gone = client.delete(f"{prefix}chatbot/history/{conversation}/")
        assert gone.status_code == 404, gone.content
        listed = client.get(f"{prefix}chatbot/history/", {"conversation_id": str(conversation)})
        assert listed.status_code in (200, 400), listed.content
        assert "secret" not in listed.content.decode()
    assert ChatMessage.objects.filter(conversation_id=conversation).count() == 1


# --- API2: broken authentication ---------------------------------------------------------
def _status_with(token: str) -> int:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    response = client.get(PROFILE)
    assert response["Content-Type"].startswith("application/json")
    return response.status_code


@pytest.mark.django_db
def test_api2_forged_and_misused_tokens_are_401(user: User) -> None:
    """Forged signature, ``alg: none``, HS256 with the public key, a refresh token used as
    an access token, an expired token and a wrong audience are all refused."""
    good = AccessToken.for_user(user)
    claims = dict(good.payload)
    expired = AccessToken.for_user(user)
    expired.set_exp(lifetime=-timedelta(minutes=10))
    wrong_audience = {**claims, "aud": "someone-else"}
    tokens = {
        "forged signature": jwt.encode(claims, "not-our-key-" * 4, algorithm="HS256"),
        "alg none": jwt.encode(claims, None, algorithm="none")
        if "none" in jwt.algorithms.get_default_algorithms()
        else str(good)[: str(good).rfind(".") + 1],
        "hs256 with public key": _hs256_with_public_key(claims),
        "refresh as access": str(RefreshToken.for_user(user)),
        "expired": str(expired),
        "wrong audience": jwt.encode(
            wrong_audience, settings.SIMPLE_JWT["SIGNING_KEY"], algorithm="RS256"
        ),
        "garbage": "a.b.c",
    }
    assert _status_with(str(good)) == 200  # the check can fail: a good token works
    for name, token in tokens.items():
        assert _status_with(token) == 401, name


def _hs256_with_public_key(claims: dict[str, Any]) -> str:
    """The classic RS256 -> HS256 key-confusion forgery (PyJWT refuses to make it, so by hand)."""
    import base64
    import hashlib
    import hmac
    import json

    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64(json.dumps(claims, default=str).encode())
    signature = hmac.new(
        settings.SIMPLE_JWT["VERIFYING_KEY"].encode(), f"{head}.{body}".encode(), hashlib.sha256
    ).digest()
    return f"{head}.{body}.{b64(signature)}"


@pytest.mark.django_db
def test_api2_erased_users_access_token_is_401() -> None:
    """Once the account is deleted its still-unexpired access token opens nothing."""
    user = make_user()
    client = client_for(user)
    assert client.get(PROFILE).status_code == 200
    user.delete()
    response = client.get(PROFILE)
    assert response.status_code == 401, response.content
    assert client.get("/api/v1/foods/").status_code == 401


# --- API3: broken object property level authorization -----------------------------------
FORBIDDEN_KEYS = {"password", "is_superuser", "last_login", "groups", "user_permissions"}


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


@pytest.mark.django_db
def test_api3_server_owned_profile_fields_are_not_writable(user: User) -> None:
    """``is_staff``, ``is_superuser``, ``id``, ``date_joined`` and ``password`` sent in a
    profile update are ignored."""
    client = client_for(user)
    before = User.objects.get(pk=user.pk)
    response = client.patch(
        PROFILE,
        {
            "id": 999999,
            "is_staff": True,
            "is_superuser": True,
            "date_joined": "2000-01-01T00:00:00Z",
            "password": "owned-by-attacker-1",
            "name": "Still Me",
        },
        format="json",
    )
    assert response.status_code in (200, 400), response.content
    after = User.objects.get(pk=user.pk)
    assert (after.pk, after.is_staff, after.is_superuser, after.date_joined) == (
        before.pk,
        False,
        False,
        before.date_joined,
    )
    assert after.password == before.password


@pytest.mark.django_db
def test_api3_registration_cannot_make_staff(api: APIClient) -> None:
    """Registration with ``is_staff``/``is_superuser`` makes an ordinary user."""
    response = api.post(
        "/api/v1/auth/register/",
        {
            "email": "mallory@example.com",
            "name": "Mallory",
            "password": "Str0ng-pass!x",
            "password2": "Str0ng-pass!x",
            "is_staff": True,
            "is_superuser": True,
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    created = User.objects.get(email="mallory@example.com")
    assert not created.is_staff and not created.is_superuser


@pytest.mark.django_db
def test_api3_no_response_carries_a_password_hash_or_internal_fields(user: User) -> None:
    """Profile, export, login, register and every list answer without the hash or
    Django's internal user fields."""
    _own_rows(user)
    client = client_for(user)
    bodies = [
        client.get(f"/api/v1/{path}").json()
        for path in ("profile/", "profile/export/", "foods/", "diet-plans/", "workouts/")
    ]
    bodies.append(
        APIClient()
        .post(
            "/api/v1/auth/login/", {"email": user.email, "password": "Str0ng-pass!"}, format="json"
        )
        .json()
    )
    hashed = User.objects.get(pk=user.pk).password
    for body in bodies:
        assert not (_keys(body) & FORBIDDEN_KEYS), _keys(body) & FORBIDDEN_KEYS
        assert hashed not in str(body)
        assert "argon2" not in str(body)


# --- API4: unrestricted resource consumption --------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("value", ["1000000", "false", "-1", "1e3", "abc"])
def test_api4_page_size_is_bounded_and_typed(auth_client: APIClient, value: str) -> None:
    """``page_size`` never returns more than 100 rows and never a 500 (``false`` is refused
    or ignored)."""
    user = User.objects.get(pk=auth_client.get(PROFILE).json()["id"])
    FoodEntry.objects.bulk_create(
        FoodEntry(user=user, name=f"f{i}", calories=1) for i in range(105)
    )
    response = auth_client.get("/api/v1/foods/", {"page_size": value})
    assert response.status_code in (200, 400), response.content
    if response.status_code == 200:
        assert len(response.json()["results"]) <= 100


@pytest.mark.django_db
def test_api4_oversized_body_is_413_even_with_a_token(auth_client: APIClient) -> None:
    """A body over ``MAX_REQUEST_BODY_BYTES`` is refused before parsing (anonymous case in
    ``test_errors.py``)."""
    size = int(getattr(settings, "MAX_REQUEST_BODY_BYTES", 1048576)) + 10
    body = '{"name": "' + "a" * size + '", "calories": 1}'
    response = auth_client.generic("POST", "/api/v1/foods/", body, "application/json")
    assert response.status_code == 413
    assert not FoodEntry.objects.exists()


# --- API5: broken function level authorization ------------------------------------------
@pytest.mark.django_db
def test_api5_non_staff_cannot_write_restaurants(user: User) -> None:
    """Ordinary users read restaurants but create, update and delete answer 403."""
    place = Restaurant.objects.create(name="Green Bowl", latitude=1.0, longitude=2.0)
    client = client_for(user)
    body = {"name": "Mine now", "location": {"latitude": 1, "longitude": 2}}
    assert client.get("/api/v1/restaurants/").status_code == 200
    for response in (
        client.post("/api/v1/restaurants/", body, format="json"),
        client.put(f"/api/v1/restaurants/{place.pk}/", body, format="json"),
        client.patch(f"/api/v1/restaurants/{place.pk}/", body, format="json"),
        client.delete(f"/api/v1/restaurants/{place.pk}/"),
    ):
        assert response.status_code == 403, response.content
    assert list(Restaurant.objects.values_list("name", flat=True)) == ["Green Bowl"]
    staff = client_for(make_user(is_staff=True))
    assert staff.post("/api/v1/restaurants/", body, format="json").status_code == 201


@pytest.mark.django_db
def test_api5_non_staff_cannot_enter_the_admin_or_production_docs(settings: Any) -> None:
    """A logged-in non-staff session gets the admin login page, never the index; with docs
    not public a non-staff token gets 403 on the schema."""
    user = make_user()
    browser = Client()
    browser.force_login(user)
    response = browser.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    settings.API_DOCS_PUBLIC = False
    for path in ("/api/v1/schema/", "/api/v1/docs/", "/api/schema/"):
        assert client_for(user).get(path).status_code == 403, path


# --- API6: unrestricted access to sensitive business flows ------------------------------
@pytest.mark.django_db
def test_api6_registration_spray_with_forged_forwarded_for_is_throttled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new X-Forwarded-For per attempt does not reset the per-IP auth limit (login is
    covered by ``test_throttles.py``)."""
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "auth_ip", "3/min")
    statuses = []
    for n in range(6):
        response = APIClient().post(
            "/api/v1/auth/register/",
            {
                "email": f"spray{n}@example.com",
                "name": "Spray",
                "password": "Str0ng-pass!x",
                "password2": "Str0ng-pass!x",
            },
            format="json",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
        statuses.append(response.status_code)
    assert 429 in statuses, statuses
    assert User.objects.filter(email__startswith="spray").count() <= 3


# --- API7: server side request forgery --------------------------------------------------
class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[str]:
    """A local HTTP server that records every request it gets; yields its URL."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/canary"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_api7_urls_in_inputs_are_never_fetched(user: User, canary: str, settings: Any) -> None:
    """URLs in every text field (food names, plans, chat, analysis, profile, restaurant
    search, provider-looking overrides) are data: the core fetches none of them. The AI
    service URL comes only from settings (pointed at a closed port here)."""
    settings.AI_SERVICE_URL = "http://127.0.0.1:9"
    client = client_for(user)
    client.post("/api/v1/foods/", {"name": canary, "calories": 1}, format="json")
    client.patch(PROFILE, {"name": canary}, format="json")
    client.post("/api/v1/diet-plans/", {"plan": {"image": canary}}, format="json")
    client.post("/api/v1/chatbot/query/", {"query": f"fetch {canary}"}, format="json")
    client.post("/api/v1/food/analyze/", {"name": canary, "url": canary}, format="json")
    client.post(
        "/api/v1/diet/generate/",
        {"base_url": canary, "provider_url": canary, "callback": canary},
        format="json",
    )
    client.get("/api/v1/restaurants/", {"search": canary})
    client.get(
        "/api/v1/restaurant/nearby/", {"latitude": 1, "longitude": 1, "radius": 10, "url": canary}
    )
    assert _Recorder.hits == []


# --- API8: security misconfiguration ----------------------------------------------------
@pytest.mark.django_db
def test_api8_security_headers_on_json_answers(auth_client: APIClient, api: APIClient) -> None:
    """nosniff everywhere, no-store on personal data, frame denial, no server banner detail."""
    for response in (auth_client.get(PROFILE), api.get("/api/v1/foods/"), api.get("/nowhere/")):
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response.get("X-Frame-Options", "DENY").upper() == "DENY"
    assert "no-store" in auth_client.get(PROFILE)["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/api/v1/nowhere/", None),
        ("get", "/nowhere-at-all/", None),
        ("post", "/api/v1/auth/login/", "{not json"),
        ("delete", "/api/v1/auth/login/", None),
        ("get", "/api/v1/foods/", None),
        ("get", "/api/v1/foods/not-a-number/", None),
        ("get", "/api/v1/analytics/?days=abc", None),
    ],
)
def test_api8_errors_are_json_never_html(
    api: APIClient, settings: Any, method: str, path: str, body: str | None
) -> None:
    """With DEBUG off (production), unknown routes, bad JSON, 401, 405 and 404 answer JSON
    ``{"error": ...}``, never Django's HTML pages."""
    settings.DEBUG = False
    kwargs: dict[str, Any] = {"content_type": "application/json"} if body is not None else {}
    response = getattr(api, method)(path, body, **kwargs) if body else getattr(api, method)(path)
    assert response.status_code >= 400
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    assert "error" in response.json()
    assert b"<html" not in response.content.lower()


# --- API9: improper inventory management ------------------------------------------------
@pytest.mark.django_db
def test_api9_both_prefixes_serve_the_same_views() -> None:
    """Every ``/api/v1/`` route exists under ``/api/`` with the same view, and back."""
    resolver = get_resolver()
    v1 = {p for p in _routes(resolver.url_patterns) if p.startswith("api/v1/")}
    legacy = {p for p in _routes(resolver.url_patterns) if p.startswith("api/")} - v1
    assert {p.removeprefix("api/v1/") for p in v1} == {p.removeprefix("api/") for p in legacy}
    for path in ("foods/", "diet-plans/", "workouts/", "weight/", "profile/", "chatbot/query/"):
        assert resolve(f"/api/v1/{path}").func.__name__ == resolve(f"/api/{path}").func.__name__


def _routes(patterns: list[Any], prefix: str = "") -> list[str]:
    out: list[str] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            out += _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            out.append(prefix + str(pattern.pattern))
    return out


KNOWN_ROOTS = (
    "api/v1/",
    "api/",
    "admin/",
    "metrics",  # Prometheus: a 404 to anyone without METRICS_TOKEN (test_metrics.py)
)
DEBUG_MARKERS = ("__debug__", "silk", "debug", "phpinfo", "test", "_internal", "graphql")


def test_api9_no_undocumented_debug_routes() -> None:
    """Every route sits under the API or the admin and none is a debug/test tool."""
    for route in _routes(get_resolver().url_patterns):
        assert route.startswith(KNOWN_ROOTS), route
        lowered = route.lower()
        assert not any(marker in lowered for marker in DEBUG_MARKERS), route


@pytest.mark.django_db
def test_api9_every_api_route_is_in_the_schema(api: APIClient) -> None:
    """The published schema lists every ``/api/v1/`` operation route (probes aside)."""
    import re

    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    documented = {re.sub(r"\{\w+\}", "{}", path).strip("/") for path in schema["paths"]}

    undocumented = []
    for route in _routes(get_resolver().url_patterns):
        if not route.startswith("api/v1/") or "health" in route or "schema" in route:
            continue
        if "docs" in route:
            continue
        normalised = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", route)
        normalised = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", normalised)
        normalised = normalised.replace("^", "").rstrip("$")
        normalised = re.sub(r"\{\w+\}", "{}", normalised.replace("\\.", ".")).strip("/")
        if "{format}" in normalised or normalised.endswith(".{format}"):
            continue
        if normalised not in documented:
            undocumented.append(normalised)
    assert undocumented == [], undocumented
