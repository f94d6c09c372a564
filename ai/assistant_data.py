"""The assistant's data source over the shared database (read-only, SQLAlchemy async).

``DatabaseAssistantData`` is bound to one user id when it is made; every query below
filters on it, so no tool (and no model) can read another user's rows. Times: the core
stores ``logged_at`` in UTC (naive on SQLite and MySQL); queries take aware bounds.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ai.tables import (
    CATALOG_FOOD_BASICS,
    CATALOG_FOOD_TAGS,
    CATALOG_PORTION,
    HEALTH_PROFILE,
    catalog_foods,
    catalog_portions,
    diet_plans,
    foods,
    users,
    weight_entries,
    workouts,
)
from domain.analyser import Analyser
from domain.assistant.catalog import analyse_with, choice_from_row
from domain.assistant.records import (
    Analysis,
    CatalogChoice,
    LoggedFood,
    StoredPlan,
    UserProfile,
    WeighIn,
)

# A stored datetime may be truncated to the second or carry microseconds, and SQLite
# compares them as text; fetch a little wider, then filter exactly in Python.
_SLACK = timedelta(seconds=2)


def _json(value: Any, default: Any) -> Any:
    """A JSON column's value: drivers hand back parsed values or raw text."""
    if value is None:
        return default
    if isinstance(value, (str, bytes)):
        try:
            return json.loads(value)
        except ValueError:
            return default
    return value


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _strings(value: Any) -> tuple[str, ...]:
    items = _json(value, [])
    if isinstance(items, str):
        items = [items]
    return tuple(str(v) for v in items if isinstance(v, (str, int, float))) if items else ()


class CatalogChoices:
    """Suggestion candidates (foods as eaten and starter foods), read once and refreshed
    every few minutes."""

    def __init__(self, refresh_seconds: float = 300.0) -> None:
        self.refresh_seconds = refresh_seconds
        self._choices: list[CatalogChoice] = []
        self._loaded = float("-inf")
        self._lock = asyncio.Lock()

    async def get(self, session: AsyncSession) -> list[CatalogChoice]:
        if self._choices and time.monotonic() - self._loaded < self.refresh_seconds:
            return self._choices
        async with self._lock:
            if not self._choices or time.monotonic() - self._loaded >= self.refresh_seconds:
                self._choices = await load_choices(session)
                self._loaded = time.monotonic()
        return self._choices


async def load_choices(session: AsyncSession) -> list[CatalogChoice]:
    """Foods as eaten with a meal tag, then starter foods, each with one household portion:
    the first (lowest ``seq``) that names an amount; FNDDS's default "Quantity not
    specified" only when a food has nothing else."""
    eligible = (catalog_foods.c.kind == "food_as_eaten") & (
        func.coalesce(catalog_foods.c.meal_suitability, "").notin_(["", ",,"])
    ) | catalog_foods.c.is_starter.is_(True)
    portion_rows = await session.execute(
        select(*CATALOG_PORTION, catalog_portions.c.is_default)
        .join(catalog_foods, catalog_foods.c.id == catalog_portions.c.food_id)
        .where(eligible)
        .order_by(catalog_portions.c.food_id, catalog_portions.c.seq)
    )
    portions: dict[int, dict[str, Any]] = {}
    for row in portion_rows.mappings():
        held = portions.get(row["food_id"])
        if held is None or (held["is_default"] and not row["is_default"]):
            portions[row["food_id"]] = dict(row)
    rows = await session.execute(
        select(*CATALOG_FOOD_BASICS, *CATALOG_FOOD_TAGS, catalog_foods.c.kind)
        .where(eligible)
        .order_by(catalog_foods.c.id)
    )
    choices = []
    for row in rows.mappings():
        choice = choice_from_row(
            {**row, "nutrients": _json(row["nutrients"], {})}, portions.get(row["id"])
        )
        if choice is not None:
            choices.append(choice)
    # Foods as eaten first: suggestions prefer them over starter ingredients.
    return sorted(choices, key=lambda c: c.kind != "food_as_eaten")


class DatabaseAssistantData:
    """``AssistantData`` for one user over the shared database."""

    def __init__(
        self,
        session: AsyncSession,
        user_id: int,
        analyser: Callable[[], Awaitable[Analyser]],
        choices: CatalogChoices,
    ) -> None:
        self.session = session
        self.user_id = user_id
        self._analyser = analyser
        self._choices = choices

    async def profile(self) -> UserProfile:
        query = select(users.c.id, users.c.name, *HEALTH_PROFILE, users.c.timezone).where(
            users.c.id == self.user_id
        )
        row = (await self.session.execute(query)).mappings().one()
        return UserProfile(
            id=row["id"],
            name=row["name"] or "",
            gender=row["gender"] or "",
            age=row["age"],
            height=row["height"],
            weight=row["weight"],
            body_fat_percent=row["body_fat_percent"],
            activity_level=row["activity_level"] or "",
            goals=_strings(row["goals"]),
            dietary_preferences=_strings(row["dietary_preferences"]),
            allergies=_strings(row["allergies"]),
            timezone=row["timezone"] or "UTC",
        )

    async def entries(self, start: datetime, end: datetime) -> list[LoggedFood]:
        start_utc, end_utc = start.astimezone(UTC), end.astimezone(UTC)
        query = (
            select(
                foods.c.name, foods.c.calories, foods.c.nutrients, foods.c.meal, foods.c.logged_at
            )
            .where(
                foods.c.user_id == self.user_id,
                foods.c.logged_at >= (start_utc - _SLACK).replace(tzinfo=None),
                foods.c.logged_at < (end_utc + _SLACK).replace(tzinfo=None),
            )
            .order_by(foods.c.logged_at, foods.c.id)
        )
        result = []
        for row in (await self.session.execute(query)).mappings():
            logged_at = _utc(row["logged_at"])
            if logged_at is None or not start_utc <= logged_at < end_utc:
                continue
            nutrients = _json(row["nutrients"], {})
            result.append(
                LoggedFood(
                    name=row["name"],
                    calories=float(row["calories"] or 0.0),
                    nutrients=nutrients if isinstance(nutrients, dict) else {},
                    meal=row["meal"] or "",
                    logged_at=logged_at,
                )
            )
        return result

    async def weight_entries(self, end: datetime, limit: int = 100) -> list[WeighIn]:
        end_utc = end.astimezone(UTC)
        query = (
            select(weight_entries.c.weight, weight_entries.c.measured_at)
            .where(
                weight_entries.c.user_id == self.user_id,
                weight_entries.c.measured_at < (end_utc + _SLACK).replace(tzinfo=None),
            )
            .order_by(weight_entries.c.measured_at.desc(), weight_entries.c.id.desc())
            .limit(limit)
        )
        result = []
        for row in (await self.session.execute(query)).mappings():
            measured_at = _utc(row["measured_at"])
            if measured_at is not None and measured_at < end_utc and row["weight"] is not None:
                result.append(WeighIn(float(row["weight"]), measured_at))
        return result[::-1]

    async def _active(self, table: Table, column: str) -> StoredPlan | None:
        query = (
            select(table.c.id, table.c[column], table.c.created_at)
            .where(table.c.user_id == self.user_id, table.c.is_active.is_(True))
            .order_by(table.c.created_at.desc(), table.c.id.desc())
            .limit(1)
        )
        row = (await self.session.execute(query)).mappings().first()
        if row is None:
            return None
        document = _json(row[column], {})
        return StoredPlan(
            id=row["id"],
            document=document if isinstance(document, dict) else {},
            created_at=_utc(row["created_at"]),
        )

    async def active_diet_plan(self) -> StoredPlan | None:
        return await self._active(diet_plans, "plan")

    async def active_workout(self) -> StoredPlan | None:
        return await self._active(workouts, "workout")

    async def catalog_choices(self) -> list[CatalogChoice]:
        return await self._choices.get(self.session)

    async def analyse(self, description: str) -> Analysis:
        analyser = await self._analyser()
        return analyse_with(analyser, description)
