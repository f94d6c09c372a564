"""Starter-catalog property grid, part 4 of 4 (``grid_parts``; test_planner_grid.py says
what the grid checks)."""

from domain.tests.grid_parts import assert_starter_part_meets_every_target


def test_grid_part4_plans_meet_every_target() -> None:
    assert_starter_part_meets_every_target(4)
