"""The one list of nutrient keys, their units and sane per-entry upper bounds.

Every nutrient dictionary in the API uses these snake_case keys. Amounts are grams except
the minerals and cholesterol, which are milligrams (as in USDA FoodData Central).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Nutrient:
    """A nutrient key with its unit and the largest amount one logged entry may hold."""

    key: str
    unit: str
    max_per_entry: float
    usda_number: str  # SR28 Nutr_No / FDC nutrient_nbr


NUTRIENTS: tuple[Nutrient, ...] = (
    Nutrient("protein", "g", 1000, "203"),
    Nutrient("carbs", "g", 2000, "205"),
    Nutrient("fats", "g", 1000, "204"),
    Nutrient("fiber", "g", 500, "291"),
    Nutrient("sugar", "g", 2000, "269"),
    Nutrient("saturated_fat", "g", 500, "606"),
    Nutrient("monounsaturated_fat", "g", 500, "645"),
    Nutrient("polyunsaturated_fat", "g", 500, "646"),
    Nutrient("trans_fat", "g", 200, "605"),
    Nutrient("cholesterol", "mg", 10000, "601"),
    Nutrient("sodium", "mg", 50000, "307"),
    Nutrient("potassium", "mg", 50000, "306"),
    Nutrient("calcium", "mg", 20000, "301"),
    Nutrient("iron", "mg", 1000, "303"),
    Nutrient("water", "g", 10000, "255"),
    Nutrient("alcohol", "g", 1000, "221"),
)

NUTRIENT_KEYS: tuple[str, ...] = tuple(n.key for n in NUTRIENTS)
NUTRIENT_UNITS: dict[str, str] = {n.key: n.unit for n in NUTRIENTS}
BY_KEY: dict[str, Nutrient] = {n.key: n for n in NUTRIENTS}
MAX_CALORIES_PER_ENTRY = 20000.0


def validate_nutrients(values: object) -> tuple[dict[str, float], dict[str, str]]:
    """Check a nutrient mapping; return (clean values, errors by key).

    Unknown keys, non-numbers, NaN/infinity, negatives and amounts above the per-entry
    bound are errors; the message names the key, unit and limit.
    """
    if not isinstance(values, dict):
        return {}, {"nutrients": "Must be an object mapping nutrient keys to amounts."}
    clean: dict[str, float] = {}
    errors: dict[str, str] = {}
    for key, raw in values.items():
        nutrient = BY_KEY.get(key)
        if nutrient is None:
            errors[str(key)] = f"Unknown nutrient key; use one of: {', '.join(NUTRIENT_KEYS)}."
            continue
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            errors[key] = f"Must be a number of {nutrient.unit}."
            continue
        amount = float(raw)
        if not math.isfinite(amount):
            errors[key] = "Must be a finite number."
        elif amount < 0:
            errors[key] = "Must not be negative."
        elif amount > nutrient.max_per_entry:
            errors[key] = f"Must be at most {nutrient.max_per_entry:g} {nutrient.unit} per entry."
        else:
            clean[key] = amount
    return clean, errors
