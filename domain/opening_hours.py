"""Opening hours in a restaurant's own local time, and "is it open now?".

Stored shape (the ``restaurants.opening_hours`` JSON)::

    {"mon": [["07:30", "15:00"], ["18:00", "23:00"]], "fri": [["18:00", "02:00"]], ...}

Times are the restaurant's wall-clock ``HH:MM``; a closing time at or before the opening
time runs past midnight into the next day ("18:00"-"02:00"), and "00:00"-"24:00" is the
whole day. A missing day is closed; an empty object means the hours are unknown, and an
unknown answer is ``None``, never "open".

The zone is an IANA name (``Europe/Paris``, DST-aware) or, for provider rows that only
report an offset, a fixed ``+05:30``/``-03:00``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MINUTES_PER_DAY = 24 * 60
_MINUTES_PER_WEEK = 7 * _MINUTES_PER_DAY
_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


class HoursError(ValueError):
    """Opening hours or a zone that cannot be understood."""


def _minutes(value: Any) -> int:
    match = _TIME.match(str(value))
    if not match:
        raise HoursError(f"{value!r} is not a time of day as HH:MM.")
    minutes = int(match.group(1)) * 60 + int(match.group(2))
    if minutes > _MINUTES_PER_DAY:
        raise HoursError(f"{value!r} is past 24:00.")
    return minutes


def parse_hours(data: Any) -> list[tuple[int, int]]:
    """Weekly intervals as ``(start, end)`` minutes from Monday 00:00 (``end`` may pass
    the end of the week; it wraps). Raises ``HoursError`` for anything malformed."""
    if not isinstance(data, Mapping):
        raise HoursError("Opening hours must be an object keyed by day (mon..sun).")
    intervals: list[tuple[int, int]] = []
    for day, ranges in data.items():
        if day not in DAYS:
            raise HoursError(f"{day!r} is not a day; use {', '.join(DAYS)}.")
        if not isinstance(ranges, list):
            raise HoursError(f"{day}: a list of [open, close] pairs is expected.")
        base = DAYS.index(day) * _MINUTES_PER_DAY
        for pair in ranges:
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise HoursError(f"{day}: each range is [open, close].")
            opens, closes = _minutes(pair[0]), _minutes(pair[1])
            if closes <= opens:
                closes += _MINUTES_PER_DAY  # past midnight
            intervals.append((base + opens, base + closes))
    return intervals


def validate_hours(data: Any) -> dict[str, list[list[str]]]:
    """The hours in their stored shape, checked; raises ``HoursError``."""
    parse_hours(data)
    return {day: [list(pair) for pair in data[day]] for day in DAYS if day in data}


def zone_for(name: str | None) -> tzinfo | None:
    """An IANA zone or fixed ``±HH:MM`` offset; None when empty or unknown."""
    if not name:
        return None
    match = _OFFSET.match(name)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
        return timezone(sign * delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def offset_name(minutes: int) -> str:
    """``330`` -> ``"+05:30"`` (the zone name stored for offset-only provider rows)."""
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(int(minutes)), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def is_open(intervals: list[tuple[int, int]], local: datetime) -> bool:
    """Whether ``local`` (a wall-clock time in the restaurant's zone) is in an interval."""
    minute = local.weekday() * _MINUTES_PER_DAY + local.hour * 60 + local.minute
    return any(
        start <= minute < end or start <= minute + _MINUTES_PER_WEEK < end
        for start, end in intervals
    )


def open_now(hours: Any, zone_name: str | None, now: datetime | None = None) -> bool | None:
    """True/False from the stored hours at ``now`` (UTC default); None when unknown."""
    zone = zone_for(zone_name)
    if not hours or zone is None:
        return None
    try:
        intervals = parse_hours(hours)
    except HoursError:
        return None
    moment = (now or datetime.now(UTC)).astimezone(zone)
    return is_open(intervals, moment)


def from_google_periods(periods: Any) -> dict[str, list[list[str]]]:
    """Google Places ``regularOpeningHours.periods`` in our stored shape.

    Google numbers days 0 = Sunday .. 6 = Saturday; a period without ``close`` opening
    Sunday 00:00 means open around the clock. Malformed periods are skipped.
    """
    hours: dict[str, list[list[str]]] = {}
    if not isinstance(periods, list):
        return hours
    for period in periods:
        opens = period.get("open") if isinstance(period, dict) else None
        if not isinstance(opens, dict):
            continue
        closes = period.get("close")
        if not isinstance(closes, dict):
            return {day: [["00:00", "24:00"]] for day in DAYS}
        try:
            day = DAYS[(int(opens.get("day", 0)) - 1) % 7]
            start = f"{int(opens.get('hour', 0)):02d}:{int(opens.get('minute', 0)):02d}"
            end = f"{int(closes.get('hour', 0)):02d}:{int(closes.get('minute', 0)):02d}"
        except (TypeError, ValueError):
            continue
        hours.setdefault(day, []).append([start, end])
    try:
        return validate_hours(hours)
    except HoursError:
        return {}
