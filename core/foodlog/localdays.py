"""Calendar days in the user's own time zone, as UTC instants the database can compare.

A log entry at 23:30 UTC is "tomorrow" for someone in Tokyo; filters and day buckets must
follow the user's calendar, not the server's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone

UTC = ZoneInfo("UTC")
# Outside these years, converting a local midnight to UTC can overflow datetime's range.
MIN_YEAR, MAX_YEAR = 1900, 2100


def user_zone(user: object) -> ZoneInfo:
    """The user's IANA zone, or UTC when the user has none or an unknown one."""
    name = getattr(user, "timezone", None) or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def start_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The first instant of ``day`` in ``zone`` (an aware datetime)."""
    return datetime.combine(day, time.min, tzinfo=zone)


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """``[start, end)`` of ``day`` in ``zone``; 23 or 25 hours long on DST change days."""
    return start_of_day(day, zone), start_of_day(day + timedelta(days=1), zone)


def as_aware(value: datetime, zone: ZoneInfo) -> datetime:
    """Read a naive datetime as wall-clock time in ``zone``; aware values are kept."""
    if timezone.is_aware(value):
        return value
    return value.replace(tzinfo=zone)
