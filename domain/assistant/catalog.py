"""Adapters to the food catalog: the analyser for lookups, catalog foods for suggestions.

Suggestions prefer FNDDS foods as eaten (dishes with WWEIA meal tags and household
portions) over starter ingredients; ``default_choices`` gives both from the committed files,
the AI service reads the same rows from the database (``ai/assistant_data.py``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from domain.analyser import Analyser, AnalysisInputError
from domain.analyser.catalog import STARTER_FILE
from domain.assistant.records import AnalysedItem, Analysis, CatalogChoice
from domain.fndds import COMPACT_FILE, read_compact
from domain.nutrients import NUTRIENTS


def analyse_with(analyser: Analyser, description: str) -> Analysis:
    """Run the meal analyser on ``description``; unusable text comes back unmatched."""
    try:
        result = analyser.analyse(description)
    except AnalysisInputError:
        return Analysis(0.0, 0.0, {}, (), (description,))
    return Analysis(
        calories=result.calories,
        grams=result.serving_size,
        nutrients=dict(result.nutrients),
        items=tuple(
            AnalysedItem(i.text, i.food, i.grams, i.calories, dict(i.nutrients), i.food_code)
            for i in result.items
        ),
        unmatched=tuple(u.text for u in result.unmatched),
        provider="local",
    )


def portion_label(amount: float, unit: str) -> str:
    """``1 cup``, ``1 large``, ``0.5 cup`` (USDA wording kept)."""
    return f"{amount:g} {unit}".strip()


def choice_from_row(
    row: Mapping[str, Any], portion: Mapping[str, Any] | None
) -> CatalogChoice | None:
    """A suggestion candidate from a catalog row and its first household portion.

    Without a portion the food is offered by 100 g. Rows without USDA energy are skipped.
    """
    energy = row.get("energy_kcal")
    if energy is None:
        return None
    nutrients = row.get("nutrients") or {}
    if isinstance(nutrients, str):
        nutrients = json.loads(nutrients)
    if portion and portion.get("gram_weight") and portion.get("amount"):
        label = portion_label(float(portion["amount"]), str(portion["unit"]))
        if row.get("kind") == "food_as_eaten":
            # FNDDS portions are 1 x a full USDA description ("1 cup"): keep it as it is.
            label = str(portion["unit"])
        grams = float(portion["gram_weight"])
    else:
        label, grams = "100 g", 100.0
    return CatalogChoice(
        name=(row.get("common_name") or row.get("description") or "").strip(),
        category=row.get("category") or "",
        energy_kcal=float(energy),
        nutrients=dict(nutrients),
        portion_label=label,
        portion_grams=grams,
        diet_tags=tuple(_tags(row.get("diet_tags"))),
        allergen_tags=tuple(_tags(row.get("allergen_tags"))),
        meals=tuple(_tags(row.get("meal_suitability") or row.get("meals"))),
        unknown_allergens=tuple(_tags(row.get("unknown_allergens"))),
        kind=row.get("kind") or "",
    )


def _tags(value: Any) -> list[str]:
    """Tags stored as ``,a,b,`` (the core's TagListField) or as a list."""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [tag for tag in str(value or "").split(",") if tag]


@lru_cache(maxsize=1)
def starter_choices(path: Path = STARTER_FILE) -> tuple[CatalogChoice, ...]:
    """The starter catalog file as suggestion candidates (the same data the core loads)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    choices = []
    for entry in data["foods"]:
        per_100g = dict(entry["per_100g"])
        row = {**entry, "energy_kcal": per_100g.pop("energy_kcal", None), "nutrients": per_100g}
        portions: Sequence[Mapping[str, Any]] = sorted(
            entry.get("portions") or [], key=lambda p: p.get("seq") or 0
        )
        choice = choice_from_row(row, portions[0] if portions else None)
        if choice is not None:
            choices.append(choice)
    return tuple(choices)


FNDDS_FILE = COMPACT_FILE
# SR nutrient numbers (FNDDS values are keyed by them) -> the catalog's nutrient keys.
_FNDDS_NUMBERS = {n.usda_number: n.key for n in NUTRIENTS}


def fndds_choice(entry: Mapping[str, Any], numbers: Sequence[str]) -> CatalogChoice | None:
    """A food as eaten from the compact FNDDS file; None without meal tags or energy.

    Its portion is USDA's first household portion; "Quantity not specified" (the
    catalog's default weight) is no amount a person can serve, so it is skipped.
    """
    if not entry.get("meals"):
        return None
    values = dict(zip(numbers, entry["values"], strict=True))
    portions = [p for p in entry.get("portions") or [] if p[2] and "not specified" not in p[1]]
    portion = None
    if portions:
        portion = {"amount": 1.0, "unit": portions[0][1], "gram_weight": portions[0][2]}
    row = {
        "description": entry["description"],
        "category": entry.get("category") or "",
        "energy_kcal": values.get("208"),
        "nutrients": {key: values.get(n) for n, key in _FNDDS_NUMBERS.items()},
        "diet_tags": entry.get("diet_tags") or [],
        "allergen_tags": entry.get("allergen_tags") or [],
        "unknown_allergens": entry.get("unknown_allergens") or [],
        "meal_suitability": entry["meals"],
        "kind": "food_as_eaten",
    }
    return choice_from_row(row, portion)


@lru_cache(maxsize=1)
def fndds_choices(path: Path = FNDDS_FILE) -> tuple[CatalogChoice, ...]:
    """The committed FNDDS foods as eaten that carry a meal tag, as suggestion candidates."""
    document = read_compact(path)
    numbers = document["nutrient_numbers"]
    choices = (fndds_choice(entry, numbers) for entry in document["foods"])
    return tuple(c for c in choices if c is not None)


def default_choices() -> tuple[CatalogChoice, ...]:
    """Foods as eaten first, then the starter foods (for in-memory sources)."""
    return fndds_choices() + starter_choices()
