"""General rules of the third blind round (issue #11): brands, chains, anaphora, restating,
fat added, portions named by a word, shorthand spellings.

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


def _foods(analyser: Analyser, text: str) -> list[str]:
    return [item.food for item in analyser.analyse(text).items]


# --- time, anaphora, restating ----------------------------------------------------------
def test_an_hour_in_words_is_a_time(analyser: Analyser) -> None:
    items = analyser.analyse("Around nine I had a small latte.").items
    assert [(i.food, i.grams) for i in items] == [("Coffee, Latte", 360.0)]
    almonds = analyser.analyse("I ate 20 grams of almonds at four in the afternoon.").items
    assert [(i.food, i.grams) for i in almonds] == [("Almonds, NFS", 20.0)]


def test_an_amount_of_it_is_the_amount_of_the_food_before(analyser: Analyser) -> None:
    items = analyser.analyse("Mom made chili and I had 2 cups of it.").items
    assert len(items) == 1 and items[0].grams == 510.0
    # "of it over rice": the dish with rice, weighed as said
    gumbo = analyser.analyse("We made gumbo, I ate 300 grams of it over rice.").items
    assert [(i.food, i.grams) for i in gumbo] == [("Gumbo with rice", 300.0)]


def test_a_general_name_then_what_it_was(analyser: Analyser) -> None:
    # "a bowl of cereal, 2 cups of corn flakes": one cereal
    assert _foods(analyser, "I had a bowl of cereal, 1 cup of corn flakes") == [
        "Cereal, corn flakes, plain"
    ]
    # "milk, whole milk": the same food said more exactly
    assert "Milk, NFS" not in _foods(analyser, "oatmeal with milk, skim milk")
    # "the fruit kind": what kind the food before was
    assert _foods(analyser, "a cup of Greek yogurt, the fruit kind") == [
        "Yogurt, Greek, NS as to type of milk, fruit"
    ]


def test_cuts_named_after_the_animal_are_its_pieces(analyser: Analyser) -> None:
    foods = _foods(analyser, "we had fried chicken, I ate a breast and a wing")
    assert len(foods) == 2 and all(f.startswith("Chicken") for f in foods)
    assert "Turkey" not in " ".join(_foods(analyser, "fried chicken, 1 thigh"))


# --- brands and chains ------------------------------------------------------------------
def test_a_brand_usda_names_is_found_however_it_is_spaced(analyser: Analyser) -> None:
    assert _foods(analyser, "small bag of fritos") == ["Corn chips, plain (Fritos)"]
    assert _foods(analyser, "cheezit crackers") == ["Crackers, cheese (Cheez-It)"]


def test_brands_usda_does_not_name_are_their_kind_of_food(analyser: Analyser) -> None:
    assert _foods(analyser, "a corona") == ["Beer"]
    assert _foods(analyser, "white claw") == ["Hard seltzer"]


def test_a_chain_ranks_its_kind_of_food(analyser: Analyser) -> None:
    breast = _foods(analyser, "popeyes chicken breast")[0]
    assert breast.startswith("Chicken breast, fried, coated")
    # a chain named anywhere makes the sides restaurant foods
    assert _foods(analyser, "kfc thigh and fries")[1] == "Potato, french fries, fast food"
    # and a food word that is no chain stays a food ("candy cane")
    assert "fast food" not in _foods(analyser, "a candy cane")[0]


def test_a_chain_food_is_not_meant_when_no_chain_is_said(analyser: Analyser) -> None:
    assert "Burger King" not in _foods(analyser, "a double cheeseburger")[0]


def test_a_frozen_meal_needs_the_word_frozen(analyser: Analyser) -> None:
    assert "frozen meal" not in _foods(analyser, "salisbury steak")[0]


# --- portions ---------------------------------------------------------------------------
def test_a_fat_said_with_a_food_is_usdas_fat_added_version(analyser: Analyser) -> None:
    items = analyser.analyse("1 cup of peas and carrots w butter").items
    assert len(items) == 1 and "fat added" in items[0].food
    # a fat with its own amount stays an item of its own
    assert len(analyser.analyse("1 cup of grits with 1 tbsp butter").items) == 2


def test_a_word_naming_one_portion_picks_it(analyser: Analyser) -> None:
    assert analyser.analyse("bean quesadilla full").items[0].portion == "1 full circle"


def test_regular_is_usdas_regular_portion(analyser: Analyser) -> None:
    assert analyser.analyse("a regular pork chop").items[0].portion == "1 regular"


def test_inches_pick_the_portion_usda_names_by_inches(analyser: Analyser) -> None:
    item = analyser.analyse("a 6 inch meatball sub").items[0]
    assert '6"' in item.portion


def test_snack_bag_is_the_small_bag(analyser: Analyser) -> None:
    assert analyser.analyse("snack bag of potato chips").items[0].portion.startswith("1 small")


def test_a_double_before_a_food_names_the_food(analyser: Analyser) -> None:
    item = analyser.analyse("a double hamburger").items[0]
    assert item.quantity == 1 and "Double" in item.food


def test_each_after_the_counted_food_multiplies_what_comes_with_it(analyser: Analyser) -> None:
    items = analyser.analyse("3 mugs tea each w 1 tsp honey").items
    assert items[1].quantity == 3


# --- spelling ---------------------------------------------------------------------------
def test_shorthand_spellings_of_common_food_words(analyser: Analyser) -> None:
    assert _foods(analyser, "mozz cheese 1 oz")[0].startswith("Cheese, Mozzarella")
    assert _foods(analyser, "chikn soup")[0] == "Soup, chicken"


def test_a_typo_of_an_everyday_word_is_that_word(analyser: Analyser) -> None:
    assert _foods(analyser, "linguini with clam sauce")[0].startswith("Pasta")


def test_a_splash_said_after_a_food_is_an_item_of_its_own(analyser: Analyser) -> None:
    items = analyser.analyse("sm coffee splash of oat milk").items
    assert [i.food for i in items] == ["Coffee, brewed", "Oat milk"]


def test_a_count_of_them_is_the_count_of_the_food_before(analyser: Analyser) -> None:
    items = analyser.analyse("We bought tacos and I ate 3 of them").items
    assert len(items) == 1 and items[0].quantity == 3


def test_ice_cream_is_not_a_drink_served_with_ice(analyser: Analyser) -> None:
    foods = _foods(analyser, "brownie with ice cream")
    assert len(foods) == 2 and foods[1].startswith("Ice cream")
    assert _foods(analyser, "a margarita on the rocks") == ["Margarita"]


def test_meat_sauce_is_the_tomato_meat_sauce(analyser: Analyser) -> None:
    assert _foods(analyser, "1/2 cup meat sauce") == ["Spaghetti sauce with meat"]


def test_a_coffee_shop_caramel_macchiato_is_a_flavored_latte(analyser: Analyser) -> None:
    item = analyser.analyse("venti caramel macchiato").items[0]
    assert (item.food, item.portion) == ("Coffee, Latte, flavored", "1 large")
