"""Schemathesis over the AI service's OpenAPI schema, in process over ASGI (issue #15).

Like ``core/api/tests/test_schemathesis.py``: schemathesis' generated cases with a real
access token (``not_a_server_error`` and content-type conformance), then bodies no schema
describes (``core/api/tests/fuzz_values.py``: lone surrogates, NUL, 400-digit integers,
NaN/Infinity, JSON 1,500 deep) on every JSON-body operation; all bounded in examples.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance

from core.accounts.models import User
from core.api.testing import bearer_headers, make_user
from core.api.tests.fuzz_values import hostile_bodies
from core.catalog.starter import load_starter_catalog

EXAMPLES_PER_OPERATION = 40
HOSTILE_PER_OPERATION = 25


def fuzz_settings(max_examples: int) -> settings:
    """Bounded, reproducible runs without shrinking (failures are collected whole)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


@pytest.fixture
def fuzz_user(transactional_db: None) -> User:
    load_starter_catalog()
    return make_user(gender="female", age=34, height=168.0, weight=64.0)


@pytest.fixture
def asgi_schema(ai_client: TestClient) -> Any:
    """The AI service's ``/openapi.json`` as the running app serves it.

    Every request goes through ``ai_client`` (one event loop, lifespan up): a second
    ASGI client would hand the async MySQL pool's connections to another loop.
    """
    return schemathesis.openapi.from_dict(ai_client.get("/openapi.json").json())


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


def test_schema_fuzz_finds_no_server_error(
    asgi_schema: Any, ai_client: TestClient, fuzz_user: User
) -> None:
    """Schemathesis' generated cases, authenticated: no 5xx, documented content types."""
    headers = bearer_headers(fuzz_user)
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    operations = _operations(asgi_schema)
    assert len(operations) >= 6

    def fuzz(operation: Any) -> None:
        @fuzz_settings(EXAMPLES_PER_OPERATION)
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=headers)
            response = ai_client.request(**_httpx_kwargs(kwargs))
            statuses[response.status_code] += 1
            try:
                case.validate_response(
                    response, checks=[not_a_server_error, content_type_conformance]
                )
            except (Exception, BaseExceptionGroup) as exc:  # collected and reported below
                failures.append(f"{case.method} {case.path}: {response.status_code} {exc}"[:300])

        run()

    for operation in operations:
        fuzz(operation)

    print(f"ai schemathesis: {sum(statuses.values())} cases, statuses {dict(statuses)}")
    assert failures == []
    assert sum(statuses.values()) >= len(operations)


def _httpx_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Schemathesis' transport kwargs as ``httpx``/``TestClient.request`` arguments."""
    allowed = {"method", "url", "headers", "params", "json", "content", "data", "cookies"}
    out = {k: v for k, v in kwargs.items() if k in allowed and v not in (None, {})}
    if "data" in out and isinstance(out["data"], bytes | str):
        out["content"] = out.pop("data")
    url = out.get("url", "")
    if "://" in url:
        out["url"] = "/" + url.split("://", 1)[1].split("/", 1)[1]
    return out


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


def test_hostile_values_find_no_server_error(
    asgi_schema: Any, ai_client: TestClient, fuzz_user: User
) -> None:
    """Every JSON-body operation refuses hostile values with a 4xx JSON error."""
    headers = {**bearer_headers(fuzz_user), "Content-Type": "application/json"}
    failures: list[str] = []
    cases = 0
    targets = [
        (operation, props)
        for operation in _operations(asgi_schema)
        if (props := _json_properties(operation)) is not None
    ]
    assert len(targets) >= 4

    def fuzz(operation: Any, props: list[str]) -> None:
        @fuzz_settings(HOSTILE_PER_OPERATION)
        @given(body=hostile_bodies(props))
        def run(body: bytes) -> None:
            nonlocal cases
            cases += 1
            response = ai_client.request(
                operation.method.upper(), operation.path, content=body, headers=headers
            )
            if response.status_code >= 500:
                failures.append(
                    f"{operation.method.upper()} {operation.path}: "
                    f"{response.status_code} for {body[:80]!r}"
                )
            else:
                assert response.status_code < 300 or "error" in response.json()

        run()

    for operation, props in targets:
        fuzz(operation, props)

    print(f"ai hostile values: {cases} cases over {len(targets)} operations")
    assert failures == []
