"""A fake Google Places API (New) on 127.0.0.1, speaking the real wire protocol.

``POST /v1/places:searchNearby`` only. Like Google it insists on an API key
(``X-Goog-Api-Key`` or ``?key=``) and a field mask (``X-Goog-FieldMask`` or
``?fields=``/``?$fields=``), validates the body (``locationRestriction.circle`` with a
radius in (0, 50000], ``maxResultCount`` 1-20), returns only the masked fields, ``{}``
when nothing matched, and errors in Google's shape
``{"error": {"code", "message", "status", "details"}}``.

Tests script faults (``fake.faults.append(Fault(...))``), consumed one per request before
normal answers: any status with Google's body (429 + ``Retry-After``, 500, 503), a slow
answer, a dropped connection or a non-JSON body. Every request is recorded.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ai.tests.fakes import serve_on_loopback

SEARCH_PATH = "/v1/places:searchNearby"
GOOGLE_STATUS = {
    400: "INVALID_ARGUMENT",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


@dataclass
class Fault:
    """One scripted misbehaviour for the next request."""

    status: int | None = None  # answer this status in Google's error shape
    retry_after: str | None = None
    delay: float = 0.0  # sleep first (then the fault, or a normal answer)
    drop: bool = False  # close the connection without a response
    raw: bytes | None = None  # answer 200 with this body instead


@dataclass
class Recorded:
    """A request as the fake received it."""

    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


@dataclass
class FakePlaces:
    """The server; ``places`` holds full Place objects (all fields)."""

    api_key: str = "fake-places-key"
    places: list[dict[str, Any]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    url: str = ""

    @property
    def searches(self) -> int:
        """How many search requests arrived (any outcome)."""
        return sum(1 for r in self.requests if r.path == SEARCH_PATH)


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # The fake's own haversine, so it does not share code with the client it tests.
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_008.8 * math.asin(math.sqrt(min(1.0, a)))


def google_error(code: int, message: str, reason: str | None = None) -> dict[str, Any]:
    """Google's error body for ``code``."""
    error: dict[str, Any] = {
        "code": code,
        "message": message,
        "status": GOOGLE_STATUS.get(code, "UNKNOWN"),
    }
    if reason:
        error["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": "googleapis.com",
                "metadata": {"service": "places.googleapis.com"},
            }
        ]
    return {"error": error}


def project(place: dict[str, Any], mask: list[str]) -> dict[str, Any]:
    """Keep the masked ``places.<field>`` paths of one place (``*``: everything)."""
    if "*" in mask or "places" in mask:
        return dict(place)
    wanted = {
        path.removeprefix("places.").split(".")[0] for path in mask if path.startswith("places.")
    }
    return {key: value for key, value in place.items() if key in wanted}


def search(fake: FakePlaces, body: Any, mask: list[str]) -> tuple[int, dict[str, Any]]:
    """Validate a Nearby Search body and answer it from ``fake.places``."""
    if not isinstance(body, dict):
        return 400, google_error(400, "Invalid JSON payload received.")
    circle = (body.get("locationRestriction") or {}).get("circle")
    if not isinstance(circle, dict):
        return 400, google_error(400, "locationRestriction is required (a circle).")
    center = circle.get("center") or {}
    radius = circle.get("radius")
    try:
        lat, lon, radius = float(center["latitude"]), float(center["longitude"]), float(radius)
    except (KeyError, TypeError, ValueError):
        return 400, google_error(400, "locationRestriction.circle needs a center and a radius.")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return 400, google_error(400, "Invalid center: latitude/longitude out of range.")
    if not 0 < radius <= 50_000:
        return 400, google_error(400, "Invalid radius: must be greater than 0 and at most 50000.")
    limit = body.get("maxResultCount", 20)
    if not isinstance(limit, int) or not 1 <= limit <= 20:
        return 400, google_error(400, "maxResultCount must be between 1 and 20, inclusive.")
    types = set(body.get("includedTypes") or [])
    found = []
    for place in fake.places:
        loc = place.get("location", {})
        distance = _distance_m(lat, lon, loc["latitude"], loc["longitude"])
        if distance <= radius and (not types or types & set(place.get("types", []))):
            found.append((distance, place))
    if body.get("rankPreference") == "DISTANCE":
        found.sort(key=lambda pair: pair[0])
    else:  # POPULARITY: the fake's stand-in is the rating
        found.sort(key=lambda pair: -(pair[1].get("rating") or 0))
    places = [project(place, mask) for _, place in found[:limit]]
    return 200, ({"places": places} if places else {})


@contextmanager
def running(fake: FakePlaces) -> Iterator[FakePlaces]:
    """Serve ``fake`` on 127.0.0.1 (an ephemeral port) for the ``with`` block."""
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None):
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps(body).encode(), headers)

        def do_GET(self) -> None:  # noqa: N802 -- http.server's naming
            self._json(404, google_error(404, f"Method not found: GET {self.path}."))

        def do_POST(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body: Any = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
            with lock:
                fake.requests.append(Recorded(parts.path, query, dict(self.headers), body))
                fault = fake.faults.pop(0) if fake.faults else None
            if fault is not None:
                if fault.delay:
                    time.sleep(fault.delay)
                if fault.drop:
                    self.close_connection = True
                    return
                if fault.raw is not None:
                    self._send(200, fault.raw)
                    return
                if fault.status is not None:
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    message = {
                        429: "Resource has been exhausted (e.g. check quota).",
                        500: "Internal error encountered.",
                        503: "The service is currently unavailable.",
                    }.get(fault.status, "Request failed.")
                    self._json(fault.status, google_error(fault.status, message), headers)
                    return
            if parts.path != SEARCH_PATH:
                self._json(404, google_error(404, f"Method not found: {parts.path}."))
                return
            key = self.headers.get("X-Goog-Api-Key") or (query.get("key") or [""])[0]
            if not key:
                self._json(
                    403,
                    google_error(403, "The request is missing a valid API key.", "API_KEY_MISSING"),
                )
                return
            if key != fake.api_key:
                self._json(
                    400,
                    google_error(
                        400, "API key not valid. Please pass a valid API key.", "API_KEY_INVALID"
                    ),
                )
                return
            mask_text = (
                self.headers.get("X-Goog-FieldMask")
                or (query.get("fields") or query.get("$fields") or [""])[0]
            )
            if not mask_text:
                self._json(
                    400,
                    google_error(
                        400,
                        "FieldMask is a required parameter. See https://cloud.google.com/apis/"
                        "docs/system-parameters on how to provide it.",
                    ),
                )
                return
            mask = [path.strip() for path in mask_text.split(",") if path.strip()]
            status, answer = search(fake, body, mask)
            self._json(status, answer)

    with serve_on_loopback(Handler) as url:
        fake.url = url
        yield fake


def place(
    place_id: str,
    name: str,
    latitude: float,
    longitude: float,
    **fields: Any,
) -> dict[str, Any]:
    """A full Place object as Google returns it (unmasked), with sensible defaults."""
    data: dict[str, Any] = {
        "name": f"places/{place_id}",
        "id": place_id,
        "displayName": {"text": name, "languageCode": "en"},
        "formattedAddress": fields.pop("address", f"1 {name} Street"),
        "location": {"latitude": latitude, "longitude": longitude},
        "rating": fields.pop("rating", 4.3),
        "userRatingCount": 120,
        "priceLevel": fields.pop("price_level", "PRICE_LEVEL_MODERATE"),
        "types": fields.pop("types", ["restaurant", "food", "point_of_interest"]),
        "primaryType": fields.pop("primary_type", "restaurant"),
        "businessStatus": fields.pop("business_status", "OPERATIONAL"),
        "utcOffsetMinutes": fields.pop("utc_offset_minutes", 0),
        "regularOpeningHours": {
            "openNow": True,
            "periods": fields.pop(
                "periods",
                [
                    {
                        "open": {"day": d, "hour": 0, "minute": 0},
                        "close": {"day": d, "hour": 23, "minute": 59},
                    }
                    for d in range(7)
                ],
            ),  # fmt: skip
        },
        "googleMapsUri": f"https://maps.google.com/?cid={place_id}",
        "websiteUri": f"https://example.com/{place_id}",
    }
    data.update(fields)
    return data
