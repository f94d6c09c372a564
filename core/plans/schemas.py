"""JSON Schemas (draft 2020-12) of the stored plan documents, and their validation.

Diet plan, ``DietPlan.plan``: an object; every key is optional and extra keys are kept
(generated plans add ``totals``, ``inputs``, ``narrative``, ...)::

    {
      "daily_calorie_target": 2200,                  # number, 800..10000 kcal
      "macros": {"protein_grams": 150, "carbs_grams": 250, "fats_grams": 70},  # each >= 0
      "weekly_plan": {                               # keys: monday..sunday only
        "monday": [
          {"meal": "breakfast",                      # breakfast | lunch | dinner | snack
           "name": "Oatmeal with berries",           # non-empty string
           "calories": 420,                          # number >= 0
           "nutrients": {"protein": 14, "fiber": 8}, # optional; domain.nutrients keys, >= 0
           "items": [{"name": "rolled oats", "grams": 80, "calories": 300}]}  # optional
        ]
      }
    }

Workout, ``Workout.workout``: an object; every key optional, extra keys kept::

    {
      "weekly_schedule": {                           # keys: monday..sunday only
        "monday": [
          {"exercise": "Back squat",                 # non-empty string
           "sets": 4,                                # integer 1..20
           "reps": "8-12",                           # integer 1..100 or "N" / "N-M"
           "duration": 10,                           # optional, minutes, > 0 and <= 600
           "rest_seconds": 90}                       # optional, integer 0..1800
        ]
      },
      "rest_days": ["wednesday", "sunday"],          # distinct weekday names
      "difficulty": "intermediate"                   # beginner | intermediate | advanced
    }

``document_errors`` returns readable messages that start with the JSON path of the
offending value (``plan.weekly_plan.monday[0].calories: -5 is less than the minimum of
0``). NaN and infinity are refused as well: JSON Schema's ``minimum`` lets NaN through,
and the databases cannot store it in a JSON column.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from domain.nutrients import NUTRIENT_KEYS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MEALS = ("breakfast", "lunch", "dinner", "snack")
DIFFICULTIES = ("beginner", "intermediate", "advanced")
MAX_ERRORS = 10

_NON_NEGATIVE = {"type": "number", "minimum": 0}


def _week_of(entry: dict[str, Any]) -> dict[str, Any]:
    """An object keyed by weekday, each day a list of ``entry``."""
    return {
        "type": "object",
        "properties": {day: {"type": "array", "items": entry} for day in WEEKDAYS},
        "additionalProperties": False,
    }


PLANNED_MEAL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["meal", "name", "calories"],
    "properties": {
        "meal": {"type": "string", "enum": list(MEALS)},
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "calories": _NON_NEGATIVE,
        "nutrients": {
            "type": "object",
            "propertyNames": {"enum": list(NUTRIENT_KEYS)},
            "additionalProperties": _NON_NEGATIVE,
        },
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "grams": _NON_NEGATIVE,
                    "calories": _NON_NEGATIVE,
                },
            },
        },
    },
}

DIET_PLAN_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Diet plan",
    "description": "Every key is optional; extra keys (totals, inputs, narrative, ...) are kept.",
    "type": "object",
    "properties": {
        "daily_calorie_target": {"type": "number", "minimum": 800, "maximum": 10000},
        "macros": {
            "type": "object",
            "properties": {
                "protein_grams": _NON_NEGATIVE,
                "carbs_grams": _NON_NEGATIVE,
                "fats_grams": _NON_NEGATIVE,
            },
        },
        "weekly_plan": _week_of(PLANNED_MEAL_SCHEMA),
    },
}

EXERCISE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["exercise", "sets", "reps"],
    "properties": {
        "exercise": {"type": "string", "minLength": 1, "maxLength": 200},
        "sets": {"type": "integer", "minimum": 1, "maximum": 20},
        "reps": {
            "oneOf": [
                {"type": "integer", "minimum": 1, "maximum": 100},
                {"type": "string", "pattern": r"^[1-9][0-9]{0,2}(-[1-9][0-9]{0,2})?$"},
            ]
        },
        "duration": {"type": "number", "exclusiveMinimum": 0, "maximum": 600},
        "rest_seconds": {"type": "integer", "minimum": 0, "maximum": 1800},
    },
}

WORKOUT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Workout plan",
    "description": "Every key is optional; extra keys are kept.",
    "type": "object",
    "properties": {
        "weekly_schedule": _week_of(EXERCISE_SCHEMA),
        "rest_days": {
            "type": "array",
            "items": {"type": "string", "enum": list(WEEKDAYS)},
            "uniqueItems": True,
        },
        "difficulty": {"type": "string", "enum": list(DIFFICULTIES)},
    },
}


def json_path(root: str, parts: Any) -> str:
    """``plan`` + ``["weekly_plan", "monday", 0]`` -> ``plan.weekly_plan.monday[0]``."""
    path = root
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _non_json_values(value: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[tuple, str]]:
    """Values a JSON column cannot hold: NaN, infinity, non-JSON Python objects."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if not isinstance(key, str):
                yield parts, f"key {key!r} is not a string"
            else:
                yield from _non_json_values(inner, (*parts, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _non_json_values(inner, (*parts, index))
    elif isinstance(value, float):
        if not math.isfinite(value):
            yield parts, "must be a finite number"
    elif value is not None and not isinstance(value, (str, int, bool)):
        yield parts, f"{type(value).__name__} is not a JSON value"


def document_errors(schema: dict[str, Any], document: Any, root: str) -> list[str]:
    """Readable messages, each starting with the JSON path; empty when valid."""
    messages = [f"{json_path(root, p)}: {m}" for p, m in _non_json_values(document)]
    if messages:
        return messages[:MAX_ERRORS]
    errors = sorted(
        Draft202012Validator(schema).iter_errors(document),
        key=lambda e: [str(part) for part in e.absolute_path],
    )
    for error in errors[:MAX_ERRORS]:
        message = error.message
        if error.validator == "oneOf" and error.context:
            # "is not valid under any of the given schemas" hides why; name the options.
            reasons = "; or ".join(sorted({sub.message for sub in error.context}))
            message = f"{error.instance!r} is not valid: {reasons}"
        messages.append(f"{json_path(root, error.absolute_path)}: {message}")
    return messages


_OPENAPI_UNSUPPORTED = {"$schema", "propertyNames"}


def for_openapi(node: Any) -> Any:
    """A copy of a schema in OpenAPI 3.0's dialect, for drf-spectacular.

    Drops keywords OpenAPI 3.0 does not know and spells ``exclusiveMinimum`` the 3.0 way
    (a boolean next to ``minimum``).
    """
    if isinstance(node, list):
        return [for_openapi(v) for v in node]
    if not isinstance(node, dict):
        return node
    result = {k: for_openapi(v) for k, v in node.items() if k not in _OPENAPI_UNSUPPORTED}
    bound = result.get("exclusiveMinimum")
    if isinstance(bound, (int, float)) and not isinstance(bound, bool):
        result["minimum"], result["exclusiveMinimum"] = bound, True
    return result
