"""Amounts from the catalog: grams of a portion, and energy and nutrients for some grams.

These are the functions the food log (``POST /api/foods/`` with ``catalog_food``), the
planner and the meal analyser call; the catalog API uses them to scale its answers.
"""

from __future__ import annotations

import math
import re

from core.catalog.models import CatalogFood, CatalogPortion
from domain.nutrients import NUTRIENT_KEYS

_LEADING_AMOUNT = re.compile(r"^\s*(\d+/\d+|\d+(?:\.\d+)?)\s*(.*)$")


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


def _portions_of(food: CatalogFood) -> list[CatalogPortion]:
    # Use prefetched portions when the caller loaded them; else one small query.
    cache = getattr(food, "_prefetched_objects_cache", {})
    if "portions" in cache:
        return list(cache["portions"])
    return list(food.portions.all())


def find_portion(food: CatalogFood, portion_label: str) -> tuple[CatalogPortion, float]:
    """The portion a label names and how many of its USDA amount the label asks for.

    Matches, in order: the full label ("1 cup, chopped"), the measure text ("large"), the
    measure without its qualifier ("1 medium" for 'medium (7" to 7-7/8" long)'). A
    leading number in the label scales it: "2 large" is twice the "1 large" portion.
    Raises ValueError naming the food's portions when nothing matches.
    """
    portions = _portions_of(food)
    wanted = _normalise(portion_label)
    if not wanted:
        raise ValueError("The portion label is empty.")
    for portion in portions:
        if _normalise(portion.label) == wanted:
            return portion, 1.0
    match = _LEADING_AMOUNT.match(wanted)
    count, unit = (_parse_amount(match.group(1)), match.group(2)) if match else (1.0, wanted)
    if count <= 0 or not math.isfinite(count):
        raise ValueError("The portion amount must be a positive number.")
    for key in (_normalise, _base_unit):
        for portion in portions:
            if unit and key(portion.unit) == unit:
                return portion, count / portion.amount
    known = ", ".join(f'"{p.label}"' for p in portions) or "none (use grams)"
    raise ValueError(f'Unknown portion "{portion_label}" for {food.name}; known portions: {known}.')


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
