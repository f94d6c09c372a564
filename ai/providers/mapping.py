"""Provider nutrient fields -> ``domain.nutrients`` keys and units (g, or mg for minerals)."""

from __future__ import annotations

from typing import Any

from domain.nutrients import BY_KEY, NUTRIENTS

# USDA SR nutrient numbers (Nutritionix ``full_nutrients[].attr_id``) -> our keys.
USDA_NUMBER_TO_KEY = {int(n.usda_number): n.key for n in NUTRIENTS}
ENERGY_ATTR = 208

# Nutritionix's named fields, used when ``full_nutrients`` is missing.
NUTRITIONIX_FIELDS = {
    "nf_protein": "protein",
    "nf_total_carbohydrate": "carbs",
    "nf_total_fat": "fats",
    "nf_dietary_fiber": "fiber",
    "nf_sugars": "sugar",
    "nf_saturated_fat": "saturated_fat",
    "nf_cholesterol": "cholesterol",
    "nf_sodium": "sodium",
    "nf_potassium": "potassium",
}

# Edamam nutrient codes -> our keys.
EDAMAM_CODES = {
    "PROCNT": "protein",
    "CHOCDF": "carbs",
    "FAT": "fats",
    "FIBTG": "fiber",
    "SUGAR": "sugar",
    "FASAT": "saturated_fat",
    "FAMS": "monounsaturated_fat",
    "FAPU": "polyunsaturated_fat",
    "FATRN": "trans_fat",
    "CHOLE": "cholesterol",
    "NA": "sodium",
    "K": "potassium",
    "CA": "calcium",
    "FE": "iron",
    "WATER": "water",
}
_TO_GRAMS = {"g": 1.0, "mg": 0.001, "µg": 1e-6, "ug": 1e-6, "mcg": 1e-6, "kg": 1000.0}


def number(value: Any) -> float | None:
    """A finite non-negative number, or None (providers send null, strings, NaN)."""
    if isinstance(value, bool):
        return None
    try:
        result = float(value)
    except (TypeError, ValueError, OverflowError):  # a 400-digit integer overflows float()
        return None
    if result != result or result in (float("inf"), float("-inf")) or result < 0:
        return None
    return result


def convert(amount: float, unit: str, key: str) -> float | None:
    """``amount`` in ``unit`` as our unit for ``key``; None for an unknown unit."""
    source = _TO_GRAMS.get(unit.strip().lower() if unit else "g")
    target = _TO_GRAMS[BY_KEY[key].unit]
    if source is None:
        return None
    return amount * source / target


def nutritionix_nutrients(food: dict[str, Any]) -> dict[str, float]:
    """Our nutrients from one Nutritionix food (``full_nutrients`` first, then ``nf_*``)."""
    out: dict[str, float] = {}
    for entry in food.get("full_nutrients") or []:
        if not isinstance(entry, dict):
            continue
        key = USDA_NUMBER_TO_KEY.get(entry.get("attr_id"))  # type: ignore[arg-type]
        value = number(entry.get("value"))
        if key and value is not None:
            out[key] = round(value, 3)
    for field, key in NUTRITIONIX_FIELDS.items():
        value = number(food.get(field))
        if key not in out and value is not None:
            out[key] = round(value, 3)
    return out


def nutritionix_calories(food: dict[str, Any]) -> float | None:
    """kcal of one Nutritionix food: ``nf_calories``, else attr 208."""
    value = number(food.get("nf_calories"))
    if value is not None:
        return value
    for entry in food.get("full_nutrients") or []:
        if isinstance(entry, dict) and entry.get("attr_id") == ENERGY_ATTR:
            return number(entry.get("value"))
    return None


def edamam_nutrients(block: dict[str, Any]) -> dict[str, float]:
    """Our nutrients from an Edamam ``{CODE: {label, quantity, unit}}`` block."""
    out: dict[str, float] = {}
    for code, key in EDAMAM_CODES.items():
        entry = block.get(code)
        if not isinstance(entry, dict):
            continue
        amount = number(entry.get("quantity"))
        if amount is None:
            continue
        value = convert(amount, str(entry.get("unit") or "g"), key)
        if value is not None:
            out[key] = round(value, 3)
    return out


def edamam_energy(block: dict[str, Any]) -> float | None:
    entry = block.get("ENERC_KCAL")
    return number(entry.get("quantity")) if isinstance(entry, dict) else None
