"""Workout programmer benchmark: time per weekly programme over a grid of requests.

    python -m bench.run workouts        (or: python -m bench.bench_workouts)

Pure Python, no database or server. Figures: ``workouts.generate_p50_ms`` and
``workouts.generate_p95_ms`` over 360 requests (every goal x experience x days per week
x four equipment profiles, with rotating restrictions, budgets and preferred days), best
of three rounds each, and ``workouts.programmes`` (how many were built).
"""

from __future__ import annotations

import statistics
import time
from itertools import product

from bench.report import emit, note
from domain.workouts import WorkoutRequest, generate_workout
from domain.workouts.vocabulary import EQUIPMENT, GOALS, LEVELS

EQUIPMENT_SETS = (
    frozenset(),
    frozenset({"dumbbells", "bench", "bands"}),
    frozenset({"kettlebell", "pull_up_bar", "cardio_machine"}),
    frozenset(EQUIPMENT),
)
AVOID_SETS = (frozenset(), frozenset({"knees"}), frozenset({"shoulders", "wrists"}))
MINUTES = (20, 45, 60, 90, 180)
PREFERRED = ((), ("saturday", "sunday", "monday", "tuesday"))
ROUNDS = 3


def requests() -> list[WorkoutRequest]:
    """The benchmark grid."""
    combos = product(GOALS, LEVELS, range(1, 7), EQUIPMENT_SETS)
    return [
        WorkoutRequest(
            goal=goal,
            experience=experience,
            days_per_week=days,
            minutes_per_session=MINUTES[i % len(MINUTES)],
            body_weight_kg=70.0,
            equipment=equipment,
            avoid=AVOID_SETS[i % len(AVOID_SETS)],
            preferred_days=PREFERRED[i % len(PREFERRED)],
        )
        for i, (goal, experience, days, equipment) in enumerate(combos)
    ]


def main() -> int:
    """Time every request of the grid; print p50/p95 in milliseconds."""
    grid = requests()
    note(f"workouts: {len(grid)} requests, best of {ROUNDS} rounds each")
    timings = []
    for request in grid:
        best = float("inf")
        for _ in range(ROUNDS):
            started = time.perf_counter()
            generate_workout(request)
            best = min(best, time.perf_counter() - started)
        timings.append(best * 1000)
    cuts = statistics.quantiles(timings, n=20)
    emit("workouts.programmes", len(grid), "count")
    emit("workouts.generate_p50_ms", statistics.median(timings), "ms")
    emit("workouts.generate_p95_ms", cuts[18], "ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
