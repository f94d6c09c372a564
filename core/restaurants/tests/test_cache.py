"""Storing provider results: upsert by external_id, search areas, ids back in the answer."""

from __future__ import annotations

from typing import Any

import pytest

from core.restaurants.cache import cache_from_reply, store_provider_results
from core.restaurants.models import MenuItem, Restaurant, SearchArea, Source

pytestmark = pytest.mark.django_db

AREA = {"key": "google_places:40.745,-73.993:2000", "latitude": 40.745, "longitude": -73.993,
        "radius_m": 2000}  # fmt: skip


def place(external_id: str, **fields: Any) -> dict[str, Any]:
    return {"external_id": external_id, "name": f"Place {external_id}", "address": "1 St",
            "latitude": 40.745, "longitude": -73.993, "rating": 4.1, "price_level": 2,
            "cuisine": "thai", "opening_hours": {"mon": [["09:00", "17:00"]]},
            "timezone": "-05:00", "source": "google_places", **fields}  # fmt: skip


def test_insert_then_refresh() -> None:
    ids = store_provider_results("google_places", AREA, [place("a"), place("b")])
    assert set(ids) == {"a", "b"}
    a = Restaurant.objects.get(pk=ids["a"])
    assert a.source == Source.GOOGLE_PLACES and a.timezone == "-05:00"
    assert a.location == {"latitude": 40.745, "longitude": -73.993}
    first_fetch = a.fetched_at
    area = SearchArea.objects.get()
    assert (area.key, area.result_count, area.radius_m) == (AREA["key"], 2, 2000)

    again = store_provider_results("google_places", AREA, [place("a", name="Renamed", rating=4.8)])
    assert again == {"a": a.pk}
    a.refresh_from_db()
    assert (a.name, a.rating) == ("Renamed", 4.8) and a.fetched_at >= first_fetch
    assert Restaurant.objects.count() == 2 and SearchArea.objects.count() == 1
    assert SearchArea.objects.get().result_count == 1


def test_refresh_keeps_source_menu_and_healthy_options() -> None:
    row = Restaurant.objects.create(name="Curated", latitude=1, longitude=2, external_id="k",
                                    source=Source.IMPORT, healthy_options=["Soup"])  # fmt: skip
    MenuItem.objects.create(restaurant=row, name="Soup", calories=200, protein=10, carbs=20,
                            fats=8)  # fmt: skip
    store_provider_results("google_places", AREA, [place("k")])
    row.refresh_from_db()
    assert row.name == "Place k" and row.source == Source.IMPORT
    assert row.healthy_options == ["Soup"] and row.menu_items.count() == 1


def test_unusable_places_and_values_are_dropped_or_cleaned() -> None:
    ids = store_provider_results(
        "google_places",
        AREA,
        [
            place("bad-lat", latitude=123),
            place("", name="No id"),
            place("no-name", name=""),
            place("clean", rating=9, price_level=7, timezone="Nowhere/Zone",
                  opening_hours={"funday": []}),
        ],
    )  # fmt: skip
    assert list(ids) == ["clean"]
    clean = Restaurant.objects.get(external_id="clean")
    assert (clean.rating, clean.price_level, clean.timezone, clean.opening_hours) == (
        None, None, "", {},
    )  # fmt: skip


def test_cache_from_reply_fills_ids_and_hides_the_payload() -> None:
    reply = {
        "restaurants": [{"id": None, "external_id": "a", "name": "Place a"},
                        {"id": 7, "external_id": None, "name": "Local"}],
        "count": 2,
        "provider": {"name": "google_places", "status": "fetched", "area": AREA,
                     "places": [place("a")]},
    }  # fmt: skip
    cache_from_reply(reply)
    assert reply["provider"] == {"name": "google_places", "status": "fetched"}
    assert reply["restaurants"][0]["id"] == Restaurant.objects.get(external_id="a").pk
    assert reply["restaurants"][1]["id"] == 7


@pytest.mark.parametrize("status", ["cached", "unavailable", "disabled"])
def test_nothing_is_stored_unless_fetched(status: str) -> None:
    reply = {"restaurants": [], "provider": {"status": status, "area": AREA,
                                             "places": [place("a")]}}  # fmt: skip
    cache_from_reply(reply)
    assert not Restaurant.objects.exists() and not SearchArea.objects.exists()
    assert "places" not in reply["provider"]


def test_menu_item_tags_are_normalised_on_save() -> None:
    row = Restaurant.objects.create(name="R", latitude=0, longitude=0)
    item = MenuItem.objects.create(
        restaurant=row, name="x", calories=100, diets=["Vegan"],
        allergens=["soy", "SOY", "milk", "plastic"],
    )  # fmt: skip
    item.refresh_from_db()
    assert item.diets == ["vegan", "vegetarian", "pescatarian", "dairy_free"]
    assert item.allergens == ["milk", "soy"]
