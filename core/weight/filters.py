"""``?start=&end=`` for the weight log, with the food log's meaning: dates are whole days
in the user's time zone, date-times are instants (naive ones read in that zone), both ends
inclusive. The parsing and bounds are the food log's, so the two endpoints cannot drift."""

from __future__ import annotations

from core.foodlog.api.filtersets import LocalDateRangeFilterSet
from core.weight.models import WeightEntry


class WeightEntryFilter(LocalDateRangeFilterSet):
    """``?start=`` and ``?end=`` (inclusive) on ``measured_at``."""

    time_field = "measured_at"

    class Meta:
        model = WeightEntry
        fields = ["start", "end"]
