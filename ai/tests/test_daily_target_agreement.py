"""One "today's target": analytics, the assistant and restaurant scoring state the same one.

Issue #10: the same user was told 2,255 kcal a day by analytics and 1,800 by the
assistant, because each feature defined the target itself. All three now call
``domain.daily_target.daily_target``; this test asks each of them through its public
route (the core's ``GET /api/analytics/``, the AI service's ``POST /chatbot/query`` and
``GET /restaurant/nearby``) on the shared database, first with the profile alone and then
with an active diet plan, and checks they agree with each other and with the domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from core.accounts.models import User
from core.api.testing import bearer_headers, client_for, make_user
from core.catalog.starter import load_starter_catalog
from core.plans.models import DietPlan
from domain.daily_target import daily_target

PROFILES: dict[str, dict[str, Any]] = {
    # A woman losing weight: the goal-adjusted target is not her maintenance energy,
    # which is what analytics used to report.
    "losing weight": {
        "gender": "female", "age": 34, "height": 168.0, "weight": 82.0,
        "activity_level": "light", "goals": ["lose_weight"],
    },
    # Preferences that change the targets must reach all three features.
    "older, low carb, low sodium": {
        "gender": "male", "age": 71, "height": 176.0, "weight": 79.0,
        "activity_level": "sedentary", "goals": ["maintain_weight"],
        "dietary_preferences": ["low_carb", "low_sodium"],
    },
}  # fmt: skip

PLAN = {
    "daily_calorie_target": 1750,
    "macros": {"protein_grams": 120, "carbs_grams": 160, "fats_grams": 70},
    "targets": {"fiber_grams": 28.0, "sodium_max_mg": 2000.0, "saturated_fat_max_grams": 18.0},
}
PARIS = {"latitude": 48.8566, "longitude": 2.3522, "radius": 1000}


@pytest.fixture
def ai(transactional_db: None) -> Iterator[TestClient]:
    load_starter_catalog()
    app = create_app(make_settings(database_url=django_test_database_url(), openai_api_key=""))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def from_analytics(user: User) -> dict[str, Any]:
    response = client_for(user).get("/api/analytics/?days=7")
    assert response.status_code == 200, response.content
    targets = response.json()["targets"]
    return {key: targets[key] for key in ("daily_calories", "protein", "carbs", "fats", "source")}


def from_restaurants(ai: TestClient, user: User) -> dict[str, Any]:
    response = ai.get("/restaurant/nearby", params=PARIS, headers=bearer_headers(user))
    assert response.status_code == 200, response.text
    budget = response.json()["budget"]
    target = budget["target"]
    assert budget["target_kcal"] == target["calories"]
    assert budget["target_source"] == target["source"]
    return {
        "daily_calories": target["calories"],
        "protein": target["protein"],
        "carbs": target["carbs"],
        "fats": target["fats"],
        "source": target["source"],
    }


def from_assistant(ai: TestClient, user: User) -> dict[str, Any]:
    """The assistant's answer to "what are my daily targets", read back into numbers."""
    response = ai.post(
        "/chatbot/query", json={"query": "What are my daily targets?"}, headers=bearer_headers(user)
    )
    assert response.status_code == 200, response.text
    text = response.json()["response"]

    def grab(pattern: str) -> float:
        match = re.search(pattern, text)
        assert match, f"{pattern!r} not in {text!r}"
        return float(match.group(1).replace(",", ""))

    return {
        "daily_calories": grab(r"([\d,]+) kcal"),
        "protein": grab(r"([\d,.]+) g protein"),
        "carbs": grab(r"([\d,.]+) g carbohydrate"),
        "fats": grab(r"([\d,.]+) g fat\b"),
        "source": "diet plan" if "your active diet plan" in text else "profile",
    }


def whole(figures: dict[str, Any]) -> dict[str, Any]:
    """Numbers as the assistant words them (whole kcal and grams from 10 g up)."""
    return {k: round(v) if isinstance(v, float) else v for k, v in figures.items()}


@pytest.mark.parametrize("name", list(PROFILES))
def test_analytics_assistant_and_restaurants_state_the_same_target(
    ai: TestClient, name: str
) -> None:
    profile = PROFILES[name]
    user = make_user(timezone="UTC", **profile)

    # 1. The profile alone.
    expected = daily_target(profile, None)
    assert expected is not None and expected.source == "profile"
    analytics = from_analytics(user)
    restaurants = from_restaurants(ai, user)
    assistant = from_assistant(ai, user)
    assert analytics == restaurants, (analytics, restaurants)
    assert whole(analytics) == whole(assistant), (analytics, assistant)
    assert analytics["daily_calories"] == round(expected.calories)
    assert analytics["source"] == "profile"
    assert (analytics["protein"], analytics["fats"]) == (expected.protein, expected.fats)

    # 2. With an active diet plan: its targets are today's target everywhere.
    DietPlan.objects.create(user=user, plan=PLAN, is_active=True)
    analytics = from_analytics(user)
    restaurants = from_restaurants(ai, user)
    assistant = from_assistant(ai, user)
    assert analytics == restaurants, (analytics, restaurants)
    assert whole(analytics) == whole(assistant), (analytics, assistant)
    assert analytics == {
        "daily_calories": 1750, "protein": 120.0, "carbs": 160.0, "fats": 70.0,
        "source": "diet plan",
    }  # fmt: skip
