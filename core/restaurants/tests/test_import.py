"""Importing restaurants and menus (JSON, CSV), all or nothing, and the demo data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.restaurants.importer import best_dish_names, read_records
from core.restaurants.management.commands.load_demo_restaurants import DEMO_FILE
from core.restaurants.models import MenuItem, Restaurant, Source
from domain.healthiness import DIETS

pytestmark = pytest.mark.django_db

ITEM = {"name": "Lentil salad", "calories": 420, "protein": 21, "carbs": 52, "fats": 13,
        "fiber": 16, "saturated_fat": 2, "sodium": 480, "serving_grams": 380, "processing": 1,
        "diets": ["vegan"], "allergens": []}  # fmt: skip
PLACE = {"name": "Green Bowl", "latitude": 40.7, "longitude": -74.0, "cuisine": "salads",
         "price_level": 2, "rating": 4.5, "external_id": "x:1", "timezone": "America/New_York",
         "opening_hours": {"mon": [["08:00", "20:00"]]}, "menu": [ITEM]}  # fmt: skip


def write(tmp_path: Path, data: Any, name: str = "r.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def test_json_import_creates_then_updates(tmp_path: Path) -> None:
    path = write(tmp_path, {"notice": "test", "restaurants": [PLACE]})
    call_command("import_restaurants", str(path))
    row = Restaurant.objects.get(external_id="x:1")
    assert row.source == Source.IMPORT and row.location == {"latitude": 40.7, "longitude": -74.0}
    assert row.healthy_options == ["Lentil salad"]
    [item] = row.menu_items.all()
    # closed under implication
    assert item.diets == ["vegan", "vegetarian", "pescatarian", "dairy_free"]
    changed = {**PLACE, "name": "Green Bowl 2", "menu": [ITEM, {**ITEM, "name": "Soup"}]}
    call_command("import_restaurants", str(write(tmp_path, [changed])))
    row.refresh_from_db()
    assert row.name == "Green Bowl 2" and row.menu_items.count() == 2
    assert Restaurant.objects.count() == 1


def test_csv_import(tmp_path: Path) -> None:
    text = (
        "name,address,latitude,longitude,cuisine,price_level,rating,external_id,timezone,"
        "opening_hours,healthy_options\n"
        'Cafe A,1 Main St,51.5,-0.12,cafe,1,4.2,csv:1,Europe/London,"{""sat"": [[""09:00"", '
        '""17:00""]]}",Porridge; Fruit salad\n'
        "Cafe B,,51.6,-0.13,,,,,,,\n"
    )
    call_command("import_restaurants", str(write(tmp_path, text, "r.csv")))
    a = Restaurant.objects.get(external_id="csv:1")
    assert a.opening_hours == {"sat": [["09:00", "17:00"]]}
    assert a.healthy_options == ["Porridge", "Fruit salad"] and a.price_level == 1
    b = Restaurant.objects.get(name="Cafe B")
    assert b.rating is None and b.external_id is None
    call_command("import_restaurants", str(write(tmp_path, text, "r.csv")))  # matched again
    assert Restaurant.objects.count() == 2


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"latitude": 91}, "latitude"),
        ({"price_level": 2.5}, "price_level"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"timezone": ""}, "timezone: required with opening_hours"),
        ({"opening_hours": {"someday": [["08:00", "09:00"]]}}, "opening_hours"),
        ({"menu": [{**ITEM, "saturated_fat": 20}]}, "saturated_fat exceeds fats"),
        ({"menu": [{**ITEM, "fiber": 60}]}, "fiber exceeds carbs"),
        ({"menu": [{**ITEM, "calories": 900}]}, "disagree with the macros"),
        ({"menu": [{**ITEM, "serving_grams": 50}]}, "exceed serving_grams"),
        ({"menu": [{**ITEM, "allergens": ["milk"]}]}, "tagged vegan but contains milk"),
        ({"menu": [{**ITEM, "diets": ["keto"]}]}, "unknown keto"),
        ({"menu": [{**ITEM, "processing": 5}]}, "processing"),
        ({"menu": [{**ITEM, "sodium": -1}]}, "sodium"),
    ],
)
def test_one_bad_record_refuses_the_whole_file(tmp_path: Path, change: dict, problem: str):
    good = {**PLACE, "external_id": "x:good"}
    path = write(tmp_path, [good, {**PLACE, **change}])
    with pytest.raises(CommandError) as caught:
        call_command("import_restaurants", str(path))
    assert problem in str(caught.value) and "restaurants[1]" in str(caught.value)
    assert not Restaurant.objects.exists() and not MenuItem.objects.exists()


def test_repeated_external_id_and_bad_files(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="repeated"):
        call_command("import_restaurants", str(write(tmp_path, [PLACE, PLACE])))
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_restaurants", str(write(tmp_path, "{nope")))
    with pytest.raises(CommandError, match="unsupported"):
        call_command("import_restaurants", str(write(tmp_path, "x", "r.txt")))
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_restaurants", str(tmp_path / "missing.json"))
    assert not Restaurant.objects.exists()


def test_demo_data_is_marked_plentiful_and_idempotent() -> None:
    data = json.loads(DEMO_FILE.read_text())
    assert data["demo"] is True and "ILLUSTRATIVE DEMO DATA" in data["notice"]
    call_command("load_demo_restaurants")
    call_command("load_demo_restaurants")
    rows = Restaurant.objects.filter(source=Source.DEMO)
    assert rows.count() == len(data["restaurants"]) >= 60
    zones = set(rows.values_list("timezone", flat=True))
    assert len(zones) >= 4
    assert all(r.external_id.startswith("demo:") for r in rows)
    assert MenuItem.objects.count() == sum(len(r["menu"]) for r in data["restaurants"])
    # Every demo restaurant has a menu, hours and a healthy option for somebody.
    for row in rows.prefetch_related("menu_items"):
        assert row.menu_items.count() >= 4 and row.opening_hours
    # Every diet can eat somewhere.
    for diet in DIETS:
        assert MenuItem.objects.filter(diets__icontains=f'"{diet}"').exists(), diet


def test_demo_menu_nutrition_is_self_consistent() -> None:
    for record in read_records(DEMO_FILE):
        for item in record["menu"]:
            energy = 4 * item["protein"] + 4 * item["carbs"] + 9 * item["fats"]
            assert abs(energy - item["calories"]) <= 0.1 * item["calories"], item["name"]
            assert item["saturated_fat"] <= item["fats"] and item["fiber"] <= item["carbs"]
            assert item["protein"] + item["carbs"] + item["fats"] <= item["serving_grams"]
            assert 0 < item["calories"] / item["serving_grams"] <= 6


def test_best_dish_names_skips_unhealthy_dishes() -> None:
    burger = {**ITEM, "name": "Burger", "calories": 780, "protein": 42, "carbs": 44,
              "fats": 48, "fiber": 2, "saturated_fat": 21, "sodium": 1450, "serving_grams": 290,
              "processing": 4}  # fmt: skip
    assert best_dish_names([burger, ITEM]) == ["Lentil salad"]
