"""At most one active plan of each kind per user, checked in the database."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.accounts.models import User
from core.plans.activation import save_plan
from core.plans.models import DietPlan, Workout
from core.plans.services import save_generated_plan
from core.plans.tests.samples import DIET_PLAN, WORKOUT

pytestmark = pytest.mark.django_db

DIET_PLANS = "/api/v1/diet-plans/"
WORKOUTS = "/api/v1/workouts/"


def _active(model, user: User) -> list[int]:
    return list(model.objects.filter(user=user, is_active=True).values_list("pk", flat=True))


def test_creating_an_active_plan_deactivates_the_previous_one(auth_client, user: User) -> None:
    a = auth_client.post(DIET_PLANS, {"plan": DIET_PLAN, "is_active": True}, format="json").json()
    b = auth_client.post(DIET_PLANS, {"plan": DIET_PLAN, "is_active": True}, format="json").json()
    assert _active(DietPlan, user) == [b["id"]]
    assert DietPlan.objects.get(pk=a["id"]).is_active is False


def test_activating_by_update_switches_the_active_plan(auth_client, user: User) -> None:
    a = DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=True)
    b = DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=False)
    response = auth_client.patch(f"{DIET_PLANS}{b.pk}/", {"is_active": True}, format="json")
    assert response.status_code == 200 and response.json()["is_active"] is True
    assert _active(DietPlan, user) == [b.pk]
    a.refresh_from_db()
    assert a.is_active is False
    # PUT counts as well.
    put = auth_client.put(f"{DIET_PLANS}{a.pk}/", {"plan": {}, "is_active": True}, format="json")
    assert put.status_code == 200
    assert _active(DietPlan, user) == [a.pk]


def test_inactive_saves_and_deactivation_leave_others_alone(auth_client, user: User) -> None:
    a = DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=True)
    created = auth_client.post(DIET_PLANS, {"plan": {}, "is_active": False}, format="json").json()
    assert _active(DietPlan, user) == [a.pk]
    auth_client.patch(
        f"{DIET_PLANS}{created['id']}/", {"plan": {"daily_calorie_target": 2000}}, format="json"
    )
    assert _active(DietPlan, user) == [a.pk]
    auth_client.patch(f"{DIET_PLANS}{a.pk}/", {"is_active": False}, format="json")
    assert _active(DietPlan, user) == []


def test_kinds_and_users_are_independent(auth_client, user: User, other_user: User) -> None:
    diet = DietPlan.objects.create(user=user, plan={}, is_active=True)
    theirs = Workout.objects.create(user=other_user, workout={}, is_active=True)
    workout = auth_client.post(WORKOUTS, {"workout": WORKOUT}, format="json").json()
    assert _active(DietPlan, user) == [diet.pk]
    assert _active(Workout, user) == [workout["id"]]
    assert _active(Workout, other_user) == [theirs.pk]


def test_invalid_activation_changes_nothing(auth_client, user: User) -> None:
    a = DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=True)
    b = DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=False)
    before = list(DietPlan.objects.order_by("pk").values())
    bad = {"plan": {"daily_calorie_target": 50}, "is_active": True}
    assert auth_client.patch(f"{DIET_PLANS}{b.pk}/", bad, format="json").status_code == 400
    assert auth_client.post(DIET_PLANS, bad, format="json").status_code == 400
    assert list(DietPlan.objects.order_by("pk").values()) == before
    assert _active(DietPlan, user) == [a.pk]


def test_save_plan_locks_the_owner_row() -> None:
    if not connection.features.has_select_for_update:
        pytest.skip("SQLite has no row locks; it serialises writing transactions instead")
    from core.api.testing import make_user

    user = make_user()
    with CaptureQueriesContext(connection) as queries:
        save_plan(DietPlan(user=user, plan={}, is_active=True))
    sql = [q["sql"] for q in queries.captured_queries]
    lock = next(i for i, s in enumerate(sql) if "FOR UPDATE" in s and "users" in s)
    update = next(i for i, s in enumerate(sql) if s.startswith("UPDATE") and "diet_plans" in s)
    assert lock < update


def test_save_generated_plan_stores_the_active_plan(user: User) -> None:
    old = DietPlan.objects.create(user=user, plan={}, is_active=True)
    plan = save_generated_plan(user, "diet", DIET_PLAN)
    assert isinstance(plan, DietPlan) and plan.user_id == user.pk
    assert _active(DietPlan, user) == [plan.pk]
    old.refresh_from_db()
    assert old.is_active is False
    assert DietPlan.objects.get(pk=plan.pk).plan == DIET_PLAN
    workout = save_generated_plan(user, "workout", WORKOUT)
    assert _active(Workout, user) == [workout.pk]
    assert _active(DietPlan, user) == [plan.pk]


@pytest.mark.parametrize(
    "payload",
    [
        {"daily_calorie_target": 20000},
        {"daily_calorie_target": float("nan")},
        {"macros": {"fats_grams": float("inf")}},
    ],
)
def test_save_generated_plan_refuses_invalid_documents(user: User, payload) -> None:
    old = DietPlan.objects.create(user=user, plan={}, is_active=True)
    with pytest.raises(ValidationError) as caught:
        save_generated_plan(user, "diet", payload)
    assert list(caught.value.message_dict) == ["plan"]
    assert caught.value.message_dict["plan"][0].startswith("plan.")
    assert list(DietPlan.objects.values_list("pk", "is_active")) == [(old.pk, True)]


def test_save_generated_plan_refuses_an_unknown_kind(user: User) -> None:
    with pytest.raises(ValueError, match="Unknown plan kind"):
        save_generated_plan(user, "meal", {})  # type: ignore[arg-type]
    assert not DietPlan.objects.exists() and not Workout.objects.exists()
