"""JSON Schemas (draft 2020-12) of the stored plan documents, and their validation.

Diet plan, ``DietPlan.plan``: an object; every key is optional and extra keys are kept
(generated plans add ``totals``, ``inputs``, ``narrative``, ...)::

    {
      "daily_calorie_target": 2200,                  # number, 800..10000 kcal
      "macros": {"protein_grams": 150, "carbs_grams": 250, "fats_grams": 70},  # 0..2500
      "weekly_plan": {                               # keys: monday..sunday only
        "monday": [                                  # at most 12 meals a day
          {"meal": "breakfast",                      # breakfast | lunch | dinner | snack
           "name": "Oatmeal with berries",           # non-empty string
           "calories": 420,                          # number 0..20000 (a food log entry's)
           "nutrients": {"protein": 14, "fiber": 8}, # optional; domain.nutrients keys and
                                                     # per-entry bounds
           "items": [{"name": "rolled oats", "grams": 80, "calories": 300}]}  # optional,
        ]                                            # <= 50; grams 0..5000, kcal 0..20000
      }
    }

Workout, ``Workout.workout``: an object; every key optional, extra keys kept::

    {
      "weekly_schedule": {                           # keys: monday..sunday only
        "monday": [                                  # at most 30 exercises a day
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

Every number the AI service reads is bounded to what it accepts elsewhere (a meal like a
food log entry, nutrients by their per-entry bounds), so sums over a week stay finite;
every other number, extra keys included, to ``domain.input_limits``. Strings with a NUL
or a lone surrogate are refused: such a document saves, but no answer containing it can
be encoded, so its owner's list and export would fail for good.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from domain.input_limits import number_problem, text_problem
from domain.nutrients import MAX_CALORIES_PER_ENTRY, NUTRIENT_KEYS, NUTRIENTS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MEALS = ("breakfast", "lunch", "dinner", "snack")
DIFFICULTIES = ("beginner", "intermediate", "advanced")
MAX_ERRORS = 10

_NON_NEGATIVE = {"type": "number", "minimum": 0}
_CALORIES = {"type": "number", "minimum": 0, "maximum": MAX_CALORIES_PER_ENTRY}
# No more grams of a macronutrient than the 10,000 kcal daily maximum can hold (4 kcal/g).
_MACRO_GRAMS = {"type": "number", "minimum": 0, "maximum": 2500}
MAX_ITEM_GRAMS = 5000.0  # as a logged catalog food
MAX_MEALS_PER_DAY, MAX_ITEMS_PER_MEAL, MAX_EXERCISES_PER_DAY = 12, 50, 30


def _week_of(entry: dict[str, Any], max_per_day: int) -> dict[str, Any]:
    """An object keyed by weekday, each day a list of at most ``max_per_day`` ``entry``."""
    day_schema = {"type": "array", "items": entry, "maxItems": max_per_day}
    return {
        "type": "object",
        "properties": {day: day_schema for day in WEEKDAYS},
        "additionalProperties": False,
    }


PLANNED_MEAL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["meal", "name", "calories"],
    "properties": {
        "meal": {"type": "string", "enum": list(MEALS)},
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "calories": _CALORIES,
        "nutrients": {
            "type": "object",
            "propertyNames": {"enum": list(NUTRIENT_KEYS)},
            "properties": {
                n.key: {"type": "number", "minimum": 0, "maximum": n.max_per_entry}
                for n in NUTRIENTS
            },
        },
        "items": {
            "type": "array",
            "maxItems": MAX_ITEMS_PER_MEAL,
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 200},
                    "grams": {"type": "number", "minimum": 0, "maximum": MAX_ITEM_GRAMS},
                    "calories": _CALORIES,
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
                "protein_grams": _MACRO_GRAMS,
                "carbs_grams": _MACRO_GRAMS,
                "fats_grams": _MACRO_GRAMS,
            },
        },
        "weekly_plan": _week_of(PLANNED_MEAL_SCHEMA, MAX_MEALS_PER_DAY),
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
        "weekly_schedule": _week_of(EXERCISE_SCHEMA, MAX_EXERCISES_PER_DAY),
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
    """Values a JSON column cannot hold or an answer cannot encode: NaN, infinity, numbers
    past ``domain.input_limits``, text with NUL or lone surrogates, non-JSON objects."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if not isinstance(key, str):
                yield parts, f"key {key!r} is not a string"
            elif problem := text_problem(key):
                yield parts, f"a key {problem}"
            else:
                yield from _non_json_values(inner, (*parts, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _non_json_values(inner, (*parts, index))
    elif isinstance(value, str):
        if problem := text_problem(value):
            yield parts, problem
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if problem := number_problem(value):
            yield parts, problem
    elif value is not None and not isinstance(value, bool):
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
