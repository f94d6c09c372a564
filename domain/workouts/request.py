"""The programmer's input: one validated, normalised, immutable request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.profile_ranges import WEIGHT_KG
from domain.workouts.errors import InvalidWorkoutRequest
from domain.workouts.vocabulary import (
    BODY_PART_ALIASES,
    BODY_PARTS,
    EQUIPMENT,
    FULL_GYM_WORDS,
    GOALS,
    LEVELS,
    NO_EQUIPMENT_WORDS,
    WEEKDAYS,
)

MIN_DAYS, MAX_DAYS = 1, 6  # a seventh day is always rest
MIN_MINUTES, MAX_MINUTES = 20, 180
# The shared profile range: a weight the core accepts is never refused here.
MIN_WEIGHT_KG, MAX_WEIGHT_KG = WEIGHT_KG.low, WEIGHT_KG.high


def _word(value: Any) -> str:
    """``"Weight loss"`` / ``"weight-loss"`` -> ``"weight_loss"``."""
    return str(value).strip().lower().replace("-", "_").replace(" ", "_")


def _words(value: Any) -> list[str]:
    """A list of words from a list or a comma-separated string."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, Iterable):
        raise TypeError("expected a list")
    return [_word(item) for item in value if str(item).strip()]


def _weekday(word: str) -> str | None:
    """``"mon"``, ``"Monday"`` -> ``"monday"``; None when it is no weekday."""
    for day in WEEKDAYS:
        if word == day or (len(word) >= 3 and day.startswith(word)):
            return day
    return None


@dataclass(frozen=True)
class WorkoutRequest:
    """What a weekly programme is built from.

    goal: strength | hypertrophy | endurance | weight_loss | general_fitness.
    experience: beginner | intermediate | advanced (also the plan's ``difficulty``).
    days_per_week: 1..6 training days. minutes_per_session: 20..180, a ceiling that
    includes the warm-up. equipment: what is available besides the body (empty = body
    weight only; "gym" = everything). avoid: body parts no exercise may stress.
    body_weight_kg: for the energy estimate. preferred_days: weekdays the person can train;
    when it lists at least ``days_per_week`` days, training days are chosen among them,
    otherwise all of them are used and the rest are added by the usual spread.
    """

    goal: str
    experience: str
    days_per_week: int
    minutes_per_session: int
    body_weight_kg: float
    equipment: frozenset[str] = frozenset()
    avoid: frozenset[str] = frozenset()
    preferred_days: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # Accept any iterable of words from Python callers; store immutable, hashable forms.
        for name in ("equipment", "avoid"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = value.split(",")
            object.__setattr__(self, name, frozenset(str(v).strip() for v in value))
        days = self.preferred_days
        days = days.split(",") if isinstance(days, str) else days
        object.__setattr__(self, "preferred_days", tuple(days))
        problems = _problems(self)
        if problems:
            raise InvalidWorkoutRequest(_sentence(problems), problems)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkoutRequest:
        """Build from JSON-like input, normalising words and reporting every bad field.

        Accepts ``equipment``, ``avoid`` (or ``avoid_body_parts``) and ``preferred_days`` as
        lists or comma-separated strings; words are case-, space- and hyphen-insensitive;
        body parts accept singular forms; weekdays accept three-letter forms.
        """
        problems: dict[str, str] = {}
        for name in ("goal", "experience", "days_per_week", "minutes_per_session"):
            if data.get(name) in (None, ""):
                problems[name] = "This field is required."
        if data.get("body_weight_kg", data.get("weight")) in (None, ""):
            problems["body_weight_kg"] = "This field is required."
        values: dict[str, Any] = {}
        for name in ("goal", "experience"):
            if name not in problems:
                values[name] = _word(data[name])
        for name in ("days_per_week", "minutes_per_session"):
            if name in problems:
                continue
            raw = data[name]
            number = None if isinstance(raw, bool) else _whole_number(raw)
            if number is None:
                problems[name] = "Must be a whole number."
            else:
                values[name] = number  # out of range: reported by _problems
        if "body_weight_kg" not in problems:
            raw = data.get("body_weight_kg", data.get("weight"))
            try:
                values["body_weight_kg"] = float(raw)
            except (TypeError, ValueError, OverflowError):  # 10**400 overflows float()
                problems["body_weight_kg"] = "Must be a number of kilograms."
        lists = {
            "equipment": data.get("equipment"),
            "avoid": data.get("avoid", data.get("avoid_body_parts")),
            "preferred_days": data.get("preferred_days"),
        }
        for name, raw in lists.items():
            try:
                values[name] = _words(raw)
            except TypeError:
                problems[name] = "Must be a list of words."
        if problems:
            raise InvalidWorkoutRequest(_sentence(problems), problems)
        equipment = set(values["equipment"]) - NO_EQUIPMENT_WORDS
        if equipment & FULL_GYM_WORDS:
            equipment = (equipment - FULL_GYM_WORDS) | set(EQUIPMENT)
        avoid = {BODY_PART_ALIASES.get(part, part) for part in values["avoid"]}
        days = [_weekday(word) or word for word in values["preferred_days"]]
        return cls(
            goal=values["goal"],
            experience=values["experience"],
            days_per_week=values["days_per_week"],
            minutes_per_session=values["minutes_per_session"],
            body_weight_kg=values["body_weight_kg"],
            equipment=frozenset(equipment),
            avoid=frozenset(avoid),
            preferred_days=tuple(dict.fromkeys(days)),
        )


def _whole_number(value: Any) -> int | None:
    """3, 3.0 and "3" -> 3; None for 3.5, "three", None, NaN and infinity.

    An int is returned as it is, however large: ``float(10**400)`` raises OverflowError
    (a 500 that opened the core's circuit breaker, issue #15), and the range check
    reports it instead.
    """
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return int(number) if number.is_integer() else None


def _problems(request: WorkoutRequest) -> dict[str, str]:
    """Field -> reason for every invalid field of a constructed request."""
    problems: dict[str, str] = {}
    if request.goal not in GOALS:
        problems["goal"] = f"Unknown goal {request.goal!r}; choose one of {', '.join(GOALS)}."
    if request.experience not in LEVELS:
        problems["experience"] = (
            f"Unknown experience {request.experience!r}; choose one of {', '.join(LEVELS)}."
        )
    days = request.days_per_week
    if isinstance(days, bool) or not isinstance(days, int) or not MIN_DAYS <= days <= MAX_DAYS:
        problems["days_per_week"] = (
            f"Must be a whole number from {MIN_DAYS} to {MAX_DAYS} (one day a week is rest)."
        )
    minutes = request.minutes_per_session
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not MIN_MINUTES <= minutes <= MAX_MINUTES
    ):
        problems["minutes_per_session"] = (
            f"Must be a whole number of minutes from {MIN_MINUTES} to {MAX_MINUTES}."
        )
    weight = request.body_weight_kg
    if (
        isinstance(weight, bool)
        or not isinstance(weight, (int, float))
        or not MIN_WEIGHT_KG <= weight <= MAX_WEIGHT_KG
    ):
        problems["body_weight_kg"] = (
            f"Must be a body weight from {MIN_WEIGHT_KG:.0f} to {MAX_WEIGHT_KG:.0f} kg."
        )
    unknown = sorted(set(request.equipment) - set(EQUIPMENT))
    if unknown:
        problems["equipment"] = (
            f"Unknown equipment {', '.join(unknown)}; choose from {', '.join(EQUIPMENT)}."
        )
    unknown = sorted(set(request.avoid) - set(BODY_PARTS))
    if unknown:
        problems["avoid"] = (
            f"Unknown body part {', '.join(unknown)}; choose from {', '.join(BODY_PARTS)}."
        )
    unknown = [day for day in request.preferred_days if day not in WEEKDAYS]
    if unknown:
        problems["preferred_days"] = f"Unknown weekday {', '.join(unknown)}."
    elif len(set(request.preferred_days)) != len(request.preferred_days):
        problems["preferred_days"] = "A weekday is listed twice."
    return problems


def _sentence(problems: dict[str, str]) -> str:
    """One readable sentence naming the bad fields."""
    fields = ", ".join(sorted(problems))
    return f"The workout request is invalid: {fields}."
