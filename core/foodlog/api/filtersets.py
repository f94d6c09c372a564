"""Query filters for the food log: a day, a date/datetime range and the meal.

Dates are calendar days in the requesting user's time zone (``user.timezone``), so
``?date=2025-03-01`` for a user in Tokyo covers 2025-02-28T15:00Z to 2025-03-01T15:00Z.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import django_filters
from django import forms
from django.db.models import QuerySet

from core.foodlog.localdays import MAX_YEAR, MIN_YEAR, as_aware, day_bounds, user_zone
from core.foodlog.models import FoodEntry, Meal

# In an unencoded query string "+09:00" arrives as " 09:00"; put the plus sign back.
_LOST_PLUS = re.compile(r"^(.+T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_year(value: date) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise forms.ValidationError(f"Must be between {MIN_YEAR} and {MAX_YEAR}.")


class LocalDateField(forms.Field):
    """A ``YYYY-MM-DD`` calendar date."""

    def to_python(self, value: Any) -> date | None:
        if value in (None, ""):
            return None
        text = str(value).strip()
        try:
            if not _ISO_DATE.match(text):
                raise ValueError(text)
            parsed = date.fromisoformat(text)
        except ValueError:
            # The value goes in params, never into the message: django-filter formats
            # the message with ``%``, so a "%" typed by the client would be a 500.
            raise forms.ValidationError(
                "'%(value)s' is not a date; use YYYY-MM-DD.", params={"value": value}
            ) from None
        _check_year(parsed)
        return parsed


class DateOrDateTimeField(forms.Field):
    """A ``YYYY-MM-DD`` date or an ISO 8601 datetime (with or without an offset)."""

    def to_python(self, value: Any) -> date | datetime | None:
        if value in (None, ""):
            return None
        text = _LOST_PLUS.sub(r"\1+\2", str(value).strip())
        try:
            parsed: date | datetime = (
                date.fromisoformat(text) if _ISO_DATE.match(text) else datetime.fromisoformat(text)
            )
        except ValueError:
            raise forms.ValidationError(
                "'%(value)s' is neither a date (YYYY-MM-DD) nor an ISO 8601 datetime.",
                params={"value": value},
            ) from None
        _check_year(parsed)
        return parsed


class LocalDateFilter(django_filters.Filter):
    field_class = LocalDateField


class DateOrDateTimeFilter(django_filters.Filter):
    field_class = DateOrDateTimeField


def lower_bound(value: date | datetime, zone: ZoneInfo) -> datetime:
    """Inclusive lower instant: a date means its local midnight."""
    if isinstance(value, datetime):
        return as_aware(value, zone)
    return day_bounds(value, zone)[0]


def upper_bound(value: date | datetime, zone: ZoneInfo) -> tuple[datetime, bool]:
    """Upper instant and whether it is inclusive: a date includes its whole local day."""
    if isinstance(value, datetime):
        return as_aware(value, zone), True
    return day_bounds(value, zone)[1], False


class LocalDateRangeFilterSet(django_filters.FilterSet):
    """``?start=&end=`` (inclusive; dates are whole days in the user's zone, or datetimes).

    Subclasses name the timestamp column in ``time_field``; the food and weight logs share
    this so the two endpoints cannot drift apart.
    """

    time_field: str = "logged_at"

    start = DateOrDateTimeFilter(
        method="filter_start",
        help_text="From this date (local midnight) or ISO datetime, inclusive.",
    )
    end = DateOrDateTimeFilter(
        method="filter_end",
        help_text="Up to this date (whole local day) or ISO datetime, inclusive.",
    )

    @property
    def zone(self) -> ZoneInfo:
        return user_zone(getattr(self.request, "user", None))

    def is_valid(self) -> bool:
        """Field checks, then: ``start`` must not lie after ``end``."""
        if not super().is_valid():
            return False
        start, end = self.form.cleaned_data.get("start"), self.form.cleaned_data.get("end")
        if start is not None and end is not None:
            lower = lower_bound(start, self.zone)
            upper, inclusive = upper_bound(end, self.zone)
            if lower > upper or (lower == upper and not inclusive):
                self.form.add_error("end", "Must not be before start.")
                return False
        return True

    def filter_start(self, queryset: QuerySet, name: str, value: date | datetime) -> QuerySet:
        return queryset.filter(**{f"{self.time_field}__gte": lower_bound(value, self.zone)})

    def filter_end(self, queryset: QuerySet, name: str, value: date | datetime) -> QuerySet:
        bound, inclusive = upper_bound(value, self.zone)
        lookup = "lte" if inclusive else "lt"
        return queryset.filter(**{f"{self.time_field}__{lookup}": bound})


class FoodEntryFilterSet(LocalDateRangeFilterSet):
    """``?date=``, ``?start=&end=`` (inclusive; dates or datetimes) and ``?meal=``."""

    date = LocalDateFilter(
        method="filter_date", help_text="A calendar day (YYYY-MM-DD) in the user's time zone."
    )
    meal = django_filters.ChoiceFilter(choices=Meal.choices)

    class Meta:
        model = FoodEntry
        fields = ["date", "start", "end", "meal"]

    def filter_date(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        start, end = day_bounds(value, self.zone)
        return queryset.filter(logged_at__gte=start, logged_at__lt=end)
