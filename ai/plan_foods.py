"""The meal planner's foods: catalog rows -> ``domain.planner.FoodRecord``, loaded once.

The catalog tables are declared once, in ``ai.tables``; the change stamp is the analyser
index's (``ai.catalog_index``). The planner also reads the tag columns (diet, allergen,
meal suitability) and the food group.
Only foods with a meal slot are loaded: imported USDA foods get none (the planner could
not place them anyway), so a full SR28 import does not slow the load. FNDDS foods as eaten
get their meal slots from ``domain.fndds_meals`` at import; when they are loaded the
planner plans with them and leaves the starter ingredients out
(``domain.planner.planner.plannable``).

Tags are stored as ``,a,b,`` strings (``core.catalog.models.TagListField``). Allergen
tags are trusted for curated starter foods and for FNDDS foods (derived from their recipe,
with ``unknown_allergens`` counted as present); any other imported food's empty allergen
list means "not known", so it is excluded whenever the person has any allergy.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ai.catalog_index import catalog_stamp
from ai.tables import (
    CATALOG_FOOD_BASICS,
    CATALOG_FOOD_TAGS,
    CATALOG_PORTION,
    catalog_foods,
    catalog_portions,
)
from domain.planner import FoodRecord, Portion
from domain.planner.foods import MEAL_TAGS, PLAN_NUTRIENTS, fndds_food_record

logger = logging.getLogger("ai.plans")


def tags(value: Any) -> frozenset[str]:
    """``",vegan,gluten_free,"`` (or a list) -> ``{"vegan", "gluten_free"}``."""
    if not value:
        return frozenset()
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(str(v) for v in value if v)
    return frozenset(tag for tag in str(value).split(",") if tag)


def _nutrients(value: Any) -> dict[str, Any]:
    """The JSON column's value: drivers hand back a dict or its text."""
    if isinstance(value, (str, bytes)):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _portion_label(amount: float, unit: str) -> str:
    return f"{amount:g} {unit}".strip()


def food_record_from_row(
    row: Mapping[str, Any], portions: Sequence[Mapping[str, Any]] = ()
) -> FoodRecord | None:
    """One catalog row (and its portion rows) as a planner record; None without energy.

    The id is the NDB number (what ``disliked_foods`` and the starter file use), or
    ``catalog:<row id>`` for a food without one. Values are per 100 g; energy is the
    food's own USDA kcal.
    """
    if row.get("energy_kcal") is None:
        return None
    values = _nutrients(row.get("nutrients"))
    # The indexed macro columns and the JSON agree; the columns win if the JSON lacks one.
    for key in ("protein", "carbs", "fats"):
        if values.get(key) is None and row.get(key) is not None:
            values[key] = row[key]
    ndb_no = row.get("ndb_no") or None
    if row.get("data_source") == "fndds":
        # A food as eaten: its role, flags and typicality are derived from its WWEIA
        # category and description (domain.fndds_meals); portions keep USDA's wording.
        return fndds_food_record(
            food_id=f"catalog:{row['id']}",
            description=(row.get("description") or "").strip(),
            wweia_code=row.get("wweia_category_code") or "",
            category=row.get("category") or "",
            kcal=float(row["energy_kcal"]),
            values={key: _number(values.get(key)) for key in PLAN_NUTRIENTS},
            portions=[
                (str(p["unit"]), float(p["gram_weight"]))
                for p in sorted(portions, key=lambda p: p.get("seq") or 0)
                if p.get("gram_weight")
            ],
            meals=tags(row.get("meal_suitability")),
            diet_tags=tags(row.get("diet_tags")),
            allergen_tags=tags(row.get("allergen_tags")),
            unknown_allergens=tags(row.get("unknown_allergens")),
        )
    # Curated starter tags were reviewed; FNDDS tags were derived from the recipe with what
    # could not be settled listed as unknown. Any other import's empty list means "unknown".
    known = bool(row.get("is_starter")) or row.get("data_source") == "fndds"
    return FoodRecord(
        id=ndb_no or f"catalog:{row['id']}",
        ndb_no=ndb_no,
        name=(row.get("common_name") or row.get("description") or "").strip(),
        description=row.get("description") or "",
        kcal=float(row["energy_kcal"]),
        **{key: _number(values.get(key)) for key in PLAN_NUTRIENTS},
        portions=tuple(
            Portion(_portion_label(float(p["amount"]), str(p["unit"])), float(p["gram_weight"]))
            for p in sorted(portions, key=lambda p: p.get("seq") or 0)
            if p.get("gram_weight") and p.get("amount")
        ),
        diet_tags=tags(row.get("diet_tags")),
        allergen_tags=tags(row.get("allergen_tags")) if known else None,
        unknown_allergens=tags(row.get("unknown_allergens")),
        meals=tags(row.get("meal_suitability")) & MEAL_TAGS,
        category=row.get("category") or "",
        food_group=row.get("food_group") or "",
        extra={
            key: float(value)
            for key, value in values.items()
            if value is not None and key not in PLAN_NUTRIENTS
        },
    )


async def load_plan_foods(session: AsyncSession) -> list[FoodRecord]:
    """Every catalog food with a meal slot, with its portions, as planner records."""
    plannable = catalog_foods.c.meal_suitability != ""
    rows = await session.execute(
        select(*CATALOG_PORTION)
        .select_from(
            catalog_portions.join(catalog_foods, catalog_foods.c.id == catalog_portions.c.food_id)
        )
        .where(plannable)
    )
    portions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows.mappings():
        portions[row["food_id"]].append(dict(row))
    result = await session.execute(
        select(
            *CATALOG_FOOD_BASICS,
            *CATALOG_FOOD_TAGS,
            catalog_foods.c.ndb_no,
            catalog_foods.c.food_group,
            catalog_foods.c.wweia_category_code,
        )
        .where(plannable)
        .order_by(catalog_foods.c.id)
    )
    foods: list[FoodRecord] = []
    for row in result.mappings():
        food = food_record_from_row(row, portions.get(row["id"], []))
        if food is not None:
            foods.append(food)
    return foods


class PlanFoods:
    """The planner's food list for the current catalog, shared by the process's requests.

    Loaded on first use; at most every ``refresh_seconds`` a request checks the catalog's
    change stamp (the analyser index's), and only a changed stamp reloads. An empty list
    is checked on every request, so a freshly loaded catalog is seen at once.
    """

    def __init__(self, refresh_seconds: float = 60.0) -> None:
        self.refresh_seconds = refresh_seconds
        self._foods: list[FoodRecord] | None = None
        self._stamp: tuple[Any, ...] | None = None
        self._checked = float("-inf")
        self._lock = asyncio.Lock()
        self.loads = 0

    async def foods(self, sessionmaker: async_sessionmaker[AsyncSession]) -> list[FoodRecord]:
        """The current foods (loaded once; reloaded when the catalog changed)."""
        if not self._fresh():
            async with self._lock:
                if not self._fresh():
                    await self._refresh(sessionmaker)
        return self._foods or []

    def _fresh(self) -> bool:
        if not self._foods:
            return False
        return time.monotonic() - self._checked < self.refresh_seconds

    async def _refresh(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        async with sessionmaker() as session:
            stamp = await catalog_stamp(session)
            if self._foods is not None and stamp == self._stamp:
                self._checked = time.monotonic()
                return
            started = time.perf_counter()
            foods = await load_plan_foods(session)
        self._foods, self._stamp, self._checked = foods, stamp, time.monotonic()
        self.loads += 1
        logger.info(
            "Planner foods loaded",
            extra={"foods": len(foods), "seconds": round(time.perf_counter() - started, 3)},
        )
