"""The grid checks, one quarter of the 216 grid people at a time.

The suite runs with ``pytest -n 2 --dist loadfile``: a file is the unit of work, so each grid
is split over four small test files (``test_planner_grid_partN.py``,
``test_planner_realism_partN.py``) that call these, and the two workers share them. Together
the four parts check every grid person; each part holds the same infeasible share (5 %,
rounded up: 3 of 54).
"""

from __future__ import annotations

from domain.planner import load_foods_from_starter
from domain.planner.foods import STARTER_FILE
from domain.tests.grid import GRID_PARTS, GRID_SIZE, grid_part
from domain.tests.plan_checks import fndds_catalog, max_infeasible, plan_grid
from domain.tests.realism import GRID_DAYS, MAX_FLAGGED_SHARE, SEVERE, check_plans


def assert_starter_part_meets_every_target(part: int) -> None:
    """Part ``part`` of the starter-catalog grid: 7-day plans on target, no restricted food,
    every infeasible request naming its constraint."""
    people = grid_part(part)
    assert len(people) * GRID_PARTS == GRID_SIZE >= 200
    foods = load_foods_from_starter(STARTER_FILE)  # FileNotFoundError fails, never skips
    run = plan_grid(people, foods)
    print(f"\nstarter grid part {part}: {len(run.plans)} plans, {len(run.infeasible)} infeasible")
    assert run.unknown_errors == {}
    assert run.problems == {}
    assert len(run.infeasible) <= max_infeasible(len(people)), run.infeasible


def assert_fndds_part_is_on_target_and_realistic(part: int) -> None:
    """Part ``part`` of the FNDDS grid (3 days each): on target, no restriction broken, no
    severe realism flag, at most ``MAX_FLAGGED_SHARE`` of meals flagged (printed with -s)."""
    people = grid_part(part)
    assert len(people) * GRID_PARTS == GRID_SIZE >= 200
    foods = fndds_catalog()
    run = plan_grid(people, foods, days=GRID_DAYS)
    realism = check_plans(run.plans, {f.id: f for f in foods})
    print(f"\nFNDDS grid part {part}: {len(run.plans)} plans, {len(run.infeasible)} infeasible")
    print(realism.summary(15))
    assert run.unknown_errors == {}
    assert run.problems == {}
    assert len(run.infeasible) <= max_infeasible(len(people)), run.infeasible
    assert not any(realism.kinds[k] for k in SEVERE), realism.summary()
    assert realism.share <= MAX_FLAGGED_SHARE, realism.summary()
