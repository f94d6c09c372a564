"""Turn solved days into the plan contract (plain dicts, JSON-ready).

Rounding happens once, per item, at display precision (2 decimals); meal and day totals
are sums of the displayed item values, so every total adds up exactly to its parts, and
every item's calories are its grams / 100 x the food's USDA energy per 100 g.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.planner.foods import PLAN_NUTRIENTS
from domain.planner.model import Candidate
from domain.planner.rules import MealSlot

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DIGITS = 2
MAX_NAME = 200  # the stored plan's meal name limit (core.plans.schemas)


def _r(value: float) -> float:
    return round(value + 0.0, DIGITS)


def item_dict(candidate: Candidate, count: int) -> dict[str, Any]:
    """One plan item: the food, its grams and the nutrients those grams hold."""
    food, serving = candidate.food, candidate.serving
    grams = _r(count * serving.grams)
    return {
        "food": food.name,
        "food_id": food.id,
        "ndb_no": food.ndb_no,
        "grams": grams,
        "portion": serving.household(count),
        "servings": count,
        "serving_grams": serving.grams,
        "household": {"amount": count * serving.fraction, "unit": serving.unit}
        if serving.unit
        else None,
        "calories": _r(grams / 100.0 * food.kcal),
        "nutrients": {
            k: _r(grams / 100.0 * float(food.per_100g(k) or 0.0)) for k in PLAN_NUTRIENTS
        },
    }


def _sum(parts: Sequence[dict[str, Any]]) -> tuple[float, dict[str, float]]:
    calories = _r(sum(p["calories"] for p in parts))
    nutrients = {k: _r(sum(p["nutrients"][k] for p in parts)) for k in PLAN_NUTRIENTS}
    return calories, nutrients


def meal_name(items: Sequence[dict[str, Any]], mains: set[str]) -> str:
    """A plain descriptive name: the main dish first, then the rest (an LLM may restyle)."""
    ordered = sorted(items, key=lambda i: (i["food_id"] not in mains, -i["calories"]))
    # USDA's names run long ("Chicken breast, baked, broiled, or roasted, ..."): the part
    # before the first comma names the food well enough for a meal's title.
    names = [i["food"].split(",")[0].strip() for i in ordered]
    text = names[0] if len(names) == 1 else f"{names[0]} with " + _join(names[1:])
    text = text[:1].upper() + text[1:]
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 3].rstrip() + "..."


def _join(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def meal_dict(slot: MealSlot, chosen: Sequence[tuple[Candidate, int]]) -> dict[str, Any]:
    """One meal of the contract: ``{meal, name, calories, nutrients, items}``."""
    items = [item_dict(c, count) for c, count in chosen]
    mains = {c.food.id for c, _ in chosen if "main" in c.food.meals}
    calories, nutrients = _sum(items)
    return {
        "meal": slot.name,
        "name": meal_name(items, mains),
        "calories": calories,
        "nutrients": nutrients,
        "items": items,
    }


def day_totals(meals: Sequence[dict[str, Any]], targets: dict[str, float]) -> dict[str, Any]:
    """A day's totals and percent deviation from each target (from the displayed sums)."""
    calories, nutrients = _sum(meals)
    actual = {"calories": calories, **{k: nutrients[k] for k in ("protein", "carbs", "fats")}}
    return {
        "calories": calories,
        "nutrients": nutrients,
        "deviation_percent": {
            key: round((actual[key] - targets[key]) / targets[key] * 100.0, 2) for key in actual
        },
    }
