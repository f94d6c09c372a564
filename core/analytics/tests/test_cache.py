"""Cached reports: served without the food log queries, forgotten when the data changes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import override_settings

from core.accounts.models import User
from core.analytics import cache as report_cache
from core.api.testing import client_for, make_user
from core.foodlog.models import FoodEntry
from core.plans.models import DietPlan
from core.weight.models import WeightEntry

URL = "/api/v1/analytics/?days=7"

pytestmark = pytest.mark.django_db


def report(user: User) -> dict[str, Any]:
    response = client_for(user).get(URL)
    assert response.status_code == 200, response.content
    return response.json()


def log(user: User, calories: float) -> FoodEntry:
    return FoodEntry.objects.create(user=user, name="food", calories=calories)


def test_a_repeated_report_reads_only_the_token_user(
    user: User, django_assert_num_queries: Any
) -> None:
    log(user, 500)
    assert report(user)["total_calories"] == 500.0
    client = client_for(user)
    with django_assert_num_queries(1):  # the token's user; the report comes from the cache
        assert client.get(URL).json()["total_calories"] == 500.0


def test_logging_through_the_api_shows_at_once(user: User) -> None:
    assert report(user)["total_food_entries"] == 0
    created = client_for(user).post(
        "/api/v1/foods/", {"name": "Apple", "calories": 95}, format="json"
    )
    assert created.status_code == 201, created.content
    assert report(user)["total_calories"] == 95.0
    deleted = client_for(user).delete(f"/api/v1/foods/{created.json()['id']}/")
    assert deleted.status_code == 204
    assert report(user)["total_food_entries"] == 0


def test_every_source_of_the_report_invalidates_it(user: User) -> None:
    entry = log(user, 100)
    assert report(user)["total_calories"] == 100.0
    entry.calories = 250
    entry.save()
    assert report(user)["total_calories"] == 250.0
    WeightEntry.objects.create(user=user, weight=80, measured_at=datetime.now(UTC))
    WeightEntry.objects.create(user=user, weight=79, measured_at=datetime.now(UTC))
    assert report(user)["weight_trend"]["entries"] == 2
    plan = {"daily_calorie_target": 1900, "macros": {}}
    DietPlan.objects.create(user=user, plan=plan, is_active=True)
    assert report(user)["targets"]["daily_calories"] == 1900
    DietPlan.objects.filter(user=user).get().delete()
    assert report(user)["targets"]["source"] != "diet plan"
    user.timezone = "Asia/Tokyo"
    user.save()
    assert report(user)["time_zone"] == "Asia/Tokyo"


def test_another_users_writes_keep_this_users_report(user: User, other_user: User) -> None:
    log(user, 100)
    report(user)
    calls: list[int] = []
    original = report_cache._new_version
    report_cache._new_version = lambda user_id: (calls.append(user_id), original(user_id))
    try:
        log(other_user, 300)
    finally:
        report_cache._new_version = original
    assert set(calls) == {other_user.pk}
    assert report(user)["total_calories"] == 100.0


def test_a_login_does_not_forget_the_report(user: User, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(report_cache, "_new_version", calls.append)
    user.save(update_fields=["last_login"])
    assert calls == []


def test_deleting_a_user_changes_one_version_not_one_per_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = make_user()
    FoodEntry.objects.bulk_create(FoodEntry(user=user, name="x", calories=1) for _ in range(50))
    user_id, calls = user.pk, []
    monkeypatch.setattr(report_cache, "_new_version", calls.append)
    user.delete()
    assert calls == [user_id]  # the user's own post_delete; the 50 cascaded rows add none


@override_settings(ANALYTICS_CACHE_SECONDS=0)
def test_caching_can_be_turned_off(user: User) -> None:
    log(user, 500)
    report(user)
    FoodEntry.objects.filter(user=user).update(calories=700)  # no signal: only 0 s sees it
    assert report(user)["total_calories"] == 700.0
