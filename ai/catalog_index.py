"""The food catalog as the analyser's index: loaded once, rebuilt only when it changed.

The catalog lives in the core's tables (``catalog_foods``, ``catalog_portions``, declared
in ``ai.tables``); the AI service reads them with SQLAlchemy (read-only) and builds
``domain.analyser.Analyser`` once, in a worker thread. Requests reuse that index. At most
every ``catalog_refresh_seconds`` a request checks a cheap stamp (row count, last update,
last id); only a changed stamp rebuilds. An empty catalog is checked on every request, so
a freshly loaded catalog is seen at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ai.tables import CATALOG_FOOD_BASICS, CATALOG_PORTION, catalog_foods
from domain.analyser import Analyser, Food, food_from_row

logger = logging.getLogger("ai.catalog")


async def load_foods(session: AsyncSession) -> list[Food]:
    """Every catalog food with its portions, as analyser records."""
    portions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = await session.execute(select(*CATALOG_PORTION))
    for row in rows.mappings():
        portions[row["food_id"]].append(dict(row))
    foods: list[Food] = []
    result = await session.execute(
        select(
            *CATALOG_FOOD_BASICS,
            catalog_foods.c.ndb_no,
            catalog_foods.c.updated_at,
            catalog_foods.c.food_code,
            catalog_foods.c.additional_description,
            catalog_foods.c.wweia_category,
        ).order_by(catalog_foods.c.id)
    )
    for row in result.mappings():
        food = food_from_row(row, portions.get(row["id"], []))
        if food is None:
            continue
        if row["food_code"]:
            # a food as eaten: the analyser matches these first, by USDA's own wording
            food = replace(
                food,
                name=row["description"] or food.name,
                curated=False,
                extra={
                    "food_code": row["food_code"],
                    "additional_description": row["additional_description"] or "",
                    "wweia_category": row["wweia_category"] or "",
                },
            )
        foods.append(food)
    return foods


async def catalog_stamp(session: AsyncSession) -> tuple[Any, ...]:
    """What changes whenever the catalog does: row count, last update, last id."""
    row = (
        await session.execute(
            select(
                func.count(catalog_foods.c.id),
                func.max(catalog_foods.c.updated_at),
                func.max(catalog_foods.c.id),
            )
        )
    ).one()
    return tuple(row)


class CatalogIndex:
    """The current analyser for the catalog, shared by all requests of the process."""

    def __init__(self, refresh_seconds: float = 60.0) -> None:
        self.refresh_seconds = refresh_seconds
        self._analyser: Analyser | None = None
        self._stamp: tuple[Any, ...] | None = None
        self._checked = float("-inf")
        self._lock = asyncio.Lock()
        self.builds = 0

    async def analyser(self, sessionmaker: async_sessionmaker[AsyncSession]) -> Analyser:
        """The analyser for the current catalog (built once; rebuilt when it changed)."""
        if self._fresh():
            assert self._analyser is not None
            return self._analyser
        async with self._lock:
            if not self._fresh():
                await self._refresh(sessionmaker)
        assert self._analyser is not None
        return self._analyser

    def _fresh(self) -> bool:
        if self._analyser is None or len(self._analyser) == 0:
            return False
        return time.monotonic() - self._checked < self.refresh_seconds

    async def _refresh(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        async with sessionmaker() as session:
            stamp = await catalog_stamp(session)
            if self._analyser is not None and stamp == self._stamp:
                self._checked = time.monotonic()
                return
            started = time.perf_counter()
            foods = await load_foods(session)
        # Building the index is CPU work: keep the event loop free meanwhile.
        analyser = await asyncio.to_thread(Analyser, foods)
        self._analyser, self._stamp, self._checked = analyser, stamp, time.monotonic()
        self.builds += 1
        logger.info(
            "Food analyser index built",
            extra={"foods": len(foods), "seconds": round(time.perf_counter() - started, 3)},
        )
