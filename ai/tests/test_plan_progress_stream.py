"""``POST /diet/generate`` with ``Accept: application/x-ndjson``: a progress line per day
solved, then one result line holding exactly what the plain endpoint answers (the plan,
or the 422); errors found before solving stay plain JSON errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from core.catalog.starter import load_starter_catalog
from core.plans.schemas import DIET_PLAN_SCHEMA, document_errors

PROFILE: dict[str, Any] = {
    "gender": "male",
    "age": 45,
    "height": 180.0,
    "weight": 86.0,
    "activity_level": "light",
    "goals": ["lose_weight"],
}
NDJSON = {"Accept": "application/x-ndjson"}


@pytest.fixture
def client(transactional_db: None) -> Iterator[TestClient]:
    load_starter_catalog()
    app = create_app(make_settings(database_url=django_test_database_url()))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def lines(response: Any) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def test_each_day_solved_is_reported_then_the_plan(client: TestClient) -> None:
    user = make_user(**PROFILE)
    response = client.post(
        "/diet/generate", json={"days": 3, "seed": 4}, headers={**auth(user), **NDJSON}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    items = lines(response)
    progress, result = items[:-1], items[-1]
    assert progress == [
        {"event": "progress", "stage": "solving", "day": day, "days": 3} for day in (1, 2, 3)
    ]
    assert (result["event"], result["status"]) == ("result", 200)
    plan = result["body"]["plan"]
    assert document_errors(DIET_PLAN_SCHEMA, plan, "plan") == []
    assert len(plan["weekly_plan"]) == 3
    # The same request answered plainly gives the same plan (the seed fixes it).
    plain = client.post("/diet/generate", json={"days": 3, "seed": 4}, headers=auth(user))
    assert plain.status_code == 200
    assert plain.json()["plan"]["weekly_plan"] == plan["weekly_plan"]


def test_an_infeasible_plan_is_the_result_lines_422(client: TestClient) -> None:
    body = {"meals": ["snack"], "days": 1, "seed": 1}
    response = client.post(
        "/diet/generate", json=body, headers={**auth(make_user(**PROFILE)), **NDJSON}
    )
    assert response.status_code == 200
    result = lines(response)[-1]
    assert (result["event"], result["status"]) == ("result", 422)
    assert result["body"]["details"]["constraint"] == "targets"
    assert set(result["body"]) == {"error", "details"}


def test_errors_before_solving_are_plain_json(client: TestClient) -> None:
    user = make_user(gender="male", weight=80.0)  # no age, height, activity level
    response = client.post("/diet/generate", json={}, headers={**auth(user), **NDJSON})
    assert response.status_code == 400
    assert response.json()["details"]["missing_fields"] == ["activity_level", "age", "height"]
    bad = client.post(
        "/diet/generate", json={"days": 99}, headers={**auth(make_user(**PROFILE)), **NDJSON}
    )
    assert bad.status_code == 400
