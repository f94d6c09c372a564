"""How people name foods and amounts in a food diary, read with FNDDS (issue #11).

Every test runs the real analyser over the starter catalog and every FNDDS food, and
checks behaviour that comes from USDA data (portion names, WWEIA categories, "NFS"
names) or from the analyser's small documented tables of kinds of things.
"""

from __future__ import annotations

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.analyser import Analysis
from domain.analyser.fndds_foods import foods_from_fndds


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


def _items(result: Analysis) -> list[tuple[str | None, str | None, float]]:
    return [(i.food_code, i.portion, i.grams) for i in result.items]


# --- which food -------------------------------------------------------------------------
def test_vegetables_are_cooked_unless_usda_makes_raw_the_default(analyser: Analyser) -> None:
    # broccoli: USDA lists raw and "fresh, cooked, no added fat" and calls neither the default
    assert analyser.analyse("broccoli 1 c").items[0].food_code == "72201211"
    # "Celery, raw" is USDA's "celery, NFS": raw is what a bare name means
    assert analyser.analyse("celery").items[0].food_code == "75109000"
    # raw carrots come in snack bags (a USDA portion of raw carrots only)
    assert analyser.analyse("10 baby carrots").items[0].food_code == "73101010"
    # saying raw still gets raw
    assert analyser.analyse("1 cup raw broccoli").items[0].food_code == "72201100"


def test_usda_nfs_names_in_other_descriptions_pick_the_default(analyser: Analyser) -> None:
    # "Italian dressing, NFS" is an other name of the vinegar-and-oil dressing
    assert analyser.analyse("italian dressing").items[0].food_code == "83106000"
    # "cheese sticks, NS as to type of cheese" of part-skim mozzarella
    assert analyser.analyse("a cheese stick").items[0].food_code == "14107030"
    # "Cheese, cottage, NFS" is cottage cheese as much as "Cottage cheese, farmer's" is
    assert analyser.analyse("cottage cheese 1/2 c").items[0].food_code == "14200100"


def test_a_head_noun_used_as_a_modifier_is_not_the_food(analyser: Analyser) -> None:
    # spaghetti is pasta, not "Spaghetti sauce"; granola is the cereal, not the bar
    assert analyser.analyse("spaghetti").items[0].food_code == "56130000"
    assert analyser.analyse("some granola").items[0].food_code == "57227000"
    assert analyser.analyse("spaghetti sauce").items[0].food_code == "74404010"


def test_spaghetti_with_a_sauce_is_the_pasta_dish(analyser: Analyser) -> None:
    result = analyser.analyse("1.5 cups spaghetti w meat sauce")
    assert _items(result) == [("58146322", "1 cup", 375.0)]
    # the amount after the dish belongs to the whole dish
    result = analyser.analyse("spagetti w/ marinara 2 cups")
    assert len(result.items) == 1 and result.items[0].food.startswith("Pasta with tomato")
    assert result.items[0].grams == 500.0


def test_what_a_food_is_without_does_not_explain_the_words(analyser: Analyser) -> None:
    # "Barbecue pork, no sauce" does not explain "with sauce"
    item = analyser.analyse("a cup of barbecue pork with sauce").items[0]
    assert item.food == "Barbecue pork, with sauce"
    # "grilled without sauce" costs nothing for the sauce it leaves out
    item = analyser.analyse("150 g of grilled chicken breast").items[0]
    assert item.food.startswith("Chicken breast, grilled without sauce")


def test_flavour_words_pick_the_flavored_food(analyser: Analyser) -> None:
    item = analyser.analyse("tall skinny vanilla latte").items[0]
    assert item.food == "Coffee, Latte, nonfat, flavored" and item.portion == "1 small"


def test_names_with_size_or_number_words_stay_names(analyser: Analyser) -> None:
    big_mac = analyser.analyse("big mac").items[0]
    assert big_mac.food == "Big Mac (McDonalds)"
    quarter = analyser.analyse("quarter pounder").items[0]
    assert quarter.food.startswith("Quarter Pounder") and quarter.quantity == 1.0
    reeses = analyser.analyse("reeses cups king size").items[0]
    assert (reeses.food_code, reeses.portion) == ("91705530", "1 large/king size")


def test_everyday_names_and_split_words(analyser: Analyser) -> None:
    assert analyser.analyse("hot dog").items[0].food.startswith("Hot dog sandwich")
    assert analyser.analyse("cole slaw 1 cup").items[0].food == "Coleslaw"
    assert analyser.analyse("3 hard-boiled eggs").items[0].food_code == "31103010"
    assert analyser.analyse("2 eggo waffles").items[0].food == "Waffle, plain, frozen"
    assert analyser.analyse("mac n cheese from the box, 1 cup").items[0].food_code == "58145112"
    # a corrected typo that is a meal word is not a food ("breakafst")
    result = analyser.analyse("for breakafst i had 50 grams of graham crackers")
    assert [i.food for i in result.items] == ["Graham crackers"]


def test_a_spirit_with_soda_is_the_mixed_drink(analyser: Analyser) -> None:
    assert analyser.analyse("a vodka soda").items[0].food == "Vodka and soda"


def test_the_plain_member_of_a_category_stands_in_for_a_generic_without_the_unit(
    analyser: Analyser,
) -> None:
    # "Water, NFS" has no bottle: tap water (its WWEIA category) has, tonic is a soft drink
    item = analyser.analyse("bottle of water").items[0]
    assert item.food == "Water, tap" and item.calories == 0


# --- how much ---------------------------------------------------------------------------
def test_salmon_weighed_before_its_preparation(analyser: Analyser) -> None:
    result = analyser.analyse("salmon 5 oz baked, brown rice 1 c, broccoli 1 c")
    assert [i.food_code for i in result.items] == ["26137120", "56205011", "72201211"]
    assert result.items[0].grams == pytest.approx(141.8, abs=0.1)


def test_slices_without_a_size_are_usdas_unsized_piece(analyser: Analyser) -> None:
    assert _items(analyser.analyse("2 slices pepperoni pizza")) == [
        ("58106540", "1 piece, NFS", 248.0)
    ]


def test_containers_use_the_food_portion_of_that_container(analyser: Analyser) -> None:
    beer = analyser.analyse("a bottle of beer").items[0]
    assert (beer.portion, beer.grams) == ("1 can or bottle (12 fl oz)", 360.0)
    juice = analyser.analyse("apple juice box").items[0]
    assert juice.portion == "1 juice box/pouch (6.75 fl oz)"
    assert analyser.analyse("23 almonds").items[0].portion == "1 nut"


def test_a_size_asked_for_prefers_a_food_sold_in_that_size(analyser: Analyser) -> None:
    tea = analyser.analyse("sweet tea large").items[0]
    assert tea.portion == "1 large drink" and "pre-sweetened" in tea.food


def test_a_big_salad_is_three_cups_and_a_side_salad_usdas_side(analyser: Analyser) -> None:
    big = analyser.analyse("big salad with ranch")
    assert _items(big)[0] == ("75143000", "1 cup", 219.0)
    assert big.items[1].food == "Ranch dressing"
    side = analyser.analyse("side salad w/ italian")
    assert side.items[0].portion == "1 side salad"


def test_additions_take_the_amount_of_what_they_are_added_to(analyser: Analyser) -> None:
    sandwich = analyser.analyse("turkey sandwhich on wheat w/ lettuce tomato and mayo")
    assert [i.portion for i in sandwich.items[1:]] == ["Guideline amount on regular sandwich"] * 3
    toast = analyser.analyse("two slices of white toast with butter")
    butter = next(f for f in foods_from_fndds() if f.extra["food_code"] == toast.items[1].food_code)
    per_slice = next(p.gram_weight for p in butter.portions if "per slice" in p.unit)
    assert toast.items[1].grams == 2 * per_slice  # USDA's guideline amount per slice
    cereal = analyser.analyse("bowl of cheerios w/ 2% milk")
    assert cereal.items[1].grams == 122.0  # half a cup of milk on cereal
    celery = analyser.analyse("celery w/ pb")
    assert celery.items[1].portion == "Quantity not specified"
    rice = analyser.analyse("grilled chicken with rice")
    assert rice.items[1].portion == "Quantity not specified"  # a side, not a tablespoon


def test_a_size_word_means_a_serving_not_a_topping(analyser: Analyser) -> None:
    result = analyser.analyse("big mac meal w/ large fries and large coke")
    assert [i.portion for i in result.items] == [
        "Quantity not specified",
        "1 large fast food order",
        "1 large drink",
    ]


def test_food_put_on_bread_is_two_foods_and_a_sandwich_on_bread_one(analyser: Analyser) -> None:
    result = analyser.analyse("half an avocado on toast")
    assert [i.food_code for i in result.items] == ["63105010", "51101010"]
    assert result.items[0].grams == 75.0 and result.items[1].quantity == 1.0
    sandwich = analyser.analyse("Tonight I ate a hot dog on a bun")
    assert [i.food for i in sandwich.items] == ["Hot dog sandwich, NFS, on white bun"]
    # "on" without food after it is no split
    assert len(analyser.analyse("corn on the cob").items) == 1


def test_fat_named_apart_is_not_in_the_dish_again(analyser: Analyser) -> None:
    result = analyser.analyse("2 eggs scrambled in 1 tsp butter")
    assert result.items[0].food == "Egg omelet or scrambled egg, no added fat"


def test_a_salad_named_for_its_dressing_holds_it_unless_weighed(analyser: Analyser) -> None:
    result = analyser.analyse("a chicken Caesar salad")
    assert [i.food for i in result.items][1:] == ["Caesar dressing"]
    weighed = analyser.analyse("120g of grilled chicken Caesar salad")
    assert len(weighed.items) == 1


# --- spelling -----------------------------------------------------------------------------
def test_swapped_letters_are_corrected_only_in_long_words(analyser: Analyser) -> None:
    assert analyser.fndds is not None
    assert analyser.fndds.correct("qunioa") == "quinoa"
    assert analyser.fndds.correct("crarot") == "carrot"
    # five letters: "diary" stays a diary, "fired" is not fried
    assert analyser.fndds.correct("diary") is None
    assert analyser.fndds.correct("fired") is None


def test_english_words_one_slip_from_a_food_stay_english(analyser: Analyser) -> None:
    assert analyser.fndds is not None
    for word in ("meant", "raising", "salon", "thing", "refined", "learn"):
        assert analyser.fndds.correct(word) is None, word
    result = analyser.analyse("I meant to have a banana")
    assert [i.food for i in result.items] == ["Banana, raw"] and not result.unmatched


def test_a_food_that_only_lists_what_is_not_specified_is_the_bare_name(
    analyser: Analyser,
) -> None:
    # "Chicken, NS as to part and cooking method, NS as to skin eaten", not meatless chicken
    assert analyser.analyse("chicken").items[0].food_code == "24100000"
    # "Cream, NS as to light, heavy, or half and half"
    assert analyser.analyse("coffee w cream").items[1].food_code == "12100100"
    # "Carrots, NS as to form, cooked" also says cooked: not the bare name
    assert analyser.analyse("carrots").items[0].food_code != "73102220"


def test_inches_are_a_size_not_a_count(analyser: Analyser) -> None:
    item = analyser.analyse("turkey sub 6 inch").items[0]
    assert item.quantity == 1.0 and item.grams < 300
    assert analyser.analyse("chicken tenders x4").items[0].food.startswith("Chicken tenders")


def test_a_food_named_first_and_then_with_an_amount_is_counted_once(
    analyser: Analyser,
) -> None:
    result = analyser.analyse(
        "We went out for pizza and I had two slices of a large pepperoni pizza."
    )
    assert len(result.items) == 1 and result.items[0].portion == "1 piece, large pizza"
    assert any("read as the same food" in note for note in result.items[0].notes)


def test_an_amount_said_after_the_food_replaces_a_vague_one(analyser: Analyser) -> None:
    juice = analyser.analyse("a glass of orange juice, about 250 ml").items[0]
    assert juice.portion == "250 ml"
    roll = analyser.analyse("I had a California roll, eight pieces").items[0]
    assert (roll.portion, roll.quantity) == ("1 piece", 8.0)


def test_half_and_half_is_the_cream(analyser: Analyser) -> None:
    result = analyser.analyse("coffee w/ half & half")
    assert [i.food.split(",")[0] for i in result.items] == ["Coffee", "Cream"]
    creamer = analyser.analyse("a little cup of half and half").items[0]
    assert creamer.grams < 30  # a small container, not a cup
