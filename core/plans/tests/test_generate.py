"""``POST /api/diet/generate/`` and ``/api/workout/generate/`` against a real local HTTP
stand-in for the AI service (the gateway test's scripted server): saved as the active
plan, the previous one deactivated; the AI's 400/422 passed on; a document failing our
schema, a missing document or the service down -> 503 with nothing written."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from core.accounts.models import User
from core.api.testing import client_for
from core.api.tests.test_gateway import FakeAIService, Reply, closed_port_url
from core.plans.activation import save_plan
from core.plans.models import DietPlan, Workout
from core.plans.tests.samples import DIET_PLAN, WORKOUT

pytestmark = pytest.mark.django_db

GATEWAY = {
    "AI_SERVICE_CONNECT_TIMEOUT": 1.0,
    "AI_SERVICE_READ_TIMEOUT": 5.0,
    "AI_SERVICE_RETRIES": 1,
    "AI_SERVICE_BACKOFF_SECONDS": 0.01,
}
CASES = [
    ("diet", "/api/v1/diet/generate/", "/diet/generate", "plan", DietPlan, DIET_PLAN),
    ("workout", "/api/workout/generate/", "/workout/generate", "workout", Workout, WORKOUT),
]
IDS = ["diet", "workout"]


@pytest.fixture
def fake() -> Iterator[FakeAIService]:
    server = FakeAIService()
    with override_settings(AI_SERVICE_URL=server.url, **GATEWAY):
        yield server
    server.stop()


def rows(model: type, user: User) -> list[tuple[int, bool]]:
    return list(model.objects.filter(user=user).order_by("id").values_list("id", "is_active"))


@pytest.mark.parametrize(("kind", "url", "path", "key", "model", "document"), CASES, ids=IDS)
def test_generated_plan_is_saved_active_and_the_previous_deactivated(
    fake: FakeAIService, user: User, kind, url, path, key, model, document
) -> None:
    previous = save_plan(model(user=user, is_active=True, **{key: document}))
    generated = {**copy.deepcopy(document), "inputs": {"seed": 7}}
    fake.script(path, Reply(status=200, body={key: generated}))
    overrides = {"days": 3} if kind == "diet" else {"days_per_week": 3}
    client = client_for(user)
    response = client.post(url, overrides, format="json", HTTP_X_REQUEST_ID="gen-1")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"id", "user", key, "created_at", "updated_at", "is_active"}
    assert body[key] == generated
    assert (body["user"], body["is_active"]) == (user.id, True)
    assert rows(model, user) == [(previous.id, False), (body["id"], True)]
    # The call carried the caller's token, request id and the overrides as they came.
    method, called, headers, sent = fake.requests[-1]
    assert (method, called, json.loads(sent)) == ("POST", path, overrides)
    assert headers["Authorization"] == client._credentials["HTTP_AUTHORIZATION"]
    assert headers["X-Request-ID"] == "gen-1"


def test_empty_body_is_forwarded_as_an_empty_object(fake: FakeAIService, user: User) -> None:
    fake.script("/diet/generate", Reply(status=200, body={"plan": DIET_PLAN}))
    response = client_for(user).post("/api/diet/generate/")
    assert response.status_code == 201, response.content
    assert json.loads(fake.requests[-1][3]) == {}


@pytest.mark.parametrize("status", [400, 422])
@pytest.mark.parametrize(("kind", "url", "path", "key", "model", "document"), CASES, ids=IDS)
def test_ai_refusals_are_passed_on_and_nothing_is_written(
    fake: FakeAIService, user: User, status, kind, url, path, key, model, document
) -> None:
    previous = save_plan(model(user=user, is_active=True, **{key: document}))
    error = {
        "error": "Your profile lacks what the diet plan needs: age, height.",
        "details": {"missing_fields": ["age", "height"]},
    }
    fake.script(path, Reply(status=status, body=error))
    response = client_for(user).post(url, {}, format="json")
    assert response.status_code == status
    assert response.json() == error
    assert rows(model, user) == [(previous.id, True)]


def broken(document: dict[str, Any], kind: str) -> dict[str, Any]:
    bad = copy.deepcopy(document)
    if kind == "diet":
        bad["weekly_plan"]["monday"][0]["calories"] = -5
    else:
        bad["weekly_schedule"]["monday"][0]["sets"] = 0
    return bad


@pytest.mark.parametrize(("kind", "url", "path", "key", "model", "document"), CASES, ids=IDS)
@pytest.mark.parametrize("answer", ["schema", "missing", "not_object"])
def test_an_answer_we_cannot_store_is_503_and_nothing_is_written(
    fake: FakeAIService, user: User, answer, kind, url, path, key, model, document
) -> None:
    previous = save_plan(model(user=user, is_active=True, **{key: document}))
    body = {
        "schema": {key: broken(document, kind)},
        "missing": {"something": "else"},
        "not_object": [1, 2, 3],
    }[answer]
    fake.script(path, Reply(status=200, body=body))
    response = client_for(user).post(url, {}, format="json")
    assert response.status_code == 503, response.content
    data = response.json()
    assert set(data) == {"error", "details"}
    if answer == "schema":
        assert data["details"]["reason"] == "invalid plan document"
        assert any(("calories" in e) or ("sets" in e) for e in data["details"]["errors"])
    assert rows(model, user) == [(previous.id, True)]


@pytest.mark.parametrize(("kind", "url", "path", "key", "model", "document"), CASES, ids=IDS)
def test_ai_down_is_503_and_nothing_is_written(
    user: User, kind, url, path, key, model, document
) -> None:
    with override_settings(AI_SERVICE_URL=closed_port_url(), **GATEWAY):
        response = client_for(user).post(url, {}, format="json")
    assert response.status_code == 503
    assert set(response.json()) == {"error", "details"}
    assert rows(model, user) == []


@pytest.mark.parametrize("url", ["/api/diet/generate/", "/api/v1/workout/generate/"])
def test_anonymous_is_401_without_calling_the_ai(
    fake: FakeAIService, api: APIClient, url: str
) -> None:
    response = api.post(url, {}, format="json")
    assert response.status_code == 401
    assert fake.requests == []


def test_a_body_that_is_not_an_object_is_400(fake: FakeAIService, user: User) -> None:
    response = client_for(user).post("/api/diet/generate/", [1, 2], format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"error", "details"}
    assert fake.requests == []


@pytest.mark.parametrize("url", ["/api/diet/generate/", "/api/v1/workout/generate/"])
def test_only_post_is_allowed(fake: FakeAIService, user: User, url: str) -> None:
    response = client_for(user).get(url)
    assert response.status_code == 405
    assert set(response.json()) == {"error", "details"}
