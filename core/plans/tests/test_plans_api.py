"""``/diet-plans/`` and ``/workouts/``: the permission matrix and the plan endpoints' rules."""

from __future__ import annotations

from typing import Any

import pytest

from core.accounts.models import User
from core.api.testing import OwnedResourceMatrix
from core.plans.models import DietPlan, Workout
from core.plans.tests.samples import DIET_PLAN, WORKOUT

pytestmark = pytest.mark.django_db

DIET_PLANS = "/api/v1/diet-plans/"
WORKOUTS = "/api/v1/workouts/"


class TestDietPlansMatrix(OwnedResourceMatrix):
    list_url = DIET_PLANS
    model = DietPlan
    valid_payload = {"plan": DIET_PLAN, "is_active": True}
    update_payload = {"plan": {"daily_calorie_target": 1800}}
    invalid_payloads: list[tuple[dict[str, Any], str]] = [
        ({"plan": {"daily_calorie_target": 100}}, "plan"),
        ({"plan": "eat less"}, "plan"),
        ({"plan": {"weekly_plan": {"funday": []}}}, "plan"),
        (
            {"plan": {"weekly_plan": {"monday": [{"meal": "lunch", "name": "x", "calories": -5}]}}},
            "plan",
        ),
        ({"plan": {"macros": {"protein_grams": -1}}}, "plan"),
        ({"plan": DIET_PLAN, "is_active": "maybe"}, "is_active"),
    ]

    def make_instance(self, user: User) -> DietPlan:
        return DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=True)


class TestWorkoutsMatrix(OwnedResourceMatrix):
    list_url = WORKOUTS
    model = Workout
    valid_payload = {"workout": WORKOUT, "is_active": True}
    update_payload = {"workout": {"difficulty": "advanced"}}
    invalid_payloads: list[tuple[dict[str, Any], str]] = [
        ({"workout": {"difficulty": "expert"}}, "workout"),
        ({"workout": {"rest_days": ["funday"]}}, "workout"),
        (
            {
                "workout": {
                    "weekly_schedule": {"monday": [{"exercise": "Squat", "sets": 0, "reps": 5}]}
                }
            },
            "workout",
        ),
        (
            {
                "workout": {
                    "weekly_schedule": {
                        "monday": [{"exercise": "Squat", "sets": 3, "reps": "lots"}]
                    }
                }
            },
            "workout",
        ),
        ({"workout": [1, 2]}, "workout"),
    ]

    def make_instance(self, user: User) -> Workout:
        return Workout.objects.create(user=user, workout=WORKOUT, is_active=True)


def test_plan_response_shape_and_extra_keys_kept(auth_client, user: User) -> None:
    response = auth_client.post(DIET_PLANS, {"plan": DIET_PLAN}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"id", "user", "plan", "created_at", "updated_at", "is_active"}
    assert body["user"] == user.pk and body["is_active"] is True  # active unless told otherwise
    assert DietPlan.objects.get(pk=body["id"]).plan == DIET_PLAN


def test_schema_error_names_the_json_path(auth_client) -> None:
    plan = {
        "weekly_plan": {
            "monday": [
                DIET_PLAN["weekly_plan"]["monday"][0],
                {"meal": "lunch", "name": "Soup", "calories": -5},
            ]
        }
    }
    response = auth_client.post(DIET_PLANS, {"plan": plan}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["details"]["plan"] == [
        "plan.weekly_plan.monday[1].calories: -5 is less than the minimum of 0"
    ]
    assert "plan.weekly_plan.monday[1].calories" in body["error"]
    assert not DietPlan.objects.exists()


def test_every_violation_is_listed(auth_client) -> None:
    workout = {
        "difficulty": "expert",
        "weekly_schedule": {
            "monday": [{"exercise": "Row", "sets": 3, "reps": 0}, {"sets": 3, "reps": 5}]
        },
    }
    response = auth_client.post(WORKOUTS, {"workout": workout}, format="json")
    assert response.status_code == 400
    messages = response.json()["details"]["workout"]
    assert len(messages) == 3
    assert messages[0].startswith("workout.difficulty: 'expert' is not one of")
    assert any(
        m.startswith("workout.weekly_schedule.monday[0].reps: 0 is not valid") for m in messages
    )
    assert "workout.weekly_schedule.monday[1]: 'exercise' is a required property" in messages
    assert not Workout.objects.exists()


@pytest.mark.parametrize("nutrients", [{"vitamin_q": 1}, {"protein": -1}])
def test_planned_meal_nutrients_follow_the_nutrient_list(auth_client, nutrients) -> None:
    plan = {
        "weekly_plan": {
            "friday": [{"meal": "lunch", "name": "Soup", "calories": 100, "nutrients": nutrients}]
        }
    }
    response = auth_client.post(DIET_PLANS, {"plan": plan}, format="json")
    assert response.status_code == 400
    assert response.json()["details"]["plan"][0].startswith("plan.weekly_plan.friday[0].nutrients")


def test_raw_nan_in_a_plan_is_refused(auth_client) -> None:
    raw = '{"plan": {"daily_calorie_target": NaN}}'
    response = auth_client.generic("POST", DIET_PLANS, raw, content_type="application/json")
    assert response.status_code == 400
    assert not DietPlan.objects.exists()


def test_reps_accepts_a_count_or_a_range(auth_client) -> None:
    for reps in (1, 100, "10", "8-12"):
        workout = {"weekly_schedule": {"monday": [{"exercise": "Squat", "sets": 3, "reps": reps}]}}
        assert auth_client.post(WORKOUTS, {"workout": workout}, format="json").status_code == 201
    for reps in (101, "8 to 12", "", 2.5):
        workout = {"weekly_schedule": {"monday": [{"exercise": "Squat", "sets": 3, "reps": reps}]}}
        assert auth_client.post(WORKOUTS, {"workout": workout}, format="json").status_code == 400


def test_is_active_filter(auth_client, user: User) -> None:
    old = DietPlan.objects.create(user=user, plan={}, is_active=False)
    current = DietPlan.objects.create(user=user, plan={}, is_active=True)

    def ids(query: str) -> list[int]:
        return [p["id"] for p in auth_client.get(f"{DIET_PLANS}?{query}").json()["results"]]

    assert ids("is_active=true") == [current.pk]
    assert ids("is_active=false") == [old.pk]
    assert ids("") == [current.pk, old.pk]


@pytest.mark.parametrize("url", [DIET_PLANS, WORKOUTS])
@pytest.mark.parametrize("query", ["is_active=maybe", "ordering=plan", "ordering=user"])
def test_bad_plan_filters_are_a_400(auth_client, url, query) -> None:
    response = auth_client.get(f"{url}?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()["details"]


def test_openapi_publishes_the_document_schemas() -> None:
    from drf_spectacular.generators import SchemaGenerator

    components = SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]
    plan = components["DietPlan"]["properties"]["plan"]
    assert plan["properties"]["daily_calorie_target"] == {
        "type": "number",
        "minimum": 800,
        "maximum": 10000,
    }
    assert "monday" in plan["properties"]["weekly_plan"]["properties"]
    workout = components["Workout"]["properties"]["workout"]
    assert workout["properties"]["difficulty"]["enum"] == ["beginner", "intermediate", "advanced"]
