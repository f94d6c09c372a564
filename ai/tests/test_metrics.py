"""Prometheus metrics of the AI service: routes by template, solver time, token only.

Real requests through the app (its middleware stack and routes) on the core's test
database; values are read back by scraping ``/metrics``. The default registry is shared by
the whole test process, so checks compare before and after.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from pydantic import ValidationError

from ai.main import create_app
from ai.settings import BASE_DIR, Settings
from ai.tests.conftest import django_test_database_url, make_settings
from core.api.testing import bearer_headers, make_user
from core.catalog.starter import load_starter_catalog

# Fixed, not random: it appears in test ids, which must be the same in every xdist worker.
TOKEN = "metrics-test-token-0123456789abcdefghijklmnop"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
REQUESTS = "healthbite_http_requests_total"
DURATION_COUNT = "healthbite_http_request_duration_seconds_count"
SOLVER_COUNT = "healthbite_solver_seconds_count"
PROFILE: dict[str, Any] = {
    "gender": "female",
    "age": 34,
    "height": 168.0,
    "weight": 64.0,
    "activity_level": "moderate",
    "goals": ["lose_weight"],
}

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def parse(text: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def requests(samples: Samples, **labels: str) -> float:
    return value(samples, REQUESTS, service="ai", **labels)


def app_for(**overrides: Any) -> FastAPI:
    app = create_app(make_settings(database_url=django_test_database_url(), **overrides))

    @app.get("/probe/items/{item_id}")
    async def item(item_id: int) -> dict[str, int]:
        return {"item_id": item_id}

    return app


@pytest.fixture
def client(transactional_db: None) -> Iterator[TestClient]:
    with TestClient(app_for(metrics_token=TOKEN), raise_server_exceptions=False) as test_client:
        yield test_client


def scrape(client: TestClient) -> Samples:
    response = client.get("/metrics", headers=BEARER)
    assert response.status_code == 200, response.text
    return parse(response.text)


# --- what is counted -------------------------------------------------------------------------


def test_requests_are_counted_by_route_template_not_path(client: TestClient) -> None:
    before = scrape(client)
    assert client.get("/probe/items/17").status_code == 200
    assert client.get("/probe/items/99").status_code == 200
    assert client.get("/probe/items/x").status_code == 400  # same route, another status
    after = scrape(client)

    route = "/probe/items/{item_id}"
    ok = {"method": "GET", "route": route, "status": "200"}
    assert requests(after, **ok) - requests(before, **ok) == 2
    duration = value(after, DURATION_COUNT, service="ai", **ok)
    assert duration - value(before, DURATION_COUNT, service="ai", **ok) == 2
    assert (
        value(
            after, "healthbite_http_request_duration_seconds_bucket", service="ai", le="+Inf", **ok
        )
        == duration
    )
    bad = {"method": "GET", "route": route, "status": "400"}
    assert requests(after, **bad) - requests(before, **bad) == 1
    assert not [key for key in after if "/probe/items/17" in str(key)]


def test_unknown_paths_timeouts_and_refusals_are_counted(client: TestClient) -> None:
    before = scrape(client)
    assert client.get("/no/such/page-1").status_code == 404
    assert client.get("/no/such/page-2").status_code == 404
    assert client.post("/diet/generate", json={}).status_code == 401
    assert client.request("BREW", "/health/live").status_code == 405
    after = scrape(client)
    unmatched = {"method": "GET", "route": "unmatched", "status": "404"}
    assert requests(after, **unmatched) - requests(before, **unmatched) == 2
    refused = {"method": "POST", "route": "/diet/generate", "status": "401"}
    assert requests(after, **refused) - requests(before, **refused) == 1
    odd = {"method": "other", "route": "/health/live", "status": "405"}
    assert requests(after, **odd) - requests(before, **odd) == 1
    assert not [key for key in after if "page-1" in str(key) or "BREW" in str(key)]


def test_existing_behaviour_is_kept(client: TestClient) -> None:
    assert client.get("/health").status_code == 200
    response = client.get("/health/ready", headers={"X-Request-ID": "probe-7"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "probe-7"
    metrics = client.get("/metrics", headers={**BEARER, "X-Request-ID": "m-7"})
    assert metrics.headers["x-request-id"] == "m-7"
    assert metrics.headers["cache-control"] == "no-store"
    assert metrics.headers["x-content-type-options"] == "nosniff"
    assert metrics.headers["content-type"].startswith("text/plain; version=")


def test_metrics_are_not_in_the_openapi_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/health/live" in paths
    assert not [path for path in paths if "metrics" in path]


def test_solver_time_is_observed_for_diet_and_workout_plans(client: TestClient) -> None:
    load_starter_catalog()
    user = make_user(**PROFILE)
    before = scrape(client)
    diet = client.post("/diet/generate", json={"days": 1, "seed": 2}, headers=bearer_headers(user))
    assert diet.status_code == 200, diet.text
    workout = client.post("/workout/generate", json={}, headers=bearer_headers(user))
    assert workout.status_code == 200, workout.text
    # A plan nothing can meet is timed as a failed solve.
    refused = client.post(
        "/diet/generate",
        json={"days": 1, "diet": ["vegan"], "disliked_foods": ["a", "e", "i", "o", "u"]},
        headers=bearer_headers(user),
    )
    assert refused.status_code == 422, refused.text
    after = scrape(client)

    for kind in ("diet", "workout"):
        labels = {"kind": kind, "outcome": "ok"}
        assert value(after, SOLVER_COUNT, **labels) - value(before, SOLVER_COUNT, **labels) == 1
        solved = value(after, "healthbite_solver_seconds_sum", **labels)
        assert solved > value(before, "healthbite_solver_seconds_sum", **labels)
    failed = {"kind": "diet", "outcome": "failed"}
    assert value(after, SOLVER_COUNT, **failed) - value(before, SOLVER_COUNT, **failed) == 1


# --- who may read them -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN, "Bearer ", "Bearer \u00e9t\u00e9"],
)
def test_without_the_token_it_is_an_unknown_path(
    transactional_db: None, authorization: str | None
) -> None:
    # httpx sends str headers as ASCII only; bytes go as they are.
    headers = {} if authorization is None else {"Authorization": authorization.encode()}
    # From loopback: with a token configured, being local is not enough.
    local = TestClient(app_for(metrics_token=TOKEN), client=("127.0.0.1", 40000))
    unknown = local.get("/metricz").json()
    for method in ("GET", "POST", "DELETE"):
        response = local.request(method, "/metrics", headers=headers)
        assert response.status_code == 404, method
        assert response.json() == {
            **unknown,
            "error": unknown["error"].replace("metricz", "metrics"),
        }
    slash = local.get("/metrics/", headers=headers, follow_redirects=False)
    assert slash.status_code == 404  # not a redirect to /metrics


def test_with_the_token_it_answers(transactional_db: None) -> None:
    remote = TestClient(app_for(metrics_token=TOKEN), client=("203.0.113.7", 40000))
    response = remote.get("/metrics", headers={"Authorization": f"bearer {TOKEN}"})
    assert response.status_code == 200
    assert f"# TYPE {REQUESTS} counter" in response.text
    assert remote.post("/metrics", headers=BEARER).status_code == 405


def test_production_without_a_token_is_off(transactional_db: None) -> None:
    app = app_for(environment="production", metrics_token="")
    local = TestClient(app, client=("127.0.0.1", 40000))
    assert local.get("/metrics").status_code == 404
    app = app_for(environment="production", metrics_token=TOKEN)
    assert TestClient(app).get("/metrics", headers=BEARER).status_code == 200


@pytest.mark.parametrize(
    ("host", "forwarded", "status"),
    [
        ("127.0.0.1", "", 200),
        ("::1", "", 200),
        ("203.0.113.7", "", 404),
        ("203.0.113.7", "127.0.0.1", 404),  # X-Forwarded-For is anyone's to write
        ("testclient", "", 404),  # not an address
    ],
)
def test_development_without_a_token_answers_loopback_only(
    transactional_db: None, host: str, forwarded: str, status: int
) -> None:
    client = TestClient(app_for(metrics_token=""), client=(host, 40000))
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    assert client.get("/metrics", headers=headers).status_code == status


def test_production_refuses_a_short_metrics_token(transactional_db: None) -> None:
    with pytest.raises(ValidationError, match="METRICS_TOKEN must be at least 32"):
        make_settings(environment="production", metrics_token="short-token")
    assert make_settings(environment="development", metrics_token="short").metrics_token == "short"
    assert Settings.model_fields["metrics_token"].default == ""


# --- several worker processes ----------------------------------------------------------------


def test_multiprocess_directory_adds_up_every_process(tmp_path: Path) -> None:
    """One process records requests, another runs the service: it serves the sum of both."""
    record = (
        "from ai.metrics import record_request\n"
        "for _ in range(2): record_request('ai', 'GET', '/health/live', 200, 0.01)\n"
    )
    serve = (
        "import sys\n"
        "from fastapi.testclient import TestClient\n"
        "from ai.main import app\n"
        "c = TestClient(app)\n"
        "for _ in range(3): assert c.get('/health/live').status_code == 200\n"
        "r = c.get('/metrics', headers={'Authorization': 'Bearer ' + sys.argv[1]})\n"
        "assert r.status_code == 200, r.text\n"
        "sys.stdout.write(r.text)\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "AI_ENV", "PYTEST_", "PROMETHEUS_", "METRICS_"))
    }
    env.update(
        PROMETHEUS_MULTIPROC_DIR=str(tmp_path),
        METRICS_TOKEN=TOKEN,
        DATABASE_URL=f"sqlite:///{tmp_path}/unused.sqlite3",
    )

    def run(code: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, TOKEN],
            cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    run(record)
    samples = parse(run(serve))
    labels = {"method": "GET", "route": "/health/live", "status": "200"}
    assert requests(samples, **labels) == 5
    assert value(samples, DURATION_COUNT, service="ai", **labels) == 5
    assert len(list(tmp_path.glob("counter_*.db"))) == 2  # one per process
