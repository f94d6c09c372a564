"""Provider results cached into ``restaurants``: the core writes what the AI service fetched.

The design splits the work by who may write. The AI service only reads the database and
holds the provider clients; the core owns every write. So a Google Places search goes:

1. ``GET /api/restaurant/nearby/`` (core) calls ``GET /restaurant/nearby`` (AI) through
   the gateway.
2. The AI service looks for a fresh row in ``restaurant_search_areas`` under the search's
   key: provider, the centre snapped to a ~110 m cell, and the radius rounded up to a
   bucket covering the caller's circle (``ai.providers.places.search_area``). Fresh (younger
   than ``RESTAURANT_CACHE_HOURS``, default 24 h): it answers from ``restaurants`` alone,
   no provider call. Otherwise it calls Google, merges the results with the table's, and
   returns them with ``provider = {status: "fetched", area, places}``.
3. The core's view hands ``area`` and ``places`` to ``store_provider_results``: one
   transaction upserts the places by ``external_id`` (the Google place id; unique) and
   records the search area with ``fetched_at = now``. The rows' ids go back into the
   answer, and ``places`` is dropped from what the client sees.

Upserts are ``INSERT ... ON CONFLICT/ON DUPLICATE KEY UPDATE``, so two searches racing on
the same places both succeed. A refresh updates the provider's fields and ``fetched_at``
but never ``source``, the menu or ``healthy_options``: a row first entered by staff or an
import keeps what people curated. Stale rows stay: if Google is down they are still the
best answer, and the next successful search refreshes them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone

from core.restaurants.models import Restaurant, SearchArea, Source
from domain.geo import GeoError, check_point
from domain.opening_hours import HoursError, validate_hours, zone_for

logger = logging.getLogger("core.restaurants.cache")

PROVIDER_FIELDS = (
    "name", "address", "latitude", "longitude", "location", "cuisine", "price_level", "rating",
    "opening_hours", "timezone", "fetched_at", "updated_at",
)  # fmt: skip


def provider_row(place: dict[str, Any], fetched_at: datetime) -> Restaurant | None:
    """An unsaved ``Restaurant`` for one normalised provider place, or None if unusable."""
    try:
        external_id = str(place["external_id"]).strip()[:255]
        name = str(place["name"]).strip()[:200]
        latitude, longitude = float(place["latitude"]), float(place["longitude"])
        check_point(latitude, longitude)
    except (KeyError, TypeError, ValueError, GeoError):
        return None
    if not external_id or not name:
        return None
    rating = place.get("rating")
    rating = float(rating) if isinstance(rating, (int, float)) and 0 <= rating <= 5 else None
    price = place.get("price_level")
    price = price if isinstance(price, int) and 0 <= price <= 4 else None
    try:
        hours = validate_hours(place.get("opening_hours") or {})
    except HoursError:
        hours = {}
    zone = str(place.get("timezone") or "")[:64]
    return Restaurant(
        name=name,
        address=str(place.get("address") or "")[:300],
        latitude=latitude,
        longitude=longitude,
        location={"latitude": latitude, "longitude": longitude},
        cuisine=str(place.get("cuisine") or "")[:50],
        price_level=price,
        rating=rating,
        opening_hours=hours,
        timezone=zone if zone_for(zone) is not None else "",
        external_id=external_id,
        source=Source.GOOGLE_PLACES,
        fetched_at=fetched_at,
    )


def store_provider_results(
    provider: str, area: dict[str, Any], places: Iterable[dict[str, Any]]
) -> dict[str, int]:
    """Upsert ``places`` and record ``area`` as searched now; returns external_id -> id."""
    now = timezone.now()
    rows: dict[str, Restaurant] = {}
    for place in places:
        row = provider_row(place, now)
        if row is not None:
            rows[row.external_id] = row  # a repeated id: the last one wins
    try:
        key = str(area["key"])[:100]
        center = (float(area["latitude"]), float(area["longitude"]))
        radius = int(area["radius_m"])
    except (KeyError, TypeError, ValueError):
        logger.warning("provider results without a usable search area; not cached")
        return {}
    options: dict[str, Any] = {"update_conflicts": True, "update_fields": list(PROVIDER_FIELDS)}
    if connection.features.supports_update_conflicts_with_target:
        options["unique_fields"] = ["external_id"]  # SQLite/PostgreSQL name the conflict
    with transaction.atomic():
        if rows:
            Restaurant.objects.bulk_create(list(rows.values()), **options)
        _record_area(provider, key, center, radius, len(rows), now)
    return dict(
        Restaurant.objects.filter(external_id__in=list(rows)).values_list("external_id", "id")
    )


def _record_area(
    provider: str, key: str, center: tuple[float, float], radius: int, count: int, now: datetime
) -> None:
    values = {
        "provider": provider,
        "latitude": center[0],
        "longitude": center[1],
        "radius_m": radius,
        "result_count": count,
        "fetched_at": now,
    }
    try:
        with transaction.atomic():  # a savepoint: a racing insert of the same key
            SearchArea.objects.update_or_create(key=key, defaults=values)
    except IntegrityError:
        SearchArea.objects.filter(key=key).update(**values)


def cache_from_reply(data: Any) -> None:
    """Store the provider results of an AI ``/restaurant/nearby`` answer, in place.

    Fills the stored rows' ids into ``data["restaurants"]`` and removes ``places`` and
    ``area`` from ``data["provider"]``. A failed write is logged and the answer kept: the
    cache is an optimisation, the user's search must still succeed.
    """
    if not isinstance(data, dict):
        return
    provider = data.get("provider")
    if not isinstance(provider, dict):
        return
    places = provider.pop("places", None)
    area = provider.pop("area", None)
    if provider.get("status") != "fetched" or not isinstance(places, list) or area is None:
        return
    try:
        ids = store_provider_results(str(provider.get("name") or "google_places"), area, places)
    except DatabaseError:
        logger.exception("could not cache provider results")
        return
    for item in data.get("restaurants") or []:
        if isinstance(item, dict) and item.get("id") is None and item.get("external_id") in ids:
            item["id"] = ids[item["external_id"]]
