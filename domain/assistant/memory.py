"""An in-memory data source: one user's profile, log and plans held in lists.

For tests and the in-process benchmark; the AI service reads the database instead
(``ai/assistant_data.py``). Lookups run the real analyser over the foods the services load
(the starter catalog and the committed FNDDS foods as eaten, which the analyser matches
first), so a food fact here is the one the app gives; suggestions come from the same foods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.fndds_foods import foods_from_fndds
from domain.assistant.catalog import analyse_with, default_choices
from domain.assistant.records import (
    Analysis,
    CatalogChoice,
    LoggedFood,
    StoredPlan,
    UserProfile,
    WeighIn,
)


@lru_cache(maxsize=1)
def starter_analyser() -> Analyser:
    """The analyser over the starter catalog, built once per process."""
    return Analyser(foods_from_starter())


@lru_cache(maxsize=1)
def catalog_analyser() -> Analyser:
    """The analyser over the starter catalog and every FNDDS food, as the services load them
    (built once per process, about a second)."""
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


@dataclass
class InMemoryData:
    """``AssistantData`` over plain lists for one user."""

    user: UserProfile
    log: list[LoggedFood] = field(default_factory=list)
    diet_plan: StoredPlan | None = None
    workout: StoredPlan | None = None
    choices: tuple[CatalogChoice, ...] | None = None
    analyser: Analyser | None = None
    weights: list[WeighIn] = field(default_factory=list)

    async def profile(self) -> UserProfile:
        return self.user

    async def entries(self, start: datetime, end: datetime) -> list[LoggedFood]:
        rows = [e for e in self.log if start <= e.logged_at < end]
        return sorted(rows, key=lambda e: e.logged_at)

    async def weight_entries(self, end: datetime, limit: int = 100) -> list[WeighIn]:
        rows = sorted((w for w in self.weights if w.measured_at < end), key=lambda w: w.measured_at)
        return rows[-limit:]

    async def active_diet_plan(self) -> StoredPlan | None:
        return self.diet_plan

    async def active_workout(self) -> StoredPlan | None:
        return self.workout

    async def catalog_choices(self) -> list[CatalogChoice]:
        return list(self.choices if self.choices is not None else default_choices())

    async def analyse(self, description: str) -> Analysis:
        return analyse_with(self.analyser or catalog_analyser(), description)
