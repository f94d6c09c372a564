"""Grams of an FNDDS food for a mention's amount, from USDA's own portions.

- Stated grams, kilograms, pounds: used exactly; ounces of a solid are USDA's 28.35 g.
- Millilitres, fluid ounces (and ounces of a drink): through the food's ``1 fl oz``
  portion (``1 fl oz (no ice)`` first), else its cup / 8.
- Cups, tablespoons, teaspoons: the food's portion of that measure, else converted from
  another volume portion of the same food.
- Counted units ("a small bag", "2 slices", "a can") and bare counts ("a medium apple",
  "2 eggs"): the portion naming that unit; a size word rules out portions of another size.
- No amount or a vague one: ``DEFAULT_AMOUNTS`` below, the one table of assumptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.analyser.catalog import Food, Portion
from domain.analyser.lexicon import GRAMS_PER, ML_PER
from domain.analyser.mentions import Mention
from domain.analyser.text import norm_tokens

QNS = "Quantity not specified"
FL_OZ_ML = 29.5735
OZ_G = 28.35
# Vague or missing amounts -> which USDA portion stands for them, in order of preference.
# "qns" is USDA's "Quantity not specified" (its default amount for the food).
DEFAULT_AMOUNTS: dict[str, tuple[str, ...]] = {
    "none": ("qns",),  # no amount at all: "some fries", "kiwi"
    "glass": ("1 glass", "qns"),  # "a glass of red wine" is USDA's glass; of milk its default
    "bowl": ("1 bowl", "qns"),
    "handful": ("1 handful", "qns"),
    "plate": ("1 plate", "qns"),
    # small pours and spoonfuls added to something else
    "splash": ("1 fl oz", "1 tablespoon"),
    "dollop": ("1 tablespoon", "qns"),
    "drizzle": ("1 teaspoon", "1 tablespoon"),
    # an unquantified topping or spread: USDA's guideline amount, else a tablespoon
    "topping": (
        "guideline amount on regular sandwich",
        "guideline amount per slice of bread/roll",
        "1 tablespoon",
        "qns",
    ),
}
_SIZES = ("extra large", "extra-large", "small", "medium", "large", "jumbo", "mini", "miniature")
# Portions that are never a bare count of the food ("2 eggs" is not 2 cubic inches).
_NOT_COUNTS = re.compile(
    r"^(1 (cup|fl oz|tablespoon|teaspoon|oz|cubic inch|surface inch|pint|quart|gallon|liter)"
    r"|guideline|quantity not specified|1 100 calorie)"
)
_PAREN = re.compile(r"\([^)]*\)")
_MEASURE_NAMES = {"cup": "1 cup", "tbsp": "1 tablespoon", "tsp": "1 teaspoon"}


@dataclass(frozen=True)
class Weighed:
    """Grams and how they were found (the USDA portion or the stated measure)."""

    grams: float
    portion: str
    note: str | None = None


def _find(food: Food, wanted: str) -> Portion | None:
    wanted = wanted.lower()
    for portion in food.portions:
        if portion.unit.lower() == wanted:
            return portion
    for portion in food.portions:
        if portion.unit.lower().startswith(wanted):
            return portion
    return None


def grams_per_fl_oz(food: Food) -> float | None:
    """Grams of one fluid ounce of the food (no ice first), else from its cup."""
    for name in ("1 fl oz (no ice)", "1 fl oz", "1 fl oz (nfs)"):
        found = _find(food, name)
        if found is not None and found.unit.lower().startswith("1 fl oz"):
            return found.gram_weight
    cup = _find(food, "1 cup")
    return cup.gram_weight / 8 if cup is not None else None


def is_drink(food: Food) -> bool:
    """A food measured by fluid ounces: its "oz" are fl oz."""
    return any(p.unit.lower().startswith("1 fl oz") for p in food.portions)


def _volume(food: Food, ml: float, label: str) -> Weighed | None:
    per_floz = grams_per_fl_oz(food)
    if per_floz is None:
        return None
    return Weighed(ml / FL_OZ_ML * per_floz, label)


def _measure(food: Food, unit: str, count: float, words: set[str]) -> Weighed | None:
    """Cups, tablespoons, teaspoons: USDA's portion of that measure, else converted."""
    name = _MEASURE_NAMES.get(unit)
    if name is not None:
        options = [p for p in food.portions if p.unit.lower().startswith(name)]
        options = [
            p for p in options if not p.unit.lower()[len(name) :].lstrip().startswith(("cup", "/"))
        ]
        if options:
            best = max(options, key=lambda p: _word_fit(p, words) - 0.01 * p.seq)
            return Weighed(count * best.gram_weight, best.unit)
    ml = count * ML_PER[unit]
    for other, other_ml in (("cup", ML_PER["cup"]), ("tbsp", ML_PER["tbsp"])):
        portion = _find(food, _MEASURE_NAMES[other])
        if portion is not None:
            return Weighed(
                ml / other_ml * portion.gram_weight, f"{count:g} {unit} via {portion.unit}"
            )
    return _volume(food, ml, f"{count:g} {unit}")


def _word_fit(portion: Portion, words: set[str]) -> float:
    """How well a portion's words fit the mention ("shredded" cheese, "cooked" rice)."""
    own = set(norm_tokens(portion.unit)) - {"1", "cup", "nfs", "tablespoon", "teaspoon"}
    return len(own & words) - 0.3 * len(own - words)


def _size_of(text: str) -> str | None:
    text = text.lower()
    for size in _SIZES:
        if re.search(rf"\b{size}\b", text):
            return {"extra-large": "extra large", "miniature": "mini"}.get(size, size)
    return None


# Unit words that stand in for each other in USDA's portion names.
_SAME_UNIT = {
    "slice": {"slice", "piece"}, "piece": {"piece", "slice"}, "strip": {"strip", "slice"},
    "can": {"can"}, "bottle": {"bottle"}, "bag": {"bag", "package", "packet", "pouch"},
    "packet": {"packet", "package", "pouch"}, "package": {"package", "packet", "pouch"},
    "container": {"container", "cup"}, "stick": {"stick", "bar"}, "bar": {"bar"},
}  # fmt: skip


def _counted(food: Food, mention: Mention, words: set[str]) -> Portion | None:
    """The portion a count means, by unit word and size; a unit the food lacks
    ("6 pc nuggets") falls back to the bare count ("1 nugget")."""
    found = _counted_by(food, mention, words, mention.unit)
    if found is None and mention.unit is not None:
        found = _counted_by(food, mention, words, None)
    return found


def _counted_by(food: Food, mention: Mention, words: set[str], unit: str | None) -> Portion | None:
    best: tuple[float, int] | None = None
    chosen: Portion | None = None
    for portion in food.portions:
        name = portion.unit.lower()
        if _NOT_COUNTS.match(name):
            continue
        own = set(norm_tokens(portion.unit))
        plain = set(norm_tokens(_PAREN.sub(" ", portion.unit)))  # without "(12 fl oz)"
        score = 0.0
        if unit is not None:
            if not (_SAME_UNIT.get(unit, {unit}) & own):
                continue
            score += 3.0
        size = _size_of(name)
        if mention.size is not None:
            if size is not None and size != mention.size:
                continue  # "small bag" never weighs the large bag
            score += 2.0 if size == mention.size else 0.0
        else:
            score += {None: 1.0, "medium": 1.5, "regular": 1.5}.get(size, 0.0)
            if "regular" in own:
                score += 0.5
            if "nfs" in own or plain - {"1"} <= words:
                score += 0.6  # "1 piece, NFS" or exactly "1 waffle": the plain count
        score += 0.6 * len(own & words) - 0.2 * len(plain - words - {"1", "nfs", "any", "size"})
        if {"slice", "piece", "bite", "cracker-size", "chip"} & own and not (own & words):
            score -= 1.5 if unit is None else 0.0
        key = (score, -portion.seq)
        if best is None or key > best:
            best, chosen = key, portion
    return chosen


def _default(food: Food, kind: str) -> Weighed | None:
    for wanted in DEFAULT_AMOUNTS[kind]:
        portion = _find(food, QNS if wanted == "qns" else wanted)
        if portion is not None:
            return Weighed(portion.gram_weight, portion.unit, f"no amount given: {portion.unit}")
    return None


def weigh(food: Food, mention: Mention) -> Weighed | None:
    """Grams of ``food`` for ``mention``; None when no USDA portion fits."""
    count = 1.0 if mention.quantity is None else mention.quantity
    unit = mention.unit
    words = set(norm_tokens(" ".join(mention.words)))
    if unit in ("g", "kg", "mg", "lb"):
        return Weighed(count * GRAMS_PER[unit], f"{count:g} {unit}")
    if unit == "oz":
        if is_drink(food):
            return _volume(food, count * FL_OZ_ML, f"{count:g} fl oz")
        return Weighed(count * OZ_G, f"{count:g} oz")
    if unit in ("ml", "cl", "dl", "l", "floz", "pint", "quart"):
        return _volume(food, count * ML_PER[unit], f"{count:g} {unit}")
    if unit in ("cup", "tbsp", "tsp"):
        return _measure(food, unit, count, words)
    if unit in ("glass", "bowl", "handful", "splash", "dollop", "drizzle") or (
        unit == "serving" and mention.quantity is None
    ):
        found = _default(food, unit if unit in DEFAULT_AMOUNTS else "none")
        if found is not None and mention.quantity is not None and found.portion != QNS:
            return Weighed(count * found.grams, found.portion)
        return found
    if mention.quantity is None and unit is None:
        if mention.topping:
            return _default(food, "topping")
        if mention.size is None:
            return _default(food, "none")
    if mention.article and unit is None and mention.size is None:
        # "a cheeseburger": USDA's one-size portion, else its default amount
        for name in ("1 regular", "1 item, any size"):
            found = _find(food, name)
            if found is not None and found.unit.lower() == name:
                return Weighed(found.gram_weight, found.unit)
        named = [
            p
            for p in food.portions
            if set(norm_tokens(p.unit)) & words and _size_of(p.unit) in (None, "medium")
        ]
        if named:  # "a fried chicken thigh" -> "1 thigh" (a sizeless one first)
            best = min(named, key=lambda p: (_size_of(p.unit) is not None, p.seq))
            return Weighed(best.gram_weight, best.unit)
        found = _default(food, "none")
        if found is not None:
            return found
    portion = _counted(food, mention, words)
    if portion is None:
        return _default(food, "none") if mention.quantity is None else None
    return Weighed(count * portion.gram_weight, portion.unit)
