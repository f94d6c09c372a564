"""Pure computations behind the analytics report (no Django, no database).

The database does the heavy lifting (sums per local day); these functions turn its few
rows into the reported figures: the period's bounds, zero-filled days, the macro split,
the daily target (``domain.daily_target``, the one the assistant and restaurant scoring
use too), adherence and the weight trend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.daily_target import DailyTarget, profile_targets
from domain.daily_target import daily_target as shared_daily_target
from domain.targets import MissingProfileFields

ADHERENCE_TOLERANCE = 0.10  # a day "on target" is within +-10% of the daily target
KCAL_PER_GRAM = {"protein": 4.0, "carbs": 4.0, "fats": 9.0}  # Atwater general factors


@dataclass(frozen=True)
class Period:
    """``days`` whole local days ending today, and the instants that bound them."""

    days: int
    start_date: date
    end_date: date
    start: datetime  # aware: local midnight opening start_date
    end: datetime  # aware, exclusive: local midnight after end_date

    def dates(self) -> list[date]:
        """Every local date of the period, oldest first."""
        return [self.start_date + timedelta(days=i) for i in range(self.days)]


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The instant a local day begins (zoneinfo resolves DST gaps and folds)."""
    return datetime.combine(day, time.min, tzinfo=zone)


def period_ending_today(days: int, zone: ZoneInfo, now: datetime) -> Period:
    """The last ``days`` local days, today (in ``zone``) included."""
    end_date = now.astimezone(zone).date()
    start_date = end_date - timedelta(days=days - 1)
    return Period(
        days=days,
        start_date=start_date,
        end_date=end_date,
        start=local_midnight(start_date, zone),
        end=local_midnight(end_date + timedelta(days=1), zone),
    )


def zero_filled_days(
    period: Period, rows: Iterable[tuple[date, float, int]]
) -> list[dict[str, object]]:
    """One ``{date, calories, entries}`` per day of the period, zeros where nothing was
    logged. ``rows`` are (local date, calories, entry count) from the database."""
    by_day = {day: (calories, entries) for day, calories, entries in rows}
    return [
        {
            "date": day.isoformat(),
            "calories": round(by_day.get(day, (0.0, 0))[0] or 0.0, 1),
            "entries": by_day.get(day, (0.0, 0))[1],
        }
        for day in period.dates()
    ]


def macro_split(grams: Mapping[str, float]) -> dict[str, object] | None:
    """Percent of macronutrient energy from protein, carbs and fats.

    An estimate: it uses the general 4/4/9 kcal per gram factors, which is not how the
    logged calories were obtained, so it is a share of macro energy, not of total_calories.
    None when no macronutrient grams were logged.
    """
    energy = {key: grams.get(key, 0.0) * factor for key, factor in KCAL_PER_GRAM.items()}
    total = sum(energy.values())
    if total <= 0:
        return None
    split: dict[str, object] = {
        f"{key}_percent": round(100.0 * kcal / total, 1) for key, kcal in energy.items()
    }
    split["estimated_macro_calories"] = round(total, 1)
    split["method"] = "estimate: 4 kcal/g protein, 4 kcal/g carbs, 9 kcal/g fats"
    return split


def daily_target(
    profile: Mapping[str, Any], active_diet_plan: Mapping[str, Any] | None
) -> dict[str, object]:
    """The report's ``targets``: today's target from ``domain.daily_target``.

    The active diet plan's targets when there is one, otherwise the profile's
    goal-adjusted targets (not maintenance energy: a person losing weight is judged
    against the deficit they are following). Keys: ``daily_calories`` (None without a
    target), ``source`` ("diet plan" | "profile" | None), the macros, fiber, sodium and
    saturated fat ceilings, and, when the profile gives them, ``bmr``, ``tdee``,
    ``activity_factor`` and ``method``. ``missing_profile_fields`` and
    ``invalid_profile_fields`` say what keeps the profile from giving targets.
    """
    target: DailyTarget | None = shared_daily_target(profile, active_diet_plan)
    computed, problem = profile_targets(profile)
    report: dict[str, object] = {
        "daily_calories": None if target is None else round(target.calories),
        "source": None if target is None else target.source,
    }
    if target is not None:
        figures = target.as_dict()
        for key in ("protein", "carbs", "fats", "fiber", "sodium_max", "saturated_fat_max"):
            report[key] = figures[key]
    if computed is not None:  # how the profile's estimate is made, also beside a plan
        report.update(
            bmr=round(computed.bmr_kcal),
            tdee=round(computed.tdee_kcal),
            activity_factor=computed.activity_factor,
        )
    if target is not None:
        report["method"] = (
            "the active diet plan's daily_calorie_target and macros"
            if target.source == "diet plan" or computed is None
            else _method(computed.bmr_equation, computed.profile.goal)
        )
    report["missing_profile_fields"] = (
        problem.missing if isinstance(problem, MissingProfileFields) else []
    )
    report["invalid_profile_fields"] = (
        dict(problem.fields)
        if problem is not None and not isinstance(problem, MissingProfileFields)
        else {}
    )
    return report


def _method(equation: str, goal: str) -> str:
    names = {
        "mifflin_st_jeor": "Mifflin-St Jeor BMR",
        "mifflin_st_jeor_sex_neutral": "Mifflin-St Jeor BMR (sex-neutral constant)",
        "katch_mcardle": "Katch-McArdle BMR",
    }
    adjustment = {"lose": "weight loss", "gain": "weight gain"}.get(goal, "maintenance")
    return f"{names.get(equation, equation)} x activity factor, adjusted for {adjustment}"


def adherence(
    logged_day_calories: Sequence[float], target: float | None
) -> dict[str, object] | None:
    """How closely the logged days met the target.

    Only days with at least one entry count (an unlogged day is missing data, not a day of
    fasting). None without a target or without logged days.
    """
    if not target or not logged_day_calories:
        return None
    within = sum(
        1 for kcal in logged_day_calories if abs(kcal - target) <= ADHERENCE_TOLERANCE * target
    )
    days = len(logged_day_calories)
    average = sum(logged_day_calories) / days
    return {
        "target_calories": target,
        "tolerance_percent": round(ADHERENCE_TOLERANCE * 100),
        "days_within_tolerance": within,
        "days_logged": days,
        "adherence_percent": round(100.0 * within / days, 1),
        "average_percent_of_target": round(100.0 * average / target, 1),
    }


def least_squares_slope(points: Sequence[tuple[float, float]]) -> float | None:
    """Slope of the ordinary least-squares line through (x, y); None if x does not vary."""
    n = len(points)
    if n < 2:
        return None
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return sxy / sxx


def weight_trend(measurements: Sequence[tuple[datetime, float]]) -> dict[str, object] | None:
    """Start/end weight, change and a least-squares rate in kg per week.

    ``measurements`` are (measured_at, kg) oldest first. None with fewer than two.
    """
    if len(measurements) < 2:
        return None
    first_at = measurements[0][0]
    points = [((at - first_at).total_seconds() / 86400.0, kg) for at, kg in measurements]
    slope_per_day = least_squares_slope(points)
    start_weight, end_weight = measurements[0][1], measurements[-1][1]
    return {
        "entries": len(measurements),
        "start_weight": round(start_weight, 2),
        "end_weight": round(end_weight, 2),
        "change_kg": round(end_weight - start_weight, 2),
        "kg_per_week": None if slope_per_day is None else round(slope_per_day * 7.0, 3),
        "first_measured_at": measurements[0][0].isoformat(),
        "last_measured_at": measurements[-1][0].isoformat(),
    }
