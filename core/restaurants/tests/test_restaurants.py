"""Restaurants: everyone signed in reads, only staff write, bad input changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from core.accounts.models import User
from core.api.testing import client_for, make_user
from core.restaurants.models import Restaurant

URL = "/api/v1/restaurants/"

pytestmark = pytest.mark.django_db


def make_restaurant(**fields: Any) -> Restaurant:
    fields.setdefault("name", "Green Bowl")
    fields.setdefault("latitude", 40.7128)
    fields.setdefault("longitude", -74.006)
    return Restaurant.objects.create(**fields)


def snapshot() -> list[dict[str, Any]]:
    return list(Restaurant.objects.order_by("pk").values())


@pytest.fixture
def staff() -> User:
    return make_user(is_staff=True)


VALID = {
    "name": "Salad Stop",
    "address": "1 Main St",
    "latitude": 51.5072,
    "longitude": -0.1276,
    "cuisine": "salads",
    "price_level": 2,
    "rating": 4.5,
    "healthy_options": ["Quinoa bowl", "Green salad"],
    "external_id": "ChIJdd4hrwug2EcRmSrV3Vo6llI",
    "source": "import",
}


def test_anonymous_gets_401_everywhere() -> None:
    place = make_restaurant()
    anon = client_for(None)
    before = snapshot()
    for response in (
        anon.get(URL),
        anon.get(f"{URL}{place.pk}/"),
        anon.post(URL, VALID, format="json"),
        anon.patch(f"{URL}{place.pk}/", {"name": "x"}, format="json"),
        anon.delete(f"{URL}{place.pk}/"),
    ):
        assert response.status_code == 401, response.content
        assert response.json()["error"]
    assert snapshot() == before


def test_user_lists_and_retrieves(user: User) -> None:
    place = make_restaurant(healthy_options=["Lentil soup"], rating=4.2, address="2 High St")
    client = client_for(user)
    listed = client.get(URL)
    assert listed.status_code == 200
    body = listed.json()
    assert body["count"] == 1 and {"next", "previous"} <= body.keys()
    item = client.get(f"{URL}{place.pk}/").json()
    assert item["name"] == "Green Bowl"
    assert item["location"] == {"latitude": 40.7128, "longitude": -74.006}
    assert item["latitude"] == 40.7128 and item["longitude"] == -74.006
    assert item["healthy_options"] == ["Lentil soup"]
    assert item["rating"] == 4.2 and item["address"] == "2 High St"


def test_filters_and_search(user: User) -> None:
    make_restaurant(name="Green Bowl", cuisine="Vegan", rating=4.6)
    make_restaurant(name="Burger Barn", cuisine="American", rating=3.1)
    make_restaurant(name="Green Curry House", cuisine="Thai", rating=4.0)
    make_restaurant(name="No Ratings Yet", cuisine="vegan", rating=None)
    client = client_for(user)

    def names(query: str) -> list[str]:
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 200, response.content
        return [item["name"] for item in response.json()["results"]]

    assert names("cuisine=vegan") == ["Green Bowl", "No Ratings Yet"]
    assert names("min_rating=4") == ["Green Bowl", "Green Curry House"]
    assert names("min_rating=4.5") == ["Green Bowl"]
    assert names("search=green") == ["Green Bowl", "Green Curry House"]
    assert names("search=green&cuisine=thai") == ["Green Curry House"]
    assert names("ordering=-rating&min_rating=1") == [
        "Green Bowl",
        "Green Curry House",
        "Burger Barn",
    ]
    for query, field in (("min_rating=lots", "min_rating"), ("ordering=stars", "ordering")):
        bad = client.get(f"{URL}?{query}")
        assert bad.status_code == 400 and field in bad.json()["details"], bad.content


def test_user_writes_are_forbidden_and_change_nothing(user: User) -> None:
    place = make_restaurant()
    client = client_for(user)
    before = snapshot()
    for response in (
        client.post(URL, VALID, format="json"),
        client.put(f"{URL}{place.pk}/", VALID, format="json"),
        client.patch(f"{URL}{place.pk}/", {"name": "Mine now"}, format="json"),
        client.delete(f"{URL}{place.pk}/"),
    ):
        assert response.status_code == 403, response.content
        assert response.json()["error"] == "Only staff can add, change or delete restaurants."
    assert snapshot() == before


def test_staff_crud(staff: User) -> None:
    client = client_for(staff)
    created = client.post(URL, VALID, format="json")
    assert created.status_code == 201, created.content
    row = Restaurant.objects.get(pk=created.json()["id"])
    assert row.name == "Salad Stop" and row.source == "import"
    assert row.location == {"latitude": 51.5072, "longitude": -0.1276}
    assert row.healthy_options == ["Quinoa bowl", "Green salad"]

    moved = client.patch(
        f"{URL}{row.pk}/", {"latitude": 48.8566, "longitude": 2.3522}, format="json"
    )
    assert moved.status_code == 200, moved.content
    row.refresh_from_db()
    assert row.location == {"latitude": 48.8566, "longitude": 2.3522}
    assert moved.json()["location"] == row.location

    replaced = client.put(
        f"{URL}{row.pk}/", {**VALID, "name": "Salad Stop 2", "rating": None}, format="json"
    )
    assert replaced.status_code == 200, replaced.content
    row.refresh_from_db()
    assert row.name == "Salad Stop 2" and row.rating is None

    assert client.delete(f"{URL}{row.pk}/").status_code == 204
    assert not Restaurant.objects.filter(pk=row.pk).exists()


def test_location_object_is_accepted_like_the_original_design(staff: User) -> None:
    client = client_for(staff)
    payload = {"name": "Poke Place", "location": {"latitude": -33.8688, "longitude": 151.2093}}
    created = client.post(URL, payload, format="json")
    assert created.status_code == 201, created.content
    row = Restaurant.objects.get(pk=created.json()["id"])
    assert (row.latitude, row.longitude) == (-33.8688, 151.2093)
    assert row.external_id is None and row.source == "manual"


def test_save_keeps_location_in_sync_with_update_fields() -> None:
    place = make_restaurant()
    place.latitude = 10.5
    place.save(update_fields=["latitude"])
    place.refresh_from_db()
    assert place.location == {"latitude": 10.5, "longitude": -74.006}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({**VALID, "latitude": 90.5}, "latitude"),
        ({**VALID, "latitude": -91}, "latitude"),
        ({**VALID, "longitude": 180.01}, "longitude"),
        ({**VALID, "longitude": -200}, "longitude"),
        ({**VALID, "rating": 5.1}, "rating"),
        ({**VALID, "rating": -0.5}, "rating"),
        ({**VALID, "price_level": 5}, "price_level"),
        ({**VALID, "name": "   "}, "name"),
        ({**VALID, "healthy_options": "salad"}, "healthy_options"),
        ({**VALID, "source": "scraped"}, "source"),
        ({k: v for k, v in VALID.items() if k != "latitude"}, "latitude"),
        ({**VALID, "location": {"latitude": 1.0, "longitude": -0.1276}}, "location"),
        ({**VALID, "location": {"latitude": 95.0, "longitude": 0}}, "location"),
    ],
)
def test_invalid_input_is_400_and_writes_nothing(
    staff: User, payload: dict[str, Any], field: str
) -> None:
    place = make_restaurant()
    client = client_for(staff)
    before = snapshot()
    for response in (
        client.post(URL, payload, format="json"),
        client.put(f"{URL}{place.pk}/", payload, format="json"),
    ):
        assert response.status_code == 400, response.content
        body = response.json()
        assert body["error"] and field in body["details"], body
    assert snapshot() == before


def test_duplicate_external_id_is_400(staff: User) -> None:
    make_restaurant(external_id="places/abc")
    response = client_for(staff).post(URL, {**VALID, "external_id": "places/abc"}, format="json")
    assert response.status_code == 400
    assert "external_id" in response.json()["details"]
    assert Restaurant.objects.count() == 1


def test_blank_external_ids_do_not_collide(staff: User) -> None:
    client = client_for(staff)
    for name in ("One", "Two"):
        response = client.post(URL, {**VALID, "name": name, "external_id": ""}, format="json")
        assert response.status_code == 201, response.content
    assert list(Restaurant.objects.values_list("external_id", flat=True)) == [None, None]


def test_admin_pages_render(client: Any) -> None:
    place = make_restaurant(external_id="places/xyz")
    client.force_login(make_user(is_staff=True, is_superuser=True))
    for url in (
        "/admin/restaurants/restaurant/",
        "/admin/restaurants/restaurant/?q=green",
        "/admin/restaurants/restaurant/add/",
        f"/admin/restaurants/restaurant/{place.pk}/change/",
    ):
        assert client.get(url).status_code == 200, url
