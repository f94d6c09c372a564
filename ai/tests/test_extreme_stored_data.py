"""Stored data is always readable: the extreme values the core accepts, read by every AI feature.

Everything is written through the core's API (its validation decides what can be stored):
a profile at the edges of its ranges, a food entry and a diet plan with every number at
its maximum, a workout at its limits, weighings at both ends. Then every AI feature that
reads those rows answers the owner, and none of them may fail with a server error.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from core.api.testing import bearer_headers, client_for, make_user
from core.catalog.starter import load_starter_catalog
from core.plans.schemas import MAX_ITEM_GRAMS
from domain.nutrients import MAX_CALORIES_PER_ENTRY, NUTRIENTS
from domain.profile_ranges import AGE, BODY_FAT_PERCENT, HEIGHT_CM, WEIGHT_KG

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_NUTRIENTS = {n.key: n.max_per_entry for n in NUTRIENTS}


@pytest.fixture
def ai(transactional_db: None) -> Iterator[TestClient]:
    load_starter_catalog()
    app = create_app(make_settings(database_url=django_test_database_url(), openai_api_key=""))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def _created(response: Any) -> None:
    assert response.status_code in (200, 201), response.content


def _extreme_plan() -> dict[str, Any]:
    meal = {
        "meal": "dinner",
        "name": "x" * 200,
        "calories": MAX_CALORIES_PER_ENTRY,
        "nutrients": MAX_NUTRIENTS,
        "items": [{"name": "y" * 200, "grams": MAX_ITEM_GRAMS, "calories": MAX_CALORIES_PER_ENTRY}],
    }
    return {
        "daily_calorie_target": 10000,
        "macros": {"protein_grams": 2500, "carbs_grams": 2500, "fats_grams": 2500},
        "weekly_plan": {day: [meal] for day in WEEKDAYS},
    }


def _extreme_workout() -> dict[str, Any]:
    exercise = {
        "exercise": "z" * 200,
        "sets": 20,
        "reps": 100,
        "duration": 600,
        "rest_seconds": 1800,
    }
    return {"weekly_schedule": {day: [exercise] for day in WEEKDAYS}, "rest_days": [],
            "difficulty": "advanced"}  # fmt: skip


@pytest.mark.parametrize("edge", ["low", "high"])
def test_extreme_valid_data_is_readable_by_every_ai_feature(ai: TestClient, edge: str) -> None:
    pick = 0 if edge == "low" else 1

    def at(limits: object) -> float:
        return tuple(limits)[pick]  # type: ignore[call-overload]

    user = make_user()
    core = client_for(user)
    profile = {
        "age": at(AGE),
        "height": at(HEIGHT_CM),
        "weight": at(WEIGHT_KG),
        "body_fat_percent": at(BODY_FAT_PERCENT),
        "gender": "female" if pick == 0 else "male",
        "activity_level": "sedentary" if pick == 0 else "very_active",
        "goals": ["lose_weight"] if pick == 0 else ["gain_weight", "build_muscle"],
        "dietary_preferences": ["vegan", "gluten_free", "low_carb", "low_sodium"],
        "allergies": ["peanuts", "soy", "sesame"],
    }
    _created(core.patch("/api/v1/profile/", profile, format="json"))
    now = datetime.now(UTC).isoformat()
    food = {"name": "w" * 200, "calories": MAX_CALORIES_PER_ENTRY, "nutrients": MAX_NUTRIENTS,
            "logged_at": now, "meal": "dinner"}  # fmt: skip
    _created(core.post("/api/v1/foods/", food, format="json"))
    _created(
        core.post(
            "/api/v1/diet-plans/", {"plan": _extreme_plan(), "is_active": True}, format="json"
        )
    )
    _created(
        core.post(
            "/api/v1/workouts/", {"workout": _extreme_workout(), "is_active": True}, format="json"
        )
    )
    for weight in WEIGHT_KG:
        _created(
            core.post("/api/v1/weight/", {"weight": weight, "measured_at": now}, format="json")
        )

    headers = bearer_headers(user)
    questions = [
        "How many calories have I eaten today?",
        "How much protein did I have today?",
        "How many calories do I have left today?",
        "What are my daily targets?",
        "What is on my diet plan today?",
        "What is my workout today?",
        "Am I losing weight?",
        "Suggest a snack",
        "How many calories in 2 eggs?",
    ]
    for question in questions:
        answer = ai.post("/chatbot/query", json={"query": question}, headers=headers)
        assert answer.status_code == 200, (question, answer.text)
    calls = [
        ai.get(
            "/restaurant/nearby", params={"latitude": 40.7, "longitude": -74.0}, headers=headers
        ),
        ai.post("/food/analyze", json={"name": "2 eggs and a slice of toast"}, headers=headers),
        ai.post("/diet/generate", json={"days": 1}, headers=headers),
        ai.post("/workout/generate", json={}, headers=headers),
    ]
    for response in calls:
        assert response.status_code < 500, (response.request.url, response.text)
    analytics = core.get("/api/v1/analytics/", {"days": 365})
    assert analytics.status_code == 200, analytics.content
