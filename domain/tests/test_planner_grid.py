"""Property grid: 216 generated people, every plan checked against every rule.

The grid (domain/tests/grid.py) is a fixed-seed sample of sex x age x size x activity x
goal x diet x allergies. For each person the targets are computed and a 7-day plan is
made from the real starter catalog (a missing file fails the test). Every feasible plan
must keep each day within 3 % of the calorie target and each macro within 10 %, contain
no restricted food, repeat no food beyond the limit, and add up; a request the planner
cannot meet must raise PlanInfeasible naming the constraint, never return a bad plan.

The whole grid is planned in four files of 54 people each (test_planner_grid_part1.py ..
part4.py, by ``grid_part``; shared checks in ``plan_checks.plan_grid``), so pytest-xdist
spreads them over its workers; this file keeps the error cases on grid people.
"""

from __future__ import annotations

import dataclasses
import math

import pytest

from domain.planner import (
    FoodRecord,
    PlanInfeasible,
    PlanRequest,
    load_foods_from_starter,
    plan_diet,
)
from domain.planner.foods import STARTER_FILE
from domain.targets import compute_targets
from domain.tests.grid import grid


@pytest.fixture(scope="module")
def foods() -> list[FoodRecord]:
    return load_foods_from_starter(STARTER_FILE)  # FileNotFoundError fails, never skips


@pytest.mark.parametrize("index", [0, 57, 133])
def test_grid_people_with_too_few_foods_get_the_variety_error(foods, index: int) -> None:
    case = grid()[index]
    targets = compute_targets(case.profile)
    one_day = plan_diet(targets, foods, dataclasses.replace(case.request(index), days=1))
    used = {i["food_id"] for m in one_day["weekly_plan"]["monday"] for i in m["items"]}
    # Only one day's foods and each food on one day at most: day two cannot be planned.
    request = dataclasses.replace(case.request(index), repeat_limit=1)
    with pytest.raises(PlanInfeasible) as caught:
        plan_diet(targets, [f for f in foods if f.id in used], request)
    assert caught.value.constraint == "variety"


@pytest.mark.parametrize("index", [3, 99])
def test_grid_people_with_unreachable_protein_get_a_422_error(foods, index: int) -> None:
    case = grid()[index]
    allowed = [f for f in foods if case.restrictions.allows(f) and f.is_complete() and f.kcal > 0]
    best_ratio = min(f.kcal / f.protein for f in allowed if f.protein)
    base = compute_targets(case.profile)
    # More protein than the leanest allowed source can give inside +3 % energy.
    protein = math.ceil((1 + 0.03) * base.calories / ((1 - 0.10) * best_ratio)) + 5
    targets = dataclasses.replace(base, protein_g=float(protein))
    with pytest.raises(PlanInfeasible) as caught:
        plan_diet(targets, foods, PlanRequest(days=1, restrictions=case.restrictions))
    assert caught.value.constraint == "targets"
    assert {"protein:low", "kcal:high"} & set(caught.value.details["violated"])
