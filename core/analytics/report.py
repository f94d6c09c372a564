"""The analytics report: three queries, then pure arithmetic, cached until data changes.

The database groups and sums in one pass over the food log: one row per local day with
that day's calories, entries, every nutrient and every meal. Period totals are the sums
of those (at most 365) rows, so the log is read once, not once for the days and again
for the totals. Python otherwise sees the period's weighings and the active diet plan's
document (for today's target); food rows are never loaded. Reports are cached per user
and forgotten when any of that user's data changes (``core.analytics.cache``).
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from rest_framework.renderers import JSONRenderer

from core.accounts.models import User
from core.analytics import calculations as calc
from core.analytics.cache import cached_report
from core.api.errors import ServiceUnavailable
from core.foodlog.localdays import user_zone
from core.foodlog.models import FoodEntry, Meal
from core.plans.models import DietPlan
from core.weight.models import WeightEntry
from domain.nutrients import NUTRIENT_KEYS

UNSPECIFIED_MEAL = "unspecified"  # entries logged without a meal


def _day_aggregates() -> dict[str, Any]:
    """One local day's sums: calories, entry count, every nutrient, every meal."""
    aggregates: dict[str, Any] = {"day_calories": Sum("calories"), "day_entries": Count("id")}
    for key in NUTRIENT_KEYS:
        # The stored column derived from the JSON; a missing key is NULL, which SUM skips.
        aggregates[f"nutrient__{key}"] = Sum(f"nutrient_{key}")
    for meal in Meal.values:
        aggregates[f"meal__{meal}"] = Sum("calories", filter=Q(meal=meal))
    aggregates[f"meal__{UNSPECIFIED_MEAL}"] = Sum("calories", filter=Q(meal=""))
    return aggregates


def _total(rows: list[dict[str, Any]], name: str) -> float:
    """A period total from the per-day sums (NULL days count as zero)."""
    return math.fsum(row[name] or 0.0 for row in rows)


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
    variant = f"{period.days}:{period.end_date.isoformat()}:{zone}"
    return cached_report(user.pk, variant, lambda: compute_report(user, zone, period))


def build_report_json(user: User, days: int, now: datetime) -> bytes:
    """``build_report`` rendered as the API's JSON, cached as bytes beside the report.

    A cached answer is then one cache read: no unpickling of a year of daily rows and no
    JSON encoding per request (together about half of a cached answer's time).
    """
    zone = user_zone(user)
    period = calc.period_ending_today(days, zone, now)
    variant = f"json:{period.days}:{period.end_date.isoformat()}:{zone}"
    return cached_report(
        user.pk, variant, lambda: JSONRenderer().render(build_report(user, days, now))
    )


def compute_report(user: User, zone: ZoneInfo, period: calc.Period) -> dict[str, Any]:
    """The report from the database (three queries), uncached."""
    # Range on the raw column so the (user_id, logged_at) index bounds the scan.
    foods = FoodEntry.objects.filter(
        user=user, logged_at__gte=period.start, logged_at__lt=period.end
    ).order_by()

    # Query 1: every sum per local day, in one pass over the log.
    per_day = list(
        foods.annotate(day=TruncDate("logged_at", tzinfo=zone))
        .values("day")
        .annotate(**_day_aggregates())
        .order_by("day")
    )
    if any(row["day"] is None for row in per_day):
        # MySQL/MariaDB's CONVERT_TZ answers NULL for a zone it has no tables for; zeros
        # would be a silent lie, so say what is wrong (mysql_tzinfo_to_sql loads them).
        raise ServiceUnavailable(
            "The database cannot convert to this time zone; its time-zone tables are not loaded."
        )
    # Query 2: the period's weighings (a few per week, not thousands).
    weighings = list(
        WeightEntry.objects.filter(
            user=user, measured_at__gte=period.start, measured_at__lt=period.end
        )
        .order_by("measured_at", "id")
        .values_list("measured_at", "weight")
    )

    total_calories = _total(per_day, "day_calories")
    logged_days = [float(row["day_calories"] or 0.0) for row in per_day if row["day_entries"]]
    days_logged = len(logged_days)
    nutrients = {key: _total(per_day, f"nutrient__{key}") for key in NUTRIENT_KEYS}
    # Query 3: the active diet plan, whose targets are today's target when there is one
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
        "total_food_entries": sum(row["day_entries"] for row in per_day),
        "total_nutrients": {key: round(value, 2) for key, value in nutrients.items()},
        "daily_calories": calc.zero_filled_days(
            period, ((row["day"], row["day_calories"], row["day_entries"]) for row in per_day)
        ),
        "by_meal": {
            meal: round(_total(per_day, f"meal__{meal}"), 1)
            for meal in [*Meal.values, UNSPECIFIED_MEAL]
        },
        "macro_split": calc.macro_split(nutrients),
        "targets": targets,
        "adherence": calc.adherence(logged_days, targets["daily_calories"]),
        "weight_trend": calc.weight_trend(weighings),
    }
