"""Proposed meal items (from a language model) weighed and counted from our catalog only."""

from __future__ import annotations

import math

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.analyser import MAX_ITEMS
from domain.analyser.fndds_foods import foods_from_fndds
from domain.analyser.proposed_items import (
    NO_MATCH,
    ProposedItem,
    ProposedItemsError,
    analyse_proposed,
    meal_line,
)
from domain.nutrients import NUTRIENT_KEYS

TEXT = (
    "During my snack time I enjoyed a medium apple alongside a small bag of chips, "
    "then 16g peanut butter on 2 slices of toast and a zorblax."
)
APPLE = ProposedItem("apple", 1, "medium", "a medium apple")
CHIPS = ProposedItem("plain potato chips", 1, "small bag", "a small bag of chips")
PEANUT_BUTTER = ProposedItem("peanut butter", 16, "g", "16g peanut butter")
TOAST = ProposedItem("white toast", 2, "slice", "2 slices of toast")
ZORBLAX = ProposedItem("zorblax", 1, None, "a zorblax")


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


@pytest.fixture(scope="module")
def starter_analyser() -> Analyser:
    return Analyser(foods_from_starter())


def fndds_food(code: str):
    return next(f for f in foods_from_fndds() if f.extra["food_code"] == code)


@pytest.mark.parametrize(
    "item",
    [
        APPLE,
        CHIPS,
        PEANUT_BUTTER,
        TOAST,
        ProposedItem("orange juice", 8, "fl oz"),
        ProposedItem("hummus", 2, "tbsp"),
        ProposedItem("scrambled eggs", 2, None),
        ProposedItem("latte", 1, "grande"),
        ProposedItem("banana", None, None),
        ProposedItem("cheese pizza", None, "slice"),
        ProposedItem("cooked white rice", 0.5, "cup"),
    ],
    ids=meal_line,
)
def test_each_item_is_weighed_as_the_local_parser_weighs_its_line(
    analyser: Analyser, item: ProposedItem
) -> None:
    got = analyse_proposed(analyser, TEXT, [item])
    local = analyser.analyse(meal_line(item))
    assert len(got.items) == len(local.items) == 1
    mine, theirs = got.items[0], local.items[0]
    assert (mine.food_code, mine.food, mine.portion, mine.grams) == (
        theirs.food_code, theirs.food, theirs.portion, theirs.grams,
    )  # fmt: skip
    assert (mine.calories, mine.nutrients) == (theirs.calories, theirs.nutrients)


def test_numbers_are_the_catalogs_per_100_g_times_the_grams(analyser: Analyser) -> None:
    result = analyse_proposed(analyser, TEXT, [APPLE, CHIPS, PEANUT_BUTTER, TOAST])
    assert [i.food_code for i in result.items] == ["63101000", "71200100", "42202000", "51101010"]
    for item in result.items:
        food = fndds_food(item.food_code)
        factor = item.grams / 100
        assert item.calories == round(food.energy_kcal * factor, 1)
        for key in NUTRIENT_KEYS:
            if food.nutrients.get(key) is not None:
                assert item.nutrients[key] == round(food.nutrients[key] * factor, 2)
    # USDA portions: the medium apple, the small single-serving bag, two regular slices
    assert [i.portion for i in result.items] == [
        "1 medium", "1 small single serving bag", "16 g", "1 medium or regular slice",
    ]  # fmt: skip
    assert result.calories == round(sum(i.calories for i in result.items), 1)
    assert result.serving_size == round(sum(i.grams for i in result.items), 1)
    assert not result.partial and result.coverage == 1.0


@pytest.mark.parametrize(
    ("item", "grams"),
    [
        (ProposedItem("raw apple", 165, "g"), 165.0),
        (ProposedItem("peanut butter", 16, "grams"), 16.0),
        (ProposedItem("cheddar cheese", 1.5, "oz"), 42.5),
        (ProposedItem("chicken breast", 0.25, "kg"), 250.0),
    ],
    ids=lambda value: meal_line(value) if isinstance(value, ProposedItem) else "",
)
def test_stated_weights_are_used_exactly(analyser: Analyser, item: ProposedItem, grams: float):
    result = analyse_proposed(analyser, "a meal", [item])
    assert [i.grams for i in result.items] == [grams]


def test_a_phrase_not_in_the_catalog_makes_the_answer_partial(analyser: Analyser) -> None:
    result = analyse_proposed(analyser, TEXT, [APPLE, ZORBLAX])
    assert [i.food_code for i in result.items] == ["63101000"]
    assert [u.as_dict() for u in result.unmatched] == [{"text": "a zorblax", "reason": NO_MATCH}]
    assert result.partial and result.coverage == 0.5
    assert result.calories == result.items[0].calories  # the totals cover the apple only


def test_items_show_the_users_words_when_the_quote_is_real(analyser: Analyser) -> None:
    made_up = ProposedItem("banana", 1, None, "a ripe banana")  # not in TEXT
    result = analyse_proposed(analyser, TEXT, [APPLE, made_up])
    apple, banana = result.items
    assert apple.text == "a medium apple" and 'read as "1 medium apple"' in apple.notes
    assert banana.text != "a ripe banana" and "banana" in banana.text


@pytest.mark.parametrize("amount", [0, -2, math.nan, math.inf, 1e9])
def test_unusable_amounts_are_unmatched_not_guessed(analyser: Analyser, amount: float) -> None:
    result = analyse_proposed(analyser, TEXT, [APPLE, ProposedItem("banana", amount, None)])
    assert len(result.items) == 1 and result.partial
    assert "not a usable amount" in result.unmatched[0].reason


def test_empty_or_oversize_phrases_are_unmatched(analyser: Analyser) -> None:
    result = analyse_proposed(
        analyser, TEXT, [APPLE, ProposedItem("  "), ProposedItem("apple " * 40, 1)]
    )
    assert [u.reason for u in result.unmatched] == [
        "no food named", "the proposed item is too long to be one food",
    ]  # fmt: skip


def test_more_items_than_the_analyser_takes_are_refused(analyser: Analyser) -> None:
    with pytest.raises(ProposedItemsError):
        analyse_proposed(analyser, TEXT, [APPLE] * (MAX_ITEMS + 1))


def test_amounts_are_written_as_plain_decimals() -> None:
    assert meal_line(ProposedItem("rice", 0.333333, "cup")) == "0.333 cup rice"
    assert meal_line(ProposedItem("tea", 0.00001, "cup")) == "0 cup tea"
    assert meal_line(ProposedItem("pizza", None, "slice")) == "a slice pizza"
    assert meal_line(ProposedItem("eggs", 2, None)) == "2 eggs"


def test_works_on_the_starter_catalog_alone(starter_analyser: Analyser) -> None:
    result = analyse_proposed(
        starter_analyser, "2 eggs and a slice of toast",
        [ProposedItem("eggs", 2, None, "2 eggs"), ProposedItem("white toast", 1, "slice")],
    )  # fmt: skip
    assert [(i.food, i.grams) for i in result.items] == [("egg", 100.0), ("white toast", 22.0)]
    assert result.items[0].text == "2 eggs"
