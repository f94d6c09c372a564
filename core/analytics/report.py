"""The analytics report: a handful of aggregate queries, then pure arithmetic.

The database groups and sums; Python only ever sees one row per local day, one row of
totals, the period's weighings and the active diet plan's document (for today's target).
Food rows are never loaded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate

from core.accounts.models import User
from core.analytics import calculations as calc
from core.api.errors import ServiceUnavailable
from core.foodlog.localdays import user_zone
from core.foodlog.models import FoodEntry, Meal
from core.plans.models import DietPlan
from core.weight.models import WeightEntry
from domain.nutrients import NUTRIENT_KEYS

UNSPECIFIED_MEAL = "unspecified"  # entries logged without a meal


def _totals_aggregates() -> dict[str, Any]:
    """One SELECT's worth of sums: calories, entry count, every nutrient, every meal."""
    aggregates: dict[str, Any] = {
        "total_calories": Sum("calories"),
        "total_entries": Count("id"),
    }
    for key in NUTRIENT_KEYS:
        # The stored column derived from the JSON; a missing key is NULL, which SUM skips.
        aggregates[f"nutrient__{key}"] = Sum(f"nutrient_{key}")
    for meal in Meal.values:
        aggregates[f"meal__{meal}"] = Sum("calories", filter=Q(meal=meal))
    aggregates[f"meal__{UNSPECIFIED_MEAL}"] = Sum("calories", filter=Q(meal=""))
    return aggregates


def profile_mapping(user: User) -> dict[str, Any]:
    """The user's health profile with the API's field names (what ``domain`` reads)."""
    return {
        "gender": user.gender,
        "age": user.age,
        "height": user.height,
        "weight": user.weight,
        "body_fat_percent": user.body_fat_percent,
        "activity_level": user.activity_level,
        "goals": user.goals if isinstance(user.goals, list) else [],
        "dietary_preferences": (
            user.dietary_preferences if isinstance(user.dietary_preferences, list) else []
        ),
    }


def build_report(user: User, days: int, now: datetime) -> dict[str, Any]:
    """Everything ``GET /analytics/?days=N`` returns, for ``user`` at instant ``now``."""
    zone = user_zone(user)
    period = calc.period_ending_today(days, zone, now)
    # Range on the raw column so the (user_id, logged_at) index bounds the scan.
    foods = FoodEntry.objects.filter(
        user=user, logged_at__gte=period.start, logged_at__lt=period.end
    ).order_by()

    # Query 1: calories and entry count per local day.
    per_day = list(
        foods.annotate(day=TruncDate("logged_at", tzinfo=zone))
        .values("day")
        .annotate(calories=Sum("calories"), entries=Count("id"))
        .order_by("day")
        .values_list("day", "calories", "entries")
    )
    if any(day is None for day, _, _ in per_day):
        # MySQL/MariaDB's CONVERT_TZ answers NULL for a zone it has no tables for; zeros
        # would be a silent lie, so say what is wrong (mysql_tzinfo_to_sql loads them).
        raise ServiceUnavailable(
            "The database cannot convert to this time zone; its time-zone tables are not loaded."
        )
    # Query 2: period totals (calories, nutrients, meals) in one aggregate.
    totals = foods.aggregate(**_totals_aggregates())
    # Query 3: the period's weighings (a few per week, not thousands).
    weighings = list(
        WeightEntry.objects.filter(
            user=user, measured_at__gte=period.start, measured_at__lt=period.end
        )
        .order_by("measured_at", "id")
        .values_list("measured_at", "weight")
    )

    total_calories = totals["total_calories"] or 0.0
    logged_days = [float(calories or 0.0) for _, calories, entries in per_day if entries]
    days_logged = len(logged_days)
    nutrients = {key: float(totals[f"nutrient__{key}"] or 0.0) for key in NUTRIENT_KEYS}
    # Query 4: the active diet plan, whose targets are today's target when there is one
    # (domain.daily_target: the same definition the assistant and restaurants use).
    plan = (
        DietPlan.objects.filter(user=user, is_active=True)
        .order_by("-created_at", "-id")
        .values_list("plan", flat=True)
        .first()
    )
    targets = calc.daily_target(profile_mapping(user), plan)

    return {
        "period_days": period.days,
        "start_date": period.start_date.isoformat(),
        "end_date": period.end_date.isoformat(),
        "time_zone": str(zone),
        "total_calories": round(total_calories, 1),
        "average_calories_per_day": round(total_calories / days_logged, 1) if days_logged else 0.0,
        "days_logged": days_logged,
        "total_food_entries": totals["total_entries"],
        "total_nutrients": {key: round(value, 2) for key, value in nutrients.items()},
        "daily_calories": calc.zero_filled_days(period, per_day),
        "by_meal": {
            meal: round(totals[f"meal__{meal}"] or 0.0, 1)
            for meal in [*Meal.values, UNSPECIFIED_MEAL]
        },
        "macro_split": calc.macro_split(nutrients),
        "targets": targets,
        "adherence": calc.adherence(logged_days, targets["daily_calories"]),
        "weight_trend": calc.weight_trend(weighings),
    }
