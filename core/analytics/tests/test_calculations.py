"""The pure arithmetic of the report, checked on hand-worked cases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from core.analytics import calculations as calc


def test_period_bounds_follow_the_local_calendar_across_dst() -> None:
    # 2024-03-10 is the spring-forward day in Los Angeles: a 23-hour local day.
    la = ZoneInfo("America/Los_Angeles")
    period = calc.period_ending_today(2, la, datetime(2024, 3, 11, 6, 59, tzinfo=UTC))
    # 06:59Z on 03-11 is 23:59 PDT on 03-10: today is 03-10.
    assert (period.start_date, period.end_date) == (date(2024, 3, 9), date(2024, 3, 10))
    assert period.start.astimezone(UTC) == datetime(2024, 3, 9, 8, 0, tzinfo=UTC)  # PST
    assert period.end.astimezone(UTC) == datetime(2024, 3, 11, 7, 0, tzinfo=UTC)  # PDT
    assert period.dates() == [date(2024, 3, 9), date(2024, 3, 10)]


def test_zero_filled_days() -> None:
    period = calc.period_ending_today(3, ZoneInfo("UTC"), datetime(2024, 1, 3, tzinfo=UTC))
    rows = [(date(2024, 1, 2), 123.45, 2)]
    assert calc.zero_filled_days(period, rows) == [
        {"date": "2024-01-01", "calories": 0.0, "entries": 0},
        {"date": "2024-01-02", "calories": 123.5, "entries": 2},
        {"date": "2024-01-03", "calories": 0.0, "entries": 0},
    ]


def test_adherence_tolerance_is_inclusive() -> None:
    # Target 2000: 1800 and 2200 sit exactly on the +-10% edges, 1799 and 2201 just off.
    result = calc.adherence([1800.0, 2200.0, 1799.0, 2201.0], 2000)
    assert result is not None
    assert result["days_within_tolerance"] == 2
    assert result["adherence_percent"] == 50.0
    assert result["average_percent_of_target"] == 100.0  # 8000 / 4 = 2000
    assert calc.adherence([], 2000) is None
    assert calc.adherence([1500.0], None) is None


def test_macro_split_without_macros_is_none() -> None:
    assert calc.macro_split({"fiber": 10.0}) is None
    split = calc.macro_split({"protein": 25.0, "carbs": 25.0, "fats": 0.0})
    assert split is not None
    assert (split["protein_percent"], split["carbs_percent"], split["fats_percent"]) == (
        50.0,
        50.0,
        0.0,
    )


FEMALE = {"gender": "female", "age": 40, "height": 165, "weight": 60, "activity_level": "light"}


def test_female_target() -> None:
    # The report's target is domain.daily_target's (the old maintenance-only helper is
    # gone). No goal means maintenance:
    # 10 x 60 + 6.25 x 165 - 5 x 40 - 161 = 1270.25; x 1.375 = 1746.59 -> 1747.
    target = calc.daily_target(FEMALE, None)
    assert (target["daily_calories"], target["bmr"], target["source"]) == (1747, 1270, "profile")


def test_target_follows_the_goal_and_the_active_plan() -> None:
    # Losing weight: TDEE 1746.59 - 25 % cap (436.65) = 1309.94 -> 1310 (above the
    # 1,200 kcal floor), not the maintenance figure analytics used to report.
    losing = calc.daily_target({**FEMALE, "goals": ["lose_weight"]}, None)
    assert losing["daily_calories"] == 1310
    plan = {"daily_calorie_target": 1500, "macros": {"protein_grams": 90}}
    followed = calc.daily_target({**FEMALE, "goals": ["lose_weight"]}, plan)
    assert (followed["daily_calories"], followed["source"], followed["protein"]) == (
        1500,
        "diet plan",
        90.0,
    )
    assert followed["bmr"] == 1270  # the profile's estimate is still shown beside it


def test_regression_slope() -> None:
    # y = 2x + 1 exactly.
    assert calc.least_squares_slope([(0, 1), (1, 3), (3, 7)]) == 2.0
    # Two weighings at the same instant: no slope, but still a change.
    when = datetime(2024, 1, 1, tzinfo=UTC)
    trend = calc.weight_trend([(when, 80.0), (when, 79.5)])
    assert trend is not None
    assert trend["kg_per_week"] is None and trend["change_kg"] == -0.5
