"""GET /analytics/: totals, local-day buckets, targets, adherence and weight trend.

Every expected number below is worked out by hand in the comments. The clock is fixed by
replacing Django's ``timezone.now`` (the library clock the view reads), so "today" is known.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from django.utils import timezone

from core.accounts.models import User
from core.api.testing import client_for, make_user
from core.foodlog.models import FoodEntry
from core.weight.models import WeightEntry
from domain.nutrients import NUTRIENT_KEYS

URL = "/api/v1/analytics/"

pytestmark = pytest.mark.django_db


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def freeze(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    def _freeze(text: str) -> None:
        monkeypatch.setattr(timezone, "now", lambda: at(text))

    return _freeze


def log(user: User, when: str, calories: float, meal: str = "", **nutrients: float) -> FoodEntry:
    return FoodEntry.objects.create(
        user=user, name="food", calories=calories, meal=meal, nutrients=nutrients,
        logged_at=at(when),
    )  # fmt: skip


def report(user: User, query: str = "") -> dict[str, Any]:
    response = client_for(user).get(f"{URL}{query}")
    assert response.status_code == 200, response.content
    return response.json()


def days_with_food(body: dict[str, Any]) -> dict[str, tuple[float, int]]:
    return {
        row["date"]: (row["calories"], row["entries"])
        for row in body["daily_calories"]
        if row["entries"]
    }


# --- totals ------------------------------------------------------------------------------
class TestTotals:
    """now = 2024-05-20 12:00 UTC, days=3: the period is 2024-05-18 .. 2024-05-20 (UTC user).

    Male, 30 y, 180 cm, 80 kg, sedentary: BMR = 800 + 1125 - 150 + 5 = 1780 kcal,
    target = 1780 x 1.2 = 2136 kcal; +-10% is 1922.4 .. 2349.6.
    """

    @pytest.fixture
    def body(self, freeze: Callable[[str], None], other_user: User) -> dict[str, Any]:
        freeze("2024-05-20T12:00:00")
        user = make_user(gender="male", age=30, height=180, weight=80, activity_level="sedentary")
        log(user, "2024-05-18T08:00", 800, "breakfast", protein=10, carbs=60, fats=8, fiber=6)
        log(user, "2024-05-18T13:00", 1200, "lunch", protein=30, carbs=40, fats=20, sodium=800)
        log(user, "2024-05-20T11:00", 1500, "snack", protein=50, carbs=50, fats=40)
        log(user, "2024-05-17T23:59", 1000, "dinner", protein=100)  # the day before: out
        log(user, "2024-05-21T00:00", 999, "dinner")  # tomorrow: out
        log(other_user, "2024-05-19T12:00", 700, "dinner", protein=70)  # never counted
        return report(user, "?days=3")

    def test_period_and_totals(self, body: dict[str, Any]) -> None:
        assert body["period_days"] == 3
        assert (body["start_date"], body["end_date"]) == ("2024-05-18", "2024-05-20")
        assert body["time_zone"] == "UTC"
        assert body["total_calories"] == 3500.0  # 800 + 1200 + 1500
        assert body["total_food_entries"] == 3
        assert body["days_logged"] == 2  # 05-18 and 05-20; 05-19 is empty
        assert body["average_calories_per_day"] == 1750.0  # 3500 / 2 logged days

    def test_zero_filled_days(self, body: dict[str, Any]) -> None:
        assert body["daily_calories"] == [
            {"date": "2024-05-18", "calories": 2000.0, "entries": 2},
            {"date": "2024-05-19", "calories": 0.0, "entries": 0},
            {"date": "2024-05-20", "calories": 1500.0, "entries": 1},
        ]

    def test_nutrients_and_meals(self, body: dict[str, Any]) -> None:
        expected = {key: 0.0 for key in NUTRIENT_KEYS}
        expected.update(protein=90.0, carbs=150.0, fats=68.0, fiber=6.0, sodium=800.0)
        assert body["total_nutrients"] == expected
        assert body["by_meal"] == {
            "breakfast": 800.0, "lunch": 1200.0, "dinner": 0.0, "snack": 1500.0,
            "unspecified": 0.0,
        }  # fmt: skip

    def test_macro_split(self, body: dict[str, Any]) -> None:
        # 90 g x 4 = 360, 150 g x 4 = 600, 68 g x 9 = 612 -> 1572 kcal of macro energy.
        split = body["macro_split"]
        assert split["estimated_macro_calories"] == 1572.0
        assert split["protein_percent"] == 22.9  # 360 / 1572 = 22.90 %
        assert split["carbs_percent"] == 38.2  # 600 / 1572 = 38.17 %
        assert split["fats_percent"] == 38.9  # 612 / 1572 = 38.93 %
        assert "estimate" in split["method"]

    def test_targets_and_adherence(self, body: dict[str, Any]) -> None:
        assert body["targets"]["daily_calories"] == 2136
        assert body["targets"]["bmr"] == 1780
        assert body["targets"]["missing_profile_fields"] == []
        # 2000 kcal is within 1922.4..2349.6, 1500 is not: 1 of 2 logged days.
        # Average 1750 / 2136 = 81.93 % of target.
        assert body["adherence"] == {
            "target_calories": 2136,
            "tolerance_percent": 10,
            "days_within_tolerance": 1,
            "days_logged": 2,
            "adherence_percent": 50.0,
            "average_percent_of_target": 81.9,
        }
        assert body["weight_trend"] is None


# --- time zones --------------------------------------------------------------------------
class TestLocalDays:
    """now = 2024-03-12 16:00 UTC, days=7. The same five entries for three users:

    e1 2024-03-09 23:30Z  500  UTC 03-09 | Tokyo 03-10 08:30 | LA 03-09 15:30 PST
    e2 2024-03-10 07:30Z  300  UTC 03-10 | Tokyo 03-10 16:30 | LA 03-09 23:30 PST
    e3 2024-03-05 20:00Z  200  UTC 03-05 | Tokyo 03-06 05:00 | LA 03-05 12:00 PST
    e4 2024-03-12 20:00Z  100  UTC 03-12 | Tokyo 03-13 05:00 | LA 03-12 13:00 PDT
    e5 2024-03-06 15:00Z   50  UTC 03-06 | Tokyo 03-07 00:00 | LA 03-06 07:00 PST

    Today is 03-12 in UTC, 03-13 in Tokyo (01:00) and 03-12 in Los Angeles (09:00 PDT;
    DST began on 03-10), so the periods are 03-06..03-12, 03-07..03-13 and 03-06..03-12.
    e3 falls before every period; e5 opens each one.
    """

    @pytest.fixture
    def bodies(self, freeze: Callable[[str], None]) -> dict[str, dict[str, Any]]:
        freeze("2024-03-12T16:00:00")
        out = {}
        for zone in ("UTC", "Asia/Tokyo", "America/Los_Angeles"):
            user = make_user(timezone=zone)
            for when, kcal in (
                ("2024-03-09T23:30", 500),
                ("2024-03-10T07:30", 300),
                ("2024-03-05T20:00", 200),
                ("2024-03-12T20:00", 100),
                ("2024-03-06T15:00", 50),
            ):
                log(user, when, kcal)
            out[zone] = report(user, "?days=7")
        return out

    def test_utc(self, bodies: dict[str, dict[str, Any]]) -> None:
        body = bodies["UTC"]
        assert (body["start_date"], body["end_date"]) == ("2024-03-06", "2024-03-12")
        assert days_with_food(body) == {
            "2024-03-06": (50.0, 1),
            "2024-03-09": (500.0, 1),  # 23:30 UTC stays on the same day
            "2024-03-10": (300.0, 1),
            "2024-03-12": (100.0, 1),
        }
        assert (body["total_calories"], body["days_logged"]) == (950.0, 4)

    def test_tokyo(self, bodies: dict[str, dict[str, Any]]) -> None:
        body = bodies["Asia/Tokyo"]
        assert (body["start_date"], body["end_date"]) == ("2024-03-07", "2024-03-13")
        assert body["time_zone"] == "Asia/Tokyo"
        assert days_with_food(body) == {
            "2024-03-07": (50.0, 1),
            "2024-03-10": (800.0, 2),  # 23:30 UTC on 03-09 is 08:30 on 03-10 in Tokyo
            "2024-03-13": (100.0, 1),
        }
        assert (body["total_calories"], body["days_logged"]) == (950.0, 3)
        assert [row["date"] for row in body["daily_calories"]][0] == "2024-03-07"
        assert len(body["daily_calories"]) == 7

    def test_los_angeles(self, bodies: dict[str, dict[str, Any]]) -> None:
        body = bodies["America/Los_Angeles"]
        assert (body["start_date"], body["end_date"]) == ("2024-03-06", "2024-03-12")
        assert days_with_food(body) == {
            "2024-03-06": (50.0, 1),
            "2024-03-09": (800.0, 2),  # 07:30 UTC on 03-10 is still 03-09 in LA
            "2024-03-12": (100.0, 1),
        }
        assert (body["total_calories"], body["average_calories_per_day"]) == (950.0, 316.7)


# --- weight trend ----------------------------------------------------------------------------
def test_weight_trend(freeze: Callable[[str], None], user: User, other_user: User) -> None:
    """now = 2024-05-20 12:00 UTC, days=7: 05-14 .. 05-20.

    Weighings at day 0, 2, 6 (80.0, 79.4, 79.0): mean x = 8/3, mean y = 79.4667,
    Sxy = -44/15, Sxx = 56/3, slope = -0.157143 kg/day = -1.1 kg/week.
    """
    freeze("2024-05-20T12:00:00")
    WeightEntry.objects.create(user=user, weight=85.0, measured_at=at("2024-05-13T07:00"))  # out
    WeightEntry.objects.create(user=user, weight=80.0, measured_at=at("2024-05-14T08:00"))
    WeightEntry.objects.create(user=user, weight=79.0, measured_at=at("2024-05-20T08:00"))
    WeightEntry.objects.create(user=user, weight=79.4, measured_at=at("2024-05-16T08:00"))
    WeightEntry.objects.create(user=other_user, weight=120, measured_at=at("2024-05-15T08:00"))
    trend = report(user, "?days=7")["weight_trend"]
    assert trend == {
        "entries": 3,
        "start_weight": 80.0,
        "end_weight": 79.0,
        "change_kg": -1.0,
        "kg_per_week": -1.1,
        "first_measured_at": "2024-05-14T08:00:00+00:00",
        "last_measured_at": "2024-05-20T08:00:00+00:00",
    }


def test_weight_trend_needs_two_weighings(freeze: Callable[[str], None], user: User) -> None:
    freeze("2024-05-20T12:00:00")
    WeightEntry.objects.create(user=user, weight=80.0, measured_at=at("2024-05-19T08:00"))
    assert report(user, "?days=7")["weight_trend"] is None


# --- profile gaps, empty periods, other users ------------------------------------------------
def test_targets_null_lists_missing_profile_fields(user: User) -> None:
    # Today's target is domain.daily_target's now (the assistant's and restaurants' too):
    # it has a sex-neutral constant for "prefer_not_to_say", so gender is not missing, as
    # it was for the old maintenance-only Mifflin of analytics; names come sorted.
    user.age, user.gender = 40, "prefer_not_to_say"
    user.save()
    body = report(user)
    assert body["targets"] == {
        "daily_calories": None,
        "source": None,
        "missing_profile_fields": ["activity_level", "height", "weight"],
        "invalid_profile_fields": {},
    }
    assert body["adherence"] is None


def test_empty_period_defaults_to_30_days(freeze: Callable[[str], None], user: User) -> None:
    freeze("2024-05-20T12:00:00")
    body = report(user)
    assert body["period_days"] == 30
    assert (body["start_date"], body["end_date"]) == ("2024-04-21", "2024-05-20")
    assert len(body["daily_calories"]) == 30
    assert all(row["calories"] == 0.0 and row["entries"] == 0 for row in body["daily_calories"])
    assert body["total_calories"] == 0.0 and body["average_calories_per_day"] == 0.0
    assert body["days_logged"] == 0 and body["total_food_entries"] == 0
    assert set(body["total_nutrients"]) == set(NUTRIENT_KEYS)
    assert body["macro_split"] is None


def test_other_users_entries_are_never_counted(
    freeze: Callable[[str], None], user: User, other_user: User
) -> None:
    freeze("2024-05-20T12:00:00")
    log(other_user, "2024-05-20T09:00", 2500, "lunch", protein=100)
    WeightEntry.objects.create(user=other_user, weight=90, measured_at=at("2024-05-19T08:00"))
    WeightEntry.objects.create(user=other_user, weight=89, measured_at=at("2024-05-20T08:00"))
    body = report(user, "?days=1")
    assert body["total_calories"] == 0.0 and body["total_food_entries"] == 0
    assert body["total_nutrients"]["protein"] == 0.0
    assert body["weight_trend"] is None
    assert report(other_user, "?days=1")["total_calories"] == 2500.0


# --- input and auth --------------------------------------------------------------------------
@pytest.mark.parametrize("days", ["0", "366", "-3", "abc", "7.5", ""])
def test_days_out_of_range_is_400(user: User, days: str) -> None:
    response = client_for(user).get(f"{URL}?days={days}")
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["error"] and "days" in body["details"]


@pytest.mark.parametrize("days", ["1", "365"])
def test_days_bounds_are_accepted(freeze: Callable[[str], None], user: User, days: str) -> None:
    freeze("2024-12-31T12:00:00")
    body = report(user, f"?days={days}")
    assert body["period_days"] == int(days) == len(body["daily_calories"])
    assert body["start_date"] == ("2024-12-31" if days == "1" else "2024-01-02")


def test_anonymous_is_401(api: Any) -> None:
    response = api.get(URL)
    assert response.status_code == 401
    assert response.json()["error"]


def test_legacy_path_serves_the_same_view(user: User) -> None:
    assert client_for(user).get("/api/analytics/?days=2").json()["period_days"] == 2


def test_report_is_a_few_aggregate_queries(
    freeze: Callable[[str], None], user: User, django_assert_max_num_queries: Any
) -> None:
    """The query count must not grow with the number of entries (no row loops)."""
    freeze("2024-05-20T12:00:00")
    FoodEntry.objects.bulk_create(
        FoodEntry(user=user, name="x", calories=10, nutrients={"protein": 1},
                  logged_at=at(f"2024-05-{day:02d}T{hour:02d}:00"))
        for day in range(1, 21) for hour in range(0, 24, 3)
    )  # fmt: skip
    client = client_for(user)
    # 1 for the token's user + per-day sums + totals + weighings + the active diet plan
    # (today's target is the plan's when there is one: domain.daily_target).
    with django_assert_max_num_queries(5):
        body = client.get(f"{URL}?days=20").json()
    assert body["total_food_entries"] == 160 and body["total_calories"] == 1600.0
    assert body["total_nutrients"]["protein"] == 160.0
