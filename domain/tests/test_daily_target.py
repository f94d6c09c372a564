"""``domain.daily_target``: the active plan's targets, else the profile's, else None."""

from __future__ import annotations

import pytest

from domain.assistant.budget import daily_targets
from domain.assistant.records import StoredPlan, UserProfile
from domain.daily_target import daily_target
from domain.healthiness import day_budget
from domain.targets import targets_from_mapping

PROFILE = {
    "gender": "male", "age": 30, "height": 180, "weight": 80, "activity_level": "sedentary",
    "goals": ["lose_weight"],
}  # fmt: skip
PLAN = {
    "daily_calorie_target": 1900,
    "macros": {"protein_grams": 140, "carbs_grams": 190, "fats_grams": 65},
    "targets": {"fiber_grams": 30.0, "sodium_max_mg": 2300.0, "saturated_fat_max_grams": 20.0},
}


def test_the_profile_gives_its_goal_adjusted_targets() -> None:
    target = daily_target(PROFILE, None)
    computed = targets_from_mapping(PROFILE)
    assert target is not None and target.source == "profile"
    # 1780 x 1.2 = 2136 maintenance; minus 500 for weight loss (not maintenance energy).
    assert target.calories == computed.calories == 1636.0
    assert (target.protein, target.carbs, target.fats) == (
        computed.protein_g,
        computed.carbs_g,
        computed.fats_g,
    )
    assert (target.fiber, target.sodium_max, target.saturated_fat_max) == (
        computed.fiber_g,
        2300.0,
        computed.saturated_fat_max_g,
    )


def test_the_active_plan_wins() -> None:
    target = daily_target(PROFILE, PLAN)
    assert target is not None and target.source == "diet plan"
    assert (target.calories, target.protein, target.carbs, target.fats) == (1900, 140, 190, 65)
    assert (target.fiber, target.sodium_max, target.saturated_fat_max) == (30.0, 2300.0, 20.0)
    assert target.profile_targets is not None  # the profile's estimate, for reports
    assert target.as_dict()["source"] == "diet plan"


def test_a_hand_written_plan_with_calories_only() -> None:
    target = daily_target({}, {"daily_calorie_target": 2000})
    assert target is not None and target.source == "diet plan"
    assert (target.protein, target.carbs, target.fats) == (None, None, None)
    # Derived from the plan's calories: 14 g fiber / 1,000 kcal, saturated fat < 10 %.
    assert (target.fiber, target.saturated_fat_max) == (28.0, pytest.approx(22.2))
    assert target.sodium_max == 2300.0


def test_low_sodium_lowers_a_plans_sodium_ceiling() -> None:
    # The preference was set after the plan was made: the lower ceiling still holds.
    target = daily_target({**PROFILE, "dietary_preferences": ["low_sodium"]}, PLAN)
    assert target is not None and target.sodium_max == 1500.0


@pytest.mark.parametrize(
    "plan", [None, {}, {"daily_calorie_target": 0}, {"daily_calorie_target": "lots"}, "x"]
)
def test_no_plan_and_an_incomplete_profile_give_none(plan: object) -> None:
    assert daily_target({"gender": "male", "weight": 80}, plan) is None  # type: ignore[arg-type]
    # ... while a complete profile still answers when the plan has no target.
    assert daily_target(PROFILE, plan).source == "profile"  # type: ignore[arg-type,union-attr]


def test_the_assistant_and_restaurant_scoring_use_it() -> None:
    profile = {**PROFILE, "dietary_preferences": ["low_carb"]}
    record = UserProfile(
        id=1, gender="male", age=30, height=180, weight=80, activity_level="sedentary",
        goals=("lose_weight",), dietary_preferences=("low_carb",),
    )  # fmt: skip
    for plan in (None, PLAN):
        shared = daily_target(profile, plan)
        stored = StoredPlan(id=1, document=plan) if plan else None
        assert daily_targets(record, stored) == shared
        budget = day_budget(profile, 500.0, 300.0, 5.0, diet_plan=plan)
        assert budget.target == shared and budget.target_kcal == shared.calories
        assert budget.remaining_kcal == shared.calories - 500.0
        assert budget.sodium_left_mg == shared.sodium_max - 300.0
    # low_carb reached the assistant's targets through the record's preferences.
    assert daily_targets(record, None).carbs * 4 / daily_targets(record, None).calories <= 0.26
