"""``GET /restaurant/nearby`` on the real test database (SQLite or MariaDB).

Geo edges (radius rim, radius 0, antimeridian, poles), paging, filters, restriction
safety, budget-aware ranking in the user's time zone, and the provider cache.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from ai import tables
from ai.main import create_app
from ai.tests.conftest import django_test_database_url, make_settings
from ai.tests.fakes.places import FakePlaces, place, running
from core.accounts.models import User
from core.api.testing import bearer_headers as auth
from core.api.testing import make_user
from core.foodlog.models import FoodEntry
from core.restaurants.models import MenuItem, Restaurant, SearchArea
from domain.geo import EARTH_RADIUS_M, haversine_m

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HERE = (48.8566, 2.3522)  # Paris


def add(name: str, lat: float, lon: float, menu: list[dict[str, Any]] = (), **fields) -> Restaurant:
    row = Restaurant.objects.create(name=name, latitude=lat, longitude=lon, **fields)
    for item in menu:
        MenuItem.objects.create(restaurant=row, **item)
    return row


def dish(name: str, kcal: float, **fields: Any) -> dict[str, Any]:
    """A dish with macros consistent with ``kcal`` (25/45/30 % of energy) unless given."""
    values = {"name": name, "calories": kcal, "protein": kcal * 0.25 / 4,
              "carbs": kcal * 0.45 / 4, "fats": kcal * 0.30 / 9, "fiber": kcal / 100,
              "saturated_fat": kcal * 0.04 / 9, "sodium": kcal * 0.8, "serving_grams": kcal / 1.2,
              "processing": 2}  # fmt: skip
    return {**values, **fields}


def north(lat: float, metres: float) -> float:
    """The latitude ``metres`` due north (exact on the sphere)."""
    return lat + math.degrees(metres / EARTH_RADIUS_M)


def get(client: TestClient, user: User, **params: Any) -> dict[str, Any]:
    response = client.get("/restaurant/nearby", params=params, headers=auth(user))
    assert response.status_code == 200, response.text
    return response.json()


def names(body: dict[str, Any]) -> list[str]:
    return [r["name"] for r in body["restaurants"]]


@pytest.fixture
def user(ai_settings: Any) -> User:
    return make_user()


def test_declared_tables_match_the_core_schema() -> None:
    from django.apps import apps

    models = {"restaurants": Restaurant, "restaurant_menu_items": MenuItem,
              "restaurant_search_areas": SearchArea, "users": User, "foods": FoodEntry}  # fmt: skip
    for table in (
        tables.restaurants,
        tables.restaurant_menu_items,
        tables.restaurant_search_areas,
        tables.users,
        tables.foods,
    ):
        model = models[table.name]
        assert model._meta.db_table == table.name
        columns = {f.column for f in model._meta.concrete_fields}
        assert {c.name for c in table.columns} <= columns, table.name
    assert apps.get_model("restaurants", "MenuItem") is MenuItem


def test_radius_rim_and_radius_zero(ai_client: TestClient, user: User) -> None:
    add("Centre", *HERE)
    add("Inside", north(HERE[0], 999.5), HERE[1])
    add("Outside", north(HERE[0], 1000.5), HERE[1])
    body = get(ai_client, user, latitude=HERE[0], longitude=HERE[1], radius=1000)
    assert names(body) == ["Centre", "Inside"] and body["count"] == 2
    assert body["restaurants"][1]["distance_m"] == pytest.approx(999.5, abs=0.1)
    exact = get(ai_client, user, latitude=HERE[0], longitude=HERE[1], radius=0)
    assert names(exact) == ["Centre"] and exact["restaurants"][0]["distance_m"] == 0.0


def test_antimeridian(ai_client: TestClient, user: User) -> None:
    add("West side", -16.5, 179.99)
    add("East side", -16.5, -179.99)
    add("Too far east", -16.5, -179.9)
    add("Other side of the world", -16.5, 0.0)
    body = get(ai_client, user, latitude=-16.5, longitude=179.995, radius=5000)
    assert names(body) == ["West side", "East side"]
    west, east = body["restaurants"]
    assert west["distance_m"] == pytest.approx(haversine_m(-16.5, 179.995, -16.5, 179.99), abs=0.1)
    assert east["distance_m"] == pytest.approx(haversine_m(-16.5, 179.995, -16.5, -179.99), abs=0.1)
    assert 1_500 < east["distance_m"] < 1_700


def test_poles(ai_client: TestClient, user: User) -> None:
    add("Across the pole", 89.995, 180.0)  # 0.015 deg of arc away through the pole
    add("Pole itself", 90.0, 0.0)
    add("Too far south", 89.9, 0.0)
    body = get(ai_client, user, latitude=89.99, longitude=0.0, radius=5000)
    assert names(body) == ["Pole itself", "Across the pole"]
    assert body["restaurants"][1]["distance_m"] == pytest.approx(
        0.015 * math.pi / 180 * EARTH_RADIUS_M, abs=0.1
    )
    south = get(ai_client, user, latitude=-90.0, longitude=0.0, radius=50_000)
    assert south["count"] == 0


def test_paging_is_stable_and_complete(ai_client: TestClient, user: User) -> None:
    for i in range(23):
        add(f"R{i:02d}", north(HERE[0], 40 * (i // 2)), HERE[1])  # pairs at equal distance
    seen: list[str] = []
    for page in (1, 2, 3):
        body = get(ai_client, user, latitude=HERE[0], longitude=HERE[1], page=page, page_size=10)
        assert body["count"] == 23 and body["page"] == page
        seen += names(body)
    assert seen == [f"R{i:02d}" for i in range(23)]  # distance, then name
    empty = get(ai_client, user, latitude=HERE[0], longitude=HERE[1], page=4, page_size=10)
    assert empty["restaurants"] == [] and empty["count"] == 23


def test_filters(ai_client: TestClient, user: User) -> None:
    today = datetime.now(UTC).weekday()
    other_day = DAYS[(today + 3) % 7]
    always = {day: [["00:00", "24:00"]] for day in DAYS}
    add("Veg Thai", *HERE, menu=[dish("Tofu curry", 500, diets=["vegan"])], cuisine="Thai",
        price_level=1, rating=4.6, opening_hours=always, timezone="UTC")  # fmt: skip
    add("Fish Thai", north(HERE[0], 100), HERE[1], menu=[dish("Fish curry", 500, allergens=["fish"],
        diets=["pescatarian"])], cuisine="thai", price_level=2, rating=3.9,
        opening_hours={other_day: [["10:00", "11:00"]]}, timezone="Europe/Paris")  # fmt: skip
    add("Unknown hours", north(HERE[0], 200), HERE[1], cuisine="italian", price_level=3)
    base = {"latitude": HERE[0], "longitude": HERE[1]}
    assert names(get(ai_client, user, **base, cuisine="THAI")) == ["Veg Thai", "Fish Thai"]
    assert names(get(ai_client, user, **base, price_level="2,3")) == ["Fish Thai", "Unknown hours"]
    assert names(get(ai_client, user, **base, min_rating=4)) == ["Veg Thai"]
    assert names(get(ai_client, user, **base, diet="vegetarian")) == ["Veg Thai"]
    assert names(get(ai_client, user, **base, diet="pescatarian")) == ["Veg Thai", "Fish Thai"]
    assert names(get(ai_client, user, **base, open_now="true")) == ["Veg Thai"]
    assert names(get(ai_client, user, **base, open_now="false")) == ["Fish Thai"]
    body = get(ai_client, user, **base)
    assert [r["open_now"] for r in body["restaurants"]] == [True, False, None]
    assert names(get(ai_client, user, **base, sort="rating")) == [
        "Veg Thai", "Fish Thai", "Unknown hours",
    ]  # fmt: skip


def test_a_vegan_never_sees_a_non_vegan_option(ai_client: TestClient, ai_settings: Any) -> None:
    vegan = make_user(dietary_preferences=["vegan"], allergies=["peanuts"])
    for i in range(4):
        add(f"Place {i}", north(HERE[0], 50 * i), HERE[1], menu=[
            dish(f"Vegan bowl {i}", 450, diets=["vegan", "gluten_free"]),
            dish(f"Veggie omelette {i}", 350, diets=["vegetarian"], allergens=["egg"]),
            dish(f"Salmon {i}", 500, diets=["pescatarian"], allergens=["fish"]),
            dish(f"Satay tofu {i}", 480, diets=["vegan"], allergens=["peanuts", "soy"]),
            dish(f"Untagged {i}", 300),
        ])  # fmt: skip
    body = get(ai_client, vegan, latitude=HERE[0], longitude=HERE[1], sort="score")
    options = [o for r in body["restaurants"] for o in r["healthy_options"]]
    assert options and all("vegan" in o["diets"] for o in options)
    assert not any("peanuts" in o["allergens"] for o in options)
    assert {o["name"][:-2] for o in options} == {"Vegan bowl"}


def log(user: User, kcal: float, at: datetime, sodium: float = 0.0) -> None:
    FoodEntry.objects.create(user=user, name="logged", calories=kcal, logged_at=at,
                             nutrients={"sodium": sodium})  # fmt: skip


def test_budget_aware_ordering(ai_client: TestClient, ai_settings: Any) -> None:
    profile = {"gender": "female", "age": 30, "height": 165, "weight": 60,
               "activity_level": "sedentary", "goals": ["maintain_weight"]}  # fmt: skip
    fresh = make_user(**profile)  # target 1584 kcal, nothing logged
    full = make_user(**profile, timezone="Asia/Tokyo")
    now_tokyo = datetime.now(ZoneInfo("Asia/Tokyo"))
    today_start = now_tokyo.replace(hour=0, minute=0, second=0, microsecond=0)
    log(full, 1100, today_start + timedelta(seconds=1))  # today in Tokyo
    log(full, 900, today_start - timedelta(minutes=1))  # yesterday in Tokyo: not counted
    big = add("Big Bowl", *HERE, menu=[dish("Power bowl", 700, protein=55, fiber=14)])
    small = add("Small Plates", north(HERE[0], 300), HERE[1], menu=[dish("Soup", 350)])
    base = {"latitude": HERE[0], "longitude": HERE[1], "sort": "score"}

    plenty = get(ai_client, fresh, **base)
    assert plenty["budget"]["target_kcal"] == 1584 and plenty["budget"]["remaining_kcal"] == 1584
    assert [r["id"] for r in plenty["restaurants"]] == [big.pk, small.pk]

    tight = get(ai_client, full, **base)
    assert tight["budget"]["consumed_kcal"] == 1100 and tight["budget"]["remaining_kcal"] == 484
    # 484 kcal left: the 700 kcal bowl no longer fits, so the soup place ranks first.
    assert [r["id"] for r in tight["restaurants"]] == [small.pk, big.pk]
    assert tight["restaurants"][1]["healthy_options"] == []
    assert tight["restaurants"][1]["score"] == 0.0
    assert [o["name"] for o in tight["restaurants"][0]["healthy_options"]] == ["Soup"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"latitude": 91, "longitude": 0}, "latitude"),
        ({"latitude": 0, "longitude": -181}, "longitude"),
        ({"latitude": 0, "longitude": 0, "radius": 50_001}, "radius"),
        ({"latitude": 0, "longitude": 0, "radius": -5}, "radius"),
        ({"latitude": "nan", "longitude": 0}, "latitude"),
        ({"latitude": 0, "longitude": 0, "price_level": "1,9"}, "price_level"),
        ({"latitude": 0, "longitude": 0, "diet": "keto"}, "diet"),
        ({"longitude": 0}, "latitude"),
    ],
)
def test_out_of_range_is_400(ai_client: TestClient, user: User, params: dict, field: str) -> None:
    response = ai_client.get("/restaurant/nearby", params=params, headers=auth(user))
    assert response.status_code == 400, response.text
    assert field in response.json()["details"]


def test_needs_a_token(ai_client: TestClient) -> None:
    response = ai_client.get("/restaurant/nearby", params={"latitude": 0, "longitude": 0})
    assert response.status_code == 401


@pytest.fixture
def google(ai_settings: Any) -> Iterator[tuple[FakePlaces, TestClient]]:
    with running(FakePlaces()) as fake:
        settings = make_settings(
            database_url=django_test_database_url(),
            google_maps_api_key=fake.api_key,
            google_places_base_url=fake.url,
            restaurant_cache_hours=6,
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            yield fake, client


def cache_area(key: str, age: timedelta) -> None:
    SearchArea.objects.create(provider="google_places", key=key, latitude=HERE[0],
                              longitude=HERE[1], radius_m=2000, result_count=1,
                              fetched_at=datetime.now(UTC) - age)  # fmt: skip


def test_fresh_cache_means_no_provider_call(google: tuple, user: User) -> None:
    fake, client = google
    fake.places = [place("g1", "Google Only", *HERE)]
    add("Cached Row", *HERE, external_id="g0", source="google_places")
    cache_area("google_places:48.857,2.352:2000", timedelta(hours=5))
    body = get(client, user, latitude=HERE[0], longitude=HERE[1])
    assert body["provider"] == {"name": "google_places", "status": "cached"}
    assert fake.searches == 0 and names(body) == ["Cached Row"]


def test_stale_cache_asks_the_provider_and_merges(google: tuple, user: User) -> None:
    fake, client = google
    fake.places = [place("g0", "Cached Row (renamed)", *HERE), place("g1", "Google Only", *HERE)]
    add("Cached Row", *HERE, external_id="g0", source="google_places",
        menu=[dish("Bowl", 400, diets=["vegan"])])  # fmt: skip
    cache_area("google_places:48.857,2.352:2000", timedelta(hours=7))
    body = get(client, user, latitude=HERE[0], longitude=HERE[1], diet="vegan")
    assert fake.searches == 1 and body["provider"]["status"] == "fetched"
    assert len(body["provider"]["places"]) == 2
    assert body["provider"]["area"]["key"] == "google_places:48.857,2.352:2000"
    # The stored row stands for g0 (with its menu); g1 has no menu, so the diet filter drops it.
    assert names(body) == ["Cached Row"]
    everything = get(client, user, latitude=HERE[0], longitude=HERE[1])
    assert sorted(names(everything)) == ["Cached Row", "Google Only"]
    google_only = next(r for r in everything["restaurants"] if r["name"] == "Google Only")
    assert google_only["id"] is None and google_only["score"] is None
    assert google_only["source"] == "google_places" and google_only["external_id"] == "g1"
