"""Great-circle distances against an independent ellipsoidal reference, and search boxes.

The reference distances come from Vincenty's inverse formula on the WGS 84 ellipsoid,
written here independently of ``domain.geo`` and itself checked against the published
Geoscience Australia example (Flinders Peak to Buninyong, 54,972.271 m).
"""

from __future__ import annotations

import math
import random

import pytest

from domain.geo import (
    EARTH_RADIUS_M,
    GeoError,
    bounding_box,
    check_point,
    check_radius,
    haversine_m,
    round_to_cell,
)


def vincenty_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Vincenty (1975) inverse geodesic distance on WGS 84, metres."""
    a, f = 6378137.0, 1 / 298.257223563
    b = a * (1 - f)
    big_l = math.radians(lon2 - lon1)
    u1 = math.atan((1 - f) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - f) * math.tan(math.radians(lat2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    lam = big_l
    for _ in range(200):
        sin_l, cos_l = math.sin(lam), math.cos(lam)
        sin_s = math.hypot(cos_u2 * sin_l, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_l)
        if sin_s == 0:
            return 0.0
        cos_s = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_l
        sigma = math.atan2(sin_s, cos_s)
        sin_a = cos_u1 * cos_u2 * sin_l / sin_s
        cos2_a = 1 - sin_a * sin_a
        cos_2sm = cos_s - 2 * sin_u1 * sin_u2 / cos2_a if cos2_a else 0.0
        c = f / 16 * cos2_a * (4 + f * (4 - 3 * cos2_a))
        previous = lam
        lam = big_l + (1 - c) * f * sin_a * (
            sigma + c * sin_s * (cos_2sm + c * cos_s * (-1 + 2 * cos_2sm**2))
        )
        if abs(lam - previous) < 1e-12:
            break
    u_sq = cos2_a * (a * a - b * b) / (b * b)
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    d_sigma = (
        big_b
        * sin_s
        * (
            cos_2sm
            + big_b
            / 4
            * (
                cos_s * (-1 + 2 * cos_2sm**2)
                - big_b / 6 * cos_2sm * (-3 + 4 * sin_s**2) * (-3 + 4 * cos_2sm**2)
            )
        )
    )
    return b * big_a * (sigma - d_sigma)


def dms(degrees: int, minutes: int, seconds: float) -> float:
    return math.copysign(abs(degrees) + minutes / 60 + seconds / 3600, degrees)


def test_the_reference_itself_matches_the_published_geodesic() -> None:
    # Geoscience Australia's worked example for Vincenty's formulae (GRS80 ~ WGS 84).
    flinders = (dms(-37, 57, 3.72030), dms(144, 25, 29.52440))
    buninyong = (dms(-37, 39, 10.15610), dms(143, 55, 35.38390))
    assert vincenty_m(*flinders, *buninyong) == pytest.approx(54972.271, abs=0.01)


CITY_PAIRS = {
    "London-Paris": ((51.5074, -0.1278), (48.8566, 2.3522)),
    "New York-Los Angeles": ((40.7128, -74.0060), (34.0522, -118.2437)),
    "Sydney-Melbourne": ((-33.8688, 151.2093), (-37.8136, 144.9631)),
    "Tokyo-Singapore": ((35.6762, 139.6503), (1.3521, 103.8198)),
    "Quito-Nairobi (equator)": ((-0.1807, -78.4678), (-1.2921, 36.8219)),
    "Suva-Apia (antimeridian)": ((-18.1248, 178.4501), (-13.8507, -171.7514)),
    "Longyearbyen-Tromso (Arctic)": ((78.2232, 15.6267), (69.6492, 18.9553)),
    "Helsinki-Tallinn": ((60.1699, 24.9384), (59.4370, 24.7536)),
    "Anchorage-Tokyo": ((61.2181, -149.9003), (35.6762, 139.6503)),
    "Madrid-Buenos Aires": ((40.4168, -3.7038), (-34.6037, -58.3816)),
}


@pytest.mark.parametrize("pair", CITY_PAIRS)
def test_city_pair_distances_within_half_a_percent(pair: str) -> None:
    (lat1, lon1), (lat2, lon2) = CITY_PAIRS[pair]
    reference = vincenty_m(lat1, lon1, lat2, lon2)
    assert haversine_m(lat1, lon1, lat2, lon2) == pytest.approx(reference, rel=0.005)
    assert haversine_m(lat2, lon2, lat1, lon1) == haversine_m(lat1, lon1, lat2, lon2)


def test_distance_edge_cases() -> None:
    assert haversine_m(12.5, 99.9, 12.5, 99.9) == 0.0
    # Both spellings of the antimeridian are one meridian.
    assert haversine_m(10.0, 180.0, 10.0, -180.0) == pytest.approx(0.0, abs=1e-6)
    # Antipodes and pole to pole: half the circumference, no domain error.
    half = math.pi * EARTH_RADIUS_M
    assert haversine_m(0.0, 0.0, 0.0, 180.0) == pytest.approx(half)
    assert haversine_m(90.0, 0.0, -90.0, 0.0) == pytest.approx(half)
    # Any longitude at a pole is the same point.
    assert haversine_m(90.0, 10.0, 90.0, -170.0) == pytest.approx(0.0, abs=1e-6)


def destination(lat: float, lon: float, bearing_deg: float, distance_m: float) -> tuple:
    """The point ``distance_m`` away along ``bearing_deg`` (spherical direct problem)."""
    d = distance_m / EARTH_RADIUS_M
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    phi2 = math.asin(math.sin(phi) * math.cos(d) + math.cos(phi) * math.sin(d) * math.cos(theta))
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(d) * math.cos(phi), math.cos(d) - math.sin(phi) * math.sin(phi2)
    )
    lon2 = (math.degrees(lam2) + 540.0) % 360.0 - 180.0
    return math.degrees(phi2), lon2


@pytest.mark.parametrize(
    ("lat", "lon", "radius"),
    [
        (40.7128, -74.006, 2_000),  # an ordinary city search
        (-16.5, 179.99, 50_000),  # crosses the antimeridian eastwards
        (51.0, -179.995, 5_000),  # crosses it westwards
        (89.9, 45.0, 50_000),  # reaches the North Pole
        (-89.99, 0.0, 2_000),  # reaches the South Pole
        (75.0, 10.0, 50_000),  # high latitude: box much wider than r / cos(lat)
        (0.0, 0.0, 50_000),
    ],
)
def test_every_point_of_the_circle_is_in_the_box(lat: float, lon: float, radius: float) -> None:
    box = bounding_box(lat, lon, radius)
    rng = random.Random(7)
    for _ in range(2_000):
        bearing = rng.uniform(0, 360)
        distance = radius * math.sqrt(rng.random())
        if rng.random() < 0.2:
            distance = radius  # the rim itself
        point = destination(lat, lon, bearing, distance)
        assert haversine_m(lat, lon, *point) <= radius * (1 + 1e-9) + 1e-6
        assert box.contains(*point), (point, box)


def test_antimeridian_box_has_two_ranges() -> None:
    box = bounding_box(-16.5, 179.99, 50_000)
    assert len(box.lon_ranges) == 2
    (west_low, west_high), (east_low, east_high) = box.lon_ranges
    assert west_high == 180.0 and east_low == -180.0
    assert 179.0 < west_low < 179.99 and -180.0 < east_high < -179.0
    assert box.contains(-16.5, -179.8) and box.contains(-16.5, 179.8)
    assert not box.contains(-16.5, 0.0) and not box.contains(-16.5, -178.0)


def test_polar_box_spans_all_longitudes() -> None:
    north = bounding_box(89.9, 45.0, 50_000)
    assert north.all_longitudes and north.max_lat == 90.0
    assert north.contains(89.9, -135.0)  # across the pole, 22 km away
    south = bounding_box(-90.0, 0.0, 0)
    assert south.all_longitudes and south.min_lat == -90.0


def test_radius_zero_box_is_the_point() -> None:
    box = bounding_box(48.8566, 2.3522, 0)
    assert box.contains(48.8566, 2.3522)
    assert not box.contains(48.8567, 2.3522) and not box.contains(48.8566, 2.3521)


def test_box_is_tight_in_ordinary_places() -> None:
    box = bounding_box(0.0, 0.0, 1_000)
    ((low, high),) = box.lon_ranges
    expected = math.degrees(1_000 / EARTH_RADIUS_M)
    assert box.max_lat == pytest.approx(expected, rel=1e-6)
    assert high == pytest.approx(expected, rel=1e-6) and low == pytest.approx(-expected, rel=1e-6)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: check_point(90.0001, 0), "latitude"),
        (lambda: check_point(-91, 0), "latitude"),
        (lambda: check_point(float("nan"), 0), "latitude"),
        (lambda: check_point(0, 180.5), "longitude"),
        (lambda: check_point(0, float("inf")), "longitude"),
        (lambda: check_radius(-1), "radius"),
        (lambda: check_radius(50_000.1), "radius"),
        (lambda: check_radius(float("nan")), "radius"),
    ],
)
def test_out_of_range_input_is_refused(call, field: str) -> None:  # noqa: ANN001
    with pytest.raises(GeoError) as caught:
        call()
    assert caught.value.field == field


def test_limits_themselves_are_accepted() -> None:
    for lat, lon in ((90, 180), (-90, -180), (0, 0)):
        check_point(lat, lon)
    check_radius(0)
    check_radius(50_000)


def test_cells_are_stable_keys() -> None:
    assert round_to_cell(40.71284, -74.00601) == (40.713, -74.006)
    assert round_to_cell(-0.0001, -0.0001) == (0.0, 0.0)
    assert round_to_cell(10.0, -180.0) == round_to_cell(10.0, 180.0)
