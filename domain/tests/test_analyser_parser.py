"""The meal-text parser: separators, amounts, units, sizes, preparation words."""

from __future__ import annotations

import pytest

from domain.analyser import MealParser, foods_from_starter
from domain.analyser.matcher import FoodMatcher
from domain.analyser.quantity import read_quantity


@pytest.fixture(scope="module")
def parser() -> MealParser:
    return MealParser(FoodMatcher(foods_from_starter()).protected_phrases)


def texts(parser: MealParser, text: str) -> list[str]:
    return [item for item, _ in parser.split(text)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("2 eggs and a slice of toast", ["2 eggs", "a slice of toast"]),
        ("eggs, toast, coffee", ["eggs", "toast", "coffee"]),
        ("rice with chicken", ["rice", "chicken"]),
        ("eggs & bacon + toast", ["eggs", "bacon", "toast"]),
        ("eggs\ntoast\r\ncoffee", ["eggs", "toast", "coffee"]),
        ("eggs; toast", ["eggs", "toast"]),
        ("a poached egg on an english muffin", ["a poached egg", "an english muffin"]),
        # dish names holding a separator stay whole when they stand as an item
        ("mac and cheese and a salad", ["mac and cheese", "a salad"]),
        ("1 cup of macaroni and cheese", ["1 cup of macaroni and cheese"]),
        ("coffee with 2 tbsp half and half", ["coffee", "2 tbsp half and half"]),
        ("spaghetti with meat sauce", ["spaghetti with meat sauce"]),
        # ... but not when another word makes them two foods
        ("grilled chicken and rice", ["grilled chicken", "rice"]),
        ("two and a half cups of rice", ["2 1/2 cups of rice"]),
    ],
)
def test_split(parser: MealParser, text: str, items: list[str]) -> None:
    assert texts(parser, text) == items


def test_items_after_with_are_additions_until_the_next_comma(parser: MealParser) -> None:
    assert parser.split("coffee with milk and sugar, toast") == [
        ("coffee", False),
        ("milk", True),
        ("sugar", True),
        ("toast", False),
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("2 eggs", 2),
        ("1.5 cups", 1.5),
        ("1/2 cup", 0.5),
        ("1 1/2 cups", 1.5),
        ("a banana", 1),
        ("an apple", 1),
        ("two eggs", 2),
        ("half an avocado", 0.5),
        ("a half cup", 0.5),
        ("a dozen eggs", 12),
        ("half a dozen eggs", 6),
        ("a couple of eggs", 2),
        ("2-3 eggs", 2.5),
        ("2 to 3 eggs", 2.5),
        ("2 or 3 eggs", 2.5),
        ("1/2-1 cup", 0.75),
    ],
)
def test_quantities(words: str, value: float) -> None:
    quantity = read_quantity(words.split())
    assert quantity is not None and quantity.value == pytest.approx(value)


def test_a_range_says_it_took_the_midpoint(parser: MealParser) -> None:
    item = parser.parse_item("2-3 pancakes")
    assert item.quantity == 2.5
    assert item.notes == ["range 2-3 read as its midpoint 2.5"]


def test_no_amount_is_none() -> None:
    assert read_quantity(["eggs"]) is None


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("200g chicken", 200, "g"),
        ("200 grams chicken", 200, "g"),
        ("1.5kg potatoes", 1.5, "kg"),
        ("4 oz steak", 4, "oz"),
        ("1 lb ground beef", 1, "lb"),
        ("250ml milk", 250, "ml"),
        ("1 l water", 1, "l"),
        ("2 cups rice", 2, "cup"),
        ("1 tbsp olive oil", 1, "tbsp"),
        ("2 tablespoons peanut butter", 2, "tbsp"),
        ("1 tsp sugar", 1, "tsp"),
        ("12 fl oz cola", 12, "floz"),
        ("2 slices of bread", 2, "slice"),
        ("3 pieces of chicken", 3, "piece"),
        ("1 serving of lasagna", 1, "serving"),
        ("½ cup of rice", 0.5, "cup"),
        ("1½ cups of rice", 1.5, "cup"),
        ("chicken breast 200 g", 200, "g"),
        ("rice (1 cup)", 1, "cup"),
        ("eggs x2", 2, None),
        ("a 12 oz beer", 12, "oz"),
    ],
)
def test_units(parser: MealParser, text: str, quantity: float, unit: str | None) -> None:
    (piece,) = texts(parser, text)
    item = parser.parse_item(piece)
    assert (item.quantity, item.unit) == (pytest.approx(quantity), unit)


@pytest.mark.parametrize(
    ("text", "size", "name"),
    [
        ("1 large egg", "large", "egg"),
        ("2 medium bananas", "medium", "bananas"),
        ("a small apple", "small", "apple"),
        ("3 extra large eggs", "extra large", "eggs"),
        ("a big potato", "large", "potato"),
    ],
)
def test_sizes(parser: MealParser, text: str, size: str, name: str) -> None:
    item = parser.parse_item(text)
    assert (item.size, item.name) == (size, name)


@pytest.mark.parametrize(
    ("text", "preparations"),
    [
        ("grilled chicken breast", ["grilled"]),
        ("2 boiled eggs", ["boiled"]),
        ("raw carrots", ["raw"]),
        ("fried rice", ["fried"]),
        ("roasted potatoes", ["roasted"]),
        ("baked salmon", ["baked"]),
        ("steamed broccoli", ["steamed"]),
        ("3 eggs scrambled", ["scrambled"]),
        ("bbq chicken", ["grilled"]),
    ],
)
def test_preparation_words_are_kept_not_dropped(
    parser: MealParser, text: str, preparations: list[str]
) -> None:
    item = parser.parse_item(text)
    assert item.preparations == preparations
