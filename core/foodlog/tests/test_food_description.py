"""Logging by description and ``/api/food/analyze/`` in the core, against a scripted AI
service on 127.0.0.1 (the real gateway in between): all or nothing, shapes, errors.
The same flows run through both real services in ``e2e/test_food.py``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from core.accounts.models import User
from core.api.tests.test_gateway import FakeAIService, Reply, closed_port_url
from core.foodlog.models import FoodEntry

PATH = "/api/foods/"
ANALYZE = "/api/food/analyze/"


def item(text: str, food: str, grams: float, calories: float, **nutrients: float) -> dict:
    return {
        "text": text, "food": food, "ndb_no": None, "quantity": 1, "unit": "serving",
        "grams": grams, "calories": calories, "nutrients": nutrients, "preparation": [],
        "notes": [],
    }  # fmt: skip


def analysis(*items: dict, unmatched: list | None = None) -> dict:
    return {
        "name": "meal",
        "calories": sum(i["calories"] for i in items),
        "nutrients": {},
        "serving_size": sum(i["grams"] for i in items),
        "items": list(items),
        "unmatched": unmatched or [],
        "incomplete_nutrients": [],
        "provider": "local",
        "fallback": False,
        "attempts": [],
    }


EGGS = item("2 eggs", "egg", 100, 143, protein=12.56, sodium=142)
TOAST = item("a slice of toast", "white toast", 22, 63.8, protein=2.6)


@pytest.fixture
def ai() -> Iterator[FakeAIService]:
    server = FakeAIService()
    with override_settings(
        AI_SERVICE_URL=server.url, AI_SERVICE_READ_TIMEOUT=2.0, AI_SERVICE_BACKOFF_SECONDS=0.01
    ):
        yield server
    server.stop()


def test_description_creates_one_entry_per_item(
    ai: FakeAIService, auth_client: APIClient, user: User
) -> None:
    ai.script("/food/analyze", Reply(body=analysis(EGGS, TOAST)))
    body = {"description": "2 eggs and a slice of toast", "meal": "breakfast"}
    response = auth_client.post(PATH, body, format="json", HTTP_X_REQUEST_ID="desc-1")
    assert response.status_code == 201, response.content
    entries = response.json()["entries"]
    assert [e["name"] for e in entries] == [
        "2 eggs (egg, 100 g)",
        "a slice of toast (white toast, 22 g)",
    ]
    assert [e["calories"] for e in entries] == [143, 63.8]
    assert entries[0]["nutrients"] == {"protein": 12.56, "sodium": 142}
    assert {e["meal"] for e in entries} == {"breakfast"}
    assert len({e["logged_at"] for e in entries}) == 1  # one moment for the meal
    assert response.json()["analysis"]["provider"] == "local"
    assert FoodEntry.objects.filter(user=user).count() == 2
    # the gateway sent the text with the caller's token and request id
    method, path, headers, sent = ai.requests[-1]
    assert (method, path, json.loads(sent)) == (
        "POST",
        "/food/analyze",
        {"name": body["description"]},
    )
    assert headers["Authorization"].startswith("Bearer ") and headers["X-Request-ID"] == "desc-1"


def test_an_unmatched_item_writes_nothing(
    ai: FakeAIService, auth_client: APIClient, user: User
) -> None:
    unmatched = [{"text": "a dragonfruit", "reason": "not in the catalog"}]
    ai.script("/food/analyze", Reply(body=analysis(EGGS, unmatched=unmatched)))
    response = auth_client.post(PATH, {"description": "2 eggs and a dragonfruit"}, format="json")
    assert response.status_code == 422
    assert '"a dragonfruit"' in response.json()["error"]
    assert response.json()["details"]["unmatched"] == unmatched
    assert not FoodEntry.objects.filter(user=user).exists()


def test_an_item_out_of_bounds_writes_nothing(
    ai: FakeAIService, auth_client: APIClient, user: User
) -> None:
    huge = item("a tanker of oil", "olive oil", 9_000_000, 80_000_000)
    ai.script("/food/analyze", Reply(body=analysis(EGGS, huge)))
    response = auth_client.post(PATH, {"description": "2 eggs, a tanker of oil"}, format="json")
    assert response.status_code == 400
    assert "calories" in response.json()["details"]["items"]["1"]
    assert not FoodEntry.objects.filter(user=user).exists()


def test_nothing_matched_passes_the_ai_services_422_on(
    ai: FakeAIService, auth_client: APIClient, user: User
) -> None:
    refused = {"error": "None of the foods could be matched.", "details": {"unmatched": []}}
    ai.script("/food/analyze", Reply(status=422, body=refused))
    response = auth_client.post(PATH, {"description": "zxqv"}, format="json")
    assert response.status_code == 422 and response.json() == refused
    assert not FoodEntry.objects.filter(user=user).exists()


def test_ai_service_down_is_503_and_writes_nothing(auth_client: APIClient, user: User) -> None:
    with override_settings(AI_SERVICE_URL=closed_port_url(), AI_SERVICE_BACKOFF_SECONDS=0.01):
        response = auth_client.post(PATH, {"description": "2 eggs"}, format="json")
    assert response.status_code == 503
    assert response.json()["error"] == "The AI service is unavailable; try again shortly."
    assert not FoodEntry.objects.filter(user=user).exists()


@pytest.mark.parametrize(
    "body",
    [{"description": ""}, {"description": "x" * 1001}, {"description": "2 eggs", "meal": "brunch"}],
)
def test_invalid_descriptions_never_reach_the_ai_service(
    ai: FakeAIService, auth_client: APIClient, body: dict[str, Any]
) -> None:
    response = auth_client.post(PATH, body, format="json")
    assert response.status_code == 400
    assert ai.hits("/food/analyze") == 0


def test_the_explicit_form_is_unchanged(ai: FakeAIService, auth_client: APIClient) -> None:
    response = auth_client.post(PATH, {"name": "apple", "calories": 95}, format="json")
    assert response.status_code == 201 and response.json()["name"] == "apple"
    assert ai.hits("/food/analyze") == 0


def test_analyze_passes_the_analysis_through(ai: FakeAIService, auth_client: APIClient) -> None:
    ai.script("/food/analyze", Reply(body=analysis(EGGS)))
    response = auth_client.post(ANALYZE, {"name": "2 eggs"}, format="json")
    assert response.status_code == 200
    assert response.json()["items"][0]["food"] == "egg"
    assert json.loads(ai.requests[-1][3]) == {"name": "2 eggs"}
    # the v1 path is the same view
    assert (
        auth_client.post("/api/v1/food/analyze/", {"text": "2 eggs"}, format="json").status_code
        == 200
    )


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "x" * 1001}])
def test_analyze_refuses_empty_or_oversize_text(
    ai: FakeAIService, auth_client: APIClient, body: dict[str, Any]
) -> None:
    response = auth_client.post(ANALYZE, body, format="json")
    assert response.status_code == 400 and "name" in response.json()["details"]
    assert ai.hits("/food/analyze") == 0


def test_analyze_needs_a_token(api: APIClient) -> None:
    assert api.post(ANALYZE, {"name": "2 eggs"}, format="json").status_code == 401
