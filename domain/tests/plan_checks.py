"""Independent checks of a plan dict against the food data and the request (test helper).

Nothing here reuses the planner's own arithmetic: every figure is recomputed from the
food records, so a planner bug shows up as a failed check.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.planner import FoodRecord, PlanInfeasible, PlanRequest, plan_diet
from domain.planner.foods import FNDDS_FILE, load_fndds_planner_foods
from domain.planner.planner import MAX_RELAXED_REPEATS
from domain.planner.rules import MealSlot
from domain.targets import Targets, compute_targets
from domain.tests.grid import GridCase

# Share of the grid allowed to be infeasible: a few strict combinations (vegan, gluten-free,
# high protein) may be truly out of reach, but not a tenth of ordinary people. Each part of
# the grid gets the same rate, rounded up (54 people: 3).
MAX_INFEASIBLE_SHARE = 0.05
KNOWN_CONSTRAINTS = ("targets", "variety", "slot:")

SLOT_TAGS = {
    "breakfast": {"breakfast"},
    "lunch": {"main", "side"},
    "dinner": {"main", "side"},
    "snack": {"snack"},
}
NUTRIENTS = ("protein", "carbs", "fats", "fiber", "saturated_fat", "sodium")


def check_plan(
    plan: Mapping[str, Any],
    foods: Mapping[str, FoodRecord],
    targets: Targets,
    request: PlanRequest,
    *,
    diets: set[str] = frozenset(),  # type: ignore[assignment]
    allergens: set[str] = frozenset(),  # type: ignore[assignment]
    banned_words: tuple[str, ...] = (),
) -> list[str]:
    """Every rule a plan must keep; returns the problems found (empty when it is good)."""
    problems: list[str] = []
    days_of: Counter[str] = Counter()
    assert plan["daily_calorie_target"] == targets.calories
    assert plan["macros"] == {
        "protein_grams": targets.protein_g,
        "carbs_grams": targets.carbs_g,
        "fats_grams": targets.fats_g,
    }
    assert len(plan["weekly_plan"]) == request.days
    for day, meals in plan["weekly_plan"].items():
        assert [m["meal"] for m in meals] == [s.name for s in request.meals]
        day_kcal = 0.0
        day_nutrients = dict.fromkeys(NUTRIENTS, 0.0)
        seen_today: set[str] = set()
        for slot, meal in zip(request.meals, meals, strict=True):
            if not slot.min_items <= len(meal["items"]) <= slot.max_items:
                problems.append(f"{day} {slot.name}: {len(meal['items'])} items")
            meal_kcal = 0.0
            meal_nutrients = dict.fromkeys(NUTRIENTS, 0.0)
            for item in meal["items"]:
                food = foods[item["food_id"]]
                where = f"{day} {slot.name} {food.name}"
                if food.id in seen_today:
                    problems.append(f"{where}: twice in one day")
                seen_today.add(food.id)
                if not food.meals & SLOT_TAGS[slot.kind]:
                    problems.append(f"{where}: not suited to {slot.kind} ({sorted(food.meals)})")
                if not diets <= food.diet_tags:
                    problems.append(f"{where}: breaks diet {sorted(diets - food.diet_tags)}")
                unknown = food.allergen_tags is None
                # Allergens the data could not settle count as present (domain.diet).
                present = set(food.allergen_tags or ()) | set(food.unknown_allergens)
                if allergens and (unknown or allergens & present):
                    problems.append(f"{where}: allergen {sorted(allergens)}")
                text = f"{food.name} {food.description}".lower()
                for word in banned_words:
                    if word in text:
                        problems.append(f"{where}: disliked/excluded '{word}'")
                kcal = round(item["grams"] / 100 * food.kcal, 2)
                if item["calories"] != kcal:
                    problems.append(f"{where}: calories {item['calories']} != {kcal}")
                for key in NUTRIENTS:
                    value = round(item["grams"] / 100 * float(getattr(food, key)), 2)
                    if item["nutrients"][key] != value:
                        problems.append(f"{where}: {key} {item['nutrients'][key]} != {value}")
                    meal_nutrients[key] += item["nutrients"][key]
                meal_kcal += item["calories"]
                days_of[food.id] += 1
            if meal["calories"] != round(meal_kcal, 2):
                problems.append(f"{day} {slot.name}: meal calories do not add up")
            for key in NUTRIENTS:
                if meal["nutrients"][key] != round(meal_nutrients[key], 2):
                    problems.append(f"{day} {slot.name}: meal {key} does not add up")
                day_nutrients[key] += meal["nutrients"][key]
            day_kcal += meal["calories"]
            share = meal["calories"] / targets.calories
            if not slot.low - 1e-9 <= share <= slot.high + 1e-9:
                problems.append(f"{day} {slot.name}: {share:.1%} of energy")
        totals = plan["daily_totals"][day]
        if totals["calories"] != round(day_kcal, 2):
            problems.append(f"{day}: day calories do not add up")
        kcal_dev = abs(totals["calories"] - targets.calories) / targets.calories
        if kcal_dev > request.calorie_tolerance:
            problems.append(f"{day}: calories {totals['calories']} off by {kcal_dev:.2%}")
        for key, target in (
            ("protein", targets.protein_g),
            ("carbs", targets.carbs_g),
            ("fats", targets.fats_g),
        ):
            if totals["nutrients"][key] != round(day_nutrients[key], 2):
                problems.append(f"{day}: {key} does not add up")
            dev = abs(totals["nutrients"][key] - target) / target
            if dev > request.macro_tolerance:
                problems.append(f"{day}: {key} {totals['nutrients'][key]} off by {dev:.2%}")
        if totals["nutrients"]["sodium"] > plan["targets"]["sodium_max_mg"]:
            problems.append(f"{day}: sodium {totals['nutrients']['sodium']} mg")
        if 9 * totals["nutrients"]["saturated_fat"] > 0.10 * totals["calories"]:
            problems.append(f"{day}: saturated fat over 10 % of energy")
    # A default limit may have been raised when the foods ran out; the plan must say so.
    limit = plan["repeat_limit_days"] if request.relax_repeats else request.repeat_limit
    if limit > request.repeat_limit and not plan["notes"]:
        problems.append(f"repeat limit raised to {limit} without a note")
    if limit > max(request.repeat_limit, MAX_RELAXED_REPEATS):
        problems.append(f"repeat limit raised to {limit}")
    for food_id, days in days_of.items():
        if days > limit:
            problems.append(f"{foods[food_id].name} on {days} days (limit {limit})")
    return problems


def max_infeasible(people: int, share: float = MAX_INFEASIBLE_SHARE) -> int:
    """Most infeasible people allowed among ``people`` (the share, rounded up)."""
    return math.ceil(share * people - 1e-9)


@dataclass
class GridRun:
    """What planning a slice of the grid gave: problems, infeasible people and the plans."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    infeasible: dict[str, str] = field(default_factory=dict)
    unknown_errors: dict[str, str] = field(default_factory=dict)
    plans: list[tuple[dict[str, Any], tuple[MealSlot, ...]]] = field(default_factory=list)


def plan_grid(
    people: Sequence[tuple[int, GridCase]],
    foods: Sequence[FoodRecord],
    days: int | None = None,
) -> GridRun:
    """Plan each (grid index, person) from ``foods`` and check every plan (:func:`check_plan`).

    A request the planner cannot meet must raise PlanInfeasible naming a known constraint
    and carrying a message (``unknown_errors`` otherwise); ``days`` shortens the plans.
    """
    by_id = {f.id: f for f in foods}
    run = GridRun()
    for index, case in people:
        targets = compute_targets(case.profile)
        request = case.request(index)
        if days is not None:
            request = dataclasses.replace(request, days=days)
        try:
            plan = plan_diet(targets, foods, request)
        except PlanInfeasible as error:
            named = error.constraint.startswith(KNOWN_CONSTRAINTS)
            if not (named and error.message and error.details["constraint"] == error.constraint):
                run.unknown_errors[str(case)] = f"{error.constraint}: {error.message}"
            run.infeasible[str(case)] = error.message
            continue
        found = check_plan(
            plan,
            by_id,
            targets,
            request,
            diets=set(case.restrictions.diets),
            allergens=set(case.restrictions.allergens),
        )
        if found:
            run.problems[str(case)] = found[:5]
        run.plans.append((plan, request.meals))
    return run


@functools.cache
def fndds_catalog() -> tuple[FoodRecord, ...]:
    """The committed FNDDS foods as eaten, read once per test process (the grid's part
    files share it); a missing file raises FileNotFoundError, so tests fail, never skip."""
    return tuple(load_fndds_planner_foods(FNDDS_FILE))
