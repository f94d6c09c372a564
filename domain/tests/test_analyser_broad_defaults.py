"""Broad rules of the second blind4 round (issue #11): USDA's typical size when no size is
said, a dish measured by a food of its name, and USDA's "A or B" names.

Every text here is invented for the test (none is a line of an evaluation set); the
expected foods and portions are USDA's own.
"""

from __future__ import annotations

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.fndds_foods import foods_from_fndds


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


def _items(analyser: Analyser, text: str) -> list[tuple[str, float, str | None]]:
    return [(i.food, round(i.grams, 1), i.portion) for i in analyser.analyse(text).items]


# --- no size said: the size USDA calls typical (its "Quantity not specified" weight) ---
def test_an_unsized_bag_is_the_bag_usda_calls_typical(analyser: Analyser) -> None:
    (food, grams, portion) = _items(analyser, "grabbed a bag of pretzels from the vending machine")[
        0
    ]
    assert food.startswith("Pretzels") and grams == 28.0
    assert portion == "1 small single serving bag"
    assert _items(analyser, "two bags of potato chips")[0][1:] == (
        56.0,
        "1 small single serving bag",
    )


def test_a_size_said_still_picks_that_size(analyser: Analyser) -> None:
    assert _items(analyser, "a large bag of potato chips")[0][1:] == (
        85.0,
        "1 large single serving bag",
    )
    assert _items(analyser, "a medium bag of pretzels")[0][2] == "1 medium single serving bag"


def test_an_unsized_soft_drink_is_usdas_typical_12_fl_oz(analyser: Analyser) -> None:
    assert _items(analyser, "grabbed a soft drink with lunch") == [
        ("Soft drink, NFS", 372.0, "1 small drink")
    ]


# --- a dish, then a food of its name with an amount -------------------------------------
def test_a_dish_then_its_own_food_measured_is_the_dish_measured(analyser: Analyser) -> None:
    # "a pizza ... slices of the cheese": the cheese pizza said before, not sliced cheese
    items = _items(analyser, "we got a pizza, I had 3 slices of the cheese")
    assert len(items) == 1 and items[0][0].startswith("Pizza, cheese")
    assert items[0][2] is not None and "piece" in items[0][2]


def test_a_dish_then_its_ingredient_measured_is_that_ingredient(analyser: Analyser) -> None:
    # USDA's stew has no oxtail in it: the measured oxtail is what was eaten
    assert _items(analyser, "oxtail soup, about 150 grams of oxtail") == [
        ("Beef, oxtails", 150.0, "150 g")
    ]
    # porridge said by the dry oats it was made from; water adds nothing
    assert _items(analyser, "I had porridge with water, 45 grams of oats") == [
        ("Oats, raw", 45.0, "45 g")
    ]


def test_what_the_dish_was_made_with_is_kept(analyser: Analyser) -> None:
    foods = [food for food, _, _ in _items(analyser, "porridge with milk, 50g of oats")]
    assert "Oats, raw" in foods
    assert any(food.startswith("Milk") for food in foods)
    assert not any(food.startswith("Oatmeal") for food in foods)


def test_a_dish_of_parts_is_its_parts_each_measured(analyser: Analyser) -> None:
    foods = [
        f for f, _, _ in _items(analyser, "spaghetti and meatballs, 2 meatballs and a cup of pasta")
    ]
    assert len(foods) == 2
    assert foods[0].startswith("Meatballs") and foods[1] == "Pasta, cooked"


def test_a_different_food_measured_after_a_dish_stays_its_own(analyser: Analyser) -> None:
    foods = [f for f, _, _ in _items(analyser, "a cheese sandwich and 2 slices of cheese")]
    assert len(foods) == 2


# --- USDA's "A or B" names ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["a protein bar after the gym", "a meal replacement bar"])
def test_a_bar_named_plainly_is_usdas_nfs_bar_not_a_brand(analyser: Analyser, text: str) -> None:
    assert _items(analyser, text) == [("Nutrition bar or meal replacement bar, NFS", 34.0, "1 bar")]
