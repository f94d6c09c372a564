"""Which provider searches have been cached, so a repeated search spends no quota."""

from __future__ import annotations

from django.db import models


class SearchArea(models.Model):
    """One provider search the core has stored the results of (``restaurant_search_areas``).

    ``key`` names the search: the provider, the centre snapped to a ~110 m cell and the
    radius bucket (see ``core.restaurants.cache``). The AI service reads it: a row younger
    than the freshness limit means the provider's results for that search are already in
    ``restaurants``, so it answers from the table without calling the provider.
    """

    provider = models.CharField(max_length=32)
    key = models.CharField(max_length=100, unique=True)
    latitude = models.FloatField()
    longitude = models.FloatField()
    radius_m = models.PositiveIntegerField()
    result_count = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField()

    class Meta:
        db_table = "restaurant_search_areas"
        ordering = ["-fetched_at"]

    def __str__(self) -> str:
        return f"{self.key} ({self.result_count} places, {self.fetched_at:%Y-%m-%d %H:%M})"
