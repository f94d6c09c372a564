"""The rule-based workout programmer: a request in, a weekly programme (JSON-ready) out.

Output (fills the contract's ``weekly_schedule``, ``rest_days``, ``difficulty``):

- ``weekly_schedule``: all seven weekdays; a rest day is an empty list. Each entry has
  ``exercise, sets, reps, rest_seconds`` and, for time-based work (cardio, mobility),
  ``duration`` in minutes with ``sets`` 1 and ``reps`` 1. Isometric holds have ``reps`` 1
  and ``hold_seconds``. Extra keys: ``role`` (main, accessory, core, cardio, mobility),
  ``pattern``, ``muscles{primary, secondary}``, ``equipment``, ``per_side``, ``load``,
  ``met``, ``est_minutes`` and ``est_kcal``.
- ``sessions``: per training day its type, warm-up, estimated minutes (warm-up, sets,
  rests and set-ups; never above ``minutes_per_session``) and kcal.
- Energy is **gross** (MET x kg x hours, resting metabolism included, as a tracker shows);
  ``est_kcal_net`` ((MET - 1) x kg x hours) is what to add to a TDEE.
- ``weekly_sets_per_muscle``: working sets where the muscle is a prime mover (primary)
  or a helper (secondary).
- ``progression``: double progression and the deload cycle (``progression.py``).

Recovery rule: no muscle is a prime mover on two consecutive training days (Sunday ->
Monday included). "Trained hard" is formally ``HARD_SET_THRESHOLD`` or more primary
sets in a day, but the programmer holds the stricter form (not one primary set) through
session domains (``splits.py``); ``_check_recovery`` verifies it on every programme.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.workouts.catalog import EXERCISES
from domain.workouts.errors import NoSuitableExercises
from domain.workouts.exercise import Exercise
from domain.workouts.prescription import (
    COOL_DOWN_MINUTES,
    MAX_CARDIO_MINUTES,
    MIN_CARDIO_MINUTES,
    MIN_SETS,
    PRESCRIPTIONS,
    Dose,
    Prescription,
    is_vigorous,
    kcal,
    resistance_seconds,
    warm_up_met,
    warm_up_minutes,
)
from domain.workouts.progression import progression_rule
from domain.workouts.request import WorkoutRequest
from domain.workouts.selection import matches, pick, pick_cardio, pick_mobility, pool
from domain.workouts.splits import SESSION_TYPES, adjacent, assign, choose_days, split_for
from domain.workouts.vocabulary import MUSCLE_SIZE, MUSCLES, WEEKDAYS

HARD_SET_THRESHOLD = 3  # primary sets of a muscle in one day that count as "hard"
WHO_AEROBIC_MINUTES = 150  # moderate-equivalent minutes a week (WHO 2020, adults)
WHO_STRENGTH_DAYS = 2
ORDER_BLOCKS = ("multi_joint", "single_joint", "core", "cardio", "mobility")


@dataclass(frozen=True)
class _Planned:
    """One planned exercise before it becomes JSON."""

    exercise: Exercise
    role: str
    sets: int
    dose: Dose | None  # None for time-based work
    hold_seconds: int | None
    minutes: float
    priority: int  # slot order, the tie-break after order_key


def order_key(exercise: Exercise) -> tuple[int, int]:
    """ACSM 2009 order: multi-joint before single-joint, large before small muscles;
    then core, cardio, mobility. Lower keys come first."""
    if exercise.pattern in ("cardio", "mobility", "core"):
        block = ORDER_BLOCKS.index(exercise.pattern)
    else:
        block = 0 if exercise.multi_joint else 1
    return block, -max(MUSCLE_SIZE[m] for m in exercise.primary)


@dataclass
class _Session:
    day: str
    kind: str
    variant: int
    warm_up_minutes: int
    items: list[_Planned]
    missing: list[str]


def generate_workout(
    request: WorkoutRequest, catalog: Sequence[Exercise] = EXERCISES
) -> dict[str, Any]:
    """Build the weekly programme for ``request`` from ``catalog``.

    Deterministic: the same request and catalog give the same programme. Raises
    ``NoSuitableExercises`` when the filters leave no resistance exercise at all, or a
    training day with nothing to do.
    """
    rx = PRESCRIPTIONS[(request.goal, request.experience)]
    allowed = pool(catalog, request.equipment, request.experience, request.avoid)
    if not any(e.is_resistance for e in allowed):
        raise NoSuitableExercises(
            "No strength exercise fits the available equipment, level and body parts to avoid.",
            _filters(request),
        )
    split = split_for(request.days_per_week, request.experience)
    days = choose_days(request.days_per_week, request.preferred_days)
    plan, converted = assign(split, days)
    notes: list[str] = []
    if converted:
        notes.append(
            "Back-to-back training days alternate upper and lower body so that no muscle "
            "is trained hard two days running."
        )
    if request.preferred_days and len(request.preferred_days) < request.days_per_week:
        notes.append("Fewer preferred days than training days: the others were added.")
    sessions: list[_Session] = []
    for index, day in enumerate(days):
        kind, variant = plan[day]
        session = _build(day, kind, variant, index, request, rx, allowed)
        if session is None:
            notes.append(
                f"No {SESSION_TYPES[kind].label.split(':')[0].lower()} exercise fits your "
                f"equipment and restrictions, so {day.title()} is a conditioning day."
            )
            session = _build(day, "conditioning", 0, index, request, rx, allowed)
        if session is None:
            raise NoSuitableExercises(
                f"Nothing is left to do on {day.title()} after the equipment, level and "
                "body-part filters.",
                {**_filters(request), "day": day, "session": kind},
            )
        sessions.append(session)
    missing = sorted({m for s in sessions for m in s.missing})
    if missing:
        words = ", ".join(m.replace("iso:", "").replace("_", " ") for m in missing)
        notes.append(f"Left out for lack of a suitable exercise: {words}.")
    if request.days_per_week < WHO_STRENGTH_DAYS:
        notes.append("WHO 2020 advises strength work on at least 2 days a week.")
    _check_recovery(sessions)
    split_key = f"{split.key}_upper_lower" if converted else split.key
    return _document(request, split_key, _split_label(split.label, converted), sessions, notes)


def _filters(request: WorkoutRequest) -> dict[str, Any]:
    return {
        "equipment": sorted(request.equipment),
        "avoid": sorted(request.avoid),
        "experience": request.experience,
    }


def _split_label(label: str, converted: bool) -> str:
    return f"{label}, upper/lower on back-to-back days" if converted else label


def _build(
    day: str,
    kind: str,
    variant: int,
    index: int,
    request: WorkoutRequest,
    rx: Prescription,
    allowed: tuple[Exercise, ...],
) -> _Session | None:
    """One session inside the time budget; None when it would be empty (a resistance
    session with no resistance exercise, or a conditioning session with nothing)."""
    warm = warm_up_minutes(request.minutes_per_session)
    left = float(request.minutes_per_session - warm) * 60.0  # seconds still free
    items: list[_Planned] = []
    missing: list[str] = []
    if kind == "conditioning":
        cardio = pick_cardio(allowed, goal=request.goal, rotation=index)
        cool = COOL_DOWN_MINUTES[0] if left < 30 * 60 else COOL_DOWN_MINUTES[1]
        if cardio is not None:
            minutes = min(MAX_CARDIO_MINUTES, math.floor(left / 60) - cool)
            items.append(_timed(cardio, "cardio", minutes, 0))
            left -= minutes * 60
        _cool_down(items, left, allowed, index)
        return _Session(day, kind, variant, warm, items, missing) if items else None

    session_type = SESSION_TYPES[kind]
    cardio = pick_cardio(allowed, goal=request.goal, rotation=index) if rx.cardio_share else None
    cardio_minutes = 0
    if cardio is not None:
        # WHO 2020 sets no minimum bout length, so short sessions get a short block.
        share = math.floor(rx.cardio_share * left / 60)
        cardio_minutes = max(MIN_CARDIO_MINUTES, min(MAX_CARDIO_MINUTES, share))
        left -= cardio_minutes * 60
    # Keep a short cool-down in sessions of 45 minutes or more.
    reserve = COOL_DOWN_MINUTES[0] * 60 if request.minutes_per_session >= 45 else 0
    left -= reserve
    used: set[str] = set()
    promote = 0  # main slots that found nothing: as many later lifts become main lifts
    for priority, (what, slot_role) in enumerate(session_type.template(variant)):
        if len(items) >= rx.max_exercises:
            break
        role = "main" if promote and slot_role == "accessory" else slot_role
        promoted = role != slot_role
        candidates = [
            e for e in allowed if e.is_resistance and matches(e, what, session_type.domain)
        ]
        exercise = pick(
            candidates,
            goal=request.goal,
            experience=request.experience,
            role=role,
            variant=variant,
            exclude=used,
        )
        if exercise is None:
            if not candidates and not what.startswith("iso:") and what != "carry":
                missing.append(what)  # a movement pattern, worth telling the person
            promote += slot_role == "main"
            continue
        dose = rx.dose(role)
        hold = rx.hold_seconds if exercise.isometric else None
        sets = dose.sets
        while sets >= MIN_SETS and _seconds(exercise, sets, dose, hold) > left:
            sets -= 1
        if sets < MIN_SETS:
            promote += slot_role == "main"
            continue
        seconds = _seconds(exercise, sets, dose, hold)
        items.append(_Planned(exercise, role, sets, dose, hold, seconds / 60.0, priority))
        used.add(exercise.name)
        left -= seconds
        promote -= promoted
    if not items:
        return None
    left += reserve
    left -= _cool_down(items, left, allowed, index) * 60
    if cardio is not None:
        # Spare time goes to the cardio block, up to its cap.
        extra = max(0, min(MAX_CARDIO_MINUTES - cardio_minutes, math.floor(left / 60)))
        cardio_minutes += extra
        left -= extra * 60
        items.append(_timed(cardio, "cardio", cardio_minutes, len(items)))
    items.sort(key=lambda p: (*order_key(p.exercise), p.priority))
    return _Session(day, kind, variant, warm, items, missing)


def _seconds(exercise: Exercise, sets: int, dose: Dose, hold: int | None) -> float:
    return resistance_seconds(sets, dose.reps_mid, dose.rest_seconds, hold, exercise.unilateral)


def _timed(exercise: Exercise, role: str, minutes: int, priority: int) -> _Planned:
    return _Planned(exercise, role, 1, None, None, float(minutes), priority)


def _cool_down(items: list[_Planned], left: float, allowed: Iterable[Exercise], index: int) -> int:
    """Add a mobility drill with the time that is left (5-10 minutes) if there is enough;
    it stretches muscles the session worked. Returns the minutes used."""
    minutes = min(COOL_DOWN_MINUTES[1], math.floor(left / 60))
    if minutes < COOL_DOWN_MINUTES[0]:
        return 0
    focus = frozenset(m for item in items for m in item.exercise.primary)
    drill = pick_mobility(allowed, rotation=index, focus=focus)
    if drill is None:
        return 0
    items.append(_timed(drill, "mobility", minutes, len(items) + 100))
    return minutes


def primary_sets(items: Iterable[_Planned]) -> dict[str, int]:
    """Working sets per prime-mover muscle in one session (resistance work only)."""
    counts: dict[str, int] = {}
    for item in items:
        if item.exercise.is_resistance:
            for muscle in item.exercise.primary:
                counts[muscle] = counts.get(muscle, 0) + item.sets
    return counts


def _check_recovery(sessions: list[_Session]) -> None:
    """Guard: a muscle that is a prime mover one day is not one the next day."""
    by_day = {s.day: set(primary_sets(s.items)) for s in sessions}
    for first in by_day:
        for second in by_day:
            if first != second and adjacent(first, second) and by_day[first] & by_day[second]:
                shared = sorted(by_day[first] & by_day[second])
                raise RuntimeError(f"{first} and {second} both load {shared}")  # a bug


def _item_json(item: _Planned, body_weight_kg: float) -> dict[str, Any]:
    ex = item.exercise
    entry: dict[str, Any] = {"exercise": ex.name, "sets": item.sets}
    if item.dose is None:
        entry.update(reps=1, rest_seconds=0, duration=int(item.minutes))
    else:
        entry["reps"] = 1 if item.hold_seconds else item.dose.reps_text
        entry["rest_seconds"] = item.dose.rest_seconds
        if item.hold_seconds:
            entry["hold_seconds"] = item.hold_seconds
        entry["load"] = item.dose.load
    entry.update(
        per_side=ex.unilateral,
        role=item.role,
        pattern=ex.pattern,
        muscles={"primary": list(ex.primary), "secondary": list(ex.secondary)},
        equipment=sorted(ex.equipment),
        met=ex.met,
        est_minutes=round(item.minutes, 1),
        est_kcal=round(kcal(ex.met, body_weight_kg, item.minutes), 1),
    )
    return entry


def _document(
    request: WorkoutRequest,
    split_key: str,
    split_label: str,
    sessions: list[_Session],
    notes: list[str],
) -> dict[str, Any]:
    kg = request.body_weight_kg
    schedule: dict[str, list[dict[str, Any]]] = {day: [] for day in WEEKDAYS}
    summaries: dict[str, dict[str, Any]] = {}
    weekly: dict[str, dict[str, int]] = {
        m: {"primary": 0, "secondary": 0} for m in MUSCLES if m not in ("cardio", "full_body")
    }
    totals = {"minutes": 0.0, "kcal": 0.0, "kcal_net": 0.0, "aerobic": 0.0, "aerobic_eq": 0.0}
    strength_days = 0
    for session in sessions:
        schedule[session.day] = [_item_json(item, kg) for item in session.items]
        warm_met = warm_up_met()
        minutes = session.warm_up_minutes + sum(i.minutes for i in session.items)
        gross = kcal(warm_met, kg, session.warm_up_minutes) + sum(
            kcal(i.exercise.met, kg, i.minutes) for i in session.items
        )
        net = kcal(warm_met, kg, session.warm_up_minutes, net=True) + sum(
            kcal(i.exercise.met, kg, i.minutes, net=True) for i in session.items
        )
        cardio = [i for i in session.items if i.exercise.pattern == "cardio"]
        cardio_minutes = sum(i.minutes for i in cardio)
        totals["minutes"] += minutes
        totals["kcal"] += gross
        totals["kcal_net"] += net
        totals["aerobic"] += cardio_minutes
        # WHO 2020: one vigorous minute counts as two moderate ones.
        totals["aerobic_eq"] += sum(
            i.minutes * (2 if is_vigorous(i.exercise.met) else 1) for i in cardio
        )
        counts = primary_sets(session.items)
        if counts:
            strength_days += 1
        for item in session.items:
            if item.exercise.is_resistance:
                for muscle in item.exercise.primary:
                    weekly[muscle]["primary"] += item.sets
                for muscle in item.exercise.secondary:
                    weekly[muscle]["secondary"] += item.sets
        session_type = SESSION_TYPES[session.kind]
        variant = "AB"[session.variant % 2] if len(session_type.templates) > 1 else ""
        summaries[session.day] = {
            "type": session.kind,
            "label": f"{session_type.label} {variant}".strip(),
            "warm_up": {
                "minutes": session.warm_up_minutes,
                "activity": "easy cardio and dynamic mobility",
                "met": warm_met,
                "est_kcal": round(kcal(warm_met, kg, session.warm_up_minutes), 1),
            },
            "est_minutes": round(minutes, 1),
            "est_kcal": round(gross, 1),
            "est_kcal_net": round(net, 1),
            "cardio_minutes": round(cardio_minutes, 1),
            "hard_muscles": [m for m in MUSCLES if counts.get(m, 0) >= HARD_SET_THRESHOLD],
        }
    training_days = [s.day for s in sessions]
    return {
        "weekly_schedule": schedule,
        "rest_days": [day for day in WEEKDAYS if day not in training_days],
        "training_days": training_days,
        "difficulty": request.experience,
        "goal": request.goal,
        "split": split_key,
        "split_label": split_label,
        "sessions": summaries,
        "weekly_sets_per_muscle": weekly,
        "weekly_totals": {
            "est_minutes": round(totals["minutes"], 1),
            "est_kcal": round(totals["kcal"], 1),
            "est_kcal_net": round(totals["kcal_net"], 1),
            "aerobic_minutes": round(totals["aerobic"], 1),
            "aerobic_moderate_equivalent_minutes": round(totals["aerobic_eq"], 1),
            "strength_days": strength_days,
        },
        "guidelines": {
            "source": "WHO 2020 guidelines on physical activity, adults 18-64",
            "meets_strength_days": strength_days >= WHO_STRENGTH_DAYS,
            "meets_aerobic_minutes": totals["aerobic_eq"] >= WHO_AEROBIC_MINUTES,
        },
        "energy": {
            "basis": "gross",
            "formula": "MET x body weight (kg) x hours",
            "net_formula": "(MET - 1) x body weight (kg) x hours",
            "body_weight_kg": kg,
            "includes": "warm-up, work sets, rests between sets, set-up, cardio, cool-down",
        },
        "recovery": {
            "hard_set_threshold": HARD_SET_THRESHOLD,
            "rule": "No muscle is a prime mover on two consecutive training days.",
        },
        "progression": progression_rule(request.experience, request.goal),
        "notes": notes,
        "inputs": {
            "goal": request.goal,
            "experience": request.experience,
            "days_per_week": request.days_per_week,
            "minutes_per_session": request.minutes_per_session,
            "body_weight_kg": kg,
            "equipment": sorted(request.equipment),
            "avoid": sorted(request.avoid),
            "preferred_days": list(request.preferred_days),
        },
    }
