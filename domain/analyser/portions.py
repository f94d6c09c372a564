"""Turning an amount and unit into grams of a particular food, with its USDA portions.

- Mass units convert directly (an ounce of a drink is a fluid ounce).
- Volume units go through the food's own volume portion: a cup of cooked rice is 158 g
  (USDA), not 240 g of water; millilitres of a juice use its cup or fl oz portion.
- Counted units ("slice", "can", "fillet") use the portion of that name.
- No unit: the food's natural unit ("1 large" egg, a medium apple, a bagel, a slice).
A food with no portion that fits is not guessed at: the caller reports it as unmatched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.analyser.catalog import Food, Portion
from domain.analyser.lexicon import (
    DEFAULT_SIZE,
    GRAMS_PER,
    HANDFUL_GRAMS,
    ML_PER,
    PORTION_SIZES,
    SHOT_FLOZ,
    SHOT_FLOZ_DEFAULT,
)
from domain.analyser.text import norm_tokens, singular

_VOLUME_WORDS = {
    "cup": "cup", "cups": "cup", "tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp",
    "tsp": "tsp", "teaspoon": "tsp", "teaspoons": "tsp", "fl": "floz", "ml": "ml",
    "liter": "l", "litre": "l", "l": "l", "pint": "pint", "quart": "quart", "gallon": "gallon",
}  # fmt: skip
_MASS_WORDS = {"oz", "lb", "g", "kg"}
_FLOZ_IN = re.compile(r"(\d+(?:\.\d+)?)\s*fl\.?\s*oz")
# "serving 1/2 cup", "serving 2 TBSP": a volume hidden in a portion's name
_VOLUME_IN = re.compile(r"(\d+/\d+|\d+(?:\.\d+)?)\s*(cup|tbsp|tsp)\b")
# "serving 3 cookies", "5 crackers": a count hidden in a portion's name
_COUNT_IN = re.compile(r"(\d+)\s+([a-z]+)")
# Foods whose slice is a whole serving (bread, ham, cheese, pizza), not a piece of one.
SLICED_CATEGORIES = frozenset({"breads", "meat", "poultry", "dairy", "mixed_dishes", "sweets"})
_PAREN = re.compile(r"\([^)]*\)")
# Count units that stand in for each other when the food lacks the asked one.
_EQUIVALENT = {
    "strip": ("strip", "slice"),
    "slice": ("slice", "piece"),
    "piece": ("piece", "each", "unit", "slice"),
    "can": ("can", "bottle"),
    "bottle": ("bottle", "can"),
    "bar": ("bar", "piece"),
    "patty": ("patty", "pattie", "burger"),
    "fillet": ("fillet", "piece"),
    "link": ("link", "sausage"),
    "container": ("container", "cup"),
    "packet": ("packet", "package"),
    "pat": ("pat", "tsp"),
}
# Words of a portion name that say nothing against it.
_NEUTRAL = frozenset(
    {
        "whole", "each", "unit", "fruit", "yield", "from", "without", "with", "refuse",
        "edible", "excluding", "and", "or", "of", "the", "cooked", "raw", "bone", "skin",
        "removed", "ready-to-cook", "approx", "nfs", "as", "to", "ns", "a", "serving",
        "individual", "regular", "size", "portion", "boneless", "total", "not", "packed",
    }
)  # fmt: skip
# Measures that are parts of a food, never its natural unit unless asked for.
_PART_WORDS = frozenset(
    {
        "slice", "strip", "ring", "wedge", "spear", "stalk", "bunch", "pat", "stick", "cube",
        "leaf", "floret", "sprig", "clove", "pint", "package", "container", "bag", "can",
        "bottle", "jar", "box", "packet", "envelope", "scoop", "tablespoon", "kernel",
        "head", "crumb", "chopped", "diced", "sliced", "pie", "pizza", "cake", "loaf",
        "order", "drink", "pieces", "piece",
    }
)  # fmt: skip


class ConversionError(Exception):
    """The amount cannot be turned into grams of this food (the message says why)."""


@dataclass(frozen=True)
class Grams:
    """The weight of an item and the measure it came from (for the item's notes)."""

    grams: float
    unit: str
    note: str | None = None


def _portion_kind(portion: Portion) -> tuple[str, float | None]:
    """("volume", ml of one unit) / ("mass", g) / ("count", None) for a USDA portion."""
    words = portion.unit.lower().replace(",", " ").split()
    first = words[0] if words else ""
    if first in _VOLUME_WORDS:
        kind = _VOLUME_WORDS[first]
        if kind == "floz":
            return "volume", ML_PER["floz"]
        if kind == "gallon":
            return "volume", 3785.41
        return "volume", ML_PER[kind]
    if first in _MASS_WORDS:
        return "mass", None
    floz = _FLOZ_IN.search(portion.unit.lower())
    if floz:
        return "volume", float(floz.group(1)) * ML_PER["floz"]
    hidden = _VOLUME_IN.search(portion.unit.lower())
    if hidden:
        amount = hidden.group(1)
        top, _, bottom = amount.partition("/")
        value = float(top) / float(bottom) if bottom else float(amount)
        return "volume", value * ML_PER[hidden.group(2)]
    return "count", None


def _each(portion: Portion, item_words: set[str]) -> tuple[float, str]:
    """Grams of one counted thing and its name: "serving 3 cookies" = 34 g -> 11.3 g, cookie."""
    hidden = _COUNT_IN.search(portion.unit.lower())
    if hidden and singular(hidden.group(2)) in item_words and int(hidden.group(1)) > 0:
        return portion.grams_each / int(hidden.group(1)), singular(hidden.group(2))
    return portion.grams_each, short_unit(portion)


def is_liquid(food: Food) -> bool:
    """A drink or a liquid measured by fluid ounces (its "oz" mean fl oz)."""
    if any(
        _portion_kind(p)[0] == "mass" and p.unit.lower().startswith("oz") for p in food.portions
    ):
        return False
    return food.category == "beverages" or any("fl oz" in p.unit.lower() for p in food.portions)


def _unit_words(portion: Portion) -> list[str]:
    return list(norm_tokens(_PAREN.sub(" ", portion.unit)))


def _size_of(portion: Portion) -> str | None:
    text = " " + " ".join(_PAREN.sub(" ", portion.unit.lower()).replace(",", " ").split()) + " "
    for size in PORTION_SIZES:
        if f" {size} " in text:
            return size
    return None


def _words_score(words: list[str], item_words: set[str], skip: set[str]) -> float:
    score = 0.0
    for word in words:
        if word in skip or word in _NEUTRAL or any(ch.isdigit() for ch in word):
            continue
        score += 1.0 if word in item_words else -2.0
    return score


def _size_score(portion: Portion, size: str | None) -> float:
    found = _size_of(portion)
    if size:
        if found == size:
            return 3.0
        return -3.0 if found else 0.0
    return {None: 2.4, "medium": 2.5, "large": 1.0, "small": 0.5}.get(found, 0.0)


def short_unit(portion: Portion) -> str:
    """A portion's unit without USDA's detail: "medium (7" long)" -> "medium"."""
    return _PAREN.sub("", portion.unit).split(",")[0].strip() or portion.unit


def natural_portion(food: Food, size: str | None, item_words: set[str]) -> Portion | None:
    """The portion meant by a count with no unit: "2 eggs", "a banana", "1 bagel"."""
    found = _natural(food, size, item_words)
    return found[0] if found else None


def _natural(food: Food, size: str | None, item_words: set[str]) -> tuple[Portion, bool] | None:
    """The natural portion and whether it is only a part of the food (a slice, a bunch)."""
    if size is None:
        size = next((DEFAULT_SIZE[w] for w in item_words if w in DEFAULT_SIZE), None)
    best: tuple[float, int] | None = None
    chosen: Portion | None = None
    for n, portion in enumerate(food.portions):
        first = portion.unit.lower().replace(",", " ").split()[:1]
        if first and (first[0] in _VOLUME_WORDS or first[0] in _MASS_WORDS):
            continue
        words = _unit_words(portion)
        score = _size_score(portion, size)
        score += _words_score(words, item_words, {*PORTION_SIZES, "extra"} - _PART_WORDS)
        if "nlea" in words:
            score -= 5.0
        if any(_is_part(w, food, item_words) for w in words):
            score -= 2.0
        key = (score, -n)
        if best is None or key > best:
            best, chosen = key, portion
    if chosen is None:
        return None
    part = any(_is_part(w, food, item_words) for w in _unit_words(chosen))
    return chosen, part


def _is_part(word: str, food: Food, item_words: set[str]) -> bool:
    if word not in _PART_WORDS or word in item_words:
        return False
    return not (word == "slice" and food.category in SLICED_CATEGORIES)


def _count_portion(food: Food, unit: str, size: str | None, item_words: set[str]) -> Portion | None:
    for wanted in _EQUIVALENT.get(unit, (unit,)):
        best: tuple[float, int] | None = None
        chosen: Portion | None = None
        for n, portion in enumerate(food.portions):
            words = _unit_words(portion)
            if wanted not in words:
                continue
            score = _size_score(portion, size) + _words_score(words, item_words, {wanted})
            if "nlea" in words and unit != "serving":
                score -= 5.0
            key = (score, -n)
            if best is None or key > best:
                best, chosen = key, portion
        if chosen is not None:
            return chosen
    return None


def _volume_portion(food: Food, unit: str, item_words: set[str]) -> tuple[Portion, float] | None:
    """The food's volume portion best suited to ``unit``, with ml of one of its units."""
    best: tuple[float, int] | None = None
    chosen: tuple[Portion, float] | None = None
    order = {"cup": 3.0, "floz": 2.5, "tbsp": 2.0, "tsp": 1.5, "ml": 1.0, "l": 1.0}
    for n, portion in enumerate(food.portions):
        kind, ml = _portion_kind(portion)
        if kind != "volume" or ml is None:
            continue
        words = _unit_words(portion)
        first = _VOLUME_WORDS.get(words[0], "floz") if words else ""
        score = 10.0 if first == unit else order.get(first, 0.0)
        score += _words_score(words[1:], item_words, set()) * 0.5
        key = (score, -n)
        if best is None or key > best:
            best, chosen = key, (portion, ml)
    return chosen


def to_grams(
    food: Food,
    quantity: float | None,
    unit: str | None,
    size: str | None,
    item_words: set[str],
) -> Grams:
    """Grams of ``food`` in "<quantity> <size> <unit>"; ``ConversionError`` if no portion fits."""
    count = 1.0 if quantity is None else quantity
    if unit in GRAMS_PER:
        if unit == "oz" and is_liquid(food):
            return _from_volume(food, count, "floz", item_words, note="oz of a drink read as fl oz")
        return Grams(count * GRAMS_PER[unit], unit)
    if unit == "handful":
        return Grams(count * HANDFUL_GRAMS, unit, "a handful read as 1 oz (28 g)")
    if unit == "shot":
        floz = next((v for k, v in SHOT_FLOZ.items() if k in food.name.lower()), SHOT_FLOZ_DEFAULT)
        return _from_volume(
            food, count * floz, "floz", item_words, note=f"a shot read as {floz:g} fl oz"
        )
    if unit == "glass":
        serving = _count_portion(food, "serving", None, item_words)
        if serving is not None and _portion_kind(serving)[0] == "volume":
            return Grams(count * serving.gram_weight, unit, f"a glass read as {serving.label}")
        return _from_volume(food, count, "cup", item_words, note="a glass read as 1 cup (8 fl oz)")
    if unit in ML_PER:
        return _from_volume(food, count, unit, item_words)
    if unit is not None:
        portion = _count_portion(food, unit, size, item_words)
        if portion is None and unit in ("serving", "piece", "bowl"):
            fallback = natural_portion(food, size, item_words) or _first_portion(food)
            if fallback is not None:
                return Grams(
                    count * fallback.gram_weight,
                    unit,
                    f"a {unit} read as {fallback.label} ({fallback.gram_weight:g} g)",
                )
        if portion is None:
            raise ConversionError(f'{food.name} has no "{unit}" measure in the catalog')
        return Grams(count * _each(portion, item_words)[0], unit)
    natural = _natural(food, size, item_words)
    volume = _volume_portion(food, "cup", item_words)
    if natural is not None and not (natural[1] and quantity is None and volume is not None):
        portion = natural[0]
        if quantity is None:
            # no amount: the measure as USDA lists it ("0.5 fillet", "10 grapes")
            return Grams(
                portion.gram_weight,
                short_unit(portion),
                f"no amount given: read as {portion.label}",
            )
        grams_each, name = _each(portion, item_words)
        return Grams(count * grams_each, name)
    if volume is not None:
        portion = volume[0]
        if quantity is None:
            return Grams(
                portion.gram_weight,
                short_unit(portion),
                f"no amount given: read as {portion.label}",
            )
        return Grams(count * portion.grams_each, short_unit(portion))
    raise ConversionError(f"{food.name} has no household measure to count it by; give grams")


def _first_portion(food: Food) -> Portion | None:
    """USDA's first listed household measure (its usual serving), if any."""
    return food.portions[0] if food.portions else None


def _from_volume(
    food: Food, count: float, unit: str, item_words: set[str], note: str | None = None
) -> Grams:
    found = _volume_portion(food, unit, item_words)
    if found is None:
        raise ConversionError(f"{food.name} has no volume measure in the catalog; give grams")
    portion, ml_each = found
    grams_per_ml = portion.gram_weight / (portion.amount * ml_each)
    grams = count * ML_PER[unit] * grams_per_ml
    return Grams(grams, unit, note)
