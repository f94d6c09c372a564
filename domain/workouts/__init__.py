"""Workout programmer (issue #5): an exercise catalog and a rule-based weekly programmer.

    from domain.workouts import WorkoutRequest, generate_workout
    plan = generate_workout(WorkoutRequest.from_dict({...}))

Plain Python, no web framework; the AI service wraps it. ``InvalidWorkoutRequest`` ->
400, ``NoSuitableExercises`` -> 422; both carry ``details``.
"""

from domain.workouts.catalog import EXERCISES, exercise_named
from domain.workouts.errors import InvalidWorkoutRequest, NoSuitableExercises, WorkoutError
from domain.workouts.exercise import Exercise, catalog_problems
from domain.workouts.prescription import kcal
from domain.workouts.programmer import HARD_SET_THRESHOLD, generate_workout, order_key
from domain.workouts.progression import next_session, progression_rule
from domain.workouts.request import WorkoutRequest

__all__ = [
    "EXERCISES",
    "HARD_SET_THRESHOLD",
    "Exercise",
    "InvalidWorkoutRequest",
    "NoSuitableExercises",
    "WorkoutError",
    "WorkoutRequest",
    "catalog_problems",
    "exercise_named",
    "generate_workout",
    "kcal",
    "next_session",
    "order_key",
    "progression_rule",
]
