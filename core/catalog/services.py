"""Amounts from the catalog: grams of a portion, and energy and nutrients for some grams.

These are the functions the food log (``POST /api/foods/`` with ``catalog_food``), the
planner and the meal analyser call; the catalog API uses them to scale its answers.
"""

from __future__ import annotations

import math
import re

from django.db.models import Q, QuerySet

from core.catalog.models import CatalogFood, CatalogPortion
from domain.diet import DIET_TAGS, Restrictions, close_diet_tags
from domain.nutrients import NUTRIENT_KEYS

# Words that say how big a portion is: a size the caller names must be the portion's
# ("1 small bag" never picks the medium bag), and "extra large" is one size, not "large".
SIZE_WORDS = frozenset(
    ["small", "medium", "large", "extra_large", "mini", "miniature", "jumbo", "regular",
     "king", "thin", "thick", "child", "senior", "snack", "personal"]
)  # fmt: skip
# Spellings of the same measure, canonicalised on both sides before comparing.
_MEASURE_ALIASES = {
    "tablespoon": "tbsp", "tbs": "tbsp", "tbl": "tbsp", "teaspoon": "tsp",
    "ounce": "oz", "fluid": "fl", "pound": "lb", "lbs": "lb", "gram": "g",
    "xl": "extra_large",
}  # fmt: skip
# Tried only when nothing matched: people say "a slice" of pizza where USDA says "piece".
_LOOSE_ALIASES = {"slice": "piece"}
# Filler in portion text ("1 small bag of chips", "small or thin slice").
_FILLER = frozenset(
    ["a", "an", "of", "or", "the", "and", "size", "single", "serving", "any", "nfs"]
)
_COUNT_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half": 0.5}
# What people call USDA's default serving ("Quantity not specified").
_DEFAULT_WORDS = frozenset(["serving", "portion", "default", "default serving"])
# Qualifiers USDA uses for "not specified": the variant a plain label means.
_UNSPECIFIED = re.compile(r"\b(nfs|any size|ns as to)\b")
_LEADING_AMOUNT = re.compile(r"^\s*(\d+/\d+|\d+(?:\.\d+)?)\s*(.*)$")
_PARENTHESIS = re.compile(r"\([^)]*\)")


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _base_unit(unit: str) -> str:
    """The measure without its qualifier: 'medium (7" to 7-7/8" long)' -> 'medium'."""
    return _normalise(re.split(r"[(,]", unit, maxsplit=1)[0])


def _parse_amount(raw: str) -> float:
    if "/" in raw:
        top, bottom = raw.split("/")
        return float(top) / float(bottom)
    return float(raw)


def _split_count(text: str) -> tuple[float | None, str]:
    """``"2 slices"`` -> (2, "slices"); ``"a small bag"`` -> (1, "small bag");
    ``"small bag"`` -> (None, "small bag")."""
    match = _LEADING_AMOUNT.match(text)
    if match:
        return _parse_amount(match.group(1)), match.group(2)
    first, _, rest = text.partition(" ")
    if first in _COUNT_WORDS and rest:
        return _COUNT_WORDS[first], rest
    return None, text


def _singular(word: str) -> str:
    """slices -> slice, sandwiches -> sandwich, patties -> patty (measure words only)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def _measure_words(text: str, loose: bool = False) -> frozenset[str]:
    """The words of a measure that must agree: no parenthesised qualifier ("(8 fl oz)"),
    no filler, one spelling per measure, singular; ``loose`` also equates slice/piece."""
    text = _PARENTHESIS.sub(" ", text.lower())
    text = re.sub(r"extra[\s-]+large", "extra_large", text)
    out = set()
    for raw in re.findall(r"[a-z0-9_]+", text):
        word = _MEASURE_ALIASES.get(raw, raw)
        word = _MEASURE_ALIASES.get(_singular(word), _singular(word))
        if loose:
            word = _LOOSE_ALIASES.get(word, word)
        if word not in _FILLER:
            out.add(word)
    return frozenset(out)


def _portions_of(food: CatalogFood) -> list[CatalogPortion]:
    # Use prefetched portions when the caller loaded them; else one small query.
    cache = getattr(food, "_prefetched_objects_cache", {})
    if "portions" in cache:
        return list(cache["portions"])
    return list(food.portions.all())


def _measure_text(portion: CatalogPortion) -> str:
    """The portion's measure without its leading amount: "1 small bag" -> "small bag"."""
    _, rest = _split_count(_normalise(portion.label))
    return rest


def _by_unit_text(portions: list[CatalogPortion], unit: str) -> CatalogPortion | None:
    """The first portion whose measure text is ``unit``, in full ("cup, chopped") or
    without its qualifier ("medium" for 'medium (7" long)', "cup" for "cup (8 fl oz)")."""
    texts = (
        lambda p: _normalise(p.unit),
        lambda p: _measure_text(p),
        lambda p: _base_unit(p.unit),
        lambda p: _base_unit(_measure_text(p)),
    )
    for text in texts:
        for portion in portions:
            if unit and text(portion) == unit:
                return portion
    return None


def _word_candidates(
    portions: list[CatalogPortion], wanted: frozenset[str], loose: bool
) -> list[CatalogPortion]:
    """Portions whose measure holds every wanted word (so a named size must be theirs)."""
    if not wanted:
        return []
    return [p for p in portions if wanted <= _measure_words(_measure_text(p), loose)]


def _prefer(
    candidates: list[CatalogPortion],
    wanted: frozenset[str],
    loose: bool,
    default: CatalogPortion | None,
) -> list[CatalogPortion]:
    """Narrow several matching portions by what an unspecific label means, in order:
    exactly the words asked for; USDA's default weight; USDA's "NFS"/"any size" variant;
    no size the label did not name; the medium or regular size."""
    words_of = {id(p): _measure_words(_measure_text(p), loose) for p in candidates}
    rules = (
        lambda p: words_of[id(p)] == wanted,
        lambda p: default is not None and p.gram_weight == default.gram_weight,
        lambda p: bool(_UNSPECIFIED.search(p.label.lower())),
        lambda p: not (words_of[id(p)] & SIZE_WORDS - wanted),
        lambda p: bool(words_of[id(p)] & {"medium", "regular"}),
    )
    for rule in rules:
        if len(candidates) == 1:
            break
        kept = [p for p in candidates if rule(p)]
        candidates = kept or candidates
    return candidates


def _listed(portions: list[CatalogPortion]) -> str:
    return ", ".join(f'"{p.label}"' for p in portions) or "none (use grams)"


def find_portion(food: CatalogFood, portion_label: str) -> tuple[CatalogPortion, float]:
    """The portion a label names and how many of its USDA amount the label asks for.

    Matches, in order: the full label ("1 small single serving bag"); "serving" for
    USDA's default serving; the measure text, whole or without its qualifier ("1 medium"
    for 'medium (7" long)', "1 cup" for "1 cup (8 fl oz)"); then by words, so shorter
    forms work ("1 small bag", "small bag", "2 slices", "1 slice" of pizza = "1 piece,
    NFS"). A size the label names must be the portion's ("1 small bag" never picks the
    medium bag); among several portions the narrowing of ``_prefer`` decides, and when it
    cannot (different weights left) the label is refused as ambiguous. A leading number
    scales the portion: "2 large" is twice the "1 large" portion. Raises ValueError
    naming the food's portions when nothing (or nothing unique) matches.
    """
    portions = _portions_of(food)
    wanted_text = _normalise(portion_label)
    if not wanted_text:
        raise ValueError("The portion label is empty.")
    for portion in portions:
        if _normalise(portion.label) == wanted_text:
            return portion, 1.0
    count, unit = _split_count(wanted_text)
    count = 1.0 if count is None else count
    if count <= 0 or not math.isfinite(count):
        raise ValueError("The portion amount must be a positive number.")
    default = next((p for p in portions if p.is_default), None)
    if unit in _DEFAULT_WORDS and default is not None:
        return default, count / default.amount
    if (portion := _by_unit_text(portions, unit)) is not None:
        return portion, count / portion.amount
    candidates, words, loose = _matching_words(food, portions, unit)
    if not candidates:
        raise ValueError(
            f'Unknown portion "{portion_label}" for {food.name}; '
            f"known portions: {_listed(portions)}."
        )
    chosen = _prefer(candidates, words, loose, default)
    if len({p.gram_weight for p in chosen}) > 1:
        raise ValueError(
            f'Portion "{portion_label}" is ambiguous for {food.name}: it could be '
            f"{_listed(chosen)}; known portions: {_listed(portions)}."
        )
    return chosen[0], count / chosen[0].amount


def _matching_words(
    food: CatalogFood, portions: list[CatalogPortion], unit: str
) -> tuple[list[CatalogPortion], frozenset[str], bool]:
    """Portions matching the label's words, the words used and whether slice/piece were
    equated: the words as given, then loosely, then without the words that only name the
    food ("2 large eggs", "1 small bag of chips")."""
    asked = _measure_words(unit)
    food_words = _measure_words(f"{food.common_name} {food.description}")
    for wanted in (asked, asked - food_words):
        for loose in (False, True):
            words = _measure_words(" ".join(sorted(wanted)), True) if loose else wanted
            if candidates := _word_candidates(portions, words, loose):
                return candidates, words, loose
    return [], asked, False


def portion_grams(food: CatalogFood, portion_label: str, quantity: float = 1) -> float:
    """Grams in ``quantity`` x ``portion_label`` of ``food`` (e.g. 2 x "1 large" egg = 100 g).

    Raises ValueError when the portion is unknown for this food or the quantity is not a
    positive finite number.
    """
    if isinstance(quantity, bool) or not isinstance(quantity, (int, float)):
        raise ValueError("The quantity must be a number.")
    if not math.isfinite(quantity) or quantity <= 0:
        raise ValueError("The quantity must be a positive number.")
    portion, multiple = find_portion(food, portion_label)
    return round(portion.gram_weight * multiple * quantity, 3)


def scale_per_100g(food: CatalogFood, grams: float) -> tuple[float | None, dict[str, float | None]]:
    """Energy and every nutrient key for ``grams`` of ``food``; unknown stays ``None``."""
    factor = grams / 100.0
    energy = None if food.energy_kcal is None else round(food.energy_kcal * factor, 1)
    nutrients = {
        key: (None if value is None else round(value * factor, 3))
        for key, value in food.nutrients_per_100g().items()
    }
    return energy, nutrients


def nutrients_for(food: CatalogFood, grams: float) -> tuple[float, dict[str, float]]:
    """Calories (kcal) and known nutrients for ``grams`` of a catalog food, for logging.

    Energy is the food's own USDA value scaled by weight (never 4/4/9). Nutrients USDA
    does not report for this food are left out rather than logged as 0. Raises
    ValueError for a non-positive or non-finite weight, or a food with no energy value.
    """
    if isinstance(grams, bool) or not isinstance(grams, (int, float)):
        raise ValueError("The weight in grams must be a number.")
    if not math.isfinite(grams) or grams <= 0:
        raise ValueError("The weight in grams must be a positive number.")
    energy, nutrients = scale_per_100g(food, float(grams))
    if energy is None:
        raise ValueError(f"{food.name} has no USDA energy value; log it with explicit calories.")
    return energy, {key: nutrients[key] for key in NUTRIENT_KEYS if nutrients[key] is not None}


def _has_tag(field: str, tag: str) -> Q:
    # Tags are stored as ",a,b,", so one LIKE finds a whole tag on every backend.
    return Q(**{f"{field}__contains": f",{tag},"})


def allowed_foods(
    queryset: QuerySet[CatalogFood], restrictions: Restrictions
) -> QuerySet[CatalogFood]:
    """The foods of ``queryset`` a person with ``restrictions`` may eat, in SQL.

    The same rule as ``Restrictions.allows_tags``: every required diet tag, or a tag
    implying it (a vegan food is vegetarian); no excluded allergen among the food's
    allergen tags *or* its unknown allergens (unknown counts as present); no avoided
    word in its name. Soft preferences (low_carb, low_sodium) exclude no food.
    """
    for diet in sorted(restrictions.diets):
        holders = [tag for tag in DIET_TAGS if diet in close_diet_tags([tag])]
        condition = Q()
        for tag in holders:
            condition |= _has_tag("diet_tags", tag)
        queryset = queryset.filter(condition)
    for allergen in sorted(restrictions.allergens):
        queryset = queryset.exclude(
            _has_tag("allergen_tags", allergen) | _has_tag("unknown_allergens", allergen)
        )
    for word in restrictions.avoid_words:
        queryset = queryset.exclude(search_text__contains=word.lower())
    return queryset
