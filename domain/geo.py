"""Great-circle distances and search boxes on the sphere (plain Python, no web framework).

A nearby search runs in two steps: a bounding box that an index on (latitude, longitude)
can answer with plain range comparisons, then the exact great-circle distance of each
candidate, so the result is a true circle. Both steps are here, shared by the AI service
(which searches) and the core (which validates and imports).

The Earth is taken as a sphere of radius 6,371,008.8 m (the IUGG mean radius R1). Against
the WGS 84 ellipsoid (Vincenty's formulae) that is within about 0.5 % for any pair of
points, which is far below what a "restaurants within 2 km" search can notice.

The bounding box follows J. P. Matuschek, "Finding Points Within a Distance of a
Latitude/Longitude Using Bounding Coordinates" (2010): the latitude band is ``lat ± r``
(``r`` the angular radius); the longitude half-width is ``asin(sin r / cos lat)``, wider
than ``r / cos lat`` near the poles, where meridians converge. Two special cases:

- a circle reaching a pole contains every longitude, so the box is a polar cap
  (latitude clamped to ±90, longitude unrestricted);
- a circle crossing the antimeridian (±180°) gets two longitude ranges, one each side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_008.8
DEFAULT_RADIUS_M = 2_000.0
MAX_RADIUS_M = 50_000.0
LATITUDE_RANGE = (-90.0, 90.0)
LONGITUDE_RANGE = (-180.0, 180.0)
# Widening of every box edge (degrees, ~0.1 mm): a row exactly on the circle must not be
# lost to rounding in the box before the exact distance decides.
_BOX_PAD_DEG = 1e-9


class GeoError(ValueError):
    """Coordinates or radius out of range; ``field`` names the offending parameter."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def check_point(latitude: float, longitude: float) -> None:
    """Raise ``GeoError`` unless the point is a finite WGS 84 latitude/longitude."""
    if not (math.isfinite(latitude) and LATITUDE_RANGE[0] <= latitude <= LATITUDE_RANGE[1]):
        raise GeoError("latitude", "Latitude must be between -90 and 90 degrees.")
    if not (math.isfinite(longitude) and LONGITUDE_RANGE[0] <= longitude <= LONGITUDE_RANGE[1]):
        raise GeoError("longitude", "Longitude must be between -180 and 180 degrees.")


def check_radius(radius_m: float, maximum: float = MAX_RADIUS_M) -> None:
    """Raise ``GeoError`` unless ``0 <= radius_m <= maximum`` (metres)."""
    if not (math.isfinite(radius_m) and 0.0 <= radius_m <= maximum):
        raise GeoError("radius", f"Radius must be between 0 and {maximum:,.0f} metres.")


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two points given in degrees.

    The haversine form stays accurate for small distances (no ``acos`` of a number near 1)
    and is clamped so rounding cannot push ``asin`` out of its domain for antipodes.
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2.0 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, max(0.0, h))))


@dataclass(frozen=True)
class BoundingBox:
    """Latitude band and one or two longitude ranges (two when crossing ±180°).

    Every point within the circle it was made for lies inside; points inside may still be
    outside the circle (the corners), which the exact distance then removes.
    """

    min_lat: float
    max_lat: float
    lon_ranges: tuple[tuple[float, float], ...]

    @property
    def all_longitudes(self) -> bool:
        """Whether the box spans every longitude (a polar cap or a huge circle)."""
        return self.lon_ranges == ((LONGITUDE_RANGE[0], LONGITUDE_RANGE[1]),)

    def contains(self, latitude: float, longitude: float) -> bool:
        """Whether the point passes the box (the same test the database query makes)."""
        if not self.min_lat <= latitude <= self.max_lat:
            return False
        return any(low <= longitude <= high for low, high in self.lon_ranges)


def bounding_box(latitude: float, longitude: float, radius_m: float) -> BoundingBox:
    """The smallest latitude/longitude box holding the circle (see the module docstring)."""
    check_point(latitude, longitude)
    check_radius(radius_m, maximum=math.pi * EARTH_RADIUS_M)
    angular = radius_m / EARTH_RADIUS_M
    lat = math.radians(latitude)
    min_lat = math.degrees(lat - angular) - _BOX_PAD_DEG
    max_lat = math.degrees(lat + angular) + _BOX_PAD_DEG
    full = ((LONGITUDE_RANGE[0], LONGITUDE_RANGE[1]),)
    if max_lat >= LATITUDE_RANGE[1] or min_lat <= LATITUDE_RANGE[0]:
        # The circle reaches (or all but touches) a pole: every meridian passes through it.
        return BoundingBox(max(min_lat, LATITUDE_RANGE[0]), min(max_lat, LATITUDE_RANGE[1]), full)
    ratio = math.sin(angular) / math.cos(lat)
    if ratio >= 1.0:
        return BoundingBox(min_lat, max_lat, full)
    half_width = math.degrees(math.asin(ratio)) + _BOX_PAD_DEG
    west, east = longitude - half_width, longitude + half_width
    if west < LONGITUDE_RANGE[0]:
        ranges: tuple[tuple[float, float], ...] = (
            (west + 360.0, LONGITUDE_RANGE[1]),
            (LONGITUDE_RANGE[0], east),
        )
    elif east > LONGITUDE_RANGE[1]:
        ranges = ((west, LONGITUDE_RANGE[1]), (LONGITUDE_RANGE[0], east - 360.0))
    else:
        ranges = ((west, east),)
    return BoundingBox(min_lat, max_lat, ranges)


def round_to_cell(latitude: float, longitude: float, decimals: int = 3) -> tuple[float, float]:
    """The point snapped to a grid of ``10**-decimals`` degrees (3 -> ~110 m north-south).

    Used to key provider caches and to send a provider a coarse position rather than the
    user's exact one.
    """
    lat = round(latitude, decimals)
    lon = round(longitude, decimals)
    if lon <= LONGITUDE_RANGE[0]:
        lon = LONGITUDE_RANGE[1]  # -180 and 180 are one meridian; keep one spelling
    return lat + 0.0, lon + 0.0  # "+ 0.0" turns -0.0 into 0.0 for stable keys
