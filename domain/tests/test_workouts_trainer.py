"""Workouts a trainer would sign (issue #12): the checker of ``workout_checks`` over the
360-request grid of ``test_workouts_grid`` (built once, shared) and over ten requests
modelled on the issue's review."""

from __future__ import annotations

from typing import Any

import pytest

from domain.tests.test_workouts_grid import grid
from domain.tests.workout_checks import (
    AEROBIC_GOALS,
    VOLUME_RANGE,
    WHO_MINUTES,
    aerobic_minutes,
    aerobic_possible,
    check_workout,
    equipment_share,
    push_pull,
    push_pull_ratio,
    volume_floor_applies,
    weekly_sets,
)
from domain.workouts import WorkoutRequest, exercise_named, generate_workout

GYM = ("dumbbells", "barbell", "kettlebell", "machine", "cable", "bands", "pull_up_bar",
       "bench", "cardio_machine")  # fmt: skip


def _r(goal: str, experience: str, days: int, minutes: int, equipment: tuple[str, ...] = (),
       avoid: tuple[str, ...] = ()) -> WorkoutRequest:  # fmt: skip
    return WorkoutRequest(
        goal=goal,
        experience=experience,
        days_per_week=days,
        minutes_per_session=minutes,
        body_weight_kg=78.0,
        equipment=frozenset(equipment),
        avoid=frozenset(avoid),
    )


# Ten requests shaped like the ones the trainer reviewed.
REVIEW: dict[str, WorkoutRequest] = {
    "kettlebell_endurance": _r("endurance", "intermediate", 4, 60, ("kettlebell",)),
    "bodyweight": _r("general_fitness", "intermediate", 3, 45),
    "six_day_advanced": _r("hypertrophy", "advanced", 6, 75, GYM),
    "weight_loss_beginner": _r("weight_loss", "beginner", 4, 60, ("dumbbells", "cardio_machine")),
    "bad_knees": _r("general_fitness", "intermediate", 3, 60, GYM, ("knees",)),
    "wrist_pain": _r("strength", "intermediate", 4, 60,
                     ("dumbbells", "bench", "pull_up_bar", "bands"), ("wrists",)),
    "shoulder_pain": _r("hypertrophy", "intermediate", 4, 60, GYM, ("shoulders",)),
    "lower_back": _r("strength", "intermediate", 3, 75, GYM, ("lower_back",)),
    "two_day_time_limited": _r("weight_loss", "intermediate", 2, 30),
    "dumbbells_home": _r("hypertrophy", "beginner", 3, 45, ("dumbbells",)),
}  # fmt: skip


def _plan(name: str) -> dict[str, Any]:
    return generate_workout(REVIEW[name])


# Weekly floors: all 11 grid plans they apply to reach them (one missed hamstrings by
# 1 set before the sets were moved from over-served muscles, issue #12 blind review).
FLOOR_MISSES_ALLOWED = 0


def test_grid_passes_the_trainer_checker() -> None:
    failures = {}
    floor_misses = floor_plans = 0
    for request, plan in grid():
        problems = check_workout(plan, request)
        floors = [p for p in problems if "weekly sets <" in p]
        floor_plans += volume_floor_applies(request)
        floor_misses += bool(floors)
        for problem in floors:
            assert problem.startswith("hamstrings"), (request, problem)
            assert float(problem.split()[1]) >= 0.8 * VOLUME_RANGE[request.experience][0]
        problems = [p for p in problems if p not in floors]
        if problems:
            failures[request] = problems
    assert not failures, (len(failures), next(iter(failures.items())))
    assert floor_plans >= 10
    assert floor_misses <= FLOOR_MISSES_ALLOWED, (floor_misses, floor_plans)


@pytest.mark.parametrize("name", sorted(REVIEW))
def test_review_requests_pass_the_trainer_checker(name: str) -> None:
    assert check_workout(_plan(name), REVIEW[name]) == []


def test_kettlebell_plan_uses_kettlebells_and_pulls() -> None:
    plan = _plan("kettlebell_endurance")
    share = equipment_share(plan, REVIEW["kettlebell_endurance"])
    assert share is not None and share >= 0.6
    counts = push_pull(plan)
    assert counts["horizontal_pull"] > 0


def test_bodyweight_plan_pulls_as_much_as_it_pushes() -> None:
    plan = _plan("bodyweight")
    ratio = push_pull_ratio(plan)
    assert ratio is not None and 0.67 <= ratio <= 1.5
    for day in plan["training_days"]:
        for entry in plan["weekly_schedule"][day]:
            assert not exercise_named(entry["exercise"]).equipment


def test_six_day_plan_caps_every_muscle_at_twenty_sets() -> None:
    volume = weekly_sets(_plan("six_day_advanced"))
    assert max(volume.values()) <= 20
    assert volume["lats"] >= 10


def test_bad_knees_still_train_the_quads() -> None:
    assert weekly_sets(_plan("bad_knees"))["quads"] >= 6


def test_weight_loss_gets_150_aerobic_minutes_or_says_why() -> None:
    for name, request in REVIEW.items():
        if request.goal not in AEROBIC_GOALS:
            continue
        plan = _plan(name)
        if aerobic_minutes(plan) < WHO_MINUTES:
            assert not aerobic_possible(request), name
            assert any("150" in note for note in plan["notes"]), name


def test_the_checker_catches_the_reviewed_failures() -> None:
    """The checker must fail the kinds of plan the trainer rejected."""
    request = REVIEW["bodyweight"]
    plan = _plan("bodyweight")
    day = plan["training_days"][0]
    entry = next(e for e in plan["weekly_schedule"][day] if e["pattern"].endswith("_pull"))
    no_pull = {**plan, "weekly_schedule": {
        d: [e for e in es if not e["pattern"].endswith("_pull")]
        for d, es in plan["weekly_schedule"].items()
    }}  # fmt: skip
    assert any("push:pull" in p for p in check_workout(no_pull, request))
    too_much = {**plan, "weekly_schedule": {**plan["weekly_schedule"],
                day: [*plan["weekly_schedule"][day], {**entry, "sets": 25}]}}  # fmt: skip
    assert any("weekly sets >" in p for p in check_workout(too_much, request))
    heavy = next(e for e in plan["weekly_schedule"][day] if e["role"] == "main")
    short_rest = {**plan, "weekly_schedule": {**plan["weekly_schedule"], day: [
        {**e, "reps": "6-10", "rest_seconds": 60} if e is heavy else e
        for e in plan["weekly_schedule"][day]
    ]}}  # fmt: skip
    assert any("heavy compound" in p for p in check_workout(short_rest, request))
    knees = REVIEW["bad_knees"]
    knee_plan = _plan("bad_knees")
    no_quads = {**knee_plan, "weekly_schedule": {
        d: [e for e in es if "quads" not in exercise_named(e["exercise"]).primary]
        for d, es in knee_plan["weekly_schedule"].items()
    }}  # fmt: skip
    assert any("knees limitation" in p for p in check_workout(no_quads, knees))
