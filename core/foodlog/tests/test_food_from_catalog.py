"""Logging a food from the catalog: numbers come from the USDA values, not the client."""

from __future__ import annotations

import pytest

from core.catalog.models import CatalogFood
from core.foodlog.models import FoodEntry

pytestmark = pytest.mark.django_db

FOODS = "/api/v1/foods/"


def egg() -> CatalogFood:
    return CatalogFood.objects.get(
        ndb_no="01123"
    )  # Egg, whole, raw: 143 kcal, 12.56 g protein /100 g


def test_log_by_grams(starter_catalog, user, auth_client) -> None:
    response = auth_client.post(
        FOODS, {"catalog_food": egg().pk, "grams": 150, "meal": "breakfast"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["calories"] == pytest.approx(214.5)
    assert body["nutrients"]["protein"] == pytest.approx(18.84)
    assert body["name"] == "egg" and body["grams"] == 150 and body["meal"] == "breakfast"
    row = FoodEntry.objects.get(pk=body["id"])
    assert row.user == user and row.catalog_food_id == egg().pk


def test_log_by_portion_and_quantity(starter_catalog, auth_client) -> None:
    response = auth_client.post(
        FOODS, {"catalog_food": egg().pk, "portion": "1 large", "quantity": 2}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["grams"] == 100  # USDA: 1 large egg = 50 g
    assert body["calories"] == pytest.approx(143.0)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"grams": 100, "portion": "1 large"}, "grams"),
        ({}, "grams"),
        ({"portion": "1 bucket"}, "portion"),
        ({"grams": -5}, "grams"),
        ({"grams": 100000}, "grams"),
        ({"portion": "1 large", "quantity": 0}, "quantity"),
        ({"grams": 100, "meal": "brunch"}, "meal"),
    ],
)
def test_bad_catalog_input_writes_nothing(starter_catalog, auth_client, payload, field) -> None:
    response = auth_client.post(FOODS, {"catalog_food": egg().pk, **payload}, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["details"]
    assert FoodEntry.objects.count() == 0


def test_unknown_catalog_food(starter_catalog, auth_client) -> None:
    response = auth_client.post(FOODS, {"catalog_food": 10**9, "grams": 100}, format="json")
    assert response.status_code == 400 and "catalog_food" in response.json()["details"]
    assert FoodEntry.objects.count() == 0


def test_client_cannot_override_computed_numbers(starter_catalog, auth_client) -> None:
    response = auth_client.post(
        FOODS,
        {"catalog_food": egg().pk, "grams": 100, "calories": 1, "nutrients": {"protein": 99}},
        format="json",
    )
    assert response.status_code == 201
    row = FoodEntry.objects.get(pk=response.json()["id"])
    assert row.calories == pytest.approx(143.0) and row.nutrients["protein"] == pytest.approx(12.56)
