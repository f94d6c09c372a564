"""A restaurant: a place to eat, with coordinates, hours and where the row came from."""

from __future__ import annotations

from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

LATITUDE_RANGE = (-90.0, 90.0)
LONGITUDE_RANGE = (-180.0, 180.0)
RATING_RANGE = (0.0, 5.0)
PRICE_LEVEL_RANGE = (0, 4)  # Google Places' PRICE_LEVEL_FREE .. PRICE_LEVEL_VERY_EXPENSIVE


class Source(models.TextChoices):
    """Where a row came from; imported and provider rows can be refreshed, manual ones not."""

    MANUAL = "manual", "Entered by staff"
    DEMO = "demo", "Demo data"
    IMPORT = "import", "Bulk import"
    GOOGLE_PLACES = "google_places", "Google Places"


class Restaurant(models.Model):
    """A restaurant (table ``restaurants`` of the original design, plus search columns).

    ``healthy_options`` keeps the original design's list of dish names; the scored menu
    lives in ``restaurant_menu_items`` (``MenuItem``), and the importers fill this list
    with the best-scoring dish names so both agree.

    ``latitude``/``longitude`` are the source of truth and indexed together for the
    bounding-box prefilter of a nearby search; ``location`` repeats them as the original
    design's JSON object and is rewritten on every ``save()`` (bulk ``update()`` bypasses
    ``save()``, so callers of it must set ``location`` themselves).
    """

    name = models.CharField(max_length=200)
    address = models.CharField(max_length=300, blank=True, default="")
    latitude = models.FloatField(
        validators=[MinValueValidator(LATITUDE_RANGE[0]), MaxValueValidator(LATITUDE_RANGE[1])]
    )
    longitude = models.FloatField(
        validators=[MinValueValidator(LONGITUDE_RANGE[0]), MaxValueValidator(LONGITUDE_RANGE[1])]
    )
    location = models.JSONField(default=dict, editable=False, help_text="{latitude, longitude}")
    cuisine = models.CharField(max_length=50, blank=True, default="")
    price_level = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(PRICE_LEVEL_RANGE[1])],
        help_text="0 (free) to 4 (very expensive)",
    )
    rating = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(RATING_RANGE[0]), MaxValueValidator(RATING_RANGE[1])],
        help_text="0 to 5",
    )
    healthy_options = models.JSONField(default=list, blank=True, help_text="list of dish names")
    # Wall-clock hours in the restaurant's own zone; see domain.opening_hours for the shape.
    opening_hours = models.JSONField(
        default=dict, blank=True, help_text='{"mon": [["07:00", "22:00"]], ...}; {} = unknown'
    )
    timezone = models.CharField(
        max_length=64, blank=True, default="", help_text="IANA zone or a fixed ±HH:MM offset"
    )
    # The provider's id (Google Places `id`), so refreshed results update the same row.
    external_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.MANUAL)
    # When a provider last sent this row (provider rows only): the cache's freshness clock.
    fetched_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "restaurants"
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="restaurants_lat_lng")]
        # The database refuses out-of-range rows too, whatever path wrote them.
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__gte=LATITUDE_RANGE[0], latitude__lte=LATITUDE_RANGE[1]),
                name="restaurants_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__gte=LONGITUDE_RANGE[0], longitude__lte=LONGITUDE_RANGE[1]),
                name="restaurants_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(rating__isnull=True)
                | Q(rating__gte=RATING_RANGE[0], rating__lte=RATING_RANGE[1]),
                name="restaurants_rating_range",
            ),
            models.CheckConstraint(
                condition=Q(price_level__isnull=True) | Q(price_level__lte=PRICE_LEVEL_RANGE[1]),
                name="restaurants_price_level_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Keep the ``location`` JSON in step with the coordinate columns."""
        self.location = {"latitude": self.latitude, "longitude": self.longitude}
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"latitude", "longitude"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "location"}
        super().save(*args, **kwargs)
