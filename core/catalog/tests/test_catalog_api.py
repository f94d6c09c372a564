"""GET /api/catalog/foods/ and /{id}/: auth, ranked search, filters, scaling, bad input."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from core.catalog.api.serializers import CatalogFoodSerializer
from core.catalog.models import CatalogFood

URL = "/api/catalog/foods/"
pytestmark = pytest.mark.usefixtures("starter_catalog")


def _names(response) -> list[str]:
    assert response.status_code == 200, response.json()
    return [food["name"] for food in response.json()["results"]]


def _detail(ndb: str) -> str:
    return f"{URL}{CatalogFood.objects.get(ndb_no=ndb).id}/"


def test_anonymous_is_refused(api: APIClient) -> None:
    for url in (URL, _detail("01123"), "/api/v1/catalog/foods/?search=egg"):
        response = api.get(url)
        assert response.status_code == 401
        assert set(response.json()) == {"error", "details"}


def test_writes_are_not_allowed(auth_client: APIClient) -> None:
    assert auth_client.post(URL, {"description": "x"}, format="json").status_code == 405
    assert auth_client.delete(_detail("01123")).status_code == 405


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("egg", "egg"),
        ("Eggs", "egg"),
        ("chicken breast", "chicken breast ("),
        ("banana", "banana"),
        ("white rice", "white rice (dry)"),
        ("peanut butter", "peanut butter"),
        ("salmon", "salmon (farmed, cooked)"),
    ],
)
def test_search_ranks_the_plain_food_first(auth_client: APIClient, query: str, first: str) -> None:
    names = _names(auth_client.get(URL, {"search": query}))
    assert names[0] == first or (first.endswith("(") and names[0].startswith(first)), names[:5]


def test_egg_comes_before_egg_noodles_and_egg_dishes(auth_client: APIClient) -> None:
    names = _names(auth_client.get(URL, {"search": "egg", "page_size": 100}))
    assert names[0] == "egg"
    for dish in ("egg noodles (cooked)", "pork egg roll", "eggnog"):
        assert names.index(dish) > names.index("hard-boiled egg"), dish
    assert "eggplant" in names and names.index("eggplant") > names.index("scrambled eggs")
    # "egg" must begin a word: no veggie burger in an egg search.
    assert "veggie burger" not in names


def test_chicken_breast_results_are_chicken_breasts(auth_client: APIClient) -> None:
    names = _names(auth_client.get(URL, {"search": "chicken breast"}))
    assert all("chicken breast" in name for name in names[:4]), names
    assert all("breast" in name for name in names)


def test_search_without_match_is_empty_and_paging_works(auth_client: APIClient) -> None:
    assert auth_client.get(URL, {"search": "zzzqqq"}).json()["count"] == 0
    page = auth_client.get(URL, {"page_size": 5, "page": 2}).json()
    assert page["count"] == CatalogFood.objects.count() and len(page["results"]) == 5
    assert page["next"] and page["previous"]


def test_diet_and_allergen_filters(auth_client: APIClient) -> None:
    vegan = auth_client.get(URL, {"diet": "vegan", "page_size": 100}).json()
    assert vegan["count"] > 100
    assert all(isinstance(f["diet_tags"], list) for f in vegan["results"])
    assert all("vegan" in f["diet_tags"] for f in vegan["results"])
    names = _names(auth_client.get(URL, {"search": "milk", "diet": "vegan", "page_size": 100}))
    assert "soy milk (unsweetened)" in names and "whole milk" not in names
    safe = auth_client.get(
        URL, {"search": "butter", "exclude_allergens": "peanuts,milk", "page_size": 100}
    ).json()["results"]
    assert {f["name"] for f in safe} >= {"almond butter"}
    assert not any({"milk", "peanuts"} & set(f["allergen_tags"]) for f in safe)
    both = auth_client.get(URL, {"diet": "gluten_free,vegetarian", "page_size": 100}).json()
    assert all({"gluten_free", "vegetarian"} <= set(f["diet_tags"]) for f in both["results"])


def test_group_filter_accepts_category_code_and_usda_name(auth_client: APIClient) -> None:
    fruits = auth_client.get(URL, {"group": "fruits", "page_size": 100}).json()
    assert fruits["count"] > 40 and {f["category"] for f in fruits["results"]} == {"fruits"}
    by_code = auth_client.get(URL, {"group": "0900"}).json()["count"]
    by_name = auth_client.get(URL, {"group": "fruits and fruit juices"}).json()["count"]
    assert by_code == by_name > 0


def test_detail_has_every_nutrient_key_and_scales_to_a_portion(auth_client: APIClient) -> None:
    egg = auth_client.get(_detail("01123")).json()
    assert list(egg) == CatalogFoodSerializer.Meta.fields
    assert egg["calories_per_100g"] == 143 and egg["serving"] is None
    assert len(egg["nutrients_per_100g"]) == 16 and egg["nutrient_units"]["sodium"] == "mg"
    # Portions say which one is USDA's default serving (SR foods have none).
    assert {
        "label": "1 large",
        "amount": 1.0,
        "unit": "large",
        "gram_weight": 50.0,
        "is_default": False,
    } in egg["portions"]
    assert egg["kind"] == "ingredient" and egg["usda_code"] == "01123"

    two = auth_client.get(_detail("01123"), {"portion": "1 large", "quantity": 2}).json()["serving"]
    assert two["grams"] == 100 and two["calories"] == 143 and two["nutrients"]["protein"] == 12.56
    grams = auth_client.get(_detail("01123"), {"grams": 150}).json()["serving"]
    assert grams["calories"] == 214.5 and grams["portion"] is None

    chia = auth_client.get(_detail("12006"), {"grams": 10}).json()
    assert (
        chia["nutrients_per_100g"]["sugar"] is None
        and chia["serving"]["nutrients"]["sugar"] is None
    )


def test_list_scales_too_and_skips_foods_without_the_portion(auth_client: APIClient) -> None:
    results = auth_client.get(URL, {"search": "egg", "portion": "1 large"}).json()["results"]
    assert results[0]["serving"]["grams"] == 50
    assert any(r["serving"] is None for r in results)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        # "keto" and "gluten" are words of domain.diet now (low_carb; wheat and gluten).
        ({"diet": "carnivore"}, "diet"),
        ({"exclude_allergens": "plastic"}, "exclude_allergens"),
        ({"kind": "dish"}, "kind"),
        ({"grams": "-5"}, "grams"),
        ({"grams": "lots"}, "grams"),
        ({"grams": "10", "portion": "1 large"}, "grams"),
        ({"quantity": "2"}, "quantity"),
        ({"portion": "1 large", "quantity": "0"}, "quantity"),
        ({"search": "x" * 101}, "search"),
    ],
)
def test_bad_parameters_are_400(auth_client: APIClient, params: dict, field: str) -> None:
    for url in (URL, _detail("01123")):
        if url != URL and field in {"diet", "exclude_allergens", "search", "kind"}:
            continue
        response = auth_client.get(url, params)
        assert response.status_code == 400, (url, params)
        assert field in response.json()["details"]


def test_unknown_portion_and_food(auth_client: APIClient) -> None:
    response = auth_client.get(_detail("01123"), {"portion": "1 bucket"})
    assert response.status_code == 400
    assert '"1 large"' in response.json()["details"]["portion"][0]
    assert auth_client.get(f"{URL}999999/").status_code == 404
