"""General rules of the fourth blind round (issue #11): British and Commonwealth words,
home-kitchen dish names, self-corrections, amounts said after the food, lines without
punctuation, who a food was for, and where it was eaten.

Every text here is invented for the test (none is a line of an evaluation set); the
expected foods and portions are USDA's own.
"""

from __future__ import annotations

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.fndds_foods import foods_from_fndds
from domain.analyser.regional import REGIONAL_WORDS, rewrite


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


def _items(analyser: Analyser, text: str) -> list[tuple[str, float]]:
    return [(item.food, item.grams) for item in analyser.analyse(text).items]


def _foods(analyser: Analyser, text: str) -> list[str]:
    return [item.food for item in analyser.analyse(text).items]


# --- British, Irish, Australian and Canadian words ------------------------------------
def test_crisps_are_potato_chips_but_apple_crisp_is_the_dessert(analyser: Analyser) -> None:
    assert _foods(analyser, "two packets of crisps")[0].startswith("Potato chips")
    assert _foods(analyser, "a bowl of apple crisp") == ["Crisp, apple"]


def test_a_cuppa_is_tea_with_milk_and_tea_white_too(analyser: Analyser) -> None:
    assert _foods(analyser, "a cuppa and a slice of toast")[0] == "Tea, hot, with milk"
    assert _items(analyser, "coffee no sugar x2 cups") == [("Coffee, brewed", 480.0)]
    assert _items(analyser, "tea, white, 2 cups") == [("Tea, hot, with milk", 480.0)]


def test_british_names_of_everyday_foods(analyser: Analyser) -> None:
    assert _foods(analyser, "porridge with honey")[0].startswith("Oatmeal")
    assert _foods(analyser, "sausages and mash")[1] == "Potato, mashed, NFS"
    assert _foods(analyser, "a handful of sultanas") == ["Raisins"]
    assert _foods(analyser, "a sausage roll") == ["Pig in a blanket"]
    assert _foods(analyser, "a flat white") == ["Coffee, Latte"]
    assert _foods(analyser, "semi-skimmed milk, 1 cup") == ["Milk, reduced fat (2%)"]
    assert _foods(analyser, "mince, 1 cup") == ["Beef, ground"]  # cooked, not raw


def test_squash_is_a_drink_only_in_a_glass_or_with_a_fruit(analyser: Analyser) -> None:
    assert _foods(analyser, "a glass of orange squash") == ["Fruit flavored drink"]
    assert "drink" not in _foods(analyser, "butternut squash, 1 cup")[0]


def test_a_regional_piece_is_its_usda_portion(analyser: Analyser) -> None:
    # a Weetabix is one rectangular wheat biscuit; a digestive a large graham rectangle
    assert _items(analyser, "three weetabix") == [("Cereal, shredded wheat, plain", 75.0)]
    assert _items(analyser, "three digestives") == [("Graham crackers", 45.0)]
    assert _items(analyser, "chipolatas x3") == [("Pork sausage", 60.0)]
    assert _items(analyser, "tostones x3") == [("Plantain, cooked with oil", 75.0)]


# --- home-kitchen dish names ------------------------------------------------------------
def test_rice_and_peas_is_one_dish(analyser: Analyser) -> None:
    assert _items(analyser, "rice and peas, 2 cups") == [
        ("Beans and rice, from fast food / restaurant", 340.0)
    ]
    assert "rice" in rewrite("arroz con habichuelas").replace("beansandrice", "rice")
    assert REGIONAL_WORDS["beansandrice"] == "beans and rice"


def test_dish_names_from_home_kitchens(analyser: Analyser) -> None:
    assert _foods(analyser, "empanada de carne") == ["Empanada, beef"]
    assert _foods(analyser, "a cup of dhal") == ["Dal"]
    assert _foods(analyser, "chicken curry with raita")[1] == "Yogurt, whole milk, plain"
    assert _foods(analyser, "a suya skewer") == [
        "Beef shish kabob with vegetables, excluding potatoes"
    ]
    assert _items(analyser, "frijoles negros 1 taza")[0][1] == 185.0  # one cup
    assert _foods(analyser, "pancit, 1 cup") == [
        "Chicken or turkey chow mein or chop suey with noodles"
    ]


def test_a_plate_usda_does_not_weigh_is_its_default(analyser: Analyser) -> None:
    assert _items(analyser, "a plate of jollof") == [
        ("Rice, white, with tomatoes and/or tomato-based sauce, NS as to fat", 157.0)
    ]


def test_small_of_a_food_usda_sizes_miniature_is_the_miniature(analyser: Analyser) -> None:
    assert _items(analyser, "4 small egg rolls") == [("Egg roll, with beef and/or pork", 52.0)]


# --- how people say amounts ---------------------------------------------------------------
def test_a_self_correction_replaces_what_was_said(analyser: Analyser) -> None:
    assert _items(analyser, "2 cups of rice, no, 1 cup") == [("Rice, cooked, NFS", 158.0)]
    assert _foods(analyser, "a muffin, no wait, it was a scone") == ["Scone"]
    corrected = _foods(analyser, "tortilla chips? no - 2 flour tortillas")
    assert len(corrected) == 1 and corrected[0].startswith("Tortilla, flour")
    # a bare "no X" is still what was not eaten
    assert _foods(analyser, "burger, no fries") == ["Hamburger, NFS"]


def test_a_measure_after_a_vague_amount_is_the_amount(analyser: Analyser) -> None:
    assert _items(analyser, "a bowl of chili, maybe 1.5 cups")[0][1] == 382.5
    assert _items(analyser, "a lot of pozole, probably 2 cups")[0][1] == 490.0


def test_a_count_after_a_food_and_its_spread_counts_the_food(analyser: Analyser) -> None:
    items = _items(analyser, "toast and jam, 3 slices")
    assert items[0] == ("Bread, white, toasted", 75.0)


def test_items_without_punctuation_are_cut_at_the_next_amount(analyser: Analyser) -> None:
    assert len(_items(analyser, "oatmeal 1 cup 2 eggs")) == 2
    assert [g for _, g in _items(analyser, "rice 150g salmon 120g")] == [150.0, 120.0]
    assert len(_items(analyser, "1 cup 2% milk")) == 1


def test_count_whole_and_short_sizes(analyser: Analyser) -> None:
    assert _items(analyser, "mango 1 whole") == [("Mango, raw", 210.0)]
    assert _items(analyser, "samosa 2 lrg")[0][1] == 200.0


# --- who and where ------------------------------------------------------------------------
def test_who_a_food_was_for_is_no_food(analyser: Analyser) -> None:
    assert _items(analyser, "12 grapes for emma") == [("Grapes, raw", 84.0)]
    assert _foods(analyser, "pancakes for breakfast") == _foods(analyser, "pancakes")


def test_where_it_was_eaten_is_no_food(analyser: Analyser) -> None:
    assert len(_foods(analyser, "a coffee and a samosa at the Indian place near work")) == 2
    assert len(_foods(analyser, "a cheese sandwich on the train home")) == 1
    assert len(_foods(analyser, "we had lasagna at my aunt's, a cup of it")) == 1


# --- matching and portions ----------------------------------------------------------------
def test_a_cooking_word_usda_says_another_way_still_counts(analyser: Analyser) -> None:
    # USDA bakes sweet potatoes and never roasts them: "roasted" is not a white potato
    assert _foods(analyser, "a roasted sweet potato")[0].startswith("Sweet potato, baked")


def test_a_string_cheese_is_one_stick(analyser: Analyser) -> None:
    assert _items(analyser, "a string cheese") == [("Cheese, Mozzarella, part skim", 28.4)]


def test_a_splash_said_after_the_milk_is_a_splash(analyser: Analyser) -> None:
    items = _items(analyser, "tea 2 cups w milk splash")
    assert items[1] == ("Milk, NFS", 30.5)


def test_a_brands_own_portion_needs_the_brand(analyser: Analyser) -> None:
    # "1 Tastykake Oatmeal Raisin Bar" is not what "4 oatmeal raisin cookies" counts
    assert _items(analyser, "4 oatmeal raisin cookies") == [
        ("Cookie, oatmeal, with raisins", 120.0)
    ]


def test_a_food_in_what_holds_it_is_one_dish(analyser: Analyser) -> None:
    # the sandwich USDA names already holds its bun: no second bread, no cheeseburger
    assert _foods(analyser, "a hot dog in a bun") == ["Hot dog sandwich, NFS, on white bun"]
    # an amount after "in" is still what it was cooked in
    assert len(_foods(analyser, "2 eggs scrambled in 1 tsp butter")) == 2


def test_a_count_after_a_comma_is_no_time_of_day(analyser: Analyser) -> None:
    assert _items(analyser, "dates, about 5") == [("Date", 40.0)]


def test_butter_on_crumpets_is_per_crumpet(analyser: Analyser) -> None:
    # an English muffin is spread on both halves; a crumpet is not split
    items = _items(analyser, "3 crumpets with butter")
    assert items[1][1] == 21.0


def test_usdas_hyphenated_words_are_found_by_their_part(analyser: Analyser) -> None:
    # "sweetened" is USDA's "pre-sweetened"
    assert "pre-sweetened" in _foods(analyser, "iced tea sweetened 16 oz")[0]
