"""FNDDS realism grid, part 2 of 4 (``grid_parts``; test_planner_realism.py says what
is checked)."""

from domain.tests.grid_parts import assert_fndds_part_is_on_target_and_realistic


def test_grid_part2_plans_are_on_target_and_realistic() -> None:
    assert_fndds_part_is_on_target_and_realistic(2)
