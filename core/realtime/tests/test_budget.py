"""``budget.updated``: today's intake and the remaining targets, published after commit."""

from __future__ import annotations

from unittest import mock

import pytest
from django.utils import timezone

from core.accounts.models import User
from core.analytics.report import build_report
from core.foodlog.models import FoodEntry
from core.realtime.budget import BUDGET_UPDATED, today_budget

pytestmark = pytest.mark.django_db

PROFILE = {"age": 36, "gender": "female", "height": 170, "weight": 65,
           "activity_level": "moderate", "timezone": "Europe/London"}  # fmt: skip


def test_todays_intake_and_what_is_left(user: User) -> None:
    User.objects.filter(pk=user.pk).update(**PROFILE)
    user.refresh_from_db()
    FoodEntry.objects.create(user=user, name="banana", calories=105,
                             nutrients={"carbs": 27, "protein": 1.3, "sodium": 1})  # fmt: skip
    budget = today_budget(user)
    targets = build_report(user, 1, timezone.now())["targets"]
    assert budget["intake"]["calories"] == 105 and budget["intake"]["entries"] == 1
    assert budget["targets"]["calories"] == targets["daily_calories"]
    assert budget["remaining"]["calories"] == round(targets["daily_calories"] - 105, 1)
    assert budget["remaining"]["sodium"] == round(targets["sodium_max"] - 1, 1)
    assert budget["time_zone"] == "Europe/London"


def test_without_a_profile_there_is_no_target(user: User) -> None:
    User.objects.filter(pk=user.pk).update(age=None, height=None, weight=None)
    user.refresh_from_db()
    budget = today_budget(user)
    assert budget["targets"] is None and set(budget["remaining"].values()) == {None}


def test_each_food_log_write_publishes_once_after_commit(
    user: User,
    auth_client,
    django_capture_on_commit_callbacks,  # noqa: ANN001
) -> None:
    with mock.patch("core.realtime.budget.publish_user_event") as publish:
        with django_capture_on_commit_callbacks(execute=True):
            created = auth_client.post("/api/v1/foods/", {"name": "apple", "calories": 95})
        with django_capture_on_commit_callbacks(execute=True):
            auth_client.patch(f"/api/v1/foods/{created.data['id']}/", {"calories": 90})
        with django_capture_on_commit_callbacks(execute=True):
            auth_client.delete(f"/api/v1/foods/{created.data['id']}/")
        with django_capture_on_commit_callbacks(execute=True):  # a refused write: nothing
            auth_client.post("/api/v1/foods/", {"name": "", "calories": -1})
    calories = [call.args[2]["intake"]["calories"] for call in publish.call_args_list]
    assert [call.args[:2] for call in publish.call_args_list] == [(user.pk, BUDGET_UPDATED)] * 3
    assert calories == [95, 90, 0]
