"""The Google Places client against a fake Places server speaking the real protocol."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from ai.providers.places import (
    FIELD_MASK,
    PlacesClient,
    PlacesConfig,
    PlacesError,
    normalise_place,
    search_area,
)
from ai.tests.fakes.places import FakePlaces, Fault, place, running
from domain.geo import haversine_m

HERE = (51.5262, -0.1090)


@pytest.fixture
def fake() -> Iterator[FakePlaces]:
    with running(FakePlaces()) as server:
        yield server


def client_for(fake: FakePlaces, **overrides: object) -> PlacesClient:
    values = {"api_key": fake.api_key, "base_url": fake.url, "backoff_seconds": 0.01,
              "read_timeout": 2.0, "deadline_seconds": 5.0, **overrides}  # fmt: skip
    return PlacesClient(PlacesConfig(**values))  # type: ignore[arg-type]


def search(client: PlacesClient, lat: float = HERE[0], lon: float = HERE[1], radius: float = 1000):
    return asyncio.run(client.search_nearby(search_area(lat, lon, radius)))


def test_search_speaks_the_protocol_and_normalises(fake: FakePlaces) -> None:
    fake.places = [
        place("near", "Leaf & Grain", HERE[0] + 0.001, HERE[1], rating=4.5,
              price_level="PRICE_LEVEL_EXPENSIVE", primary_type="vegan_restaurant",
              utc_offset_minutes=330,
              periods=[{"open": {"day": 5, "hour": 18, "minute": 0},
                        "close": {"day": 6, "hour": 2, "minute": 0}}]),
        place("nearer", "Corner Cafe", HERE[0], HERE[1] + 0.0005, rating=7.0, price_level="?"),
        place("far", "Far Away", HERE[0] + 0.5, HERE[1]),
        place("shop", "A Shop", HERE[0], HERE[1], types=["store"]),
    ]  # fmt: skip
    rows = search(client_for(fake))
    assert [row["external_id"] for row in rows] == ["nearer", "near"]  # DISTANCE ranking
    near = rows[1]
    assert near == {
        "external_id": "near", "name": "Leaf & Grain", "address": "1 Leaf & Grain Street",
        "latitude": HERE[0] + 0.001, "longitude": HERE[1], "rating": 4.5, "price_level": 3,
        "cuisine": "vegan", "opening_hours": {"fri": [["18:00", "02:00"]]},
        "timezone": "+05:30", "source": "google_places",
    }  # fmt: skip
    assert rows[0]["rating"] is None and rows[0]["price_level"] is None
    [request] = fake.requests
    assert request.path == "/v1/places:searchNearby"
    assert request.headers["X-Goog-Api-Key"] == fake.api_key
    assert request.headers["X-Goog-FieldMask"] == FIELD_MASK
    assert request.body["includedTypes"] == ["restaurant"]
    assert request.body["maxResultCount"] == 20 and request.body["rankPreference"] == "DISTANCE"


def test_the_fake_enforces_key_and_field_mask(fake: FakePlaces) -> None:
    import httpx

    url = fake.url + "/v1/places:searchNearby"
    body = {"locationRestriction": {"circle": {"center": {"latitude": 0, "longitude": 0},
                                               "radius": 10}}}  # fmt: skip
    no_key = httpx.post(url, json=body, headers={"X-Goog-FieldMask": "places.id"})
    assert no_key.status_code == 403 and no_key.json()["error"]["status"] == "PERMISSION_DENIED"
    no_mask = httpx.post(url, json=body, headers={"X-Goog-Api-Key": fake.api_key})
    assert no_mask.status_code == 400 and "FieldMask" in no_mask.json()["error"]["message"]
    masked = httpx.post(
        url + "?fields=places.id", json=body, headers={"X-Goog-Api-Key": fake.api_key}
    )
    assert masked.status_code == 200 and masked.json() == {}  # empty result: no "places"


def test_empty_answer_is_no_places(fake: FakePlaces) -> None:
    assert search(client_for(fake)) == []


def test_429_with_retry_after_then_success(fake: FakePlaces) -> None:
    fake.places = [place("a", "A", *HERE)]
    fake.faults = [Fault(status=429, retry_after="0"), Fault(status=500)]
    rows = search(client_for(fake, retries=2))
    assert [r["external_id"] for r in rows] == ["a"] and fake.searches == 3


def test_retry_after_beyond_the_deadline_gives_up_at_once(fake: FakePlaces) -> None:
    fake.faults = [Fault(status=429, retry_after="120")]
    with pytest.raises(PlacesError) as caught:
        search(client_for(fake, retries=2, deadline_seconds=2))
    assert caught.value.kind == "rate_limited" and caught.value.status == 429
    assert fake.searches == 1


def test_5xx_retries_are_bounded(fake: FakePlaces) -> None:
    fake.faults = [Fault(status=503)] * 5
    with pytest.raises(PlacesError) as caught:
        search(client_for(fake, retries=2))
    assert caught.value.kind == "unavailable" and fake.searches == 3


@pytest.mark.parametrize(("key", "status"), [("wrong-key", 400), ("", 403)])
def test_bad_key_is_not_retried_and_opens_the_circuit(fake: FakePlaces, key: str, status: int):
    client = client_for(fake, api_key=key, retries=2)
    with pytest.raises(PlacesError) as caught:
        search(client)
    assert (caught.value.kind, caught.value.status) == ("auth", status)
    assert fake.searches == 1
    with pytest.raises(PlacesError) as again:
        search(client)
    assert again.value.kind == "circuit_open" and fake.searches == 1  # no second call


def test_repeated_failures_open_the_circuit(fake: FakePlaces) -> None:
    client = client_for(fake, retries=0, failure_threshold=2)
    fake.faults = [Fault(status=500), Fault(status=500)]
    for _ in range(2):
        with pytest.raises(PlacesError):
            search(client)
    with pytest.raises(PlacesError) as caught:
        search(client)
    assert caught.value.kind == "circuit_open" and fake.searches == 2


def test_slow_answer_times_out_without_retry(fake: FakePlaces) -> None:
    fake.faults = [Fault(delay=1.5)]
    with pytest.raises(PlacesError) as caught:
        search(client_for(fake, read_timeout=0.3, retries=2))
    assert caught.value.kind == "timeout" and fake.searches == 1


def test_dropped_connection_is_retried(fake: FakePlaces) -> None:
    fake.places = [place("a", "A", *HERE)]
    fake.faults = [Fault(drop=True)]
    assert len(search(client_for(fake, retries=1))) == 1
    assert fake.searches == 2


def test_non_json_body_is_a_bad_response(fake: FakePlaces) -> None:
    fake.faults = [Fault(raw=b"<html>oops</html>")]
    with pytest.raises(PlacesError) as caught:
        search(client_for(fake))
    assert caught.value.kind == "bad_response"


def test_unreachable_server() -> None:
    client = PlacesClient(PlacesConfig(api_key="k", base_url="http://127.0.0.1:9", retries=1,
                                       backoff_seconds=0.01))  # fmt: skip
    with pytest.raises(PlacesError) as caught:
        search(client)
    assert caught.value.kind == "unavailable"


def test_search_area_covers_the_circle_and_is_coarse() -> None:
    area = search_area(40.74463, -73.99271, 1_900)
    assert (area.latitude, area.longitude, area.radius_m) == (40.745, -73.993, 2_000)
    assert area.key == "google_places:40.745,-73.993:2000"
    assert area.query_radius_m == 2_080  # the bucket plus the cell's half-diagonal
    # Every point of the cell is within 80 m of its centre, so the query circle covers
    # the circle of any user in the cell.
    for lat, lon in ((40.7445, -73.9935), (40.7455, -73.9925), (40.7455, -73.9935)):
        assert haversine_m(lat, lon, 40.745, -73.993) < 80
    assert search_area(40.74463, -73.99271, 2_001).radius_m == 5_000
    assert search_area(0, 0, 50_000).query_radius_m == 50_000
    assert search_area(0, 0, 0).radius_m == 500


def test_unusable_places_are_dropped() -> None:
    assert normalise_place({"id": "x", "displayName": {"text": "No location"}}) is None
    assert normalise_place(place("x", "", 0, 0)) is None
    assert normalise_place(place("x", "Off the map", 95, 0)) is None
    assert normalise_place("garbage") is None


def test_timeouts_open_the_circuit(fake: FakePlaces) -> None:
    """A slow Google is unhealthy: its timeouts count toward the breaker, so an outage
    costs a few timeouts, not one per search."""
    from resilience.tests.metrics_helpers import calls, state

    fake.faults = [Fault(delay=1.0)] * 2
    before = calls("places", "timeout")
    client = client_for(fake, read_timeout=0.2, retries=2, failure_threshold=2)
    for _ in range(2):
        with pytest.raises(PlacesError) as caught:
            search(client)
        assert caught.value.kind == "timeout"
    with pytest.raises(PlacesError) as refused:
        search(client)
    assert refused.value.kind == "circuit_open" and fake.searches == 2
    assert calls("places", "timeout") == before + 2
    assert state("places") == 2
