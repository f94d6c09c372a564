"""Allergen and diet flags of FNDDS foods, derived from their recipes (not their names)."""

from __future__ import annotations

from typing import Any

import pytest

from core.catalog.fndds import read_fndds_file
from core.catalog.tags import CATEGORIES
from domain.diet import CONTENT_TAGS, DIET_TAGS, build_restrictions
from domain.fndds_categories import category_for_wweia
from domain.fndds_contents import (
    ALCOHOL,
    ANIMAL,
    MEAT,
    PORK,
    UNRECOGNISED,
    SrIndex,
    ingredient_contents,
    read_sr_index,
)


@pytest.fixture(scope="module")
def entries() -> dict[str, dict[str, Any]]:
    return {e["food_code"]: e for e in read_fndds_file()[1]}


def _tags(entry: dict[str, Any]) -> tuple[set[str], set[str], set[str]]:
    return set(entry["allergen_tags"]), set(entry["unknown_allergens"]), set(entry["diet_tags"])


def test_pbj_has_peanuts_and_wheat(entries: dict[str, dict[str, Any]]) -> None:
    entry = entries["42302015"]  # white bread, peanut butter, jelly
    contains, unknown, diets = _tags(entry)
    assert {"peanuts", "wheat", "gluten"} <= contains
    assert not contains & {"milk", "egg", "fish", "shellfish"}
    assert "gluten_free" not in diets and "vegetarian" in diets


def test_cheese_pizza_has_milk_and_wheat(entries: dict[str, dict[str, Any]]) -> None:
    contains, _, diets = _tags(entries["58106225"])
    assert {"milk", "wheat"} <= contains
    assert "vegetarian" in diets
    assert not diets & {"vegan", "dairy_free", "gluten_free"}


def test_shoyu_soy_sauce_carries_wheat_into_the_dish(entries: dict[str, dict[str, Any]]) -> None:
    # FNDDS codes egg foo yung with "Soy sauce made from soy and wheat (shoyu)"; a blind
    # dietitian found it planned for a gluten-free person while "made from soy" hid wheat.
    contains, _, diets = _tags(entries["32105210"])  # Chicken egg foo yung
    assert {"wheat", "gluten", "soy", "egg"} <= contains
    assert "gluten_free" not in diets
    tamari = ingredient_contents("16124", "Soy sauce made from soy (tamari)", SrIndex({}))
    assert "wheat" not in tamari.contains


def test_black_coffee_has_nothing_and_is_vegan(entries: dict[str, dict[str, Any]]) -> None:
    contains, unknown, diets = _tags(entries["92101000"])  # Coffee, brewed
    assert contains == set() and unknown == set()
    assert diets == set(DIET_TAGS)


def test_plain_apple_is_vegan_with_nothing(entries: dict[str, dict[str, Any]]) -> None:
    assert _tags(entries["63101000"]) == (set(), set(), set(DIET_TAGS))


def test_veggie_burger_is_soy_and_vegetarian_but_not_known_vegan(
    entries: dict[str, dict[str, Any]],
) -> None:
    # Recipe: "Veggie burgers or soyburgers, unprepared" (SR legumes group). Meatless
    # patties are often bound with egg, milk or wheat: unknown, so not vegan or dairy-free.
    contains, unknown, diets = _tags(entries["41811890"])
    assert "soy" in contains
    assert {"egg", "milk", "wheat"} <= unknown
    assert "vegetarian" in diets and not diets & {"vegan", "dairy_free", "gluten_free"}


def test_shrimp_is_shellfish_and_pescatarian(entries: dict[str, dict[str, Any]]) -> None:
    contains, unknown, diets = _tags(entries["26319130"])
    assert contains == {"shellfish"} and unknown == set()
    assert diets == {"pescatarian", "gluten_free", "dairy_free", "halal"}


def test_tuna_salad_sandwich_has_fish_egg_and_wheat(entries: dict[str, dict[str, Any]]) -> None:
    # White bread + "Tuna salad, made with mayonnaise" (tuna, mayonnaise: egg).
    contains, _, diets = _tags(entries["27550720"])
    assert {"fish", "egg", "wheat"} <= contains
    assert diets == {"pescatarian", "dairy_free", "halal"}


def test_an_nfs_blend_leaves_its_alternatives_unknown(entries: dict[str, dict[str, Any]]) -> None:
    # "Table fat, NFS" = butter or margarine: milk is possible, not certain.
    contains, unknown, diets = _tags(entries["81100000"])
    assert "milk" not in contains and "milk" in unknown
    assert "dairy_free" not in diets
    # ... and an unknown allergen is unsafe for the person it could harm.
    dairy_free = build_restrictions(["dairy_free"])
    entry = entries["81100000"]
    assert not dairy_free.allows_tags(
        entry["diet_tags"], entry["allergen_tags"], entry["unknown_allergens"]
    )


def test_an_unrecognised_ingredient_is_unknown_for_everything() -> None:
    found = ingredient_contents("123456", "Zorblax paste", SrIndex())
    assert found == UNRECOGNISED
    assert set(found.unknown) == {*CONTENT_TAGS, MEAT, ANIMAL, PORK, ALCOHOL}
    assert found.diet_tags == []


def test_without_sr_files_groups_fall_back_to_ndb_prefixes(tmp_path) -> None:
    index = read_sr_index(tmp_path)  # no FOOD_DES.txt here
    assert "prefix" in index.source
    assert ingredient_contents("1009", "Cheese, cheddar", index).contains >= {"milk"}
    assert ingredient_contents("5064", "Chicken, broilers, breast", index).contains >= {MEAT}
    assert ingredient_contents("15149", "Crustaceans, shrimp, raw", index).contains >= {"shellfish"}
    assert ingredient_contents("907028", "REDUCED SODIUM: Ham, sliced", index).contains >= {MEAT}


def test_words_that_only_look_like_allergens() -> None:
    index = SrIndex()
    assert "milk" not in ingredient_contents("16098", "Peanut butter, smooth", index).contains
    assert ingredient_contents("16098", "Peanut butter, smooth", index).contains >= {"peanuts"}
    almond = ingredient_contents("14091", "Almond milk, unsweetened", index)
    assert "tree_nuts" in almond.contains and "milk" not in almond.contains
    assert "soy" not in ingredient_contents("4044", "Oil, soybean", index).contains
    popcorn = ingredient_contents(
        "19400", "Snacks, popcorn, caramel-coated, without peanuts", index
    )
    assert "peanuts" not in popcorn.contains


def test_every_food_has_consistent_tags_and_a_known_category(
    entries: dict[str, dict[str, Any]],
) -> None:
    for code, entry in entries.items():
        contains, unknown, diets = _tags(entry)
        assert contains <= set(CONTENT_TAGS) and unknown <= set(CONTENT_TAGS), code
        assert not contains & unknown, code
        assert diets <= set(DIET_TAGS), code
        present = contains | unknown
        if "vegan" in diets:
            assert not present & {"milk", "egg", "fish", "shellfish"}, code
        if "gluten_free" in diets:
            assert not present & {"wheat", "gluten"}, code
        if "wheat" in contains:
            assert "gluten" in contains, code
        assert entry["category"] in (*CATEGORIES, ""), code
        assert entry["category"] == category_for_wweia(entry["wweia_code"]), code
    uncategorised = {e["wweia_code"] for e in entries.values() if not e["category"]}
    assert uncategorised == {"9999"}  # "Not included in a food category"
