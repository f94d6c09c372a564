"""Plan generation through both services: client -> core -> gateway -> AI service (profile
from the shared database, MILP planner over the catalog tables, workout programmer) ->
core saves the plan as the active one. Saved rows are checked in the database itself."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
import pytest

from e2e.harness import ROOT, Account, Stack

pytestmark = pytest.mark.e2e

PROFILE = {
    "gender": "male",
    "age": 41,
    "height": 178,
    "weight": 82,
    "activity_level": "light",
    "goals": ["lose_weight"],
    "dietary_preferences": ["vegetarian"],
    "allergies": ["peanuts"],
}


@pytest.fixture(scope="module")
def catalog(e2e_stack: Stack) -> Stack:
    """The starter catalog loaded into the harness database (as ``make demo`` does)."""
    env = {**e2e_stack.core.env, "DATABASE_URL": e2e_stack.database.url}
    done = subprocess.run(
        [sys.executable, "manage.py", "load_starter_catalog"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return e2e_stack


def with_profile(stack: Stack, **fields: Any) -> Account:
    """A registered user whose profile holds ``fields``."""
    account = stack.register()
    response = stack.http.patch(
        f"{stack.core_url}/api/v1/profile/", json=fields, headers=account.auth
    )
    assert response.status_code == 200, response.text
    return account


def plan_rows(stack: Stack, table: str, user_id: int) -> list[tuple[int, bool]]:
    """``(id, is_active)`` of the user's rows in ``table``, read from the database."""
    query = f"SELECT id, is_active FROM {table} WHERE user_id = %s ORDER BY id"  # noqa: S608
    url = stack.database.url
    if stack.database.is_mysql:
        import MySQLdb

        params = dj_database_url.parse(url)
        conn = MySQLdb.connect(
            host=params["HOST"] or "127.0.0.1",
            port=int(params["PORT"] or 3306),
            user=params["USER"] or "root",
            password=params["PASSWORD"] or "",
            database=params["NAME"],
        )
    else:
        conn = sqlite3.connect(urlsplit(url).path)
        query = query.replace("%s", "?")
    try:
        cursor = conn.cursor()
        cursor.execute(query, (user_id,))
        return [(int(pk), bool(active)) for pk, active in cursor.fetchall()]
    finally:
        conn.close()


def test_diet_plan_is_generated_and_replaces_the_active_one(catalog: Stack) -> None:
    user = with_profile(catalog, **PROFILE)
    url = f"{catalog.core_url}/api/diet/generate/"
    first = catalog.http.post(url, json={"days": 2, "seed": 1}, headers=user.auth)
    assert first.status_code == 201, first.text
    second = catalog.http.post(
        url, json={"days": 2, "seed": 2, "meals_per_day": 3}, headers=user.auth
    )
    assert second.status_code == 201, second.text
    saved = second.json()
    assert saved["is_active"] is True and saved["user"] == user.id
    plan = saved["plan"]
    assert list(plan["weekly_plan"]) == ["monday", "tuesday"]
    assert [m["meal"] for m in plan["weekly_plan"]["monday"]] == ["breakfast", "lunch", "dinner"]
    for totals in plan["daily_totals"].values():
        deviation = totals["deviation_percent"]
        assert abs(deviation["calories"]) <= 3
        assert all(abs(deviation[k]) <= 10 for k in ("protein", "carbs", "fats"))
    assert plan["inputs"]["request"]["restrictions"]["diets"] == ["vegetarian"]
    # vegetarian also excludes fish and shellfish (domain.diet), whatever the tags say
    assert plan["inputs"]["request"]["restrictions"]["allergens"] == [
        "fish",
        "peanuts",
        "shellfish",
    ]
    assert plan["narrative"]["status"] == "off"  # no OpenAI key in the harness
    # In the database: the first plan deactivated, the second the only active one.
    assert plan_rows(catalog, "diet_plans", user.id) == [
        (first.json()["id"], False),
        (saved["id"], True),
    ]
    listed = catalog.http.get(f"{catalog.core_url}/api/diet-plans/", headers=user.auth).json()
    assert listed["results"][0]["plan"] == plan


def test_workout_is_generated_and_replaces_the_active_one(catalog: Stack) -> None:
    user = with_profile(catalog, **PROFILE)
    url = f"{catalog.core_url}/api/v1/workout/generate/"
    first = catalog.http.post(url, json={}, headers=user.auth)
    assert first.status_code == 201, first.text
    second = catalog.http.post(
        url, json={"goal": "strength", "days_per_week": 4, "equipment": ["gym"]}, headers=user.auth
    )
    assert second.status_code == 201, second.text
    workout = second.json()["workout"]
    assert workout["difficulty"] == "beginner" and workout["goal"] == "strength"
    assert len(workout["training_days"]) == 4 and len(workout["rest_days"]) == 3
    assert plan_rows(catalog, "workouts", user.id) == [
        (first.json()["id"], False),
        (second.json()["id"], True),
    ]


def test_incomplete_profile_and_infeasible_requests(catalog: Stack, account: Account) -> None:
    url = f"{catalog.core_url}/api/diet/generate/"
    missing = catalog.http.post(url, json={}, headers=account.auth)
    assert missing.status_code == 400, missing.text
    assert missing.json()["details"]["missing_fields"] == [
        "activity_level", "age", "gender", "height", "weight",
    ]  # fmt: skip
    user = with_profile(catalog, **PROFILE)
    infeasible = catalog.http.post(
        url, json={"meals": ["snack"], "days": 1, "seed": 1}, headers=user.auth
    )
    assert infeasible.status_code == 422, infeasible.text
    assert infeasible.json()["details"]["constraint"] == "targets"
    assert "cannot meet" in infeasible.json()["error"]
    assert plan_rows(catalog, "diet_plans", account.id) == []
    assert plan_rows(catalog, "diet_plans", user.id) == []


def test_ai_stopped_is_503_and_nothing_is_saved(ai_stopped: Stack, account: Account) -> None:
    for path, table in (("diet/generate/", "diet_plans"), ("workout/generate/", "workouts")):
        response = ai_stopped.http.post(
            f"{ai_stopped.core_url}/api/{path}", json={}, headers=account.auth
        )
        assert response.status_code == 503, response.text
        assert set(response.json()) == {"error", "details"}
        assert plan_rows(ai_stopped, table, account.id) == []
