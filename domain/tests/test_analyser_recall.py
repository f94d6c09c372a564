"""How people tell a meal in a recall, read with FNDDS (issue #11, second blind round).

Every test runs the real analyser over the starter catalog and every FNDDS food (no
mocks), and checks behaviour that comes from USDA data (portion names, descriptions,
"NS as to" notes) or from the reader's small documented tables of kinds of words.
"""

from __future__ import annotations

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.fndds_foods import foods_from_fndds


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


# --- reading the sentence ---------------------------------------------------------------
def test_an_hour_before_the_speaker_is_a_time_not_a_count(analyser: Analyser) -> None:
    banana = analyser.analyse("Around 10 I had a medium banana.").items
    assert [(i.food_code, i.grams) for i in banana] == [("63107010", 126.0)]
    egg = analyser.analyse("At 11 I had a hard-boiled egg.").items
    assert [(i.food_code, i.grams) for i in egg] == [("31103010", 50.0)]
    # a count after "around" that is not followed by the speaker stays a count
    assert analyser.analyse("I had around 2 eggs").items[0].quantity == 2


def test_a_cooking_word_alone_describes_the_food_before_it(analyser: Analyser) -> None:
    result = analyser.analyse("I had a large chicken breast, grilled, and a cup of green beans.")
    assert [i.food_code for i in result.items] == ["24123301", "75205021"]
    eggs = analyser.analyse("2 eggs, fried, and toast").items
    assert eggs[0].food.lower().startswith("egg, whole, fried")
    # a word that is also a food in diaries stays a food ("meatloaf + mashed")
    assert len(analyser.analyse("meatloaf slice + mashed").items) == 2


def test_a_hedged_amount_after_the_food_is_its_amount(analyser: Analyser) -> None:
    juice = analyser.analyse("a small orange juice, about 8 ounces").items
    assert len(juice) == 1 and juice[0].portion == "8 fl oz"
    assert not analyser.analyse("a small orange juice, about 8 ounces").unmatched
    # "each" is per piece, "in all" the whole amount
    each = analyser.analyse("2 eggs scrambled in butter, 55 g each").items
    assert [(i.food_code, i.grams) for i in each] == [("32130020", 110.0)]
    total = analyser.analyse("2 fried eggs, 110 g in all").items
    assert [i.grams for i in total] == [110.0]


def test_a_place_or_event_is_not_a_food(analyser: Analyser) -> None:
    roll = analyser.analyse("I ate a California roll, 8 pieces, at the sushi counter.").items
    assert [i.food_code for i in roll] == ["58151180"]
    beer = analyser.analyse("In the evening I drank 750 ml of beer over the game.").items
    assert [i.food_code for i in beer] == ["93101000"]


def test_a_hyphenated_piece_count_is_a_count(analyser: Analyser) -> None:
    nuggets = analyser.analyse("a 10-piece mcnuggets").items[0]
    assert nuggets.quantity == 10 and nuggets.portion == "1 nugget"


# --- which food -------------------------------------------------------------------------
def test_the_head_noun_is_not_a_cooking_word(analyser: Analyser) -> None:
    assert analyser.analyse("a plain bagel, toasted").items[0].food_code == "51180010"
    scrambled = analyser.analyse("2 eggs scrambled in butter").items[0]
    assert scrambled.food_code == "32130020"  # the eggs, not an egg-white omelet


def test_a_compound_usda_writes_as_two_words(analyser: Analyser) -> None:
    # USDA writes "Meat loaf" in its meat-loaf foods, "Meatloaf" only in a sandwich
    assert analyser.analyse("180 g of meatloaf").items[0].food_code == "27214100"


def test_a_stop_word_that_begins_usda_names_is_kept(analyser: Analyser) -> None:
    assert analyser.analyse("hot chocolate").items[0].food.lower().startswith("hot chocolate")
    assert analyser.analyse("hot dog").items[0].food_code == "27564000"
    assert analyser.analyse("hot coffee").items[0].food_code == "92101000"


def test_usda_default_when_the_skin_is_not_said(analyser: Analyser) -> None:
    # "NS as to skin eaten" is among the other names of the skin-not-eaten breast
    assert analyser.analyse("grilled chicken breast").items[0].food_code == "24123301"


# --- which portion ----------------------------------------------------------------------
def test_a_portion_named_by_a_modifier_is_not_the_food(analyser: Analyser) -> None:
    cheese = analyser.analyse("string cheese x2").items[0]
    assert cheese.portion == "1 stick"  # "1 string" is a shred of mozzarella
    tenders = analyser.analyse("i ate 3 chicken tenders").items[0]
    assert tenders.portion == "1 tender, strip, or finger"  # not "1 popcorn chicken"
    assert analyser.analyse("10 baby carrots").items[0].portion == "1 baby carrot"
    assert analyser.analyse("2 sausage links").items[0].portion == "1 breakfast size link"


def test_a_count_of_drinks_is_the_first_listed_container(analyser: Analyser) -> None:
    beers = analyser.analyse("2 beers").items[0]
    assert beers.portion == "1 can or bottle (12 fl oz)" and beers.grams == 720.0


def test_a_cupcake_is_counted_not_measured_by_the_cup(analyser: Analyser) -> None:
    assert analyser.analyse("1 cupcake").items[0].portion == "1 cupcake, any size"


def test_each_multiplies_an_addition_by_what_it_goes_with(analyser: Analyser) -> None:
    items = analyser.analyse("2 cups coffee w 1 tbsp creamer each").items
    assert [i.quantity for i in items] == [2.0, 2.0]
    half = analyser.analyse(
        "I drank 2 cups of coffee, each with a little single-serve container of half and half."
    ).items[1]
    assert half.food == "Cream, half and half"
    assert half.portion.startswith("1 individual container") and half.quantity == 2.0


def test_part_of_a_longer_brand_name_is_another_product(analyser: Analyser) -> None:
    # "Energy drink (Mountain Dew AMP)" is not Mountain Dew, USDA's fruit-flavored soda
    assert analyser.analyse("mountain dew").items[0].food_code == "92410550"
    # the whole brand said still gets the branded food
    assert analyser.analyse("red bull").items[0].food_code == "95310600"
    assert analyser.analyse("cheetos").items[0].food_code == "54401081"


def test_a_thick_or_thin_cut_is_usdas_sized_portion(analyser: Analyser) -> None:
    chop = analyser.analyse("For dinner I had a thick pork chop.").items[0]
    assert (chop.portion, chop.grams) == ("1 thick", 180.0)


def test_what_a_dish_is_other_than_is_not_in_it(analyser: Analyser) -> None:
    # "Pizza, with meat other than pepperoni" is no pepperoni pizza
    food = analyser.analyse("3 slices thin crust pepperoni").items[0].food
    assert "other than pepperoni" not in food


def test_a_dish_named_head_comma_filling_stays_whole(analyser: Analyser) -> None:
    # "Nachos, beef or pork": the nachos are made with the beef
    items = analyser.analyse("nachos w beef").items
    assert len(items) == 1 and items[0].food.startswith("Nachos, beef or pork")
    # two foods that no USDA dish joins stay two
    assert len(analyser.analyse("chicken with rice").items) == 2


def test_where_a_dish_came_from_is_a_hint_not_an_amount(analyser: Analyser) -> None:
    items = analyser.analyse("1 cup of mac and cheese from a box and 10 baby carrots").items
    assert [i.food_code for i in items] == ["58145112", "73101010"]  # packaged mix
    assert items[0].portion == "1 cup"
    pizza = analyser.analyse("2 slices from a medium pizza").items[0]
    assert pizza.portion == "1 piece, medium pizza"


def test_a_measure_word_alone_names_no_food(analyser: Analyser) -> None:
    # cod is measured by the steak, but "grilled steak" is beef
    assert analyser.analyse("4 oz of grilled steak").items[0].food.startswith("Steak")
    assert analyser.analyse("a tilapia fillet").items[0].food.startswith("Fish, tilapia")


def test_an_unknown_word_usda_writes_as_two_is_read_as_two(analyser: Analyser) -> None:
    # "cheesesteak" is no USDA word; "Cheese steak sandwich" is
    assert analyser.analyse("a cheesesteak sub").items[0].food_code == "27514030"
    assert analyser.analyse("oatmilk latte sm").items[0].food_code == "92101903"


def test_a_food_cup_is_its_single_serve_container(analyser: Analyser) -> None:
    sauce = analyser.analyse("applesauce cup").items[0]
    assert sauce.portion == "1 snack size container"
    # "peanut butter cups" (plural, a candy name) are not read as a container
    assert analyser.analyse("peanut butter cups").items[0].unit != "container"


def test_a_portion_named_after_the_restaurant_said(analyser: Analyser) -> None:
    salad = analyser.analyse("Dinner was a taco salad from Taco Bell.").items[0]
    assert salad.portion == "1 Taco Bell taco salad"
    assert analyser.analyse("taco bell taco salad").items[0].portion == "1 Taco Bell taco salad"
    cookie = analyser.analyse("a Subway chocolate chip cookie").items[0]
    assert cookie.portion == "1 Subway cookie"
    # every word of the name must be said: two Oreos are not two Oreo minis
    assert analyser.analyse("2 oreos").items[0].portion == "1 Oreo sandwich"
    # no restaurant said: USDA's own portion
    assert analyser.analyse("a taco salad").items[0].portion == "1 taco salad, NS as to size"
