"""Opening hours in the restaurant's local time: overnight, week wrap, zones, Google."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.opening_hours import (
    HoursError,
    from_google_periods,
    offset_name,
    open_now,
    validate_hours,
    zone_for,
)

LATE = {"fri": [["18:00", "02:00"]], "sun": [["20:00", "01:00"]], "mon": [["12:00", "14:00"]]}


@pytest.mark.parametrize(
    ("utc", "zone", "expected"),
    [
        (datetime(2026, 11, 27, 23, 30, tzinfo=UTC), "UTC", True),  # Friday night
        (datetime(2026, 11, 28, 1, 59, tzinfo=UTC), "UTC", True),  # Saturday 01:59: still Friday's
        (datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "UTC", False),  # closing time is exclusive
        (datetime(2026, 11, 30, 0, 30, tzinfo=UTC), "UTC", True),  # Sunday's hours wrap into Monday
        (datetime(2026, 11, 30, 12, 0, tzinfo=UTC), "UTC", True),
        # 12:30 in Tokyo on Monday is 03:30 UTC: open there, whatever UTC says.
        (datetime(2026, 11, 30, 3, 30, tzinfo=UTC), "Asia/Tokyo", True),
        (datetime(2026, 11, 30, 3, 30, tzinfo=UTC), "UTC", False),
        (datetime(2026, 11, 30, 6, 45, tzinfo=UTC), "+05:30", True),  # 12:15 local
    ],
)
def test_open_now(utc: datetime, zone: str, expected: bool) -> None:
    assert open_now(LATE, zone, utc) is expected


def test_daylight_saving_follows_the_zone() -> None:
    hours = {"sun": [["12:00", "13:00"]]}
    # New York noon is 17:00 UTC in winter and 16:00 UTC in summer.
    assert open_now(hours, "America/New_York", datetime(2026, 1, 4, 17, 30, tzinfo=UTC))
    assert open_now(hours, "America/New_York", datetime(2026, 7, 5, 16, 30, tzinfo=UTC))
    assert not open_now(hours, "America/New_York", datetime(2026, 7, 5, 17, 30, tzinfo=UTC))


def test_unknown_is_none_not_open() -> None:
    now = datetime(2026, 11, 27, 12, tzinfo=UTC)
    assert open_now({}, "UTC", now) is None
    assert open_now(LATE, "", now) is None
    assert open_now(LATE, "Nowhere/Zone", now) is None
    assert open_now({"fri": "all day"}, "UTC", now) is None


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"funday": []},
        {"mon": [["9:00", "17:00"]]},
        {"mon": [["09:00"]]},
        {"mon": [["25:00", "26:00"]]},
    ],
)
def test_malformed_hours_are_refused(bad: object) -> None:
    with pytest.raises(HoursError):
        validate_hours(bad)


def test_zones_and_offsets() -> None:
    assert (
        offset_name(330) == "+05:30"
        and offset_name(-180) == "-03:00"
        and offset_name(0) == "+00:00"
    )
    assert zone_for("+05:30").utcoffset(None).total_seconds() == 19800
    assert zone_for("Europe/Paris") is not None and zone_for("") is None


def test_google_periods() -> None:
    periods = [
        {
            "open": {"day": 0, "hour": 10, "minute": 0},
            "close": {"day": 0, "hour": 16, "minute": 30},
        },
        {"open": {"day": 5, "hour": 18, "minute": 0}, "close": {"day": 6, "hour": 2, "minute": 0}},
    ]
    assert from_google_periods(periods) == {
        "fri": [["18:00", "02:00"]],
        "sun": [["10:00", "16:30"]],
    }
    always = from_google_periods([{"open": {"day": 0, "hour": 0, "minute": 0}}])
    assert always["wed"] == [["00:00", "24:00"]] and len(always) == 7
    assert from_google_periods("nonsense") == {}
