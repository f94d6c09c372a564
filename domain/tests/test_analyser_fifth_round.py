"""General rules of the fifth blind round (issue #11): an amount said alone after the food
("..., I had a cup and a half", "..., three thick slices"), numbers that are no amount of
food (a meal's label, a time before a colon, carbohydrate grams counted by a person with
diabetes), several containers of a stated size, meat substitutes only when said, and US
everyday names (Pop-Tarts, a short stack, onion rings, decaf).

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


def _items(analyser: Analyser, text: str) -> list[tuple[str, float]]:
    return [(item.food, round(item.grams, 1)) for item in analyser.analyse(text).items]


def _foods(analyser: Analyser, text: str) -> list[str]:
    return [item.food for item in analyser.analyse(text).items]


# --- an amount said alone after the food -----------------------------------------------
def test_thick_slices_said_after_the_food_are_its_amount(analyser: Analyser) -> None:
    assert _items(analyser, "ham, 2 thick slices") == [("Ham", 180.0)]
    items = _items(analyser, "roast beef, three thick slices")
    assert len(items) == 1 and items[0][0].startswith("Beef")


def test_what_i_ate_of_a_pot_or_a_shared_dish_is_the_amount(analyser: Analyser) -> None:
    found = analyser.analyse("a bowl of lentil soup, I ate a cup")
    assert len(found.items) == 1 and not found.unmatched
    assert found.items[0].portion == "1 cup"
    found = analyser.analyse("we shared a tiramisu, so I had half a piece")
    assert [(i.food, i.grams) for i in found.items] == [("Tiramisu", 87.5)]


# --- numbers that are no amount of food -----------------------------------------------
def test_a_time_before_a_colon_is_no_count(analyser: Analyser) -> None:
    assert _items(analyser, "lunch around 12: two boiled eggs") == [
        ("Egg, whole, boiled or poached", 100.0)
    ]


def test_a_meal_label_is_no_amount(analyser: Analyser) -> None:
    items = _items(analyser, "meal 4: turkey breast 120g, quinoa 90g")
    assert [g for _, g in items] == [120.0, 90.0]


def test_carbohydrate_grams_are_not_food_amounts(analyser: Analyser) -> None:
    assert _items(analyser, "30 g carb snack: 2 cups popcorn") == _items(analyser, "2 cups popcorn")
    assert _items(analyser, "a medium banana, carbs ~27") == _items(analyser, "a medium banana")
    assert _items(analyser, "I bolused for 45 grams, a cup of pasta") == _items(
        analyser, "a cup of pasta"
    )


# --- containers of a stated size ------------------------------------------------------
def test_several_containers_of_a_stated_size(analyser: Analyser) -> None:
    assert _items(analyser, "three 12 oz cans of root beer") == _items(analyser, "36 oz root beer")
    assert _items(analyser, "apple juice 1 bottle (10 oz)") == _items(analyser, "apple juice 10 oz")


# --- meat substitutes only when said ---------------------------------------------------
def test_fried_chicken_is_chicken_not_a_meat_substitute(analyser: Analyser) -> None:
    assert "meatless" not in _foods(analyser, "fried chicken, 3 pieces")[0].lower()
    assert _foods(analyser, "fried chicken, two pieces")[0].startswith(
        "Chicken, NS as to part, fried"
    )


# --- US everyday names ------------------------------------------------------------------
def test_us_everyday_names(analyser: Analyser) -> None:
    assert _foods(analyser, "a strawberry pop-tart") == ["Breakfast tart"]
    assert _foods(analyser, "large onion rings")[0] == "Fried onion rings"
    assert _foods(analyser, "a mug of decaf")[0] == "Coffee, brewed, decaffeinated"
    assert "Pancake" in _foods(analyser, "a short stack with syrup")[0]
    assert _foods(analyser, "bacn, 4 strips")[0].startswith("Bacon")
    # a stir fry is no plate of french fries
    assert not any("french fries" in f for f in _foods(analyser, "leftover stir-fry veggies"))
