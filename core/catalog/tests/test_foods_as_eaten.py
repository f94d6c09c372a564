"""Foods as eaten (FNDDS) beside ingredients (SR): ranked search, portions in results,
logging and scaling by USDA's household portions in short forms, and diet filters.

Runs over every committed FNDDS food plus the SR starter catalog, so each ranking
assertion competes against USDA's real neighbours ("Pizza rolls", "Peanut butter and
jelly" the spread, dry pasta).
"""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from core.catalog.models import CatalogFood, CatalogPortion, FoodKind
from core.catalog.services import find_portion, portion_grams
from domain.diet import build_restrictions

URL = "/api/catalog/foods/"
# Foods whose USDA portions the portion tests use (loading all 5,400 is for search).
PORTION_FOODS = ("71200100", "92101900", "92410310", "58106225", "42302015", "56130000",
                 "63101000")  # fmt: skip
search = pytest.mark.usefixtures("fndds_catalog_for_module")


@pytest.fixture
def portion_foods(db: None) -> None:
    from core.catalog.fndds import load_fndds_catalog

    load_fndds_catalog(PORTION_FOODS)


def _results(client: APIClient, **params: object) -> list[dict]:
    response = client.get(URL, params)
    assert response.status_code == 200, response.json()
    return response.json()["results"]


def _code(code: str) -> CatalogFood:
    return CatalogFood.objects.get(food_code=code)


# Everyday words -> what USDA codes that food as (checked by food code or description).
EVERYDAY = {
    "pizza": lambda f: f["wweia_category"] == "Pizza" and "cheese" in f["description"].lower(),
    "latte": lambda f: f["food_code"] == "92101900",  # Coffee, Latte
    "potato chips": lambda f: f["description"].startswith("Potato chips, "),
    "chips": lambda f: f["wweia_category"] == "Potato chips",
    "peanut butter and jelly": lambda f: (
        f["wweia_category"] == "Peanut butter and jelly sandwiches"
    ),
    "pb&j": lambda f: f["wweia_category"] == "Peanut butter and jelly sandwiches",
    "cooked pasta": lambda f: f["food_code"] == "56130000",  # Pasta, cooked
    "pasta": lambda f: f["food_code"] == "56130000",
    "apple": lambda f: f["food_code"] == "63101000",  # Apple, raw
    "coffee": lambda f: f["wweia_category"] == "Coffee" and "latte" not in f["description"].lower(),
    "white rice": lambda f: "cooked" in f["description"].lower(),
    "egg": lambda f: "cooked" in f["description"].lower(),
}


@search
def test_everyday_words_find_the_food_as_eaten_first_with_its_portions(
    auth_client: APIClient,
) -> None:
    wrong = {}
    for query, is_expected in EVERYDAY.items():
        first = _results(auth_client, search=query)[0]
        if first["kind"] != FoodKind.FOOD_AS_EATEN or not is_expected(first):
            wrong[query] = first["description"]
    assert not wrong, wrong


@search
def test_first_result_shows_kind_code_category_and_portions(auth_client: APIClient) -> None:
    chips = _results(auth_client, search="potato chips, plain")[0]
    assert chips["description"] == "Potato chips, plain"
    assert chips["kind"] == "food_as_eaten" and chips["data_source"] == "fndds"
    assert chips["usda_code"] == chips["food_code"] == "71200100" and chips["ndb_no"] is None
    assert chips["wweia_category_code"] == "5002" and chips["wweia_category"] == "Potato chips"
    portions = {p["label"]: p for p in chips["portions"]}
    assert portions["1 small single serving bag"]["gram_weight"] == 28
    assert [p["label"] for p in chips["portions"] if p["is_default"]] == ["Quantity not specified"]


@search
def test_peanut_butter_and_jelly_finds_the_sandwich_without_matching_and(
    auth_client: APIClient,
) -> None:
    codes = [f["food_code"] for f in _results(auth_client, search="peanut butter and jelly")]
    assert "42302015" in codes
    # The Goober spread is named exactly so, but people mean the sandwich.
    assert codes.index("42203000") > codes.index("42302015")
    # "with" and "and" are not required words.
    assert _results(auth_client, search="peanut butter with jelly")[0]["food_code"] in codes


@search
@pytest.mark.parametrize("query", ["flour", "dry pasta", "uncooked oats", "unenriched flour"])
def test_ingredient_words_rank_ingredients_first(auth_client: APIClient, query: str) -> None:
    results = _results(auth_client, search=query)
    if not results:  # "uncooked oats": SR says "raw"; nothing to rank is fine
        return
    assert results[0]["kind"] == "ingredient", [r["name"] for r in results[:3]]


@search
def test_dry_pasta_is_the_ingredient_and_pasta_the_cooked_food(auth_client: APIClient) -> None:
    assert _results(auth_client, search="dry pasta")[0]["name"] == "pasta (dry)"
    pasta = [f["name"] for f in _results(auth_client, search="pasta", page_size=50)]
    assert pasta[0] == "Pasta, cooked" and pasta.index("pasta (dry)") > 0


@search
def test_other_names_are_searched(auth_client: APIClient) -> None:
    """USDA's other names ("Coke" on "Soft drink, cola") find the food, after foods
    whose own name has the word."""
    assert _results(auth_client, search="coke")[0]["food_code"] == "92410310"


@search
def test_kind_filter_and_paging(auth_client: APIClient) -> None:
    eaten = auth_client.get(URL, {"search": "chicken", "kind": "food_as_eaten"}).json()
    assert eaten["count"] > 20 and {f["kind"] for f in eaten["results"]} == {"food_as_eaten"}
    ingredients = _results(auth_client, search="chicken", kind="ingredient", page_size=100)
    assert ingredients and {f["kind"] for f in ingredients} == {"ingredient"}
    second = auth_client.get(URL, {"search": "pizza", "page": 2, "page_size": 5}).json()
    assert len(second["results"]) == 5 and second["previous"]


@search
def test_diet_filters_follow_domain_restrictions_and_exclude_unknowns(
    auth_client: APIClient,
) -> None:
    """Every food the filter returns is allowed by ``Restrictions.allows_tags``, and the
    foods with an unknown excluded allergen are left out."""
    CatalogFood.objects.filter(food_code="71200100").update(unknown_allergens=",milk,")
    params = {"search": "chips", "diet": "vegetarian", "exclude_allergens": "peanuts,dairy"}
    results = _results(auth_client, page_size=100, **params)
    assert results
    restrictions = build_restrictions(["vegetarian"], ["peanuts", "dairy"])
    for food in results:
        assert restrictions.allows_tags(
            food["diet_tags"], food["allergen_tags"], food["unknown_allergens"]
        ), food["name"]
    assert "71200100" not in {f["food_code"] for f in results}
    # Aliases of domain.diet work: "nuts" excludes peanuts and tree nuts.
    nut_free = _results(auth_client, search="peanut butter", exclude_allergens="nuts")
    assert not any("peanuts" in f["allergen_tags"] for f in nut_free)


@search
def test_pbj_is_not_peanut_free(auth_client: APIClient) -> None:
    codes = {f["food_code"] for f in _results(auth_client, search="pb&j", page_size=100)}
    assert "42302015" in codes
    safe = _results(auth_client, search="pb&j", exclude_allergens="peanuts", page_size=100)
    assert "42302015" not in {f["food_code"] for f in safe}


# --- portions -------------------------------------------------------------------------------


@pytest.mark.usefixtures("portion_foods")
@pytest.mark.parametrize(
    ("code", "label", "grams"),
    [
        ("71200100", "1 small single serving bag", 28),
        ("71200100", "1 small bag", 28),
        ("71200100", "small bag", 28),
        ("71200100", "a small bag of chips", 28),
        ("71200100", "1 medium bag", 57),
        ("71200100", "2 large bags", 170),
        ("71200100", "1 bag", 28),  # USDA's default serving weighs as the small bag
        ("71200100", "3 chips", 6),
        ("71200100", "serving", 28),
        ("92101900", "1 cup", 240),  # "1 cup (8 fl oz)"
        ("92101900", "1 fl oz", 30),
        ("92101900", "1 medium", 480),
        ("92410310", "12 fl oz", 372),  # cola: "1 fl oz (no ice)"
        ("58106225", "2 slices", 238),  # pizza: "1 piece, NFS"
        ("58106225", "1 slice of medium pizza", 86),  # "1 piece, medium pizza"
        ("58106225", "1 medium pizza", 691),
        ("42302015", "1 sandwich", 112),
        ("56130000", "1 cup", 140),  # "1 cup, cooked"
        ("63101000", "1 large apple", 242),
        ("63101000", "1 extra large", 295),
    ],
)
def test_portion_short_forms(code: str, label: str, grams: float) -> None:
    assert portion_grams(_code(code), label) == pytest.approx(grams)


@pytest.mark.usefixtures("portion_foods")
def test_a_named_size_never_picks_another_size() -> None:
    chips = _code("71200100")
    for size in ("small", "medium", "large"):
        portion, multiple = find_portion(chips, f"1 {size} bag")
        assert size in portion.label and multiple == 1
    apple = _code("63101000")
    assert find_portion(apple, "1 large")[0].label == "1 large"  # not "1 extra large"


@pytest.mark.usefixtures("portion_foods")
def test_unknown_or_ambiguous_portion_is_a_clear_error() -> None:
    chips = _code("71200100")
    with pytest.raises(ValueError, match=r'Unknown portion "1 bucket".*"1 small single serving'):
        find_portion(chips, "1 bucket")
    food = _code("63101000")
    # Two sizes of the same measure with different weights and nothing to prefer.
    CatalogPortion.objects.filter(food=food).delete()
    CatalogPortion.objects.create(food=food, seq=1, amount=1, unit="1 small bowl",
                                  label="1 small bowl", gram_weight=100)  # fmt: skip
    CatalogPortion.objects.create(food=food, seq=2, amount=1, unit="1 large bowl",
                                  label="1 large bowl", gram_weight=300)  # fmt: skip
    with pytest.raises(ValueError, match=r'"1 bowl" is ambiguous.*"1 small bowl", "1 large bowl"'):
        find_portion(CatalogFood.objects.get(pk=food.pk), "1 bowl")


@pytest.mark.usefixtures("portion_foods")
def test_logging_chips_by_a_small_bag_is_28_grams(auth_client: APIClient) -> None:
    chips = _code("71200100")
    response = auth_client.post(
        "/api/foods/", {"catalog_food": chips.id, "portion": "1 small bag"}, format="json"
    )
    assert response.status_code == 201, response.json()
    assert response.json()["calories"] == pytest.approx(chips.energy_kcal * 0.28, abs=0.1)
    two = auth_client.post(
        "/api/foods/",
        {"catalog_food": chips.id, "portion": "small bag", "quantity": 2},
        format="json",
    )
    assert two.status_code == 201
    assert two.json()["calories"] == pytest.approx(chips.energy_kcal * 0.56, abs=0.1)


@pytest.mark.usefixtures("portion_foods")
def test_logging_an_unknown_portion_is_400_listing_the_known_ones(
    auth_client: APIClient,
) -> None:
    chips = _code("71200100")
    response = auth_client.post(
        "/api/foods/", {"catalog_food": chips.id, "portion": "1 bucket"}, format="json"
    )
    assert response.status_code == 400
    message = response.json()["details"]["portion"][0]
    assert '"1 small single serving bag"' in message and '"1 chip"' in message


@pytest.mark.usefixtures("portion_foods")
def test_catalog_scaling_accepts_the_same_short_forms(auth_client: APIClient) -> None:
    chips = _code("71200100")
    serving = auth_client.get(f"{URL}{chips.id}/", {"portion": "1 small bag"}).json()["serving"]
    assert serving["grams"] == 28
    assert serving["calories"] == pytest.approx(chips.energy_kcal * 0.28, abs=0.1)
    listed = _results(auth_client, search="potato chips, plain", portion="small bag")
    assert listed[0]["serving"]["grams"] == 28
