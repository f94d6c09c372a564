"""The admin keeps the same rules as the API: schema validation and one active plan."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from core.accounts.models import User
from core.api.testing import make_user
from core.foodlog.models import FoodEntry
from core.plans.models import DietPlan, Workout
from core.plans.tests.samples import DIET_PLAN, WORKOUT

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client() -> Client:
    client = Client()
    client.force_login(make_user(is_staff=True, is_superuser=True))
    return client


def test_changelists_render(admin_client: Client, user: User) -> None:
    DietPlan.objects.create(user=user, plan=DIET_PLAN, is_active=True)
    Workout.objects.create(user=user, workout=WORKOUT)
    FoodEntry.objects.create(user=user, name="Apple", calories=95)
    for url in ("/admin/plans/dietplan/", "/admin/plans/workout/", "/admin/foodlog/foodentry/"):
        assert admin_client.get(url).status_code == 200, url


def test_admin_add_validates_and_keeps_one_active(admin_client: Client, user: User) -> None:
    old = DietPlan.objects.create(user=user, plan={}, is_active=True)
    form = {"user": user.pk, "is_active": "on"}
    bad = admin_client.post(
        "/admin/plans/dietplan/add/", {**form, "plan": json.dumps({"daily_calorie_target": 1})}
    )
    assert bad.status_code == 200  # the form again, with the error
    assert "plan.daily_calorie_target" in bad.content.decode()
    assert DietPlan.objects.count() == 1
    good = admin_client.post("/admin/plans/dietplan/add/", {**form, "plan": json.dumps(DIET_PLAN)})
    assert good.status_code == 302
    new = DietPlan.objects.exclude(pk=old.pk).get()
    assert list(DietPlan.objects.filter(is_active=True).values_list("pk", flat=True)) == [new.pk]


def test_admin_food_form_checks_nutrients(admin_client: Client, user: User) -> None:
    response = admin_client.post(
        "/admin/foodlog/foodentry/add/",
        {
            "user": user.pk,
            "name": "Soup",
            "calories": 100,
            "nutrients": json.dumps({"protein": -1}),
            "meal": "",
            "logged_at_0": "2025-03-01",
            "logged_at_1": "12:00:00",
        },
    )
    assert response.status_code == 200
    assert "protein: Must not be negative." in response.content.decode()
    assert not FoodEntry.objects.exists()
