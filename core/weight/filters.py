"""``?start=&end=`` for the weight log, with the food log's meaning: dates are whole days
in the user's time zone, date-times are instants (naive ones read in that zone), both ends
inclusive. The parsing and bounds are the food log's, so the two endpoints cannot drift."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import django_filters
from django.db.models import QuerySet

from core.foodlog.api.filtersets import DateOrDateTimeFilter, lower_bound, upper_bound
from core.foodlog.localdays import user_zone
from core.weight.models import WeightEntry


class WeightEntryFilter(django_filters.FilterSet):
    """``?start=`` and ``?end=`` (inclusive) on ``measured_at``."""

    start = DateOrDateTimeFilter(
        method="filter_start",
        help_text="From this date (local midnight) or ISO datetime, inclusive.",
    )
    end = DateOrDateTimeFilter(
        method="filter_end",
        help_text="Up to this date (whole local day) or ISO datetime, inclusive.",
    )

    class Meta:
        model = WeightEntry
        fields = ["start", "end"]

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
        return queryset.filter(measured_at__gte=lower_bound(value, self.zone))

    def filter_end(self, queryset: QuerySet, name: str, value: date | datetime) -> QuerySet:
        bound, inclusive = upper_bound(value, self.zone)
        lookup = "measured_at__lte" if inclusive else "measured_at__lt"
        return queryset.filter(**{lookup: bound})
