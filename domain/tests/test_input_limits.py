"""``domain.input_limits`` and the workout request's numbers (issue #15)."""

from __future__ import annotations

from typing import Any

import pytest

from domain.input_limits import (
    MAX_JSON_DEPTH,
    MAX_JSON_VALUES,
    InputLimitError,
    check_json,
    load_json,
    user_id_from_claim,
)
from domain.workouts import InvalidWorkoutRequest, WorkoutRequest

VALID = {
    "goal": "strength",
    "experience": "beginner",
    "days_per_week": 3,
    "minutes_per_session": 45,
    "body_weight_kg": 70,
}


def test_ordinary_documents_load_unchanged() -> None:
    text = '{"a": [1, 2.5, "x", true, null, {"b": -3}], "c": "caf\\u00e9 \\ud83c\\udf4e"}'
    assert load_json(text) == {
        "a": [1, 2.5, "x", True, None, {"b": -3}],
        "c": "café \U0001f34e",  # a surrogate *pair* is a real character
    }


@pytest.mark.parametrize(
    "text",
    [
        "[" * 1500 + "]" * 1500,
        "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1),
        "9" * 400,
        "-" + "9" * 400,
        "1e400",
        "1e16",
        "NaN",
        "-Infinity",
        '"\\ud800"',
        '"\\udc00x"',
        '{"\\ud800": 1}',
        '"a\\u0000b"',
        "[" + ",".join(["0"] * (MAX_JSON_VALUES + 1)) + "]",
    ],
    ids=[
        "deep-1500",
        "deep-limit",
        "big-int",
        "big-negative",
        "1e400",
        "1e16",
        "nan",
        "infinity",
        "surrogate",
        "low-surrogate",
        "surrogate-key",
        "nul",
        "too-many",
    ],
)
def test_documents_over_a_limit_are_refused(text: str) -> None:
    with pytest.raises(InputLimitError):
        load_json(text)


def test_depth_at_the_limit_is_accepted() -> None:
    depth = MAX_JSON_DEPTH
    assert load_json("[" * depth + "]" * depth) is not None


def test_error_names_the_path() -> None:
    with pytest.raises(InputLimitError) as caught:
        check_json({"plan": {"monday": [{"name": "\ud800"}]}})
    assert caught.value.path == "$.plan.monday[0].name"


def test_not_json_is_a_value_error_not_a_limit() -> None:
    with pytest.raises(ValueError) as caught:
        load_json("{")
    assert not isinstance(caught.value, InputLimitError)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("42", 42),
        (42, 42),
        (str(2**63 - 1), 2**63 - 1),
        (str(2**63), None),
        ("9" * 400, None),
        (10**30, None),
        (True, None),
        (1.0, None),
        ("1.0", None),
        ("-1", None),
        (0, None),
        (" 1", None),
        ("\u0661", None),  # an Arabic-Indic digit: isdigit() but not an id
        (None, None),
        ([1], None),
    ],
)
def test_user_id_claims(claim: Any, expected: int | None) -> None:
    assert user_id_from_claim(claim) == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("days_per_week", 10**400),
        ("days_per_week", "9" * 400),
        ("days_per_week", float("nan")),
        ("minutes_per_session", -(10**400)),
        ("body_weight_kg", 10**400),
    ],
)
def test_workout_request_refuses_huge_numbers(field: str, value: Any) -> None:
    """float(10**400) raised OverflowError: a 500 that opened the core's breaker."""
    with pytest.raises(InvalidWorkoutRequest) as caught:
        WorkoutRequest.from_dict({**VALID, field: value})
    assert field in caught.value.details
