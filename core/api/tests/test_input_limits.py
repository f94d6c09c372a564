"""No input gives a 500 and a refused write leaves nothing behind (issue #15).

One named test per case the probe found. Each asserts a 4xx in the shared JSON shape
``{"error", "details"}`` and, for writes, that no row was added. The AI-backed endpoints
point at a closed port: reaching the AI service would answer 503, so a 400 proves the
input was refused before it was sent.
"""

# ruff: noqa: UP031  (raw JSON templates: .format would double every brace)

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import Model
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from core.accounts.export import erase_user
from core.accounts.models import User
from core.accounts.serializers import tokens_for
from core.api.testing import make_user
from core.api.tests.test_gateway import closed_port_url
from core.foodlog.models import FoodEntry
from core.plans.models import DietPlan, Workout
from core.plans.schemas import DIET_PLAN_SCHEMA, WORKOUT_SCHEMA, document_errors
from core.restaurants.models import Restaurant

pytestmark = pytest.mark.django_db

SURROGATE = '"\\ud800"'  # a lone surrogate, as JSON text writes it
BIG = "9" * 400


def post_raw(client: APIClient, url: str, body: str) -> Any:
    return client.post(url, data=body, content_type="application/json")


def assert_refused(response: Any, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error", "details"}, body
    assert isinstance(body["error"], str) and body["error"]
    return body


def count(model: type[Model]) -> int:
    return model._default_manager.count()


@pytest.fixture
def no_ai(settings: Any) -> None:
    """The AI service is unreachable: a request that got that far would be a 503."""
    settings.AI_SERVICE_URL = closed_port_url()
    settings.AI_SERVICE_RETRIES = 0


# --- JSON bodies ---------------------------------------------------------------------------
def test_json_nested_1500_deep_on_login_is_400(api: APIClient) -> None:
    body = assert_refused(post_raw(api, "/api/auth/login/", "[" * 1500 + "]" * 1500))
    assert "nested" in body["error"]


def test_json_nested_past_the_limit_but_parseable_is_400(auth_client: APIClient) -> None:
    deep = '{"a":' * 40 + "1" + "}" * 40
    before = count(Workout)
    assert_refused(post_raw(auth_client, "/api/workouts/", '{"workout": %s}' % deep))
    assert count(Workout) == before


def test_nan_and_infinity_literals_are_400(auth_client: APIClient) -> None:
    for literal in ("NaN", "Infinity", "-Infinity", "1e400"):
        body = '{"name": "x", "calories": %s}' % literal
        assert_refused(post_raw(auth_client, "/api/foods/", body))
    assert count(FoodEntry) == 0


def test_400_digit_integer_in_nutrients_is_400(auth_client: APIClient) -> None:
    body = '{"name": "x", "calories": 1, "nutrients": {"protein": %s}}' % BIG
    assert_refused(post_raw(auth_client, "/api/foods/", body))
    assert count(FoodEntry) == 0


def test_nutrients_field_bounds_numbers_itself(user: User) -> None:
    """Values that bypass the parser (a Python caller) are bounded by the field too."""
    from core.foodlog.api.serializers import FoodEntrySerializer

    data = {"name": "x", "calories": 1, "nutrients": {"protein": 10**400}}
    serializer = FoodEntrySerializer(data=data)
    assert not serializer.is_valid()
    assert "nutrients" in serializer.errors


# --- query strings ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2026%25", "%25", "2026-01-01%25d"])
def test_percent_in_date_filter_is_400(auth_client: APIClient, value: str) -> None:
    for param in ("start", "end", "date"):
        body = assert_refused(auth_client.get(f"/api/foods/?{param}={value}"))
        assert param in body["details"]


def test_percent_in_boolean_filter_is_400(auth_client: APIClient) -> None:
    body = assert_refused(auth_client.get("/api/diet-plans/?is_active=%25s"))
    assert "is_active" in body["details"]


def test_1200_terms_in_restaurant_search_is_400(auth_client: APIClient) -> None:
    Restaurant.objects.create(name="Green Bowl", latitude=0, longitude=0)
    terms = "+".join(f"w{i}" for i in range(1200))
    body = assert_refused(auth_client.get(f"/api/restaurants/?search={terms}"))
    assert "search" in body["details"]
    body = assert_refused(auth_client.get(f"/api/restaurants/?search={'a' * 101}"))
    assert "search" in body["details"]
    ok = auth_client.get("/api/restaurants/?search=green+bowl")
    assert ok.status_code == 200 and ok.json()["count"] == 1


# --- text: lone surrogates and NUL -----------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/api/v1/diet/generate/", '{"restrictions": [%s]}' % SURROGATE),
        ("/api/v1/workout/generate/", '{"goal": %s}' % SURROGATE),
        ("/api/v1/food/analyze/", '{"name": "2 eggs %s"}' % SURROGATE[1:-1]),
        ("/api/v1/chatbot/query/", '{"query": %s}' % SURROGATE),
        ("/api/v1/chatbot/query/", '{"query": "hi\\u0000"}'),
    ],
    ids=["diet-overrides", "workout-overrides", "food-analysis", "chatbot", "chatbot-nul"],
)
def test_lone_surrogate_in_ai_requests_is_400(
    no_ai: None, auth_client: APIClient, url: str, body: str
) -> None:
    before = (count(DietPlan), count(Workout), count(FoodEntry))
    assert_refused(post_raw(auth_client, url, body))
    assert (count(DietPlan), count(Workout), count(FoodEntry)) == before


@pytest.mark.parametrize("text", [SURROGATE, '"a\\u0000b"'], ids=["surrogate", "nul"])
def test_bad_text_in_stored_workout_is_400_and_not_saved(auth_client: APIClient, text: str) -> None:
    body = '{"workout": {"difficulty": "beginner", "note": %s}}' % text
    assert_refused(post_raw(auth_client, "/api/workouts/", body))
    assert count(Workout) == 0
    # The owner's list and export keep working (they failed for good once it was stored).
    assert auth_client.get("/api/workouts/").status_code == 200
    assert auth_client.get("/api/profile/export/").status_code == 200


@pytest.mark.parametrize("text", [SURROGATE, '"a\\u0000b"'], ids=["surrogate", "nul"])
def test_bad_text_in_stored_diet_plan_is_400_and_not_saved(
    auth_client: APIClient, text: str
) -> None:
    meal = '{"meal": "lunch", "name": %s, "calories": 500}' % text
    body = '{"plan": {"weekly_plan": {"monday": [%s]}}}' % meal
    assert_refused(post_raw(auth_client, "/api/diet-plans/", body))
    assert count(DietPlan) == 0
    assert auth_client.get("/api/diet-plans/").status_code == 200


def test_bad_text_in_an_update_leaves_the_stored_plan_unchanged(auth_client: APIClient) -> None:
    created = auth_client.post(
        "/api/workouts/", {"workout": {"difficulty": "beginner"}}, format="json"
    )
    assert created.status_code == 201
    url = f"/api/workouts/{created.json()['id']}/"
    assert_refused(
        auth_client.patch(
            url, data='{"workout": {"x": %s}}' % SURROGATE, content_type="application/json"
        )
    )
    assert Workout.objects.get().workout == {"difficulty": "beginner"}


def test_plan_documents_refuse_bad_text_without_the_parser() -> None:
    """The stored-document validators (admin, generated plans) refuse it as well."""
    assert document_errors(WORKOUT_SCHEMA, {"note": "\ud800"}, "workout")
    assert document_errors(DIET_PLAN_SCHEMA, {"n\x00": 1}, "plan")


# --- numbers in stored plans -----------------------------------------------------------------
@pytest.mark.parametrize("calories", ["1e308", BIG, "25000"], ids=["1e308", "10^400", "25000"])
def test_meal_calories_out_of_range_in_diet_plan_is_400(
    auth_client: APIClient, calories: str
) -> None:
    meal = '{"meal": "lunch", "name": "Soup", "calories": %s}' % calories
    body = '{"plan": {"weekly_plan": {"monday": [%s]}}}' % meal
    assert_refused(post_raw(auth_client, "/api/diet-plans/", body))
    assert count(DietPlan) == 0


def test_extreme_valid_diet_plan_is_stored_and_read_back(auth_client: APIClient) -> None:
    meal = {
        "meal": "snack",
        "name": "x" * 200,
        "calories": 20000,
        "nutrients": {"protein": 1000, "sodium": 50000},
        "items": [{"name": "y", "grams": 5000, "calories": 20000}] * 50,
    }
    plan = {
        "daily_calorie_target": 10000,
        "macros": {"protein_grams": 2500, "carbs_grams": 2500, "fats_grams": 2500},
        "weekly_plan": {"monday": [meal] * 12},
    }
    response = auth_client.post("/api/diet-plans/", {"plan": plan}, format="json")
    assert response.status_code == 201, response.content
    assert auth_client.get("/api/profile/export/").status_code == 200


@pytest.mark.parametrize(
    "change",
    [
        {"nutrients": {"protein": 1001}},
        {"items": [{"name": "y", "grams": 5001}]},
        {"items": [{"name": "y"}] * 51},
    ],
    ids=["nutrient", "grams", "items"],
)
def test_meal_parts_out_of_range_in_diet_plan_are_400(
    auth_client: APIClient, change: dict[str, Any]
) -> None:
    meal = {"meal": "lunch", "name": "Soup", "calories": 500, **change}
    response = auth_client.post(
        "/api/diet-plans/", {"plan": {"weekly_plan": {"monday": [meal]}}}, format="json"
    )
    assert_refused(response)
    assert count(DietPlan) == 0


# --- tokens ----------------------------------------------------------------------------------
def test_refresh_token_of_an_erased_user_is_401(api: APIClient) -> None:
    user = make_user()
    refresh = tokens_for(user)["refresh"]
    erase_user(user)
    assert_refused(api.post("/api/auth/token/refresh/", {"refresh": refresh}), 401)
    assert_refused(api.post("/api/auth/logout/", {"refresh": refresh}), 401)


def test_refresh_token_of_an_inactive_user_is_401(api: APIClient, user: User) -> None:
    refresh = tokens_for(user)["refresh"]
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert_refused(api.post("/api/auth/token/refresh/", {"refresh": refresh}), 401)


@pytest.mark.parametrize(
    "claim",
    ["abc", str(10**30), 10**30, True, 1.5, -1, "1 ", ["1"]],
    ids=["letters", "huge-string", "huge-int", "bool", "float", "negative", "space", "list"],
)
def test_malformed_user_id_claim_is_401(api: APIClient, user: User, claim: Any) -> None:
    access = AccessToken.for_user(user)
    access["user_id"] = claim
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    assert_refused(api.get("/api/profile/"), 401)

    from rest_framework_simplejwt.tokens import RefreshToken

    refresh = RefreshToken.for_user(user)
    refresh["user_id"] = claim
    assert_refused(APIClient().post("/api/auth/token/refresh/", {"refresh": str(refresh)}), 401)


def test_well_formed_tokens_still_work(api: APIClient, user: User) -> None:
    tokens = tokens_for(user)
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    assert api.get("/api/profile/").status_code == 200
    refreshed = APIClient().post("/api/auth/token/refresh/", {"refresh": tokens["refresh"]})
    assert refreshed.status_code == 200 and set(refreshed.json()) == {"access", "refresh"}
