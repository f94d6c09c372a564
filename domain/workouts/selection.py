"""Which catalog exercises a person may do, and which one fills a slot.

Filtering is strict (equipment owned, level not above the person's, no avoided body
part); ranking is a deterministic score (equipment suited to the goal, level close to
the person's), ties broken by name, so the same request always gets the same programme.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.workouts.exercise import Exercise
from domain.workouts.vocabulary import LEVELS

# How well each kind of equipment serves a goal (higher is better). Heavy barbell lifts
# suit strength; machines and cables make hypertrophy volume easy; bodyweight, bands
# and kettlebells suit circuits for endurance and weight loss.
EQUIPMENT_FIT: dict[str, dict[str, float]] = {
    "strength": {"barbell": 4, "dumbbells": 3, "pull_up_bar": 3, "kettlebell": 2,
                 "machine": 2, "cable": 2, "bands": 1, "": 1},
    "hypertrophy": {"dumbbells": 3, "cable": 3, "machine": 3, "barbell": 3,
                    "pull_up_bar": 3, "kettlebell": 2, "bands": 1.5, "": 1},
    "endurance": {"": 2.5, "bands": 2, "kettlebell": 3, "dumbbells": 3, "cable": 2.5,
                  "machine": 3, "pull_up_bar": 2, "barbell": 3},
    "weight_loss": {"kettlebell": 3, "dumbbells": 3, "": 3, "bands": 2, "cable": 2,
                    "machine": 2, "barbell": 2, "pull_up_bar": 2},
    "general_fitness": {"dumbbells": 3, "": 3, "kettlebell": 3, "bands": 2, "cable": 2,
                        "machine": 2, "barbell": 2, "pull_up_bar": 2},
}  # fmt: skip


# How well an exercise's level suits the person. Beginners get beginner work; the
# standard barbell and bodyweight lifts are "intermediate", and they stay the staples of
# advanced lifters, whose advanced variations come in as alternates.
LEVEL_FIT: dict[str, dict[str, float]] = {
    "beginner": {"beginner": 2},
    "intermediate": {"intermediate": 2, "beginner": 1},
    "advanced": {"intermediate": 2, "advanced": 1.5, "beginner": 1},
}


def allowed(
    exercise: Exercise, equipment: frozenset[str], experience: str, avoid: frozenset[str]
) -> bool:
    """True when the person owns the equipment, is ready for the level, nothing the
    exercise stresses is on their avoid list, and a variation made for a limitation
    (``modified_for``) goes only to someone who has that limitation."""
    return (
        exercise.equipment <= equipment
        and exercise.level_rank() <= LEVELS.index(experience)
        and not (exercise.stresses & avoid)
        and (not exercise.modified_for or bool(exercise.modified_for & avoid))
    )


def pool(
    catalog: Iterable[Exercise],
    equipment: frozenset[str],
    experience: str,
    avoid: frozenset[str],
) -> tuple[Exercise, ...]:
    """The exercises this person may be given, in catalog order."""
    return tuple(e for e in catalog if allowed(e, equipment, experience, avoid))


def matches(exercise: Exercise, what: str, domain: frozenset[str]) -> bool:
    """Does the exercise fill slot ``what`` inside a session whose prime movers are
    limited to ``domain``? (``iso:<muscle>`` = an isolation exercise for that muscle.)"""
    if not set(exercise.primary) <= domain:
        return False
    if what.startswith("iso:"):
        return exercise.pattern == "isolation" and what[4:] in exercise.primary
    return exercise.pattern == what


# Equipment a person names for lifting (a bench only supports the body, a cardio
# machine is for cardio).
LOAD_EQUIPMENT: frozenset[str] = frozenset(
    {"dumbbells", "barbell", "kettlebell", "machine", "cable", "bands", "pull_up_bar"}
)
# Bonus for an exercise with the load equipment the person named: someone who says
# "kettlebell" expects kettlebell work wherever the catalog has it (issue #12 review), and
# a variation made for their limitation beats the generic lift it replaces.
NAMED_EQUIPMENT_BONUS = 2.0
MODIFIED_BONUS = 1.5
SPINE_SPARING_BONUS = 1.0
# Jumps are a drill, not the week's main strength lift (no load to progress).
PLYOMETRIC_MAIN_PENALTY = 2.0
# Third blind review: a strength plan's main slots are the barbell lifts (squat, bench,
# deadlift, overhead press) when a barbell is there; unloaded floor drills come last
# when the person owns any load; a bodybuilder's presses are full-range.
STAPLE_STRENGTH_BONUS = 2.0
DRILL_PENALTY = 3.0
# Equipment that suits a limitation (machines for a sore wrist, ``preferred_equipment``).
PREFERRED_BONUS = 3.0
PARTIAL_RANGE_HYPERTROPHY_PENALTY = 1.5
# A two-legged body-weight squat or bridge is no hard set for a trained person: the
# one-legged and harder variations come first (third blind review, W06).
EASY_LEG_PENALTY = 1.0
LEG_PATTERNS = frozenset({"squat", "hinge", "lunge"})


def score(
    exercise: Exercise,
    goal: str,
    experience: str,
    role: str,
    named: frozenset[str] = frozenset(),
    prefer: frozenset[str] = frozenset(),
) -> float:
    """Suitability of an exercise for a slot; higher is better. ``named`` is the load
    equipment the person has (empty: body weight only)."""
    fit = EQUIPMENT_FIT[goal]
    gear = exercise.equipment - {"bench"} or {""}
    value = max(fit.get(item, 1) for item in gear)
    # The barbell staples are taught to novices and stay the staples of trained lifters.
    levels = LEVEL_FIT[experience]
    value += max(levels.values()) if exercise.staple else levels[exercise.level]
    if exercise.equipment & named:
        value += NAMED_EQUIPMENT_BONUS
    if exercise.modified_for:
        value += MODIFIED_BONUS
    if exercise.equipment & prefer:
        value += PREFERRED_BONUS
    if exercise.drill and named:
        value -= DRILL_PENALTY
    if (
        experience != "beginner"
        and goal in ("strength", "hypertrophy")
        and exercise.unloaded
        and exercise.level == "beginner"
        and exercise.pattern in LEG_PATTERNS
        and not exercise.unilateral
    ):
        value -= EASY_LEG_PENALTY
    if exercise.partial_range and goal == "hypertrophy":
        value -= PARTIAL_RANGE_HYPERTROPHY_PENALTY
    if role == "core" and exercise.spine_sparing:
        # McGill: trunk endurance that resists movement, before crunching and twisting.
        value += SPINE_SPARING_BONUS
    if role == "main":
        # Main lifts are dynamic, loadable, two-sided movements.
        value += 1 if exercise.multi_joint else -1
        value -= 2 if exercise.isometric else 0
        value -= PLYOMETRIC_MAIN_PENALTY if exercise.plyometric else 0
        value -= 0.5 if exercise.unilateral and goal == "strength" else 0
        value += STAPLE_STRENGTH_BONUS if exercise.staple and goal == "strength" else 0
    return value


def pick(
    candidates: Iterable[Exercise],
    *,
    goal: str,
    experience: str,
    role: str,
    variant: int,
    exclude: set[str],
    named: frozenset[str] = frozenset(),
    prefer: frozenset[str] = frozenset(),
) -> Exercise | None:
    """The exercise for a slot: among those within one point of the best score (with
    the named equipment when the best has it), the ``variant``-th (A/B sessions get
    different exercises for the same pattern)."""
    ranked = sorted(
        (e for e in candidates if e.name not in exclude),
        key=lambda e: (-score(e, goal, experience, role, named, prefer), e.name),
    )
    if not ranked:
        return None
    best = score(ranked[0], goal, experience, role, named, prefer)
    top = [e for e in ranked if score(e, goal, experience, role, named, prefer) >= best - 1]
    if ranked[0].equipment & named:
        # The B session varies among the named equipment's lifts, not away from it
        # (issue #12 review: a dumbbell plan's Friday with no dumbbell).
        top = [e for e in top if e.equipment & named]
    return top[variant % len(top)]


def pick_cardio(candidates: Iterable[Exercise], *, goal: str, rotation: int) -> Exercise | None:
    """Steady-state cardio for a block; weight loss favours the highest MET, other
    goals a moderate one. ``rotation`` (the session's index) varies it over the week."""
    steady = [e for e in candidates if e.pattern == "cardio" and e.steady_state]
    if not steady:
        return None
    if goal == "weight_loss":
        ranked = sorted(steady, key=lambda e: (-e.met, e.name))
    else:
        # Closest to ~6 METs: brisk but sustainable for 20-40 minutes.
        ranked = sorted(steady, key=lambda e: (abs(e.met - 6.0), e.name))
    top = ranked[:3]
    return top[rotation % len(top)]


def pick_mobility(
    candidates: Iterable[Exercise], *, rotation: int, focus: frozenset[str] = frozenset()
) -> Exercise | None:
    """A mobility drill for the cool-down: one that stretches the muscles the session
    worked (``focus``) when there is one, rotating through them over the week."""
    drills = sorted((e for e in candidates if e.pattern == "mobility"), key=lambda e: e.name)
    # A cool-down is stretching; loaded drills (a kettlebell halo) are short warm-up or
    # mobility sets, not minutes of cool-down.
    drills = [e for e in drills if not e.equipment] or drills
    fitting = [e for e in drills if focus & set(e.primary) or "full_body" in e.primary]
    drills = fitting or drills
    return drills[rotation % len(drills)] if drills else None
