"""Errors of the workout programmer, each with machine-readable details.

``InvalidWorkoutRequest`` is a bad input (the API answers 400 with ``details`` per field);
``NoSuitableExercises`` is a valid input the catalog cannot serve (422: say which filters
left nothing, so the person knows what to relax).
"""

from __future__ import annotations

from typing import Any


class WorkoutError(ValueError):
    """Base class: a one-sentence message plus a ``details`` mapping."""

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details or {}


class InvalidWorkoutRequest(WorkoutError):
    """A request field is missing, unknown or out of range; ``details`` maps field -> reason."""


class NoSuitableExercises(WorkoutError):
    """After the equipment, level and body-part filters no exercise is left for a session."""
