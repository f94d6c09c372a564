"""Progression for the weeks after the first: double progression with planned deloads.

Double progression: keep the load while the reps climb inside the range; when every
set reaches the top of the range, add load (+2.5-5 % for upper-body lifts, +5-10 % for
lower-body lifts) and start again at the bottom. ACSM 2009 (Ratamess et al.) advises
+2-10 % once 1-2 reps above the target are done. Beginners take the large step,
advanced lifters the small one. A deload (sets cut by half, same loads) comes every
4-6 weeks: every 6th week for beginners, 5th for intermediates, 4th for advanced lifters.
"""

from __future__ import annotations

import math
from typing import Any

from domain.workouts.vocabulary import LEVELS

LOAD_STEP_PERCENT: dict[str, tuple[float, float]] = {"upper": (2.5, 5.0), "lower": (5.0, 10.0)}
DELOAD_EVERY_WEEKS: dict[str, int] = {"beginner": 6, "intermediate": 5, "advanced": 4}
DELOAD_SETS_FACTOR = 0.5
PLATE_STEP_KG = 1.25  # smallest common increment (a pair of 0.625 kg plates, or 1.25 kg)
MAX_EXTRA_SETS = 2  # bodyweight work: add up to two sets before a harder variation


def load_step_percent(region: str, experience: str) -> float:
    """Load increase for a region: the top of the band for beginners, the middle for
    intermediates, the bottom for advanced lifters. ``other`` (core, carries) = upper."""
    low, high = LOAD_STEP_PERCENT["lower" if region == "lower" else "upper"]
    position = LEVELS.index(experience) / (len(LEVELS) - 1)  # 0, 0.5, 1
    return round(high - (high - low) * position, 2)


def next_load(load_kg: float, percent: float, step_kg: float = PLATE_STEP_KG) -> float:
    """``load_kg`` raised by ``percent``, rounded up to a plate step (always a real rise)."""
    if load_kg <= 0:
        raise ValueError("load must be positive")
    raised = load_kg * (1 + percent / 100)
    return round(math.ceil(raised / step_kg - 1e-9) * step_kg, 3)


def next_session(
    rep_range: tuple[int, int],
    load_kg: float,
    reps_done: list[int],
    *,
    region: str,
    experience: str,
) -> dict[str, Any]:
    """The prescription after a session of double progression.

    ``reps_done`` holds the reps achieved in each set at ``load_kg``. Every set at the
    top of the range -> heavier load, reps back to the bottom. Otherwise the same load,
    one more rep on each set still short of the top.
    """
    low, high = rep_range
    if not 1 <= low <= high:
        raise ValueError("rep range must be 1 <= low <= high")
    if not reps_done or any(r < 0 for r in reps_done):
        raise ValueError("reps_done must list the reps of each set")
    if all(r >= high for r in reps_done):
        percent = load_step_percent(region, experience)
        return {
            "action": "increase_load",
            "load_kg": next_load(load_kg, percent),
            "load_step_percent": percent,
            "target_reps": [low] * len(reps_done),
        }
    targets = [min(high, max(low, r + 1)) for r in reps_done]
    return {
        "action": "add_reps",
        "load_kg": load_kg,
        "load_step_percent": 0.0,
        "target_reps": targets,
    }


def is_deload_week(week: int, experience: str) -> bool:
    """Week numbers start at 1 (the generated week); deloads recur on a fixed cycle."""
    if week < 1:
        raise ValueError("weeks are numbered from 1")
    return week % DELOAD_EVERY_WEEKS[experience] == 0


def deload_sets(sets: int) -> int:
    """Working sets in a deload week: half, rounded up, at least one."""
    return max(1, math.ceil(sets * DELOAD_SETS_FACTOR))


def week_plan(weeks: int, experience: str) -> list[dict[str, Any]]:
    """The next ``weeks`` weeks: build weeks and the deload weeks between them."""
    plan = []
    for week in range(1, weeks + 1):
        deload = is_deload_week(week, experience)
        plan.append(
            {
                "week": week,
                "phase": "deload" if deload else "build",
                "sets_factor": DELOAD_SETS_FACTOR if deload else 1.0,
                "note": (
                    "Deload: half the sets, same loads, no set to failure."
                    if deload
                    else "Double progression: add reps, then load."
                ),
            }
        )
    return plan


def progression_rule(experience: str, goal: str) -> dict[str, Any]:
    """The progression block of a programme (JSON-ready)."""
    cycle = DELOAD_EVERY_WEEKS[experience]
    rule: dict[str, Any] = {
        "method": "double_progression",
        "summary": (
            "Keep the load while reps rise inside the range; when every set reaches the "
            "top of the range, add load and go back to the bottom of the range."
        ),
        "load_step_percent": {
            "upper": load_step_percent("upper", experience),
            "lower": load_step_percent("lower", experience),
        },
        "load_step_percent_range": {k: list(v) for k, v in LOAD_STEP_PERCENT.items()},
        "bodyweight": (
            f"No load to add: add one rep per set up to the top of the range, then up to "
            f"{MAX_EXTRA_SETS} more sets, then move to a harder variation."
        ),
        "deload": {
            "every_weeks": cycle,
            "sets_factor": DELOAD_SETS_FACTOR,
            "summary": (
                f"Every {cycle}th week, or after two stalled sessions: half the sets at the "
                "same loads."
            ),
        },
        "weeks": week_plan(cycle * 2, experience),
    }
    if goal in {"endurance", "weight_loss", "general_fitness"}:
        rule["cardio"] = (
            "Add about 10 % cardio time a week while the session budget allows, "
            "up to 300 minutes a week (WHO 2020 upper range)."
        )
    return rule
