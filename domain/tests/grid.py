"""The deterministic profile grid shared by the property test and the benchmark."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from domain.planner import PlanRequest, Restrictions
from domain.targets import Profile

SEED = 20261125
GRID_SIZE = 216
# The grid tests run in this many files (test_planner_grid_partN.py,
# test_planner_realism_partN.py) so pytest-xdist can spread them over its workers.
GRID_PARTS = 4
SEXES = ("male", "female", "other")
AGES = (19, 34, 52, 71)
SIZES = ((150, 48), (163, 62), (172, 80), (185, 95), (178, 120))  # cm, kg
ACTIVITIES = ("sedentary", "light", "moderate", "active", "very_active")
GOALS = ("lose", "maintain", "gain")
DIETS: tuple[tuple[str, ...], ...] = (
    (), ("vegetarian",), ("vegan",), ("pescatarian",), ("gluten_free",), ("vegan", "gluten_free"),
)  # fmt: skip
ALLERGIES: tuple[tuple[str, ...], ...] = (
    (), ("nuts",), ("milk",), ("egg", "soy"), ("fish", "shellfish"), ("wheat",),
    ("sesame", "peanuts"),
)  # fmt: skip


@dataclass(frozen=True)
class GridCase:
    """One generated person and the planning request for them."""

    profile: Profile
    diets: tuple[str, ...]
    allergies: tuple[str, ...]

    @property
    def restrictions(self) -> Restrictions:
        return Restrictions.build(self.diets, self.allergies)

    def request(self, index: int) -> PlanRequest:
        return PlanRequest(restrictions=self.restrictions, seed=index)

    def __str__(self) -> str:
        p = self.profile
        return (
            f"{p.sex} {p.age_years:g}y {p.height_cm:g}cm {p.weight_kg:g}kg {p.activity_level} "
            f"{p.goal} diet={'+'.join(self.diets) or '-'} "
            f"allergies={'+'.join(self.allergies) or '-'}"
        )


def grid(size: int = GRID_SIZE, seed: int = SEED) -> list[GridCase]:
    """``size`` cases sampled without replacement from the full product, reproducibly."""
    product = list(itertools.product(SEXES, AGES, SIZES, ACTIVITIES, GOALS, DIETS, ALLERGIES))
    cases = []
    for sex, age, (height, weight), activity, goal, diets, allergies in random.Random(seed).sample(
        product, size
    ):
        profile = Profile(sex, age, height, weight, activity, goal)
        cases.append(GridCase(profile, diets, allergies))
    return cases


def grid_part(part: int, parts: int = GRID_PARTS) -> list[tuple[int, GridCase]]:
    """Part ``part`` (1-based) of the grid as (grid index, case) pairs: every ``parts``-th
    person, so each part mixes diets, sizes and goals alike and takes about as long.

    The index stays the person's place in the whole grid (it seeds the plan), so the
    parts together plan exactly the people and plans of the whole grid.
    """
    if not 1 <= part <= parts:
        raise ValueError(f"part must be between 1 and {parts}")
    return [(index, case) for index, case in enumerate(grid()) if index % parts == part - 1]
