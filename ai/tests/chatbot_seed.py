"""Seeding the labelled set's users into the real test database (Django ORM)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from core.accounts.models import User
from core.api.testing import make_user
from core.foodlog.models import FoodEntry
from core.plans.activation import save_plan
from core.plans.models import DietPlan, Workout
from domain.assistant.labelled import noon_zone, seeded_times


def seed_user(
    part: dict[str, Any], now: datetime, *, consent: bool = False, plans: dict | None = None
) -> User:
    """A user with ``part``'s profile and log (and the seed's plans when given)."""
    zone = noon_zone(now)
    user = make_user(
        **part["profile"],
        timezone=zone,
        ai_data_sharing_consented_at=timezone.now() if consent else None,
    )
    times = seeded_times(part["log"], ZoneInfo(zone), now)
    FoodEntry.objects.bulk_create(
        FoodEntry(
            user=user,
            name=entry["name"],
            calories=entry["calories"],
            nutrients=entry["nutrients"],
            meal=entry["meal"],
            logged_at=at,
        )
        for entry, at in zip(part["log"], times, strict=True)
    )
    if plans:
        save_plan(DietPlan(user=user, plan=plans["diet_plan"], is_active=True))
        save_plan(Workout(user=user, workout=plans["workout"], is_active=True))
        # An older inactive plan must never be read as the active one.
        DietPlan.objects.create(user=user, plan={"daily_calorie_target": 3333}, is_active=False)
    return user
