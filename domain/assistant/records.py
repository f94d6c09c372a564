"""What the assistant's tools read: the caller's profile, log, plans and the food catalog.

Plain records plus one protocol, ``AssistantData``. A data source is bound to one user
when it is made, and no tool takes a user id: whatever a question (or a language model)
asks for, the tools can only ever see the caller's own rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class UserProfile:
    """The profile fields the assistant uses (API names and units: cm, kg, years)."""

    id: int
    name: str = ""
    gender: str = ""
    age: int | None = None
    height: float | None = None
    weight: float | None = None
    body_fat_percent: float | None = None
    activity_level: str = ""
    goals: tuple[str, ...] = ()
    dietary_preferences: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    timezone: str = "UTC"

    def as_mapping(self) -> dict[str, Any]:
        """The API-shaped mapping ``domain.targets`` reads."""
        return {
            "gender": self.gender,
            "age": self.age,
            "height": self.height,
            "weight": self.weight,
            "body_fat_percent": self.body_fat_percent,
            "activity_level": self.activity_level,
            "goals": list(self.goals),
        }


@dataclass(frozen=True)
class LoggedFood:
    """One food-log entry (``foods`` table): kcal and nutrients as logged."""

    name: str
    calories: float
    nutrients: Mapping[str, float]
    meal: str
    logged_at: datetime  # aware


@dataclass(frozen=True)
class WeighIn:
    """One weight-log entry (``weight_entries`` table): kg at an aware instant."""

    weight: float
    measured_at: datetime


@dataclass(frozen=True)
class StoredPlan:
    """The user's active diet plan or workout: its id, document and creation time."""

    id: int
    document: Mapping[str, Any]
    created_at: datetime | None = None


@dataclass(frozen=True)
class CatalogChoice:
    """A catalog food the assistant may suggest, with one household portion.

    ``kind`` is the catalog's: ``food_as_eaten`` (FNDDS dishes, preferred) or empty for
    starter ingredients.
    """

    name: str
    category: str
    energy_kcal: float  # per 100 g
    nutrients: Mapping[str, float | None]  # per 100 g
    portion_label: str
    portion_grams: float
    diet_tags: tuple[str, ...] = ()
    allergen_tags: tuple[str, ...] = ()
    meals: tuple[str, ...] = ()
    # Allergens the data could not settle: they count as present (domain.diet).
    unknown_allergens: tuple[str, ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class AnalysedItem:
    """One matched item of a food description."""

    text: str
    food: str
    grams: float
    calories: float
    nutrients: Mapping[str, float | None]
    food_code: str | None = None  # FNDDS food code of a food as eaten (None: SR28 food)


@dataclass(frozen=True)
class Analysis:
    """A food description analysed: totals, items, and the parts nothing matched."""

    calories: float
    grams: float
    nutrients: Mapping[str, float | None]
    items: Sequence[AnalysedItem] = ()
    unmatched: Sequence[str] = ()
    provider: str = "local"


class AssistantData(Protocol):
    """Read access to one user's data and to the shared catalog (all async)."""

    async def profile(self) -> UserProfile:
        """The user's profile."""
        ...

    async def entries(self, start: datetime, end: datetime) -> list[LoggedFood]:
        """The user's log entries with ``start <= logged_at < end`` (aware datetimes)."""
        ...

    async def weight_entries(self, end: datetime, limit: int = 100) -> list[WeighIn]:
        """The user's latest ``limit`` weighings before ``end``, oldest first."""
        ...

    async def active_diet_plan(self) -> StoredPlan | None:
        """The user's active diet plan, if any."""
        ...

    async def active_workout(self) -> StoredPlan | None:
        """The user's active workout plan, if any."""
        ...

    async def catalog_choices(self) -> list[CatalogChoice]:
        """Catalog foods with a household portion and meal tags, for suggestions."""
        ...

    async def analyse(self, description: str) -> Analysis:
        """Nutrients of a food description ("2 cups of rice"), by the food analyser."""
        ...


@dataclass
class Turn:
    """One earlier message of the conversation (``user`` or ``assistant``)."""

    role: str
    content: str
    metadata: dict[str, Any] = field(default_factory=dict)
