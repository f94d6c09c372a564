"""``GET /api/restaurant/nearby/`` through the real AI service, and the Places cache."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ai.tests.fakes.places import FakePlaces, Fault, place
from core.accounts.models import User
from core.api.testing import client_for, make_user
from core.restaurants.models import MenuItem, Restaurant, SearchArea, Source
from domain.geo import haversine_m

URL = "/api/restaurant/nearby/"
HERE = (40.7446, -73.9927)  # Chelsea, New York


def make_restaurant(name: str, lat: float, lon: float, menu: list[dict[str, Any]] = (), **kw):
    row = Restaurant.objects.create(name=name, latitude=lat, longitude=lon, **kw)
    for item in menu:
        MenuItem.objects.create(restaurant=row, **item)
    return row


SALAD = {"name": "Lentil salad", "calories": 420, "protein": 21, "carbs": 52, "fats": 13,
         "fiber": 16, "saturated_fat": 2, "sodium": 480, "serving_grams": 380, "processing": 1,
         "diets": ["vegan", "gluten_free"]}  # fmt: skip
SALMON = {"name": "Salmon bowl", "calories": 560, "protein": 40, "carbs": 38, "fats": 26,
          "fiber": 7, "saturated_fat": 5, "sodium": 520, "serving_grams": 400, "processing": 2,
          "diets": ["pescatarian"], "allergens": ["fish"]}  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("latitude=91&longitude=0", "latitude"),
        ("latitude=-90.5&longitude=0", "latitude"),
        ("latitude=0&longitude=180.1", "longitude"),
        ("latitude=nan&longitude=0", "latitude"),
        ("longitude=0", "latitude"),
        ("latitude=0&longitude=0&radius=-1", "radius"),
        ("latitude=0&longitude=0&radius=50001", "radius"),
        ("latitude=0&longitude=0&radius=inf", "radius"),
        ("latitude=0&longitude=0&page_size=51", "page_size"),
        ("latitude=0&longitude=0&page=0", "page"),
        ("latitude=0&longitude=0&sort=closest", "sort"),
        ("latitude=0&longitude=0&price_level=5", "price_level"),
        ("latitude=0&longitude=0&diet=keto", "diet"),
        ("latitude=0&longitude=0&min_rating=6", "min_rating"),
    ],
)
def test_bad_queries_are_400_before_any_call(user: User, settings: Any, query: str, field: str):
    settings.AI_SERVICE_URL = "http://127.0.0.1:9"  # nothing listens: a call would be 503
    response = client_for(user).get(f"{URL}?{query}")
    assert response.status_code == 400, response.content
    assert field in response.json()["details"]


@pytest.mark.django_db
def test_anonymous_is_401() -> None:
    assert client_for(None).get(f"{URL}?latitude=0&longitude=0").status_code == 401


def test_search_through_the_ai_service(live_ai: Callable[..., str]) -> None:
    live_ai()
    near = make_restaurant("Near", *HERE, menu=[SALAD, SALMON], rating=4.5, address="1 A St")
    mid = make_restaurant("Mid", HERE[0] + 0.005, HERE[1], menu=[SALMON], rating=4.0)
    make_restaurant("Far", HERE[0] + 0.05, HERE[1])  # ~5.6 km: outside the default 2 km
    vegan = make_user(dietary_preferences=["vegan"], timezone="America/New_York")
    response = client_for(vegan).get(URL, {"latitude": HERE[0], "longitude": HERE[1]})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == 2 and body["provider"] == {
        "name": "google_places",
        "status": "disabled",
    }
    first, second = body["restaurants"]
    assert [first["id"], second["id"]] == [near.pk, mid.pk]
    assert first["location"] == {"latitude": HERE[0], "longitude": HERE[1]}
    assert first["address"] == "1 A St" and first["rating"] == 4.5 and first["source"] == "manual"
    assert first["distance_m"] == 0.0
    assert second["distance_m"] == pytest.approx(
        haversine_m(*HERE, mid.latitude, mid.longitude), abs=0.1
    )
    # The vegan sees the salad and never the salmon; the salmon-only place has no option.
    assert [o["name"] for o in first["healthy_options"]] == ["Lentil salad"]
    assert second["healthy_options"] == [] and second["score"] == 0.0
    paged = (
        client_for(vegan)
        .get(URL, {"latitude": HERE[0], "longitude": HERE[1], "page": 2, "page_size": 1})
        .json()
    )
    assert paged["count"] == 2 and [r["id"] for r in paged["restaurants"]] == [mid.pk]


def test_google_results_are_cached_and_the_provider_not_called_again(
    live_ai: Callable[..., str], fake_places: FakePlaces
) -> None:
    fake_places.places = [
        place("ChIJ-one", "Chelsea Salad Co", HERE[0] + 0.001, HERE[1], rating=4.6,
              price_level="PRICE_LEVEL_INEXPENSIVE", primary_type="salad_restaurant"),
        place("ChIJ-two", "Gone Diner", HERE[0], HERE[1] + 0.001,
              business_status="CLOSED_PERMANENTLY"),
        place("ChIJ-far", "Far Away Grill", HERE[0] + 0.2, HERE[1]),
    ]  # fmt: skip
    live_ai(google_maps_api_key=fake_places.api_key, google_places_base_url=fake_places.url)
    client = client_for(make_user())
    query = {"latitude": HERE[0] + 0.00012, "longitude": HERE[1] - 0.00021, "radius": 1500}

    first = client.get(URL, query)
    assert first.status_code == 200, first.content
    body = first.json()
    assert body["provider"] == {"name": "google_places", "status": "fetched"}
    assert fake_places.searches == 1
    stored = Restaurant.objects.get(external_id="ChIJ-one")
    assert stored.source == Source.GOOGLE_PLACES and stored.fetched_at is not None
    assert (stored.rating, stored.price_level, stored.cuisine) == (4.6, 1, "salad")
    assert stored.location == {"latitude": stored.latitude, "longitude": stored.longitude}
    assert not Restaurant.objects.filter(external_id="ChIJ-two").exists()  # closed for good
    [item] = body["restaurants"]
    assert item["id"] == stored.pk and item["external_id"] == "ChIJ-one"
    area = SearchArea.objects.get()
    assert area.key == "google_places:40.745,-73.993:2000" and area.result_count == 1

    # What Google saw: the key and mask headers, and only the coarse cell centre.
    sent = fake_places.requests[0]
    assert sent.headers["X-Goog-Api-Key"] == fake_places.api_key
    assert "places.location" in sent.headers["X-Goog-FieldMask"]
    circle = sent.body["locationRestriction"]["circle"]
    assert circle == {"center": {"latitude": 40.745, "longitude": -73.993}, "radius": 2080.0}

    again = client.get(URL, query).json()
    assert again["provider"]["status"] == "cached"
    assert fake_places.searches == 1  # answered from the table
    assert [r["id"] for r in again["restaurants"]] == [stored.pk]
    assert Restaurant.objects.filter(source=Source.GOOGLE_PLACES).count() == 1


def test_refresh_updates_provider_fields_but_keeps_curated_ones(
    live_ai: Callable[..., str], fake_places: FakePlaces
) -> None:
    curated = make_restaurant(
        "Old name", *HERE, menu=[SALAD], source=Source.IMPORT, external_id="ChIJ-kept",
        healthy_options=["Lentil salad"],
    )  # fmt: skip
    fake_places.places = [place("ChIJ-kept", "New name", HERE[0], HERE[1], rating=4.9)]
    live_ai(google_maps_api_key=fake_places.api_key, google_places_base_url=fake_places.url)
    body = client_for(make_user()).get(URL, {"latitude": HERE[0], "longitude": HERE[1]}).json()
    assert body["provider"]["status"] == "fetched"
    curated.refresh_from_db()
    assert (curated.name, curated.rating, curated.source) == ("New name", 4.9, Source.IMPORT)
    assert curated.healthy_options == ["Lentil salad"] and curated.menu_items.count() == 1
    assert Restaurant.objects.count() == 1
    assert [r["id"] for r in body["restaurants"]] == [curated.pk]


def test_provider_failure_falls_back_to_the_table(
    live_ai: Callable[..., str], fake_places: FakePlaces
) -> None:
    local = make_restaurant("Local Bowl", *HERE, menu=[SALAD])
    fake_places.faults = [Fault(status=503), Fault(status=503), Fault(status=503)]
    fake_places.places = [place("ChIJ-x", "Remote", HERE[0], HERE[1])]
    live_ai(
        google_maps_api_key=fake_places.api_key,
        google_places_base_url=fake_places.url,
        google_places_retries=2,
    )
    client = client_for(make_user())
    response = client.get(URL, {"latitude": HERE[0], "longitude": HERE[1]})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["provider"] == {"name": "google_places", "status": "unavailable",
                                "reason": "unavailable"}  # fmt: skip
    assert [r["id"] for r in body["restaurants"]] == [local.pk]
    assert fake_places.searches == 3  # first try + 2 retries
    assert not SearchArea.objects.exists()  # nothing cached: the next search asks again
    recovered = client.get(URL, {"latitude": HERE[0], "longitude": HERE[1]}).json()
    assert recovered["provider"]["status"] == "fetched" and fake_places.searches == 4
    assert {r["name"] for r in recovered["restaurants"]} == {"Local Bowl", "Remote"}


@pytest.mark.django_db
def test_ai_service_down_is_503_json(user: User, settings: Any) -> None:
    settings.AI_SERVICE_URL = "http://127.0.0.1:9"
    settings.AI_SERVICE_RETRIES = 0
    response = client_for(user).get(URL, {"latitude": 0, "longitude": 0})
    assert response.status_code == 503
    assert response.json()["error"]
