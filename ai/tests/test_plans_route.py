"""``POST /diet/generate`` and ``POST /workout/generate`` on the real test database.

The catalog is the starter catalog loaded into the tables by the core's loader and read
back through SQLAlchemy; every plan is checked independently (``domain.tests.plan_checks``
recomputes each figure from the starter file) and against the stored-plan JSON Schemas.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ai.main import create_app
from ai.routes.plans import slots_for_count
from ai.tests.conftest import django_test_database_url, make_settings
from core.accounts.models import User
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from core.catalog.models import CatalogFood
from core.catalog.starter import load_starter_catalog
from core.plans.schemas import DIET_PLAN_SCHEMA, WORKOUT_SCHEMA, document_errors
from domain.planner import PlanRequest, load_foods_from_starter
from domain.targets import targets_from_mapping
from domain.tests.grid import grid
from domain.tests.plan_checks import check_plan

PROFILE: dict[str, Any] = {
    "gender": "female",
    "age": 34,
    "height": 168.0,
    "weight": 64.0,
    "activity_level": "moderate",
    "goals": ["lose_weight"],
}
STARTER = {food.id: food for food in load_foods_from_starter()}


@pytest.fixture
def catalog(transactional_db: None) -> None:
    load_starter_catalog()


@pytest.fixture
def client(transactional_db: None) -> Iterator[TestClient]:
    app = create_app(make_settings(database_url=django_test_database_url()))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def diet(client: TestClient, user: User, body: dict[str, Any] | None = None) -> Any:
    return client.post("/diet/generate", json=body, headers=auth(user))


# --- diet ------------------------------------------------------------------------------------


def test_a_week_for_the_profile_meets_every_rule(catalog: None, client: TestClient) -> None:
    user = make_user(**PROFILE)
    response = diet(client, user, {"seed": 3})
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    targets = targets_from_mapping(PROFILE)
    assert plan["daily_calorie_target"] == targets.calories
    assert list(plan["weekly_plan"]) == [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]  # fmt: skip
    assert check_plan(plan, STARTER, targets, PlanRequest(seed=3)) == []
    assert document_errors(DIET_PLAN_SCHEMA, plan, "plan") == []
    assert plan["inputs"]["request"]["seed"] == 3
    assert plan["inputs"]["targets"]["profile"]["weight_kg"] == 64.0
    # No OpenAI key: numbers only, and the plan says so.
    assert plan["narrative"] == {"status": "off", "reason": "no OpenAI key configured"}


def test_restrictions_from_profile_and_body_are_honoured(catalog: None, client: TestClient) -> None:
    profile = {**PROFILE, "dietary_preferences": ["vegetarian"], "allergies": ["peanuts"]}
    user = make_user(**profile)
    body = {
        "days": 2,
        "meals_per_day": 3,
        "allergies": ["tree_nuts"],
        "disliked_foods": ["tofu", "09003"],  # a name and an NDB number (apple)
        "repeat_limit": 1,
        "seed": 5,
    }
    response = diet(client, user, body)
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    request = PlanRequest(days=2, meals=slots_for_count(3), repeat_limit=1)
    problems = check_plan(
        plan,
        STARTER,
        targets_from_mapping(profile),
        request,
        diets={"vegetarian"},
        allergens={"peanuts", "tree_nuts"},
        banned_words=("tofu",),
    )
    assert problems == []
    ids = {
        i["food_id"] for meals in plan["weekly_plan"].values() for m in meals for i in m["items"]
    }
    assert "09003" not in ids
    # vegetarian excludes fish and shellfish too (domain.diet), whatever a food's diet tags say
    assert plan["inputs"]["request"]["restrictions"]["allergens"] == [
        "fish",
        "peanuts",
        "shellfish",
        "tree_nuts",
    ]
    assert plan["inputs"]["overrides"]["meals_per_day"] == 3


def test_body_diet_replaces_the_profile_preferences(catalog: None, client: TestClient) -> None:
    user = make_user(**{**PROFILE, "dietary_preferences": ["vegetarian"]})
    response = diet(client, user, {"days": 1, "diet": ["Vegan"], "seed": 1})
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    assert plan["inputs"]["request"]["restrictions"]["diets"] == ["vegan"]
    for meals in plan["weekly_plan"].values():
        for meal in meals:
            for item in meal["items"]:
                assert "vegan" in STARTER[item["food_id"]].diet_tags


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ({"meals_per_day": 5}, ["breakfast", "snack", "lunch", "snack", "dinner"]),
        ({"meals": ["lunch", "dinner"]}, ["lunch", "dinner"]),
    ],
)
def test_meal_layouts_fit_the_stored_schema(
    catalog: None, client: TestClient, body: dict[str, Any], kinds: list[str]
) -> None:
    response = diet(client, make_user(**PROFILE), {**body, "days": 1, "seed": 2})
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    assert [m["meal"] for m in plan["weekly_plan"]["monday"]] == kinds
    assert document_errors(DIET_PLAN_SCHEMA, plan, "plan") == []


def test_missing_profile_fields_are_named(catalog: None, client: TestClient) -> None:
    user = make_user(gender="male", weight=80.0)  # no age, height, activity level
    response = diet(client, user)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["details"]["missing_fields"] == ["activity_level", "age", "height"]
    assert "activity_level, age, height" in body["error"]
    assert set(body) == {"error", "details"}


def test_out_of_range_profile_values_are_400(catalog: None, client: TestClient) -> None:
    response = diet(client, make_user(**{**PROFILE, "age": 15}))
    assert response.status_code == 400, response.text
    assert set(response.json()["details"]["invalid_fields"]) == {"age"}


def test_infeasible_request_is_422_naming_the_constraint(catalog: None, client: TestClient) -> None:
    # A single snack of the whole day's energy: a snack holds at most two items.
    response = diet(client, make_user(**PROFILE), {"meals": ["snack"], "days": 1, "seed": 1})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["details"]["constraint"] == "targets"
    assert "cannot meet" in body["error"]


def test_no_food_left_for_a_slot_is_422(catalog: None, client: TestClient) -> None:
    # Every food name has a vowel: nothing is left to plan with.
    body = {"days": 1, "disliked_foods": ["a", "e", "i", "o", "u"]}
    response = diet(client, make_user(**PROFILE), body)
    assert response.status_code == 422, response.text
    assert response.json()["details"]["constraint"] == "slot:breakfast"
    assert "breakfast" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"days": 8}, "days"),
        ({"meals_per_day": 0}, "meals_per_day"),
        ({"meals": ["brunch"]}, "meals.0"),
        ({"restrictions": ["paleo"]}, "restrictions.0"),  # "keto" is an alias of low_carb
        ({"repeat_limit": 0}, "repeat_limit"),
        ({"calories": 1000}, "calories"),
        ({"meals": ["lunch"], "meals_per_day": 3}, "meals_per_day"),
    ],
)
def test_bad_overrides_are_400_per_field(
    catalog: None, client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = diet(client, make_user(**PROFILE), body)
    assert response.status_code == 400, response.text
    assert field in response.json()["details"]


def test_anonymous_is_401(client: TestClient) -> None:
    response = client.post("/diet/generate", json={})
    assert response.status_code == 401
    assert set(response.json()) == {"error", "details"}


def test_empty_catalog_is_503(client: TestClient) -> None:
    response = diet(client, make_user(**PROFILE))
    assert response.status_code == 503, response.text
    assert response.json()["details"]["reason"] == "empty catalog"


def test_foods_are_loaded_once_and_reloaded_when_the_catalog_changes(
    catalog: None, transactional_db: None
) -> None:
    settings = make_settings(database_url=django_test_database_url(), catalog_refresh_seconds=0)
    user = make_user(**PROFILE)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        assert diet(client, user, {"days": 1, "seed": 1}).status_code == 200
        assert diet(client, user, {"days": 1, "seed": 2}).status_code == 200
        assert client.app.state.plans.foods.loads == 1
        # A food loses its meal slots: the next plan reads the catalog again without it.
        egg = CatalogFood.objects.get(ndb_no="01123")
        egg.meal_suitability = []
        egg.save()  # as the admin does: updated_at moves, which the stamp notices
        assert diet(client, user, {"days": 1, "seed": 3}).status_code == 200
        assert client.app.state.plans.foods.loads == 2
        foods = client.app.state.plans.foods._foods
    assert "01123" not in {f.id for f in foods}
    assert len(foods) == sum(1 for f in STARTER.values() if f.meals) - 1


def test_the_event_loop_answers_while_a_plan_is_solved(catalog: None, client: TestClient) -> None:
    user = make_user(**{**PROFILE, "goals": ["gain_weight"], "activity_level": "active"})
    result: dict[str, Any] = {}

    def solve() -> None:
        result["response"] = diet(client, user, {"seed": 11})

    solver = threading.Thread(target=solve)
    solver.start()
    answered_while_solving = 0
    while solver.is_alive():
        assert client.get("/health").status_code == 200
        answered_while_solving += solver.is_alive()
    solver.join()
    assert result["response"].status_code == 200
    assert answered_while_solving > 0


# --- workout ---------------------------------------------------------------------------------


def workout(client: TestClient, user: User, body: dict[str, Any] | None = None) -> Any:
    return client.post("/workout/generate", json=body, headers=auth(user))


def test_workout_defaults_come_from_the_profile(catalog: None, client: TestClient) -> None:
    response = workout(client, make_user(**PROFILE))
    assert response.status_code == 200, response.text
    plan = response.json()["workout"]
    assert document_errors(WORKOUT_SCHEMA, plan, "workout") == []
    assert plan["goal"] == "weight_loss"  # lose_weight
    assert plan["difficulty"] == "beginner"
    assert len(plan["training_days"]) == 3  # moderate activity
    assert len(plan["rest_days"]) == 4
    assert set(plan["inputs"]["from_profile"]) == {
        "goal", "experience", "days_per_week", "minutes_per_session", "body_weight_kg",
    }  # fmt: skip
    assert plan["narrative"]["status"] == "off"


def test_workout_overrides(catalog: None, client: TestClient) -> None:
    body = {
        "goal": "strength",
        "experience": "intermediate",
        "days_per_week": 4,
        "minutes_per_session": 60,
        "equipment": ["dumbbells", "bench"],
        "avoid": ["knees"],
        "preferred_days": ["mon", "tue", "thu", "fri"],
    }
    response = workout(client, make_user(**PROFILE), body)
    assert response.status_code == 200, response.text
    plan = response.json()["workout"]
    assert document_errors(WORKOUT_SCHEMA, plan, "workout") == []
    assert (plan["goal"], plan["difficulty"]) == ("strength", "intermediate")
    assert plan["training_days"] == ["monday", "tuesday", "thursday", "friday"]
    assert plan["rest_days"] == ["wednesday", "saturday", "sunday"]
    for items in plan["weekly_schedule"].values():
        for item in items:
            assert set(item["equipment"]) <= {"dumbbells", "bench"}


def test_workout_without_weight_names_it(catalog: None, client: TestClient) -> None:
    response = workout(client, make_user(gender="male"))
    assert response.status_code == 400, response.text
    assert response.json()["details"]["missing_fields"] == ["weight"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"days_per_week": 7}, "days_per_week"),
        ({"goal": "bulk"}, "goal"),
        ({"equipment": ["spaceship"]}, "equipment"),
        ({"reps": 5}, "reps"),
    ],
)
def test_bad_workout_overrides_are_400(
    catalog: None, client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = workout(client, make_user(**PROFILE), body)
    assert response.status_code == 400, response.text
    assert field in response.json()["details"]


# --- the property grid, sampled, through the API ---------------------------------------

GOAL_WORDS = {"lose": "lose_weight", "maintain": "maintain_weight", "gain": "gain_weight"}


def test_a_sample_of_the_property_grid_through_the_api(catalog: None, client: TestClient) -> None:
    """Every 27th grid person (8 of 216), two days each: a plan keeping every rule, or 422."""
    answered = {200: 0, 422: 0}
    for index, case in list(enumerate(grid()))[::27]:
        p = case.profile
        profile = {
            "gender": p.sex,
            "age": int(p.age_years),
            "height": p.height_cm,
            "weight": p.weight_kg,
            "activity_level": p.activity_level,
            "goals": [GOAL_WORDS[p.goal]],
            "dietary_preferences": list(case.diets),
            "allergies": list(case.allergies),
        }
        response = diet(client, make_user(**profile), {"days": 2, "seed": index})
        answered[response.status_code] = answered.get(response.status_code, 0) + 1
        if response.status_code == 422:
            assert response.json()["details"]["constraint"], response.text
            continue
        assert response.status_code == 200, (str(case), response.text)
        restrictions = case.restrictions
        problems = check_plan(
            response.json()["plan"],
            STARTER,
            targets_from_mapping(profile),
            PlanRequest(days=2, restrictions=restrictions, seed=index),
            diets=set(restrictions.diets),
            allergens=set(restrictions.allergens),
        )
        assert problems == [], str(case)
    assert answered[200] >= 6, answered  # the grid is almost entirely feasible


def test_with_foods_as_eaten_plans_are_made_of_them(transactional_db: None, client) -> None:
    """With the FNDDS catalog loaded, plans use foods as eaten in household portions."""
    from core.catalog.fndds import load_fndds_catalog

    load_starter_catalog()
    load_fndds_catalog()
    fndds = {
        f"catalog:{row['id']}": row
        for row in CatalogFood.objects.filter(data_source="fndds").values(
            "id", "description", "meal_suitability"
        )
    }
    assert sum(1 for row in fndds.values() if row["meal_suitability"]) >= 2500
    user = make_user(**PROFILE)
    response = diet(client, user, {"days": 2, "seed": 3, "include": ["organ_meats"]})
    assert response.status_code == 200, response.text
    plan = response.json()["plan"]
    assert document_errors(DIET_PLAN_SCHEMA, plan, "plan") == []
    for meals in plan["weekly_plan"].values():
        for meal in meals:
            for item in meal["items"]:
                assert item["food_id"] in fndds, item["food"]  # no starter ingredients
                assert item["household"]["amount"] * 2 == int(item["household"]["amount"] * 2)
            if meal["meal"] in ("lunch", "dinner"):
                assert meal["nutrients"]["protein"] >= 15.0
    assert plan["inputs"]["request"]["allow_flags"] == ["organ"]
