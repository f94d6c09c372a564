"""MILP meal planner (plain Python): foods in, a week of meals meeting the targets out."""

from domain.planner.errors import PlanInfeasible
from domain.planner.foods import (
    FoodRecord,
    Portion,
    load_fndds_planner_foods,
    load_foods_from_starter,
)
from domain.planner.planner import PlanRequest, plan_diet
from domain.planner.rules import MealSlot, Restrictions, meals_for_count

__all__ = [
    "FoodRecord",
    "MealSlot",
    "PlanInfeasible",
    "PlanRequest",
    "Portion",
    "Restrictions",
    "load_fndds_planner_foods",
    "load_foods_from_starter",
    "meals_for_count",
    "plan_diet",
]
