"""Nutrient and calorie validation on ``/foods/``: per-key errors, nothing written."""

from __future__ import annotations

import pytest

from core.foodlog.models import FoodEntry

pytestmark = pytest.mark.django_db

FOODS = "/api/v1/foods/"


def _post(client, nutrients) -> dict:
    response = client.post(
        FOODS, {"name": "Soup", "calories": 120, "nutrients": nutrients}, format="json"
    )
    assert response.status_code == 400, response.content
    assert not FoodEntry.objects.exists()
    return response.json()


def test_unknown_key_is_reported_under_its_key(auth_client) -> None:
    body = _post(auth_client, {"protein": 5, "vitamin_q": 3})
    assert set(body["details"]["nutrients"]) == {"vitamin_q"}
    assert "Unknown nutrient key" in body["details"]["nutrients"]["vitamin_q"][0]
    assert "nutrients" in body["error"] and "vitamin_q" in body["error"]


def test_negative_and_over_bound_are_each_reported(auth_client) -> None:
    body = _post(auth_client, {"protein": -1, "sodium": 60000, "fiber": 3})
    errors = body["details"]["nutrients"]
    assert set(errors) == {"protein", "sodium"}
    assert "negative" in errors["protein"][0]
    assert "50000 mg" in errors["sodium"][0]


@pytest.mark.parametrize("value", ["12", True, None, [1], "NaN"])
def test_non_numbers_are_refused(auth_client, value) -> None:
    body = _post(auth_client, {"protein": value})
    assert "protein" in body["details"]["nutrients"]


def test_nutrients_must_be_an_object(auth_client) -> None:
    body = _post(auth_client, [1, 2])
    assert body["details"]["nutrients"] == ["Must be an object mapping nutrient keys to amounts."]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_raw_nan_literal_in_the_body_is_refused(auth_client, literal) -> None:
    # Python's json module would accept these tokens; they are not JSON and must not be stored.
    raw = '{"name": "Soup", "calories": 120, "nutrients": {"protein": LITERAL}}'.replace(
        "LITERAL", literal
    )
    response = auth_client.generic("POST", FOODS, raw, content_type="application/json")
    assert response.status_code == 400, response.content
    body = response.json()
    assert "JSON" in body["error"]
    assert not FoodEntry.objects.exists()


def test_raw_nan_calories_are_refused(auth_client) -> None:
    response = auth_client.generic(
        "POST", FOODS, '{"name": "Soup", "calories": NaN}', content_type="application/json"
    )
    assert response.status_code == 400
    assert not FoodEntry.objects.exists()


@pytest.mark.parametrize("calories", ["nan", "inf", -0.5, 20000.5])
def test_calories_must_be_finite_and_in_range(auth_client, calories) -> None:
    response = auth_client.post(FOODS, {"name": "Soup", "calories": calories}, format="json")
    assert response.status_code == 400
    assert "calories" in response.json()["details"]
    assert not FoodEntry.objects.exists()


def test_valid_nutrients_are_stored_as_numbers(auth_client) -> None:
    response = auth_client.post(
        FOODS,
        {"name": "Soup", "calories": 0, "nutrients": {"protein": 0, "sodium": 50000, "iron": 1.5}},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert FoodEntry.objects.get().nutrients == {"protein": 0.0, "sodium": 50000.0, "iron": 1.5}


def test_every_nutrient_key_has_a_stored_column() -> None:
    from core.foodlog.models import FoodEntry
    from domain.nutrients import NUTRIENT_KEYS

    stored = {
        f.name.removeprefix("nutrient_")
        for f in FoodEntry._meta.concrete_fields
        if f.name.startswith("nutrient_")
    }
    assert stored == set(NUTRIENT_KEYS)


@pytest.mark.django_db
def test_stored_columns_follow_the_json(user) -> None:
    from core.foodlog.models import FoodEntry

    entry = FoodEntry.objects.create(user=user, name="x", calories=10, nutrients={"protein": 2.5})
    FoodEntry.objects.bulk_create(
        [FoodEntry(user=user, name="y", calories=1, nutrients={"sodium": 400})]
    )
    row = FoodEntry.objects.filter(pk=entry.pk).values("nutrient_protein", "nutrient_fats").get()
    assert row == {"nutrient_protein": 2.5, "nutrient_fats": None}
    FoodEntry.objects.filter(pk=entry.pk).update(nutrients={"protein": 4})
    assert FoodEntry.objects.get(pk=entry.pk).nutrient_protein == 4.0
    assert FoodEntry.objects.get(name="y").nutrient_sodium == 400.0
