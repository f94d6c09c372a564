"""The user's daily targets: from the active diet plan, else computed from the profile."""

from __future__ import annotations

from dataclasses import dataclass

from domain.assistant.records import StoredPlan, UserProfile
from domain.targets import ProfileError, targets_from_mapping


@dataclass(frozen=True)
class DailyTargets:
    """Daily targets (kcal, g, mg) and where they came from."""

    calories: float
    protein: float | None
    carbs: float | None
    fats: float | None
    fiber: float | None
    sodium_max: float | None
    source: str  # "diet plan" or "profile"

    def for_key(self, key: str) -> float | None:
        """The target for an intake key (``calories``, ``protein``, ...)."""
        return {
            "calories": self.calories,
            "protein": self.protein,
            "carbs": self.carbs,
            "fats": self.fats,
            "fiber": self.fiber,
            "sodium": self.sodium_max,
        }.get(key)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def daily_targets(profile: UserProfile, diet_plan: StoredPlan | None) -> DailyTargets | None:
    """Targets for today, or None when neither a plan nor a complete profile gives them.

    The active diet plan's ``daily_calorie_target`` and ``macros`` win: they are what the
    user is following. Missing pieces come from the profile (``domain.targets``: Mifflin-St
    Jeor x activity, goal adjustment, calorie floors, AMDR macros, fiber 14 g/1,000 kcal).
    """
    computed = None
    try:
        computed = targets_from_mapping(profile.as_mapping())
    except (ProfileError, ValueError, KeyError):
        computed = None
    plan = dict(diet_plan.document) if diet_plan else {}
    plan_kcal = _number(plan.get("daily_calorie_target"))
    macros = plan.get("macros") if isinstance(plan.get("macros"), dict) else {}
    if plan_kcal:
        fiber = round(14.0 * plan_kcal / 1000.0, 1)
        return DailyTargets(
            calories=plan_kcal,
            protein=_number(macros.get("protein_grams")),
            carbs=_number(macros.get("carbs_grams")),
            fats=_number(macros.get("fats_grams")),
            fiber=fiber,
            sodium_max=2300.0,
            source="diet plan",
        )
    if computed is None:
        return None
    return DailyTargets(
        calories=computed.calories,
        protein=computed.protein_g,
        carbs=computed.carbs_g,
        fats=computed.fats_g,
        fiber=computed.fiber_g,
        sodium_max=computed.sodium_max_mg,
        source="profile",
    )
