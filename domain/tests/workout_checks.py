"""A trainer's checks of a generated workout programme (test helper, issue #12).

Everything is recomputed from the schedule entries and the exercise catalog, never from
the programmer's own summaries, and the limits are written here again on purpose: a
programmer bug or a loosened programmer constant shows up as a failed check.

Rules and sources:

- **Equipment**: nothing the person lacks; when they named load equipment (dumbbells,
  kettlebell, bands, ...), most resistance exercises use it wherever the catalog offers
  an allowed option with it for the same movement pattern.
- **Push:pull** by weekly sets of pressing vs pulling patterns (horizontal + vertical),
  ratio 0.67-1.5 (common strength-coaching practice: at least as much pulling as pushing,
  never twice either way).
- **Weekly hard sets per muscle** = sets where it is a prime mover + 0.5 x sets where it
  is a secondary mover (the "fractional" convention of volume meta-regressions such as
  Pelland et al. 2024, a preprint not read here). Ceiling 20 for trained lifters
  (Baz-Valle et al. 2022, PMC8884877: 12-20 sets a week; more adds nothing), 12 for
  beginners (ACSM 2009: novices 1-3 sets x 2-3 days). Floor for the major muscles of
  strength and hypertrophy plans with >= 3 days of >= 60 min and no limitation: 10
  trained, 6 novice (Schoenfeld et al. 2017, J Sports Sci 35:1073: >= 10 sets a week).
- **Rest by rep range** (ACSM 2009 progression models, Med Sci Sports Exerc 41:687;
  Schoenfeld et al. 2016, J Strength Cond Res 30:1805 - 3 min beat 1 min for strength and
  size in trained men): heavy multi-joint sets (a range starting at <= 6 reps or topping
  out at <= 8) 120-180 s; hypertrophy ranges 60-120 s; endurance ranges (>= 15 reps at
  the top, or >= 12 at the bottom) and holds 30-90 s.
- **Aerobic minutes** (WHO 2020): weight loss and endurance get >= 150 moderate-equivalent
  minutes a week (vigorous, >= 6 METs, counts double), unless the time the person gives
  cannot hold it with aerobic work taking at most 2/3 of each session after a 10-minute
  warm-up; then a note must say so.
- **Limitations**: no exercise stresses an avoided body part (catalog field), none of a
  hand list of risky lifts per part (independent of the catalog), and the region is still
  trained (quads with bad knees, pressing with bad wrists or shoulders, hips with a bad
  lower back).
- **Recovery**: no muscle a prime mover on two consecutive days (Sunday -> Monday too).
- **Trunk work** (issue #12 blind review; McGill's spine-sparing core): every week with
  two or more strength days (sessions of 30 minutes or more) has a core exercise, and a
  lower-back limitation gets one
  that resists movement (plank, side plank, bird dog, dead bug, Pallof press), never
  crunching or twisting.
- **Dose matches the exercise** (ACSM 2009 loads by rep range; NSCA plyometrics): no
  body-weight lift in <= 6-rep strength sets, no jump for more than 8 reps or with
  under 2 min of rest, no goblet or single-kettlebell lift in <= 5-rep sets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from domain.workouts import EXERCISES, WorkoutRequest, exercise_named
from domain.workouts.exercise import Exercise
from domain.workouts.vocabulary import LEVELS, WEEKDAYS

# Equipment that holds or loads the body in a lift (a bench only supports it).
NAMED_EQUIPMENT = frozenset(
    {"dumbbells", "barbell", "kettlebell", "machine", "cable", "bands", "pull_up_bar"}
)
PUSH = frozenset({"horizontal_push", "vertical_push"})
PULL = frozenset({"horizontal_pull", "vertical_pull"})
RATIO_RANGE = (0.67, 1.5)
# The smallest change a plan can make is one exercise of 2 sets, so tiny weeks (2 vs 4
# sets) may differ by that much.
RATIO_SLACK_SETS = 2
SECONDARY_WEIGHT = 0.5
VOLUME_RANGE = {"beginner": (6.0, 12.0), "intermediate": (10.0, 20.0), "advanced": (10.0, 20.0)}
MAJOR_MUSCLES = ("chest", "lats", "upper_back", "quads", "glutes", "hamstrings")
EQUIPMENT_SHARE = 0.6
WHO_MINUTES = 150
AEROBIC_GOALS = frozenset({"weight_loss", "endurance"})
# The set floors come from hypertrophy/strength research; general fitness, weight loss
# and endurance plans share their time with aerobic work (WHO 2020), so only the ceiling
# applies to them.
FLOOR_GOALS = frozenset({"strength", "hypertrophy"})
# Trunk exercises that resist movement instead of producing it (McGill), by name.
SPINE_SPARING = ("plank", "bird dog", "dead bug", "pallof")
# Jumping drills, by name: low reps, full recovery.
PLYOMETRIC = re.compile(r"\b(jump|burpee|bound|hop)", re.I)
# Lifts a trainer would not give, per limitation, by name (independent of the catalog).
RISKY: dict[str, tuple[str, ...]] = {
    "knees": ("jump", "pistol", "sissy", "walking lunge", "nordic", "back squat", "hack squat"),
    "lower_back": ("good morning", "barbell deadlift", "back squat", "bent-over row",
                   "pendlay", "swing", "superman", "rollout", "crunch", "russian twist",
                   "woodchop", "jump"),
    "shoulders": ("behind-the-neck", "upright row", "dip", "handstand", "barbell overhead",
                  "pike"),
    "wrists": ("front squat", "barbell curl", "skull crusher", "close-grip bench"),
}  # fmt: skip


def _resistance(entry: dict[str, Any]) -> bool:
    return entry["pattern"] not in ("cardio", "mobility")


def reps_range(entry: dict[str, Any]) -> tuple[int, int]:
    """``"8-12"`` -> (8, 12), ``10`` -> (10, 10)."""
    reps = entry["reps"]
    if isinstance(reps, int):
        return reps, reps
    low, _, high = str(reps).partition("-")
    return int(low), int(high or low)


def _entries(plan: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Exercise]]:
    for day, day_entries in plan["weekly_schedule"].items():
        for entry in day_entries:
            yield day, entry, exercise_named(entry["exercise"])


def _allowed(exercise: Exercise, request: WorkoutRequest) -> bool:
    return (
        exercise.equipment <= request.equipment
        and LEVELS.index(exercise.level) <= LEVELS.index(request.experience)
        and not exercise.stresses & request.avoid
        and (not exercise.modified_for or bool(exercise.modified_for & request.avoid))
    )


def weekly_sets(plan: dict[str, Any]) -> dict[str, float]:
    """Fractional weekly sets per muscle: primary sets + 0.5 x secondary sets."""
    sets: dict[str, float] = defaultdict(float)
    for _, entry, exercise in _entries(plan):
        if _resistance(entry):
            for muscle in exercise.primary:
                sets[muscle] += entry["sets"]
            for muscle in exercise.secondary:
                sets[muscle] += SECONDARY_WEIGHT * entry["sets"]
    return dict(sets)


def push_pull(plan: dict[str, Any]) -> dict[str, int]:
    """Weekly sets of each pressing and pulling pattern."""
    counts = dict.fromkeys(sorted(PUSH | PULL), 0)
    for _, entry, exercise in _entries(plan):
        if exercise.pattern in counts:
            counts[exercise.pattern] += entry["sets"]
    return counts


def push_pull_ratio(plan: dict[str, Any]) -> float | None:
    """Push sets / pull sets (None when neither is trained; inf without pulling)."""
    counts = push_pull(plan)
    push = sum(counts[p] for p in PUSH)
    pull = sum(counts[p] for p in PULL)
    if not push and not pull:
        return None
    return push / pull if pull else float("inf")


def equipment_share(plan: dict[str, Any], request: WorkoutRequest) -> float | None:
    """Among resistance entries whose pattern has an allowed option with the named load
    equipment, the share that uses it (None when no load equipment was named)."""
    named = request.equipment & NAMED_EQUIPMENT
    if not named:
        return None
    offered = {
        e.pattern
        for e in EXERCISES
        if e.is_resistance and e.equipment & named and _allowed(e, request)
    }
    eligible = used = 0
    for _, entry, exercise in _entries(plan):
        if _resistance(entry) and exercise.pattern in offered:
            eligible += 1
            used += bool(exercise.equipment & named)
    return used / eligible if eligible else None


def aerobic_minutes(plan: dict[str, Any]) -> float:
    """Moderate-equivalent cardio minutes (vigorous, >= 6 METs, counts double)."""
    return sum(
        entry["duration"] * (2 if exercise.met >= 6.0 else 1)
        for _, entry, exercise in _entries(plan)
        if entry["pattern"] == "cardio"
    )


def aerobic_possible(request: WorkoutRequest) -> bool:
    """Could 150 moderate minutes fit with aerobic work <= 2/3 of each session?"""
    return request.days_per_week * (request.minutes_per_session - 10) * 2 / 3 >= WHO_MINUTES


def volume_floor_applies(request: WorkoutRequest) -> bool:
    """Enough days, time and freedom for the floor on every major muscle."""
    return (
        request.days_per_week >= 3
        and request.minutes_per_session >= 60
        and not request.avoid
        and request.goal in FLOOR_GOALS
    )


def rest_problem(entry: dict[str, Any], exercise: Exercise) -> str | None:
    """The rest-by-rep-range rule for one resistance entry."""
    rest = entry["rest_seconds"]
    if entry.get("hold_seconds"):
        band, kind = (30, 90), "hold"
    else:
        low, high = reps_range(entry)
        if exercise.multi_joint and (low <= 6 or high <= 8):
            band, kind = (120, 180), "heavy compound"
        elif high >= 15 or low >= 12:
            band, kind = (30, 90), "endurance range"
        else:
            band, kind = (60, 120), "hypertrophy range"
    if not band[0] <= rest <= band[1]:
        return f"{exercise.name} {entry['reps']} reps ({kind}): rest {rest} s not in {band}"
    return None


def dose_problem(entry: dict[str, Any], exercise: Exercise) -> str | None:
    """A rep range the exercise cannot carry (see the module docstring)."""
    if not _resistance(entry) or entry.get("hold_seconds"):
        return None
    low, high = reps_range(entry)
    name = exercise.name.lower()
    if PLYOMETRIC.search(name):
        if high > 8 or entry["rest_seconds"] < 120:
            return f"{exercise.name}: jumps at {entry['reps']} reps, {entry['rest_seconds']} s"
        return None
    if not exercise.equipment - {"bench"} and high <= 6:
        return f"{exercise.name}: body weight in {entry['reps']}-rep strength sets"
    single = "goblet" in name or exercise.equipment - {"bench"} == {"kettlebell"}
    if single and high <= 5:
        return f"{exercise.name}: one held weight in {entry['reps']}-rep sets"
    return None


def check_workout(plan: dict[str, Any], request: WorkoutRequest) -> list[str]:
    """Every trainer's-rule violation of ``plan`` (empty when it passes)."""
    problems: list[str] = []
    # Equipment.
    for day, _, exercise in _entries(plan):
        if not exercise.equipment <= request.equipment:
            problems.append(f"{day}: {exercise.name} needs {sorted(exercise.equipment)}")
    share = equipment_share(plan, request)
    if share is not None and share < EQUIPMENT_SHARE:
        problems.append(f"only {share:.0%} of resistance work uses the named equipment")
    # Push:pull.
    ratio = push_pull_ratio(plan)
    counts = push_pull(plan)
    push, pull = sum(counts[p] for p in PUSH), sum(counts[p] for p in PULL)
    possible = all(
        any(e.pattern in side and _allowed(e, request) for e in EXERCISES) for side in (PUSH, PULL)
    )
    if (
        ratio is not None
        and possible
        and not RATIO_RANGE[0] <= ratio <= RATIO_RANGE[1]
        and abs(push - pull) > RATIO_SLACK_SETS
    ):
        problems.append(f"push:pull ratio {ratio:.2f} ({push}:{pull}) outside {RATIO_RANGE}")
    # Weekly volume.
    low, high = VOLUME_RANGE[request.experience]
    volume = weekly_sets(plan)
    for muscle, sets in sorted(volume.items()):
        if sets > high:
            problems.append(f"{muscle}: {sets:g} weekly sets > {high:g}")
    if volume_floor_applies(request):
        for muscle in MAJOR_MUSCLES:
            if volume.get(muscle, 0.0) < low:
                problems.append(f"{muscle}: {volume.get(muscle, 0.0):g} weekly sets < {low:g}")
        # The shoulders too, as the better served of front and side delts.
        delts = max(volume.get("front_delts", 0.0), volume.get("side_delts", 0.0))
        if delts < low:
            problems.append(f"delts: {delts:g} weekly sets < {low:g}")
    # Rest by rep range.
    for day, entry, exercise in _entries(plan):
        if _resistance(entry):
            problem = rest_problem(entry, exercise)
            if problem:
                problems.append(f"{day}: {problem}")
    # Aerobic minutes.
    if request.goal in AEROBIC_GOALS:
        minutes = aerobic_minutes(plan)
        if minutes < WHO_MINUTES:
            if aerobic_possible(request):
                problems.append(f"{minutes:g} aerobic minutes < {WHO_MINUTES} though time allows")
            elif not any("150" in note for note in plan["notes"]):
                problems.append(f"{minutes:g} aerobic minutes and no note saying why")
    # Limitations.
    for day, _, exercise in _entries(plan):
        if exercise.stresses & request.avoid:
            problems.append(f"{day}: {exercise.name} stresses {sorted(exercise.stresses)}")
        for part in request.avoid:
            for word in RISKY.get(part, ()):
                if word in exercise.name.lower():
                    problems.append(f"{day}: {exercise.name} with a {part} limitation")
    still_trained = {
        "knees": volume.get("quads", 0.0),
        "lower_back": volume.get("glutes", 0.0) + volume.get("hamstrings", 0.0),
        "wrists": volume.get("chest", 0.0) + volume.get("front_delts", 0.0),
        "shoulders": volume.get("chest", 0.0),
    }
    # At least one exercise (2 sets) a week still trains the region.
    for part, sets in still_trained.items():
        if part in request.avoid and resistance_days(plan) >= 2 and sets < 2:
            problems.append(f"{part} limitation: the region gets {sets:g} weekly sets")
    # Trunk work.
    core = [exercise for _, entry, exercise in _entries(plan) if entry["pattern"] == "core"]
    # (A 20-minute session holds one lift beside its cardio: no room for a second.)
    roomy = request.minutes_per_session >= 30
    if roomy and resistance_days(plan) >= 2 and not core:
        problems.append("no trunk (core) exercise in the week")
    spared = any(word in e.name.lower() for e in core for word in SPINE_SPARING)
    if roomy and "lower_back" in request.avoid and resistance_days(plan) >= 1 and not spared:
        problems.append("lower back limitation without spine-sparing trunk work")
    # Dose matches the exercise.
    for day, entry, exercise in _entries(plan):
        problem = dose_problem(entry, exercise)
        if problem:
            problems.append(f"{day}: {problem}")
    # Recovery.
    for day in WEEKDAYS:
        following = WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7]
        shared = prime_movers(plan, day) & prime_movers(plan, following)
        if shared:
            problems.append(f"{day} and {following} both load {sorted(shared)}")
    return problems


def prime_movers(plan: dict[str, Any], day: str) -> set[str]:
    """Muscles that are a prime mover of some resistance entry on ``day``."""
    return {
        muscle
        for entry in plan["weekly_schedule"][day]
        if _resistance(entry)
        for muscle in exercise_named(entry["exercise"]).primary
    }


def resistance_days(plan: dict[str, Any]) -> int:
    """Days with at least one resistance entry."""
    return sum(any(_resistance(e) for e in entries) for entries in plan["weekly_schedule"].values())


def summary(plan: dict[str, Any], request: WorkoutRequest) -> dict[str, Any]:
    """The figures a report needs for one programme."""
    volume = weekly_sets(plan)
    ratio = push_pull_ratio(plan)
    share = equipment_share(plan, request)
    return {
        "max_muscle": max(volume.items(), key=lambda kv: kv[1]) if volume else ("-", 0.0),
        "major_min": min((volume.get(m, 0.0), m) for m in MAJOR_MUSCLES),
        "push_pull": push_pull(plan),
        "ratio": None if ratio is None else round(ratio, 2),
        "equipment_share": None if share is None else round(share, 2),
        "aerobic": aerobic_minutes(plan),
        "problems": check_workout(plan, request),
    }
