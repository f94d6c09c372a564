"""One catalog exercise, and the checks that keep the catalog inside the vocabulary."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.workouts.vocabulary import (
    BODY_PARTS,
    COMPENDIUM_METS,
    EQUIPMENT,
    LEVELS,
    LOWER_MUSCLES,
    MUSCLES,
    PATTERNS,
    RESISTANCE_PATTERNS,
    UPPER_MUSCLES,
)


@dataclass(frozen=True, slots=True)
class Exercise:
    """An exercise of the catalog.

    ``equipment`` lists everything the exercise needs (all of it; empty for bodyweight).
    ``stresses`` lists the joints/regions it loads, so a person avoiding one never gets it.
    ``met_activity`` is a key of ``COMPENDIUM_METS``; ``met`` is its value.
    ``steady_state`` marks cardio that can be done continuously for 10+ minutes
    (walking, cycling), as opposed to interval drills (burpees).
    ``modified_for`` marks a variation built to spare those body parts (partial range, a
    high box, a neutral wrist): it is offered only to people who avoid one of them, so a
    person without the limitation keeps the full-range lift.
    ``plyometric`` marks jumps: low reps, fresh, full recovery (NSCA), never a grind.
    ``spine_sparing`` marks trunk work that resists movement (plank, side plank, bird dog,
    dead bug, Pallof press; McGill): the trunk exercise people with a sore back get.
    ``scapular`` marks rotator-cuff and scapular work (external rotation, face pull,
    pull-apart, reverse fly, Y-T raise): what a painful shoulder is rebuilt with.
    ``staple`` marks the main barbell lifts of strength training (squat, bench press,
    deadlift, overhead press; third blind review): a strength plan with a barbell builds
    its main slots on them. ``partial_range`` marks shortened-range lifts (floor presses):
    an injury or equipment choice, not a hypertrophy one. ``drill`` marks unloaded
    movement drills (floor and towel "pulldowns") that give little stimulus: used only
    when nothing loaded fits. ``grip`` marks heavy gripping or a loaded, extended wrist
    (carries, goblet holds, dumbbell overhead presses, supinated chin-ups); it also lists
    ``wrists`` in ``stresses``, so a sore wrist never gets it. ``bodyweight`` marks a
    body-weight lift whose equipment is only a handle (push-ups on dumbbell handles): it
    is dosed by reps in reserve, not by a load.
    """

    name: str
    pattern: str
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    equipment: frozenset[str]
    level: str
    met_activity: str
    stresses: frozenset[str] = frozenset()
    unilateral: bool = False
    multi_joint: bool = True
    isometric: bool = False
    steady_state: bool = False
    modified_for: frozenset[str] = frozenset()
    plyometric: bool = False
    spine_sparing: bool = False
    scapular: bool = False
    staple: bool = False
    partial_range: bool = False
    drill: bool = False
    grip: bool = False
    bodyweight: bool = False

    @property
    def met(self) -> float:
        """The Compendium MET value of this exercise."""
        return COMPENDIUM_METS[self.met_activity]

    @property
    def is_resistance(self) -> bool:
        """True for sets-and-reps work (everything but cardio and mobility)."""
        return self.pattern in RESISTANCE_PATTERNS

    @property
    def region(self) -> str:
        """``upper``, ``lower`` or ``other``: decides the load step of the progression."""
        prime = set(self.primary)
        if prime <= UPPER_MUSCLES:
            return "upper"
        if prime <= LOWER_MUSCLES and prime & {"glutes", "quads", "hamstrings", "calves"}:
            return "lower"
        return "other"

    @property
    def unloaded(self) -> bool:
        """Body weight only (a bench just supports it): the load cannot be raised, so
        heavy low-rep sets are out of reach and the reps go up instead."""
        return not (self.equipment - {"bench"})

    @property
    def load_capped(self) -> bool:
        """Loaded by one held implement (a kettlebell, a band, a goblet hold): grip and
        the hold fail before the legs or back, so 3-5 RM sets are not possible."""
        gear = self.equipment - {"bench"}
        return bool(gear) and (gear <= {"kettlebell", "bands"} or "goblet" in self.name.lower())

    def level_rank(self) -> int:
        """0 beginner, 1 intermediate, 2 advanced."""
        return LEVELS.index(self.level)


def exercise_problems(exercise: Exercise) -> list[str]:
    """What is wrong with one entry (empty when it is valid)."""
    problems: list[str] = []
    where = exercise.name or "<unnamed>"
    if not exercise.name.strip():
        problems.append("an exercise has an empty name")
    if exercise.pattern not in PATTERNS:
        problems.append(f"{where}: unknown pattern {exercise.pattern!r}")
    if not exercise.primary:
        problems.append(f"{where}: no primary muscle")
    for muscle in (*exercise.primary, *exercise.secondary):
        if muscle not in MUSCLES:
            problems.append(f"{where}: unknown muscle {muscle!r}")
    if set(exercise.primary) & set(exercise.secondary):
        problems.append(f"{where}: a muscle is both primary and secondary")
    if len(set(exercise.primary)) != len(exercise.primary):
        problems.append(f"{where}: repeated primary muscle")
    for item in exercise.equipment:
        if item not in EQUIPMENT:
            problems.append(f"{where}: unknown equipment {item!r}")
    if exercise.level not in LEVELS:
        problems.append(f"{where}: unknown level {exercise.level!r}")
    if exercise.met_activity not in COMPENDIUM_METS:
        problems.append(f"{where}: unknown Compendium activity {exercise.met_activity!r}")
    for part in exercise.stresses:
        if part not in BODY_PARTS:
            problems.append(f"{where}: unknown body part {part!r}")
    for part in exercise.modified_for:
        if part not in BODY_PARTS:
            problems.append(f"{where}: unknown body part {part!r}")
    if exercise.modified_for & exercise.stresses:
        problems.append(f"{where}: a variation for a body part cannot stress it")
    if exercise.pattern == "cardio" and exercise.primary != ("cardio",):
        problems.append(f"{where}: cardio work has the primary muscle 'cardio' only")
    if exercise.pattern != "cardio" and "cardio" in exercise.primary:
        problems.append(f"{where}: only cardio work has 'cardio' as its primary muscle")
    if exercise.is_resistance and "full_body" in exercise.primary:
        problems.append(f"{where}: resistance work names its real prime movers")
    if exercise.spine_sparing and exercise.pattern != "core":
        problems.append(f"{where}: only core work can be spine-sparing trunk work")
    if exercise.scapular and "rear_delts" not in (*exercise.primary, *exercise.secondary):
        problems.append(f"{where}: scapular work trains the rear delts")
    if exercise.steady_state and exercise.pattern != "cardio":
        problems.append(f"{where}: only cardio can be steady-state")
    return problems


def catalog_problems(exercises: Iterable[Exercise]) -> list[str]:
    """Every problem of a catalog: bad entries and duplicate names (case-insensitive)."""
    problems: list[str] = []
    seen: set[str] = set()
    for exercise in exercises:
        problems.extend(exercise_problems(exercise))
        key = exercise.name.strip().lower()
        if key in seen:
            problems.append(f"duplicate exercise name {exercise.name!r}")
        seen.add(key)
    return problems
