"""Adapters to the food catalog: the analyser for lookups, starter foods for suggestions."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from domain.analyser import Analyser, AnalysisInputError
from domain.analyser.catalog import STARTER_FILE
from domain.assistant.records import AnalysedItem, Analysis, CatalogChoice


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
            AnalysedItem(i.text, i.food, i.grams, i.calories, dict(i.nutrients))
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
