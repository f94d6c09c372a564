"""The analyser's view of the food catalog: plain, immutable records.

The services load them from the database (``ai/catalog_index.py``); tests and the
benchmark may load them from the starter file, which holds the same USDA data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STARTER_FILE = Path(__file__).resolve().parents[2] / "data" / "catalog" / "starter_foods.json"


@dataclass(frozen=True)
class Portion:
    """A USDA household measure: ``amount`` x ``unit`` weighs ``gram_weight`` grams."""

    amount: float
    unit: str
    gram_weight: float
    seq: int = 0

    @property
    def grams_each(self) -> float:
        """Grams of one ``unit`` (USDA lists e.g. "4 large" shrimp = 28 g)."""
        return self.gram_weight / self.amount if self.amount else self.gram_weight

    @property
    def label(self) -> str:
        return f"{self.amount:g} {self.unit}"


@dataclass(frozen=True)
class Food:
    """One catalog food with values per 100 g (energy is USDA's own kcal)."""

    id: int | None
    ndb_no: str | None
    name: str
    description: str
    category: str
    energy_kcal: float
    nutrients: Mapping[str, float | None]
    portions: tuple[Portion, ...] = ()
    curated: bool = True  # a starter food with a reviewed common name
    extra: Mapping[str, Any] = field(default_factory=dict)


def food_from_row(
    row: Mapping[str, Any], portions: list[Mapping[str, Any]] | tuple[Mapping[str, Any], ...]
) -> Food | None:
    """A ``Food`` from a catalog row and its portion rows; None without USDA energy."""
    energy = row.get("energy_kcal")
    if energy is None:
        return None
    nutrients = row.get("nutrients") or {}
    if isinstance(nutrients, str):
        nutrients = json.loads(nutrients)
    return Food(
        id=row.get("id"),
        ndb_no=row.get("ndb_no"),
        name=(row.get("common_name") or row.get("description") or "").strip(),
        description=row.get("description") or "",
        category=row.get("category") or "",
        energy_kcal=float(energy),
        nutrients={k: (float(v) if v is not None else None) for k, v in nutrients.items()},
        portions=tuple(
            Portion(
                float(p["amount"]), str(p["unit"]), float(p["gram_weight"]), int(p.get("seq") or 0)
            )
            for p in sorted(portions, key=lambda p: p.get("seq") or 0)
            if p.get("gram_weight") and p.get("amount")
        ),
        curated=bool(row.get("is_starter", True)) and bool(row.get("common_name")),
    )


def foods_from_starter(path: Path = STARTER_FILE) -> list[Food]:
    """The starter catalog file as ``Food`` records (ids are their position)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    foods = []
    for position, entry in enumerate(data["foods"], start=1):
        per_100g = dict(entry["per_100g"])
        row = {
            "id": position,
            "ndb_no": entry["ndb_no"],
            "common_name": entry["common_name"],
            "description": entry["description"],
            "category": entry["category"],
            "energy_kcal": per_100g.pop("energy_kcal", None),
            "nutrients": per_100g,
            "is_starter": True,
        }
        food = food_from_row(row, entry["portions"])
        if food is not None:
            foods.append(food)
    return foods
