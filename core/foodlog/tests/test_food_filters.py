"""Filters and ordering of ``/foods/``: the user's calendar, ranges, meal, bad values."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from core.accounts.models import User
from core.api.testing import client_for, make_user
from core.foodlog.models import FoodEntry

pytestmark = pytest.mark.django_db

FOODS = "/api/v1/foods/"
UTC = ZoneInfo("UTC")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _log(user: User, name: str, when: str, calories: float = 100, meal: str = "") -> FoodEntry:
    return FoodEntry.objects.create(
        user=user, name=name, calories=calories, meal=meal, logged_at=_at(when)
    )


def _names(client, **params: str) -> list[str]:
    response = client.get(f"{FOODS}?{urlencode(params)}")
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["results"]]


@pytest.fixture
def tokyo() -> User:
    return make_user(timezone="Asia/Tokyo")


def test_date_is_the_users_calendar_day(tokyo: User) -> None:
    # 23:30 UTC on 1 March is 08:30 on 2 March in Tokyo (UTC+9).
    _log(tokyo, "late-utc", "2025-03-01T23:30:00")
    _log(tokyo, "tokyo-evening-1st", "2025-03-01T14:59:00")  # 23:59 on the 1st in Tokyo
    _log(tokyo, "tokyo-midnight-2nd", "2025-03-01T15:00:00")  # 00:00 on the 2nd in Tokyo
    client = client_for(tokyo)
    assert _names(client, date="2025-03-02") == ["late-utc", "tokyo-midnight-2nd"]
    assert _names(client, date="2025-03-01") == ["tokyo-evening-1st"]


def test_same_entries_bucket_by_utc_day_for_a_utc_user(user: User, auth_client) -> None:
    _log(user, "late-utc", "2025-03-01T23:30:00")
    _log(user, "afternoon", "2025-03-01T15:00:00")
    assert _names(auth_client, date="2025-03-01") == ["late-utc", "afternoon"]
    assert _names(auth_client, date="2025-03-02") == []


def test_date_across_a_dst_change_covers_the_whole_local_day() -> None:
    # 30 March 2025 is 23 hours long in Berlin: 29 Mar 23:00Z to 30 Mar 22:00Z.
    berlin = make_user(timezone="Europe/Berlin")
    _log(berlin, "before", "2025-03-29T22:59:00")
    _log(berlin, "first", "2025-03-29T23:00:00")
    _log(berlin, "last", "2025-03-30T21:59:00")
    _log(berlin, "after", "2025-03-30T22:00:00")
    assert _names(client_for(berlin), date="2025-03-30") == ["last", "first"]


def test_start_and_end_dates_are_inclusive_local_days(tokyo: User) -> None:
    _log(tokyo, "before", "2025-02-28T14:59:00")  # 28 Feb 23:59 Tokyo
    _log(tokyo, "first", "2025-02-28T15:00:00")  # 1 Mar 00:00 Tokyo
    _log(tokyo, "last", "2025-03-03T14:59:00")  # 3 Mar 23:59 Tokyo
    _log(tokyo, "after", "2025-03-03T15:00:00")  # 4 Mar 00:00 Tokyo
    client = client_for(tokyo)
    assert _names(client, start="2025-03-01", end="2025-03-03") == ["last", "first"]
    assert _names(client, start="2025-03-01") == ["after", "last", "first"]
    assert _names(client, end="2025-03-03") == ["last", "first", "before"]
    assert _names(client, start="2025-03-04", end="2025-03-04") == ["after"]


def test_start_and_end_datetimes(tokyo: User) -> None:
    _log(tokyo, "a", "2025-03-01T10:00:00")
    _log(tokyo, "b", "2025-03-01T12:00:00")
    _log(tokyo, "c", "2025-03-01T14:00:00")
    client = client_for(tokyo)
    assert _names(client, start="2025-03-01T10:00:00Z", end="2025-03-01T12:00:00Z") == ["b", "a"]
    # With an explicit offset, and a naive datetime read as the user's local time.
    assert _names(client, start="2025-03-01T21:00:00+09:00") == ["c", "b"]
    assert _names(client, end="2025-03-01T19:00:00") == ["a"]
    # A datetime start with a date end: the end day is 1 March in Tokyo (until 15:00Z).
    _log(tokyo, "d", "2025-03-01T15:30:00")  # 2 March, 00:30 in Tokyo
    assert _names(client, start="2025-03-01T11:00:00Z", end="2025-03-01") == ["c", "b"]


def test_unencoded_plus_in_an_offset_is_understood(tokyo: User) -> None:
    _log(tokyo, "a", "2025-03-01T10:00:00")
    _log(tokyo, "b", "2025-03-01T12:00:00")
    # "?start=2025-03-01T20:00:00+09:00" sent without encoding arrives with a space.
    response = client_for(tokyo).get(f"{FOODS}?start=2025-03-01T20:00:00+09:00")
    assert response.status_code == 200, response.content
    assert [item["name"] for item in response.json()["results"]] == ["b"]


def test_meal_filter(user: User, auth_client) -> None:
    _log(user, "oats", "2025-03-01T07:00:00", meal="breakfast")
    _log(user, "salad", "2025-03-01T12:00:00", meal="lunch")
    _log(user, "nuts", "2025-03-01T16:00:00", meal="snack")
    assert _names(auth_client, meal="lunch") == ["salad"]
    assert _names(auth_client, meal="snack", date="2025-03-01") == ["nuts"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date": "2025-13-01"}, "date"),
        ({"date": "01/03/2025"}, "date"),
        ({"date": "0001-01-01"}, "date"),
        ({"start": "soon"}, "start"),
        ({"end": "2025-02-30"}, "end"),
        ({"start": "2025-03-02", "end": "2025-03-01"}, "end"),
        ({"start": "2025-03-01T12:00:00Z", "end": "2025-03-01T11:59:59Z"}, "end"),
        ({"meal": "brunch"}, "meal"),
        ({"ordering": "name"}, "ordering"),
        ({"ordering": "-user"}, "ordering"),
        ({"ordering": ","}, "ordering"),
    ],
)
def test_bad_filter_values_are_a_400(auth_client, params, field) -> None:
    response = auth_client.get(f"{FOODS}?{urlencode(params)}")
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["error"] and field in body["details"], body


def test_default_ordering_is_newest_first_and_ordering_is_selectable(
    user: User, auth_client
) -> None:
    _log(user, "small-old", "2025-03-01T07:00:00", calories=50)
    _log(user, "big-mid", "2025-03-01T12:00:00", calories=900)
    _log(user, "mid-new", "2025-03-01T19:00:00", calories=400)
    assert _names(auth_client) == ["mid-new", "big-mid", "small-old"]
    assert _names(auth_client, ordering="logged_at") == ["small-old", "big-mid", "mid-new"]
    assert _names(auth_client, ordering="calories") == ["small-old", "mid-new", "big-mid"]
    assert _names(auth_client, ordering="-calories") == ["big-mid", "mid-new", "small-old"]


def test_ties_are_broken_by_id_so_pages_do_not_overlap(user: User, auth_client) -> None:
    entries = [_log(user, f"e{i}", "2025-03-01T07:00:00", calories=100) for i in range(5)]
    seen: list[int] = []
    for page in (1, 2, 3):
        response = auth_client.get(f"{FOODS}?ordering=calories&page_size=2&page={page}")
        seen += [item["id"] for item in response.json()["results"]]
    assert seen == sorted(e.pk for e in entries)


def test_filters_never_show_other_users_rows(user: User, auth_client, other_user: User) -> None:
    _log(user, "mine", "2025-03-01T07:00:00", meal="lunch")
    _log(other_user, "theirs", "2025-03-01T07:00:00", meal="lunch")
    assert _names(auth_client, date="2025-03-01", meal="lunch") == ["mine"]
