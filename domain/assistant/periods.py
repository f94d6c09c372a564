"""Named periods ("today", "last 7 days", a weekday, a date) as days in the user's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

PeriodKind = Literal[
    "today",
    "yesterday",
    "this_week",
    "last_week",
    "last_7_days",
    "last_30_days",
    "this_month",
    "last_n_days",
    "weekend",
    "date",
]
PERIOD_KINDS: tuple[str, ...] = PeriodKind.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Period:
    """Inclusive calendar days ``first..last`` and how to name them in an answer."""

    first: date
    last: date
    label: str

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """``[start, end)`` as aware instants: local midnights in ``zone``."""
        start = datetime.combine(self.first, time.min, tzinfo=zone)
        end = datetime.combine(self.last + timedelta(days=1), time.min, tzinfo=zone)
        return start, end


MAX_DAYS = 366


def resolve_period(
    kind: str, today: date, on: date | None = None, days: int | None = None
) -> Period:
    """The days of a named period relative to the user's ``today``.

    Weeks start on Monday (ISO). "this week"/"this month" end today, not in the future.
    ``last_n_days`` needs ``days`` (today included).
    """
    if kind == "today":
        return Period(today, today, "today")
    if kind == "yesterday":
        day = today - timedelta(days=1)
        return Period(day, day, "yesterday")
    if kind == "this_week":
        return Period(today - timedelta(days=today.weekday()), today, "this week")
    if kind == "last_week":
        monday = today - timedelta(days=today.weekday() + 7)
        return Period(monday, monday + timedelta(days=6), "last week")
    if kind == "last_7_days":
        return Period(today - timedelta(days=6), today, "in the last 7 days")
    if kind == "last_30_days":
        return Period(today - timedelta(days=29), today, "in the last 30 days")
    if kind == "this_month":
        return Period(today.replace(day=1), today, "this month")
    if kind == "last_n_days":
        if not days or not 1 <= days <= MAX_DAYS:
            raise ValueError(f"last_n_days needs days between 1 and {MAX_DAYS}")
        return Period(today - timedelta(days=days - 1), today, f"in the last {days} days")
    if kind == "weekend":
        # The latest Saturday and Sunday (up to today during a weekend); ``on`` may name
        # its Saturday ("last weekend" asked on a Sunday is the one before).
        saturday = on or last_weekday(today, 5)
        if saturday > today:
            raise ValueError("that weekend is in the future")
        last = min(saturday + timedelta(days=1), today)
        return Period(saturday, last, "over the weekend")
    if kind == "date":
        if on is None:
            raise ValueError("a date is needed for the 'date' period")
        if on > today:
            raise ValueError("that date is in the future")
        label = "today" if on == today else f"on {on.strftime('%A')} {on.isoformat()}"
        return Period(on, on, label)
    raise ValueError(f"unknown period {kind!r}; use one of {', '.join(PERIOD_KINDS)}")


def last_weekday(today: date, weekday: int) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``today``."""
    return today - timedelta(days=(today.weekday() - weekday) % 7)
