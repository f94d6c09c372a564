"""Google Places API (New) Nearby Search: the restaurants provider when a key is set.

Wire protocol (``shared/reference/providers.md`` §4): ``POST {base}/v1/places:searchNearby``
with headers ``X-Goog-Api-Key`` and ``X-Goog-FieldMask`` (required; Google has no default
fields and bills by the costliest field masked) and a JSON body
``{includedTypes, maxResultCount, rankPreference, locationRestriction: {circle}}``. The
answer is ``{"places": [...]}``, or ``{}`` when nothing matched. Errors follow Google's
model, ``{"error": {"code", "message", "status", "details"}}``.

Client behaviour:

- explicit timeouts (connect 3 s, read ``GOOGLE_PLACES_TIMEOUT_SECONDS``) and one overall
  deadline for all attempts (``GOOGLE_PLACES_DEADLINE_SECONDS``), so a user's search never
  waits on Google for longer than that;
- up to ``GOOGLE_PLACES_RETRIES`` retries on 429, 500, 502, 503, 504 and connection
  failures, with exponential backoff and jitter (0.5 s x 2^n, capped at 4 s), honouring
  ``Retry-After`` when it fits in the deadline; never on 400/403 (a bad key or request
  does not get better) and not on a read timeout (the deadline is better spent
  answering from the table);
- a circuit breaker: open after 5 failed searches in a row (60 s), at once on a bad key
  or a disabled API (10 min), so an outage costs one timeout, not one per request; then
  one trial search (half-open) decides whether it closes. Every failure counts (a timeout
  included) except an ``invalid_request``: a request Google refused says nothing about
  its health;
- every failure is a ``PlacesError`` with a ``kind``; the caller falls back to the local
  restaurant table.

The loop, backoff, breaker, ``Retry-After`` parsing and metrics (label ``places``) are
the shared ``resilience`` package; the rules above are this client's.

Privacy and caching: Google gets a coarse position only, the centre of the ~110 m cell
the user is in (``search_area``), with the radius rounded up to a bucket and widened by
the cell's half-diagonal, so the user's own circle is still covered. The same cell and
bucket form the cache key under which the core stores the results (see
``core.restaurants.cache``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx

from domain.geo import MAX_RADIUS_M, check_point, round_to_cell
from domain.opening_hours import from_google_periods, offset_name
from resilience import CircuitBreaker, Retryable, RetryPolicy, retry_after_from, retry_async

logger = logging.getLogger("ai.providers.places")

PROVIDER = "google_places"
DEPENDENCY = "places"  # the metrics label
SEARCH_PATH = "/v1/places:searchNearby"
FIELD_MASK = ",".join(
    f"places.{name}"
    for name in (
        "id",
        "displayName",
        "formattedAddress",
        "location",
        "rating",
        "priceLevel",
        "primaryType",
        "businessStatus",
        "regularOpeningHours",
        "utcOffsetMinutes",
    )
)
PRICE_LEVELS = {
    "PRICE_LEVEL_FREE": 0,
    "PRICE_LEVEL_INEXPENSIVE": 1,
    "PRICE_LEVEL_MODERATE": 2,
    "PRICE_LEVEL_EXPENSIVE": 3,
    "PRICE_LEVEL_VERY_EXPENSIVE": 4,
}
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
)
RADIUS_BUCKETS_M = (500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000)
# Farthest a point can be from its cell's centre at 3 decimals (half-diagonal of 0.001 deg).
CELL_SLACK_M = 80.0
MAX_RESULTS = 20  # the API's maximum; it does not page


@dataclass(frozen=True)
class SearchArea:
    """The search sent to the provider and the cache key it is stored under.

    ``radius_m`` is the bucket in the key; the provider is asked for ``query_radius_m``,
    the bucket plus the cell slack, so any user in the cell is covered.
    """

    key: str
    latitude: float
    longitude: float
    radius_m: int

    @property
    def query_radius_m(self) -> float:
        return min(MAX_RADIUS_M, self.radius_m + CELL_SLACK_M)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "radius_m": self.radius_m,
        }


def search_area(latitude: float, longitude: float, radius_m: float) -> SearchArea:
    """The cell centre and radius bucket covering a user's circle (see module docstring)."""
    check_point(latitude, longitude)
    lat, lon = round_to_cell(latitude, longitude)
    bucket = next((b for b in RADIUS_BUCKETS_M if b >= radius_m), int(MAX_RADIUS_M))
    return SearchArea(f"{PROVIDER}:{lat:.3f},{lon:.3f}:{bucket}", lat, lon, bucket)


class PlacesError(Exception):
    """A failed search. ``kind``: auth, invalid_request, rate_limited, unavailable,
    timeout, bad_response or circuit_open; ``status`` is the HTTP status if any."""

    def __init__(self, kind: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind, self.message, self.status = kind, message, status


@dataclass(frozen=True)
class PlacesConfig:
    """Where the API is and how patiently to call it."""

    api_key: str
    base_url: str = "https://places.googleapis.com"
    connect_timeout: float = 3.0
    read_timeout: float = 5.0
    retries: int = 2
    deadline_seconds: float = 8.0
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 4.0
    failure_threshold: int = 5
    cooldown_seconds: float = 60.0
    auth_cooldown_seconds: float = 600.0


class PlacesClient:
    """Nearby Search with timeouts, retries, a deadline and a circuit breaker."""

    def __init__(self, config: PlacesConfig, transport: httpx.AsyncBaseTransport | None = None):
        self.config = config
        self.breaker = CircuitBreaker(
            config.failure_threshold, config.cooldown_seconds, name=DEPENDENCY
        )
        self.policy = RetryPolicy(
            retries=max(0, config.retries),
            backoff_seconds=config.backoff_seconds,
            max_backoff_seconds=config.max_backoff_seconds,
            # Any Retry-After is honoured if it fits in the deadline (checked by the loop).
            max_retry_after_seconds=config.deadline_seconds,
        )
        self._transport = transport

    async def search_nearby(self, area: SearchArea) -> list[dict[str, Any]]:
        """Restaurants in ``area``, normalised to our row shape (see ``normalise_place``)."""
        if not self.breaker.allow():
            raise PlacesError("circuit_open", "Google Places is paused after repeated failures.")
        try:
            body = await self._post(area)
        except PlacesError as exc:
            if exc.kind == "auth":
                self.breaker.trip(self.config.auth_cooldown_seconds)  # keys do not heal
            elif exc.kind != "invalid_request":
                self.breaker.record_failure()
            raise
        self.breaker.record_success()
        places = body.get("places", [])  # proto3 JSON omits an empty list: {} is no results
        if not isinstance(places, list):
            raise PlacesError("bad_response", "Google Places sent `places` that is not a list.")
        rows = [row for row in (normalise_place(place) for place in places) if row is not None]
        return rows

    async def _post(self, area: SearchArea) -> dict[str, Any]:
        config = self.config
        request = {
            "includedTypes": ["restaurant"],
            "maxResultCount": MAX_RESULTS,
            "rankPreference": "DISTANCE",
            "locationRestriction": {
                "circle": {
                    "center": {"latitude": area.latitude, "longitude": area.longitude},
                    "radius": area.query_radius_m,
                }
            },
        }
        headers = {
            "Content-Type": "application/json",
            "X-Goog-Api-Key": config.api_key,
            "X-Goog-FieldMask": FIELD_MASK,
        }
        deadline = time.monotonic() + config.deadline_seconds
        async with httpx.AsyncClient(
            base_url=config.base_url.rstrip("/"), transport=self._transport, trust_env=False
        ) as client:

            async def attempt(_: int) -> dict[str, Any]:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PlacesError("timeout", "Google Places did not answer in time.")
                timeout = httpx.Timeout(
                    connect=min(config.connect_timeout, left),
                    read=min(config.read_timeout, left),
                    write=min(config.read_timeout, left),
                    pool=min(config.connect_timeout, left),
                )
                try:
                    response = await client.post(
                        SEARCH_PATH, json=request, headers=headers, timeout=timeout
                    )
                except RETRY_ERRORS as exc:
                    error = PlacesError("unavailable", f"Google Places unreachable: {exc!r}")
                    raise Retryable(error) from exc
                except httpx.TimeoutException as exc:
                    # Not retried: the deadline is better spent answering from the table.
                    raise PlacesError("timeout", f"Google Places timed out: {exc!r}") from exc
                except httpx.HTTPError as exc:
                    raise PlacesError("unavailable", f"Google Places failed: {exc!r}") from exc
                if response.status_code == 200:
                    return _json_object(response)
                error = _error_from(response)
                if response.status_code not in RETRY_STATUSES:
                    raise error
                raise Retryable(error, after=retry_after_from(response.headers))

            return await retry_async(attempt, self.policy, deadline=deadline, dependency=DEPENDENCY)


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except (ValueError, RecursionError) as exc:  # nested deep: unreadable
        raise PlacesError("bad_response", "Google Places sent a body that is not JSON.") from exc
    if not isinstance(body, dict):
        raise PlacesError("bad_response", "Google Places sent JSON that is not an object.")
    return body


def _error_from(response: httpx.Response) -> PlacesError:
    """Classify a non-200 answer by status and Google's ``error.status``/``reason``."""
    status = response.status_code
    try:
        error = response.json().get("error", {})
    except (ValueError, AttributeError, RecursionError):
        error = {}
    if not isinstance(error, dict):
        error = {}
    google_status = str(error.get("status", ""))
    message = str(error.get("message", "")) or response.reason_phrase
    reasons = {
        str(detail.get("reason", ""))
        for detail in error.get("details", []) or []
        if isinstance(detail, dict)
    }
    text = f"Google Places {status} {google_status}: {message}"[:300]
    if status == 429:
        return PlacesError("rate_limited", text, status)
    if status >= 500:
        return PlacesError("unavailable", text, status)
    if status in (401, 403) or any(reason.startswith("API_KEY") for reason in reasons):
        return PlacesError("auth", text, status)
    return PlacesError("invalid_request", text, status)


def _cuisine(primary_type: Any) -> str:
    """``"italian_restaurant"`` -> ``"italian"``; generic types give ``""``."""
    kind = str(primary_type or "")
    if kind.endswith("_restaurant"):
        return kind.removesuffix("_restaurant").replace("_", " ")[:50]
    return ""


def normalise_place(place: Any) -> dict[str, Any] | None:
    """A Place as our restaurant row, or None when unusable (no id, name or location, or
    closed for good). Out-of-range ratings and unknown price levels become null."""
    if not isinstance(place, dict) or place.get("businessStatus") == "CLOSED_PERMANENTLY":
        return None
    place_id = place.get("id")
    display = place.get("displayName")
    name = display.get("text") if isinstance(display, dict) else None
    location = place.get("location") if isinstance(place.get("location"), dict) else {}
    try:
        latitude, longitude = float(location["latitude"]), float(location["longitude"])
        check_point(latitude, longitude)
    except (KeyError, TypeError, ValueError):
        return None
    if not place_id or not name:
        return None
    rating = place.get("rating")
    rating = float(rating) if isinstance(rating, (int, float)) and 0 <= rating <= 5 else None
    offset = place.get("utcOffsetMinutes")
    hours = place.get("regularOpeningHours")
    return {
        "external_id": str(place_id)[:255],
        "name": str(name)[:200],
        "address": str(place.get("formattedAddress") or "")[:300],
        "latitude": latitude,
        "longitude": longitude,
        "rating": rating,
        "price_level": PRICE_LEVELS.get(str(place.get("priceLevel"))),
        "cuisine": _cuisine(place.get("primaryType")),
        "opening_hours": from_google_periods(hours.get("periods"))
        if isinstance(hours, dict)
        else {},
        "timezone": offset_name(offset) if isinstance(offset, int) else "",
        "source": PROVIDER,
    }


def config_from_settings(settings: Any) -> PlacesConfig | None:
    """The client configuration from the AI settings, or None when no key is set."""
    if not settings.google_maps_api_key:
        return None
    return PlacesConfig(
        api_key=settings.google_maps_api_key,
        base_url=settings.google_places_base_url,
        read_timeout=settings.google_places_timeout_seconds,
        retries=settings.google_places_retries,
        deadline_seconds=settings.google_places_deadline_seconds,
    )
