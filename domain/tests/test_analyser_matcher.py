"""Matching names to catalog foods, grams from USDA portions, energy from USDA."""

from __future__ import annotations

import pytest

from domain.analyser import Analyser, AnalysisInputError, foods_from_starter
from domain.analyser.matcher import Match, NoMatch


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(foods_from_starter())


def food_of(analyser: Analyser, name: str, preparations: tuple[str, ...] = ()) -> str:
    found = analyser.matcher.match(name, preparations)
    assert isinstance(found, Match), found
    return found.food.name


@pytest.mark.parametrize(
    ("name", "food"),
    [
        ("egg", "egg"),
        ("eggs", "egg"),
        ("bananas", "banana"),
        ("strawberry", "strawberries"),
        ("toast", "white toast"),  # synonyms
        ("oj", "orange juice"),
        ("coffee", "coffee"),
        ("rice", "white rice (cooked)"),
        ("brown rice", "brown rice (cooked)"),
        ("mac and cheese", "macaroni and cheese"),
        ("yoghurt", "plain yogurt (low fat)"),
        ("coke", "cola"),
        ("greek yogurt", "greek yogurt (plain, nonfat)"),
        ("whole milk", "whole milk"),
        ("milk", "milk (2% fat)"),
        ("rice milk", "rice milk"),  # the head noun decides: milk, not rice
        ("egg whites", "egg white"),
        ("chicken breast", "chicken breast (roasted)"),
        ("hash browns", "hash browns"),
        ("hash brown patty", "hash brown patty"),
        ("general tso's chicken", "general tso's chicken"),
    ],
)
def test_names(analyser: Analyser, name: str, food: str) -> None:
    assert food_of(analyser, name) == food


@pytest.mark.parametrize(
    ("name", "preparation", "food"),
    [
        ("chicken breast", "grilled", "chicken breast (grilled)"),
        ("chicken breast", "fried", "chicken breast (fried)"),
        ("egg", "boiled", "hard-boiled egg"),
        ("eggs", "scrambled", "scrambled eggs"),
        ("egg", "fried", "fried egg"),
        ("egg", "poached", "poached egg"),
        ("broccoli", "steamed", "broccoli (cooked)"),
        ("potato", "baked", "baked potato"),
        ("rice", "fried", "vegetable fried rice"),
        ("salmon", "grilled", "salmon (farmed, cooked)"),
        ("carrots", "raw", "carrot"),
    ],
)
def test_preparation_chooses_the_form(
    analyser: Analyser, name: str, preparation: str, food: str
) -> None:
    assert food_of(analyser, name, (preparation,)) == food


@pytest.mark.parametrize(
    ("typo", "food"),
    [
        ("bananna", "banana"),
        ("brocoli", "broccoli"),
        ("chiken breast", "chicken breast (roasted)"),
        ("avacado", "avocado"),
        ("spagetti", "pasta (cooked)"),
        ("oatmeel", "oatmeal (cooked)"),
        ("coffe", "coffee"),
    ],
)
def test_small_typos_are_corrected_and_noted(analyser: Analyser, typo: str, food: str) -> None:
    found = analyser.matcher.match(typo)
    assert isinstance(found, Match) and found.food.name == food
    assert any(note.startswith("read ") for note in found.notes)


def test_unknown_food_is_not_invented(analyser: Analyser) -> None:
    assert isinstance(analyser.matcher.match("dragonfruit"), NoMatch)
    # an unknown modifier is dropped (and said), the food itself is still found
    found = analyser.matcher.match("organic bananas")
    assert isinstance(found, Match) and found.food.name == "banana"
    found = analyser.matcher.match("granny smith apple")
    assert isinstance(found, Match) and found.food.name == "apple"
    assert 'ignored "granny"' in found.notes


def weigh(analyser: Analyser, text: str) -> tuple[float, float]:
    (item,) = analyser.analyse(text).items
    return item.grams, item.calories


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("1 cup of rice", 158),  # USDA cup of cooked rice, not 240 ml of water
        ("1 cup of milk", 244),
        ("250 ml orange juice", 263.1),  # via its cup: 249 g per 236.6 ml
        ("1 tbsp olive oil", 13.5),
        ("2 tbsp peanut butter", 32),
        ("1 large egg", 50),
        ("1 medium egg", 44),
        ("2 eggs", 100),  # eggs are large unless said
        ("a banana", 118),  # medium
        ("a small banana", 101),
        ("1 slice of bread", 29),
        ("2 slices of bacon", 23),
        ("3 strips of bacon", 34.5),
        ("a slice of pepperoni pizza", 111),
        ("a can of cola", 370),
        ("12 oz cola", 368.4),  # fl oz for a drink
        ("4 oz steak", 113.4),
        ("200 g chicken breast", 200),
        ("1 lb potatoes", 453.6),
        ("1 kg potatoes", 1000),
        ("a bagel", 105),  # medium unless said
        ("1 corn tortilla", 24),
        ("a glass of red wine", 147),  # its USDA serving, 5 fl oz
        ("2 chocolate chip cookies", 22.7),  # "serving 3 cookies" = 34 g
        ("1/2 cup vanilla ice cream", 66),  # "serving 1/2 cup"
        ("a handful of almonds", 28.4),
    ],
)
def test_grams_from_usda_portions(analyser: Analyser, text: str, grams: float) -> None:
    assert weigh(analyser, text)[0] == pytest.approx(grams, abs=0.1)


def test_energy_is_usdas_not_4_4_9(analyser: Analyser) -> None:
    # 100 g of cooked white rice: USDA 130 kcal; 4/4/9 from its macros would give 128.6+
    food = next(f for f in analyser.foods if f.ndb_no == "20045")
    grams, calories = weigh(analyser, "100 g rice")
    assert calories == food.energy_kcal == 130


def test_a_measure_the_food_lacks_is_unmatched_with_the_reason(analyser: Analyser) -> None:
    result = analyser.analyse("1 cup kung pao chicken")
    assert result.items == []
    assert (
        result.unmatched[0].reason
        == "kung pao chicken has no volume measure in the catalog; give grams"
    )


def test_totals_and_unmatched(analyser: Analyser) -> None:
    result = analyser.analyse("2 eggs and a slice of toast and a dragonfruit")
    assert [i.food for i in result.items] == ["egg", "white toast"]
    assert [u.text for u in result.unmatched] == ["a dragonfruit"]
    assert result.calories == pytest.approx(sum(i.calories for i in result.items))
    assert result.serving_size == pytest.approx(122)
    assert result.nutrients["protein"] == pytest.approx(
        sum(i.nutrients["protein"] for i in result.items), abs=0.01
    )


def test_additions_after_with_get_a_small_assumed_amount(analyser: Analyser) -> None:
    result = analyser.analyse("coffee with milk and sugar")
    milk, sugar = result.items[1:]
    assert (milk.quantity, milk.unit, sugar.quantity, sugar.unit) == (2, "tbsp", 1, "tsp")
    assert "assumed" in milk.notes[0]


@pytest.mark.parametrize("text", ["", "   ", "x" * 1001])
def test_unusable_text_is_refused(analyser: Analyser, text: str) -> None:
    with pytest.raises(AnalysisInputError):
        analyser.analyse(text)
