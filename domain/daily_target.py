"""Today's target: the one definition of a person's energy and nutrient targets for a day.

The active diet plan's targets when there is one (that is what the person is following),
otherwise the profile's goal-adjusted targets (``domain.targets``: Mifflin-St Jeor or
Katch-McArdle x activity factor, goal adjustment with calorie floors, protein g/kg,
AMDR or low-carb split, fiber 14 g/1,000 kcal, sodium and saturated fat limits).

Analytics (``core.analytics.report``), the assistant (``domain.assistant.budget``) and
restaurant scoring (``domain.healthiness.day_budget``) all call :func:`daily_target`, so
the same person is told the same number everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from domain import diet
from domain.targets import (
    ProfileError,
    Targets,
    fiber_target,
    saturated_fat_limit,
    targets_from_mapping,
)

Source = Literal["diet plan", "profile"]
DIET_PLAN: Source = "diet plan"
PROFILE: Source = "profile"

# Intake keys (``domain.nutrients``; ``calories`` for energy) -> DailyTarget attribute.
KEY_ATTRIBUTES = {
    "calories": "calories",
    "protein": "protein",
    "carbs": "carbs",
    "fats": "fats",
    "fiber": "fiber",
    "sodium": "sodium_max",
    "saturated_fat": "saturated_fat_max",
}


@dataclass(frozen=True)
class DailyTarget:
    """A day's targets (kcal, g, mg) and where they came from.

    ``sodium_max`` and ``saturated_fat_max`` are ceilings, the rest are amounts to reach.
    A macro is None when the source does not state it (a hand-written plan with only a
    calorie target). ``profile_targets`` is the profile's full calculation when the
    profile allows one (also when the plan wins), for reports that show how it was made.
    """

    calories: float
    protein: float | None
    carbs: float | None
    fats: float | None
    fiber: float | None
    sodium_max: float | None
    saturated_fat_max: float | None
    source: Source
    profile_targets: Targets | None = field(default=None, compare=False, repr=False)

    def for_key(self, key: str) -> float | None:
        """The target for an intake key (``calories``, ``protein``, ``sodium``, ...)."""
        attribute = KEY_ATTRIBUTES.get(key)
        return getattr(self, attribute) if attribute else None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: whole kcal, grams and mg to one decimal, and the source."""

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 1)

        return {
            "calories": round(self.calories),
            "protein": rounded(self.protein),
            "carbs": rounded(self.carbs),
            "fats": rounded(self.fats),
            "fiber": rounded(self.fiber),
            "sodium_max": rounded(self.sodium_max),
            "saturated_fat_max": rounded(self.saturated_fat_max),
            "source": self.source,
        }


def personal_sodium_limit(profile: Mapping[str, Any]) -> float:
    """The person's sodium ceiling in mg/day from their dietary preferences (``domain.diet``)."""
    return diet.restrictions_from_profile(
        {"dietary_preferences": profile.get("dietary_preferences") or ()}
    ).sodium_limit_mg


def profile_targets(profile: Mapping[str, Any]) -> tuple[Targets | None, ProfileError | None]:
    """The profile's computed targets, or the reason there are none (missing/invalid)."""
    try:
        return targets_from_mapping(profile), None
    except ProfileError as exc:
        return None, exc


def daily_target(
    profile: Mapping[str, Any], diet_plan: Mapping[str, Any] | None = None
) -> DailyTarget | None:
    """Today's target for an API-shaped profile and the active diet plan's document.

    ``profile`` has the API's field names (``gender``, ``age``, ``height``, ``weight``,
    ``body_fat_percent``, ``activity_level``, ``goals``, ``dietary_preferences``).
    ``diet_plan`` is the active plan's JSON document (``diet_plans.plan``) or None.

    The plan wins when it states ``daily_calorie_target``: its ``macros`` and, from the
    planner's ``targets`` section, fiber, sodium and saturated fat. What the plan does not
    state is derived from its calories (fiber 14 g/1,000 kcal, IOM 2002; saturated fat
    < 10 % of energy, DGA 2020-2025). Sodium is the lower of the plan's ceiling and the
    person's own (1,500 mg with ``low_sodium``, else 2,300 mg: ``domain.diet``), because
    a preference set after the plan was made is still a limit. Without such a plan the
    profile's targets are used; None when the profile cannot give them either.
    """
    computed, _ = profile_targets(profile)
    plan = diet_plan if isinstance(diet_plan, Mapping) else {}
    plan_kcal = _positive(plan.get("daily_calorie_target"))
    if plan_kcal is not None:
        macros = _mapping(plan.get("macros"))
        stated = _mapping(plan.get("targets"))
        personal_sodium = personal_sodium_limit(profile)
        plan_sodium = _positive(stated.get("sodium_max_mg"))
        fiber = _positive(stated.get("fiber_grams")) or fiber_target(plan_kcal)
        saturated = _positive(stated.get("saturated_fat_max_grams")) or saturated_fat_limit(
            plan_kcal
        )
        return DailyTarget(
            calories=plan_kcal,
            protein=_number(macros.get("protein_grams")),
            carbs=_number(macros.get("carbs_grams")),
            fats=_number(macros.get("fats_grams")),
            fiber=fiber,
            sodium_max=min(personal_sodium, plan_sodium or personal_sodium),
            saturated_fat_max=saturated,
            source=DIET_PLAN,
            profile_targets=computed,
        )
    if computed is None:
        return None
    return DailyTarget(
        calories=computed.calories,
        protein=computed.protein_g,
        carbs=computed.carbs_g,
        fats=computed.fats_g,
        fiber=computed.fiber_g,
        sodium_max=computed.sodium_max_mg,
        saturated_fat_max=computed.saturated_fat_max_g,
        source=PROFILE,
        profile_targets=computed,
    )


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _positive(value: object) -> float | None:
    number = _number(value)
    return number if number is not None and number > 0 else None
