"""Schemathesis over the core's OpenAPI schema, in process over WSGI (issue #15).

Two passes, both bounded (a few examples per operation) so the module stays well under a
minute on two cores:

- ``test_schema_fuzz_finds_no_server_error``: schemathesis' own generator (valid and
  invalid data per the schema), authenticated with a real access token; every answer is
  checked with ``not_a_server_error`` and, where the schema says enough, the documented
  content type.
- ``test_hostile_values_find_no_server_error``: every operation with a JSON body gets
  bodies schemathesis never generates (``fuzz_values``: lone surrogates, NUL, 400-digit
  integers, NaN/Infinity, JSON 1,500 deep); each must be a 4xx.

The AI-backed routes answer 503 when the AI service is down; the AI service URL points
at a closed port here, so 503 with a JSON error is the documented answer for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance

from core.accounts.models import User
from core.api.testing import bearer_headers, make_user
from core.api.tests.fuzz_values import hostile_bodies

SCHEMA_URL = "/api/v1/schema/?format=json"
EXAMPLES_PER_OPERATION = 8
HOSTILE_PER_OPERATION = 6
# Routes that proxy to the AI service (503 JSON when it is down, as here).
AI_ROUTES = {
    "/chatbot/query/",
    "/diet/generate/",
    "/workout/generate/",
    "/food/analyze/",
    "/restaurant/nearby/",
    "/ai/health/",
}
# Operations that would end the test's session or flood the log with throttled noise.
SKIPPED = {"/auth/logout/"}


def fuzz_settings(max_examples: int) -> settings:
    """Bounded, reproducible runs: no example database, no shrinking (failures are
    collected and reported whole)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


@pytest.fixture
def wsgi_schema(db: None, settings: Any) -> Iterator[Any]:
    """The core's schema loaded over WSGI from ``/api/v1/schema/``, AI pointed nowhere.

    Like Django's test client, requests do not close the test's database connection
    (``close_old_connections`` on request start/finish would, inside its transaction).
    """
    settings.AI_SERVICE_URL = "http://127.0.0.1:9"
    settings.AI_SERVICE_RETRIES = 0
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            k: "100000/min" for k in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
        },
    }
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi(SCHEMA_URL, WSGIHandler())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def fuzz_user(db: None) -> User:
    return make_user(gender="female", age=34, height=168.0, weight=64.0)


def _is_ai_unavailable(path: str, response: Any) -> bool:
    if response.status_code != 503 or _route(path) not in AI_ROUTES:
        return False
    return "error" in response.json()


def _route(path: str) -> str:
    """``path`` without its API prefix (the schema lists ``/api/v1/`` and ``/api/``)."""
    return "/" + path.removeprefix("/api/").removeprefix("v1/")


def _operations(schema: Any) -> list[Any]:
    operations = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if _route(operation.path) not in SKIPPED:
            operations.append(operation)
    return operations


def _failure(operation: Any, detail: str) -> str:
    return f"{operation.method.upper()} {operation.path}: {detail}"


@pytest.mark.django_db
def test_schema_fuzz_finds_no_server_error(wsgi_schema: Any, fuzz_user: User) -> None:
    """Schemathesis' generated cases, authenticated: no 5xx (bar 503 from the AI proxy)."""
    headers = bearer_headers(fuzz_user)
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    operations = _operations(wsgi_schema)
    assert len(operations) >= 20

    def fuzz(operation: Any) -> None:
        @fuzz_settings(EXAMPLES_PER_OPERATION)
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            statuses[response.status_code] += 1
            if _is_ai_unavailable(operation.path, response):
                return
            try:
                case.validate_response(
                    response, checks=[not_a_server_error, content_type_conformance]
                )
            except (Exception, BaseExceptionGroup) as exc:  # collected and reported below
                failures.append(_failure(operation, f"{response.status_code} {exc}"[:300]))

        run()

    for operation in operations:
        fuzz(operation)

    print(f"core schemathesis: {sum(statuses.values())} cases, statuses {dict(statuses)}")
    assert failures == []
    assert sum(statuses.values()) >= len(operations)


def _json_properties(operation: Any) -> list[str] | None:
    body = (operation.definition.raw.get("requestBody") or {}).get("content") or {}
    media = body.get("application/json")
    if media is None:
        return None
    schema = media.get("schema") or {}
    ref = schema.get("$ref", "")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        schema = operation.schema.raw_schema["components"]["schemas"].get(name, {})
    return sorted(schema.get("properties", {}))


@pytest.mark.django_db
def test_hostile_values_find_no_server_error(
    wsgi_schema: Any, fuzz_user: User, client_of: Any
) -> None:
    """Every JSON-body operation refuses hostile values with a 4xx JSON error."""
    client = client_of(fuzz_user)
    failures: list[str] = []
    cases = 0
    targets = [
        (operation, props)
        for operation in _operations(wsgi_schema)
        if (props := _json_properties(operation)) is not None
    ]
    assert len(targets) >= 8

    def fuzz(operation: Any, props: list[str]) -> None:
        path = operation.path
        if "{" in path:  # a detail route: aim at a row the user owns or a 404, both fine
            path = path.split("{", 1)[0] + "1/"

        @fuzz_settings(HOSTILE_PER_OPERATION)
        @given(body=hostile_bodies(props))
        def run(body: bytes) -> None:
            nonlocal cases
            cases += 1
            response = client.generic(
                operation.method.upper(), path, body, content_type="application/json"
            )
            if response.status_code >= 500 and not _is_ai_unavailable(operation.path, response):
                failures.append(_failure(operation, f"{response.status_code} for {body[:80]!r}"))

        run()

    for operation, props in targets:
        fuzz(operation, props)

    print(f"core hostile values: {cases} cases over {len(targets)} operations")
    assert failures == []


def test_hostile_bodies_strategy_makes_what_it_promises() -> None:
    """The hostile strategy really emits surrogates, huge numbers, NaN and deep nesting."""
    seen: set[str] = set()

    @settings(max_examples=300, database=None, derandomize=True)
    @given(body=hostile_bodies(["name"]))
    def collect(body: bytes) -> None:
        if b"\\ud8" in body or b"\\udc" in body or b"\\udf" in body:
            seen.add("surrogate")
        if b"9" * 400 in body or b"1e400" in body:
            seen.add("huge")
        if b"NaN" in body or b"Infinity" in body:
            seen.add("non-finite")
        if b"[" * 1500 in body or b'{"a":' * 1500 in body:
            seen.add("deep")

    collect()
    assert seen == {"surrogate", "huge", "non-finite", "deep"}
    assert st.just(1) is not None
