"""The rules added after the blind trainer's review (issue #12, data/workouts/blind).

The review found: weekly sets under the floors, no trunk work in half the weeks (every
lower-back plan included), a jump squat and unloaded rows dosed as 4-6 rep strength
lifts, push:pull uneven once single-joint work is counted, short aerobic weeks. Each
test walks the 360-request grid (``test_workouts_grid.grid``) or one review request,
and recomputes what it checks from the entries and the catalog.
"""

from __future__ import annotations

from typing import Any

from domain.tests.test_workouts_grid import entries, grid
from domain.tests.workout_checks import (
    check_workout,
    dose_problem,
    reps_range,
    resistance_days,
    weekly_sets,
)
from domain.workouts import WorkoutRequest, exercise_named, generate_workout

# The reviewer's floors (Schoenfeld et al. 2017; ACSM 2009 for novices): beginners 4
# hard sets a week per group, trained lifters 10 for strength and hypertrophy, 6 when
# the week shares its time with aerobic work.
GROUPS = {
    "chest": ("chest",),
    "back": ("lats", "upper_back"),
    "quads": ("quads",),
    "glutes": ("glutes",),
    "hamstrings": ("hamstrings",),
    "delts": ("front_delts", "side_delts"),
}
# Grid plans of 3+ days x 45+ min without limitations that may miss a floor: a 3 x 45
# min beginner weight-loss week gives half its time to aerobic work (WHO), and its
# 2-set lifts leave the hamstrings at 1 set (nothing over-served to take from).
FLOOR_MISSES_ALLOWED = 1
PUSH_ISOLATION = frozenset({"chest", "triceps", "front_delts", "side_delts"})
PULL_ISOLATION = frozenset({"lats", "upper_back", "rear_delts", "biceps"})
# Two sets is the smallest step a plan can take (a lift of 2 sets).
RATIO_SLACK_SETS = 2


def _floor(request: WorkoutRequest) -> float:
    if request.experience == "beginner":
        return 4.0
    return 10.0 if request.goal in ("strength", "hypertrophy") else 6.0


def _groups(plan: dict[str, Any]) -> dict[str, float]:
    sets = weekly_sets(plan)
    return {g: max(sets.get(m, 0.0) for m in ms) for g, ms in GROUPS.items()}


def test_weekly_sets_reach_the_floors_when_the_week_has_time() -> None:
    checked = misses = 0
    for request, plan in grid():
        if request.days_per_week < 3 or request.minutes_per_session < 45 or request.avoid:
            continue
        checked += 1
        low = [(g, v) for g, v in _groups(plan).items() if v < _floor(request)]
        misses += bool(low)
        for group, value in low:
            assert value >= 0.25 * _floor(request), (request, group, value)
    assert checked >= 30
    assert misses <= FLOOR_MISSES_ALLOWED, misses


def test_lower_back_plans_get_spine_sparing_trunk_work() -> None:
    checked = 0
    for request, plan in grid():
        if "lower_back" not in request.avoid or request.minutes_per_session < 30:
            continue
        core = [e for _, entry, e in entries(plan) if entry["pattern"] == "core"]
        assert any(e.spine_sparing for e in core), request
        assert all("lower_back" not in e.stresses for e in core), request
        checked += 1
    assert checked >= 40


def test_every_week_with_time_has_trunk_work() -> None:
    for request, plan in grid():
        if request.minutes_per_session >= 30 and resistance_days(plan) >= 2:
            assert any(entry["pattern"] == "core" for _, entry, _ in entries(plan)), request


def test_dose_matches_the_exercise() -> None:
    for request, plan in grid():
        for day, entry, exercise in entries(plan):
            assert dose_problem(entry, exercise) is None, (request, day, entry["exercise"])
            if exercise.plyometric:
                low, high = reps_range(entry)
                assert high <= 8 and entry["rest_seconds"] >= 120, (request, entry)


def test_push_pull_counts_single_joint_work() -> None:
    for request, plan in grid():
        push = pull = 0
        for _, entry, exercise in entries(plan):
            if "shoulders" in request.avoid and exercise.scapular:
                continue  # rotator-cuff work: a pull bias on purpose for a painful shoulder
            primary = set(exercise.primary)
            if exercise.pattern in ("horizontal_push", "vertical_push") or (
                exercise.pattern == "isolation" and primary & PUSH_ISOLATION
            ):
                push += entry["sets"]
            elif exercise.pattern in ("horizontal_pull", "vertical_pull") or (
                exercise.pattern == "isolation" and primary & PULL_ISOLATION
            ):
                pull += entry["sets"]
        if abs(push - pull) > RATIO_SLACK_SETS:
            assert pull and 0.67 <= push / pull <= 1.5, (request, push, pull)


def test_lower_back_barbell_plan_lifts_the_barbell() -> None:
    """R17: barbell and bench with a lower-back history, strength."""
    request = WorkoutRequest.from_dict(
        {
            "goal": "strength",
            "experience": "intermediate",
            "days_per_week": 3,
            "minutes_per_session": 60,
            "body_weight_kg": 92,
            "equipment": ["barbell", "bench"],
            "avoid": ["lower_back"],
        }
    )
    plan = generate_workout(request)
    assert check_workout(plan, request) == []
    lifts = [(entry, e) for _, entry, e in entries(plan) if entry["pattern"] != "mobility"]
    barbell = sum(entry["sets"] for entry, e in lifts if "barbell" in e.equipment)
    assert barbell / sum(entry["sets"] for entry, _ in lifts) >= 0.5
    for entry, exercise in lifts:
        assert not exercise.plyometric or entry["role"] != "main"
        if not exercise.equipment - {"bench"} and not entry.get("hold_seconds"):
            assert reps_range(entry)[1] > 6, entry


def test_the_checker_catches_the_reviewed_doses_and_trunk() -> None:
    request = WorkoutRequest.from_dict(
        {
            "goal": "strength",
            "experience": "intermediate",
            "days_per_week": 3,
            "minutes_per_session": 60,
            "body_weight_kg": 80,
            "equipment": ["none"],
            "avoid": ["lower_back"],
        }
    )
    plan = generate_workout(request)
    assert check_workout(plan, request) == []
    day = plan["training_days"][0]
    entry = plan["weekly_schedule"][day][0]

    def with_entry(name: str, reps: str, rest: int = 180) -> dict[str, Any]:
        exercise = exercise_named(name)
        extra = {**entry, "exercise": name, "pattern": exercise.pattern, "reps": reps}
        extra.update(rest_seconds=rest, hold_seconds=None)
        schedule = {**plan["weekly_schedule"], day: [*plan["weekly_schedule"][day], extra]}
        return {**plan, "weekly_schedule": schedule}

    assert any("jumps" in p for p in check_workout(with_entry("Jump squat", "15-20"), request))
    assert any("body weight" in p for p in check_workout(with_entry("Push-up", "4-6"), request))
    goblet = with_entry("Kettlebell goblet squat", "3-5")
    assert any("one held weight" in p for p in check_workout(goblet, request))
    crunch = with_entry("Bicycle crunch", "10-15", 60)
    assert any("lower_back" in p for p in check_workout(crunch, request))
    no_core = {
        **plan,
        "weekly_schedule": {
            d: [e for e in es if e["pattern"] != "core"]
            for d, es in plan["weekly_schedule"].items()
        },
    }
    problems = check_workout(no_core, request)
    assert "no trunk (core) exercise in the week" in problems
    assert "lower back limitation without spine-sparing trunk work" in problems


# Shoulder plans without rotator-cuff work: a 6-day split whose upper back is at its
# weekly ceiling, or a short week with no set or accessory to give up (3 of 61 today).
SHOULDER_CARE_MISSES_ALLOWED = 3


def test_shoulder_plans_get_rotator_cuff_work() -> None:
    checked = misses = 0
    for request, plan in grid():
        if "shoulders" not in request.avoid or request.minutes_per_session < 30:
            continue
        if resistance_days(plan) < 1:
            continue
        checked += 1
        misses += not any(e.scapular for _, _, e in entries(plan))
    assert checked >= 50
    assert misses <= SHOULDER_CARE_MISSES_ALLOWED, (misses, checked)


def test_marathon_support_plan_trains_the_calves() -> None:
    """R13: a full gym, endurance, 5 x 60 min: calf work, the running-injury accessory."""
    request = WorkoutRequest.from_dict(
        {
            "goal": "endurance",
            "experience": "intermediate",
            "days_per_week": 5,
            "minutes_per_session": 60,
            "body_weight_kg": 62,
            "equipment": ["gym"],
        }
    )
    plan = generate_workout(request)
    assert check_workout(plan, request) == []
    assert any(e.pattern == "isolation" and "calves" in e.primary for _, _, e in entries(plan))
