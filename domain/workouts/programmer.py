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
  or a helper (secondary), and ``hard_sets`` = primary + 0.5 x secondary, the count the
  weekly ceiling applies to (20 trained, 12 beginners; ``prescription.WEEKLY_SETS``).
- ``aerobic_minutes_per_week`` (moderate-equivalent, vigorous counting double) and
  ``push_pull`` (weekly sets of each pressing and pulling pattern and their ratio).

Trainer's rules (issue #12, sources in ``prescription.py``): rest follows the rep range;
no muscle passes its weekly ceiling, the allowance shared out over the sessions that can
train it; pressing and pulling stay within a 0.67-1.5 ratio of sets (a press is only
added when its paired pull still fits the session, and the week is trimmed if needed);
weight-loss and endurance plans get 150 moderate-equivalent aerobic minutes a week when
the time allows (at most 2/3 of a session), else a note says how far short they are;
the load equipment the person named is preferred wherever the catalog has it.
- ``progression``: double progression and the deload cycle (``progression.py``).

Recovery rule: no muscle is a prime mover on two consecutive training days (Sunday ->
Monday included). "Trained hard" is formally ``HARD_SET_THRESHOLD`` or more primary
sets in a day, but the programmer holds the stricter form (not one primary set) through
session domains (``splits.py``); ``_check_recovery`` verifies it on every programme.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from domain.workouts.catalog import EXERCISES
from domain.workouts.errors import NoSuitableExercises
from domain.workouts.exercise import Exercise
from domain.workouts.prescription import (
    AEROBIC_GOALS,
    AEROBIC_MAX_BLOCK_MINUTES,
    AEROBIC_MAX_SHARE,
    AEROBIC_SHORT_WEEK_SHARE,
    AEROBIC_TARGET_MINUTES,
    COOL_DOWN_MINUTES,
    MAX_CARDIO_MINUTES,
    MIN_CARDIO_MINUTES,
    MIN_SETS,
    PRESCRIPTIONS,
    PUSH_PULL_RATIO,
    PUSH_PULL_SLACK_SETS,
    SECONDARY_SET_WEIGHT,
    WEEKLY_SETS,
    Dose,
    Prescription,
    is_vigorous,
    kcal,
    resistance_seconds,
    rest_seconds,
    warm_up_met,
    warm_up_minutes,
)
from domain.workouts.progression import progression_rule
from domain.workouts.request import WorkoutRequest
from domain.workouts.selection import (
    LOAD_EQUIPMENT,
    matches,
    pick,
    pick_cardio,
    pick_mobility,
    pool,
    score,
)
from domain.workouts.splits import SESSION_TYPES, adjacent, assign, choose_days, split_for
from domain.workouts.vocabulary import MUSCLE_SIZE, MUSCLES, WEEKDAYS

HARD_SET_THRESHOLD = 3  # primary sets of a muscle in one day that count as "hard"
WHO_AEROBIC_MINUTES = 150  # moderate-equivalent minutes a week (WHO 2020, adults)
WHO_STRENGTH_DAYS = 2
ORDER_BLOCKS = ("multi_joint", "single_joint", "core", "cardio", "mobility")
MAX_SETS = 5  # sets of one exercise in a session (ACSM 2009: up to 3-6 for trained)
# Muscles whose weekly floor the programmer tops up (the big movers of WHO's "all
# major muscle groups"; small ones get their sets through the compound lifts).
MAJOR_MUSCLES = ("chest", "lats", "upper_back", "quads", "glutes", "hamstrings")
PUSH_PATTERNS = frozenset({"horizontal_push", "vertical_push"})
PULL_PATTERNS = frozenset({"horizontal_pull", "vertical_pull"})
# A press and the pull of the same plane are planned as a pair (push:pull balance).
PARTNER = {
    "horizontal_push": "horizontal_pull",
    "horizontal_pull": "horizontal_push",
    "vertical_push": "vertical_pull",
    "vertical_pull": "vertical_push",
}


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
    rest: int = 0  # seconds between sets (rest by rep range)


def order_key(exercise: Exercise) -> tuple[int, int]:
    """ACSM 2009 order: multi-joint before single-joint, large before small muscles;
    then core, cardio, mobility. Lower keys come first."""
    if exercise.pattern in ("cardio", "mobility", "core"):
        block = ORDER_BLOCKS.index(exercise.pattern)
    else:
        block = 0 if exercise.multi_joint else 1
    return block, -max(MUSCLE_SIZE[m] for m in exercise.primary)


@dataclass
class _Week:
    """What the sessions of a week share while they are built one by one."""

    cap: float  # weekly hard-set ceiling per muscle
    named: frozenset[str]  # load equipment the person has
    domains: list[frozenset[str]]  # prime-mover domains of this and the later sessions
    hard_sets: dict[str, float]  # weekly hard sets so far, per muscle
    aerobic_need: float  # moderate-equivalent minutes this session should bring
    plane_sets: dict[str, int]  # weekly pressing and pulling sets so far
    aerobic_share: float  # most of a session's time after the warm-up for aerobic work


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
    kinds = [plan[day][0] for day in days]
    aerobic_left = AEROBIC_TARGET_MINUTES if request.goal in AEROBIC_GOALS else 0.0
    # Can the week hold the target at moderate intensity with the larger share?
    post_warm_up = request.minutes_per_session - warm_up_minutes(request.minutes_per_session)
    reachable = len(days) * AEROBIC_MAX_SHARE * post_warm_up >= AEROBIC_TARGET_MINUTES
    aerobic_share = AEROBIC_MAX_SHARE if reachable else AEROBIC_SHORT_WEEK_SHARE
    hard: dict[str, float] = {}
    for index, day in enumerate(days):
        kind, variant = plan[day]
        week = _Week(
            cap=WEEKLY_SETS[request.experience][1],
            named=request.equipment & LOAD_EQUIPMENT,
            domains=[SESSION_TYPES[k].domain for k in kinds[index:]],
            hard_sets=hard,
            aerobic_need=max(0.0, aerobic_left) / (len(days) - index),
            plane_sets=_plane_sets(item for done in sessions for item in done.items),
            aerobic_share=aerobic_share,
        )
        session = _build(day, kind, variant, index, request, rx, allowed, week)
        if session is None:
            notes.append(
                f"No {SESSION_TYPES[kind].label.split(':')[0].lower()} exercise fits your "
                f"equipment and restrictions, so {day.title()} is a conditioning day."
            )
            session = _build(day, "conditioning", 0, index, request, rx, allowed, week)
        if session is None:
            raise NoSuitableExercises(
                f"Nothing is left to do on {day.title()} after the equipment, level and "
                "body-part filters.",
                {**_filters(request), "day": day, "session": kind},
            )
        sessions.append(session)
        for muscle, sets in _hard_sets(session.items).items():
            hard[muscle] = hard.get(muscle, 0.0) + sets
        aerobic_left -= _aerobic_equivalent(session.items)
    for _ in range(3 * len(MAJOR_MUSCLES)):  # each pass changes something or stops
        if not (
            _add_for_floor(sessions, request, rx, allowed) | _top_up(sessions, request)
            or _free_room(sessions, request, allowed)
        ):
            break
    if _balance_push_pull(sessions):
        notes.append(
            "Pressing and pulling sets were evened out (push:pull kept between "
            f"{PUSH_PULL_RATIO[0]} and {PUSH_PULL_RATIO[1]})."
        )
    if request.goal in AEROBIC_GOALS:
        done = sum(_aerobic_equivalent(s.items) for s in sessions)
        if done < AEROBIC_TARGET_MINUTES:
            notes.append(
                f"{request.days_per_week} x {request.minutes_per_session} minutes leave room "
                f"for {done:.0f} of the {AEROBIC_TARGET_MINUTES} moderate aerobic minutes "
                "a week WHO advises (75 if vigorous): add brisk walks on rest days or "
                "longer sessions to reach 150."
            )
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
    week: _Week,
) -> _Session | None:
    """One session inside the time budget; None when it would be empty (a resistance
    session with no resistance exercise, or a conditioning session with nothing)."""
    aerobic_goal = request.goal in AEROBIC_GOALS
    block_cap = AEROBIC_MAX_BLOCK_MINUTES if aerobic_goal else MAX_CARDIO_MINUTES
    warm = warm_up_minutes(request.minutes_per_session)
    left = float(request.minutes_per_session - warm) * 60.0  # seconds still free
    items: list[_Planned] = []
    missing: list[str] = []
    if kind == "conditioning":
        cardio = pick_cardio(allowed, goal=request.goal, rotation=index)
        cool = COOL_DOWN_MINUTES[0] if left < 30 * 60 else COOL_DOWN_MINUTES[1]
        if cardio is not None:
            minutes = min(block_cap, math.floor(left / 60) - cool)
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
        if week.aerobic_need > 0:
            # WHO 2020: a vigorous minute counts as two moderate ones.
            want = math.ceil(week.aerobic_need / (2 if is_vigorous(cardio.met) else 1))
            limit = math.floor(week.aerobic_share * left / 60)
            cardio_minutes = max(cardio_minutes, min(want, limit, block_cap))
        left -= cardio_minutes * 60
    # Keep a short cool-down in sessions of 45 minutes or more.
    reserve = COOL_DOWN_MINUTES[0] * 60 if request.minutes_per_session >= 45 else 0
    left -= reserve
    used: set[str] = set()
    promote = 0  # main slots that found nothing: as many later lifts become main lifts
    session_sets: dict[str, float] = {}
    template = _paired(session_type.template(variant))

    def choose(what: str, role: str) -> tuple[list[Exercise], Exercise | None]:
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
            named=week.named,
        )
        return candidates, exercise

    for priority, (what, slot_role) in enumerate(template):
        if len(items) >= rx.max_exercises:
            break
        role = "main" if promote and slot_role == "accessory" else slot_role
        promoted = role != slot_role
        candidates, exercise = choose(what, role)
        if exercise is None:
            if not candidates and not what.startswith("iso:") and what != "carry":
                missing.append(what)  # a movement pattern, worth telling the person
            promote += slot_role == "main"
            continue
        dose = rx.dose(role)
        hold = rx.hold_seconds if exercise.isometric else None
        sets = min(dose.sets, _volume_room(exercise, week, session_sets))
        while sets >= MIN_SETS and _seconds(exercise, sets, dose, hold) > left:
            sets -= 1
        if sets >= MIN_SETS and priority + 1 < len(template):
            # A press goes in with room left for the pull of its plane (and vice versa),
            # so a short session is not all pushing. When the pair cannot fit, the side
            # the week has fewer sets of goes in alone.
            nxt, nxt_role = template[priority + 1]
            if PARTNER.get(what) == nxt:
                _, partner = choose(nxt, nxt_role)
                if partner is not None and partner.name != exercise.name:
                    pdose = rx.dose(nxt_role)
                    phold = rx.hold_seconds if partner.isometric else None
                    need = _seconds(partner, MIN_SETS, pdose, phold)
                    paired = sets
                    while (
                        paired >= MIN_SETS and _seconds(exercise, paired, dose, hold) + need > left
                    ):
                        paired -= 1
                    if paired >= MIN_SETS:
                        sets = paired
                    else:
                        mine, other = (
                            ("push", "pull") if what in PUSH_PATTERNS else ("pull", "push")
                        )
                        ahead = _plane_sets(items)
                        if (
                            week.plane_sets[mine] + ahead[mine]
                            > week.plane_sets[other] + ahead[other]
                        ):
                            sets = 0  # the partner gets the time
        if sets < MIN_SETS:
            promote += slot_role == "main"
            continue
        seconds = _seconds(exercise, sets, dose, hold)
        rest = rest_seconds(dose, exercise.multi_joint, exercise.isometric)
        items.append(_Planned(exercise, role, sets, dose, hold, seconds / 60.0, priority, rest))
        for muscle, value in _hard_sets(items[-1:]).items():
            session_sets[muscle] = session_sets.get(muscle, 0.0) + value
        used.add(exercise.name)
        left -= seconds
        promote -= promoted
    if not items:
        return None
    left += reserve
    left -= _cool_down(items, left, allowed, index) * 60
    if cardio is not None:
        # Spare time goes to the cardio block, up to its cap.
        extra = max(0, min(block_cap - cardio_minutes, math.floor(left / 60)))
        cardio_minutes += extra
        left -= extra * 60
        items.append(_timed(cardio, "cardio", cardio_minutes, len(items)))
    items.sort(key=lambda p: (*order_key(p.exercise), p.priority))
    return _Session(day, kind, variant, warm, items, missing)


def _seconds(exercise: Exercise, sets: int, dose: Dose, hold: int | None) -> float:
    rest = rest_seconds(dose, exercise.multi_joint, exercise.isometric)
    return resistance_seconds(sets, dose.reps_mid, rest, hold, exercise.unilateral)


def _paired(template: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The template with each press followed by the pull of its plane (and each pull by
    its press) when the template has both, so the pair is planned together."""
    slots = list(template)
    out: list[tuple[str, str]] = []
    while slots:
        slot = slots.pop(0)
        out.append(slot)
        partner = PARTNER.get(slot[0])
        if partner is None:
            continue
        for i, other in enumerate(slots):
            if other[0] == partner:
                out.append(slots.pop(i))
                break
    return tuple(out)


def _hard_sets(items: Iterable[_Planned]) -> dict[str, float]:
    """Hard sets per muscle: a prime mover's sets in full, a secondary mover's as half."""
    counts: dict[str, float] = {}
    for item in items:
        if item.exercise.is_resistance:
            for muscle in item.exercise.primary:
                counts[muscle] = counts.get(muscle, 0.0) + item.sets
            for muscle in item.exercise.secondary:
                counts[muscle] = counts.get(muscle, 0.0) + SECONDARY_SET_WEIGHT * item.sets
    return counts


def _volume_room(exercise: Exercise, week: _Week, session_sets: dict[str, float]) -> int:
    """How many sets of ``exercise`` fit this session's share of the weekly ceiling.

    What is left of a muscle's weekly ceiling is shared evenly over this and the later
    sessions that can train it (their domains), so the A and B sessions of a split get
    alike volume instead of the first one taking it all."""
    room = math.inf
    for weight, muscles in ((1.0, exercise.primary), (SECONDARY_SET_WEIGHT, exercise.secondary)):
        for muscle in muscles:
            sessions = max(1, sum(muscle in domain for domain in week.domains))
            share = (week.cap - week.hard_sets.get(muscle, 0.0)) / sessions
            room = min(room, (share - session_sets.get(muscle, 0.0)) / weight)
    return max(0, math.floor(room + 1e-9)) if room != math.inf else 99


def _spare_minutes(session: _Session, budget: int) -> tuple[float, float]:
    """Unused minutes of a session, and how many more the cool-down could give up."""
    used = session.warm_up_minutes + sum(i.minutes for i in session.items)
    shrink = sum(
        i.minutes - COOL_DOWN_MINUTES[0] for i in session.items if i.exercise.pattern == "mobility"
    )
    return budget - used, shrink


def _take_from_cool_down(session: _Session, minutes: float) -> None:
    """Shorten the cool-down by ``minutes`` (rounded up to whole minutes)."""
    short = math.ceil(minutes - 1e-9)
    for k, other in enumerate(session.items):
        if other.exercise.pattern == "mobility" and short > 0:
            cut = min(short, int(other.minutes) - COOL_DOWN_MINUTES[0])
            session.items[k] = replace(other, minutes=other.minutes - cut)
            short -= cut


def _add_for_floor(
    sessions: list[_Session],
    request: WorkoutRequest,
    rx: Prescription,
    allowed: tuple[Exercise, ...],
) -> bool:
    """A major muscle under its weekly floor gets one more exercise where it is a prime
    mover - isolation work first, as it adds nothing to muscles already at their
    ceiling (hamstrings when the glutes are full) - in a session whose domain holds the
    muscle, with spare time and fewer than ``max_exercises`` lifts."""
    floor, cap = WEEKLY_SETS[request.experience]
    dose = rx.accessory
    changed = False
    for muscle in MAJOR_MUSCLES:
        hard = _hard_sets(i for s in sessions for i in s.items)
        for session in sessions:
            if hard.get(muscle, 0.0) >= floor:
                break
            domain = SESSION_TYPES[session.kind].domain
            lifts = [i for i in session.items if i.exercise.is_resistance]
            if muscle not in domain or len(lifts) >= rx.max_exercises:
                continue
            names = {i.exercise.name for i in session.items}
            spare, shrink = _spare_minutes(session, request.minutes_per_session)
            options = []
            for exercise in allowed:
                if (
                    not exercise.is_resistance
                    or muscle not in exercise.primary
                    or not set(exercise.primary) <= domain
                    or exercise.name in names
                ):
                    continue
                hold = rx.hold_seconds if exercise.isometric else None
                one = _hard_sets([_Planned(exercise, "accessory", 1, dose, hold, 0.0, 0)])
                room = min(math.floor((cap - hard.get(m, 0.0)) / v + 1e-9) for m, v in one.items())
                sets = min(dose.sets, room)
                while (
                    sets >= MIN_SETS and _seconds(exercise, sets, dose, hold) / 60 > spare + shrink
                ):
                    sets -= 1
                if sets >= MIN_SETS:
                    key = (
                        exercise.pattern != "isolation",
                        -score_of(exercise, request),
                        exercise.name,
                    )
                    options.append((key, exercise, sets, hold))
            if not options:
                continue
            _, exercise, sets, hold = min(options, key=lambda o: o[0])
            minutes = _seconds(exercise, sets, dose, hold) / 60.0
            rest = rest_seconds(dose, exercise.multi_joint, exercise.isometric)
            session.items.append(
                _Planned(
                    exercise, "accessory", sets, dose, hold, minutes, 90 + len(session.items), rest
                )
            )
            if minutes > spare:
                _take_from_cool_down(session, minutes - spare)
            session.items.sort(key=lambda p: (*order_key(p.exercise), p.priority))
            hard = _hard_sets(i for s in sessions for i in s.items)
            changed = True
    return changed


def _free_room(
    sessions: list[_Session], request: WorkoutRequest, allowed: tuple[Exercise, ...]
) -> bool:
    """When a muscle under its floor can only be trained with a muscle at its ceiling
    (hamstring work always loads the glutes a little), take one set off a lift that loads
    the full muscle but not the one under its floor, if that keeps the full muscle at or
    above its own floor. Returns True when a set was taken."""
    floor, cap = WEEKLY_SETS[request.experience]
    hard = _hard_sets(i for s in sessions for i in s.items)
    for muscle in MAJOR_MUSCLES:
        if hard.get(muscle, 0.0) >= floor:
            continue
        blocking = {
            m
            for e in allowed
            if e.is_resistance and muscle in e.primary
            for m in (*e.primary, *e.secondary)
            if m != muscle and hard.get(m, 0.0) > cap - MIN_SETS
        }
        for m in sorted(blocking):
            if hard.get(m, 0.0) - 1 < floor:
                continue
            for session in sessions:
                for n, item in enumerate(session.items):
                    ex = item.exercise
                    if (
                        ex.is_resistance
                        and m in ex.primary
                        and muscle not in (*ex.primary, *ex.secondary)
                        and item.sets > MIN_SETS
                        and item.dose is not None
                    ):
                        sets = item.sets - 1
                        seconds = _seconds(ex, sets, item.dose, item.hold_seconds)
                        session.items[n] = replace(item, sets=sets, minutes=seconds / 60.0)
                        return True
    return False


def score_of(exercise: Exercise, request: WorkoutRequest) -> float:
    """The selection score of an accessory for this person (equipment they named first)."""
    return score(
        exercise, request.goal, request.experience, "accessory", request.equipment & LOAD_EQUIPMENT
    )


def _top_up(sessions: list[_Session], request: WorkoutRequest) -> bool:
    """Raise a major muscle still under its weekly floor: one more set of a lift where it
    is a prime mover, while the session has the time (the cool-down may shrink to its
    5-minute minimum), the lift stays at most ``MAX_SETS`` sets and no muscle passes its
    ceiling. Floors and ceilings: ``WEEKLY_SETS`` (Schoenfeld 2017; Baz-Valle 2022)."""
    floor, cap = WEEKLY_SETS[request.experience]
    hard = _hard_sets(i for s in sessions for i in s.items)
    changed = False
    for muscle in MAJOR_MUSCLES:
        while hard.get(muscle, 0.0) < floor:
            best: tuple[_Session, int, float, float] | None = None
            for session in sessions:
                spare, shrink = _spare_minutes(session, request.minutes_per_session)
                for n, item in enumerate(session.items):
                    if (
                        not item.exercise.is_resistance
                        or muscle not in item.exercise.primary
                        or item.sets >= MAX_SETS
                        or item.dose is None
                    ):
                        continue
                    one = _hard_sets([replace(item, sets=1)])
                    if any(hard.get(m, 0.0) + v > cap for m, v in one.items()):
                        continue
                    extra = _seconds(item.exercise, item.sets + 1, item.dose, item.hold_seconds)
                    extra = extra / 60.0 - item.minutes
                    if extra <= spare + shrink and (best is None or extra < best[2]):
                        best = (session, n, extra, spare)
            if best is None:
                break
            session, n, extra, spare = best
            item = session.items[n]
            session.items[n] = replace(item, sets=item.sets + 1, minutes=item.minutes + extra)
            for m, v in _hard_sets([replace(item, sets=1)]).items():
                hard[m] = hard.get(m, 0.0) + v
            if extra > spare:
                _take_from_cool_down(session, extra - spare)
            changed = True
    return changed


def _push_pull_summary(sessions: list[_Session]) -> dict[str, Any]:
    """Weekly sets of each pressing and pulling pattern and the push:pull ratio."""
    counts = dict.fromkeys(sorted(PUSH_PATTERNS | PULL_PATTERNS), 0)
    for session in sessions:
        for item in session.items:
            if item.exercise.pattern in counts:
                counts[item.exercise.pattern] += item.sets
    planes = _plane_sets(i for s in sessions for i in s.items)
    ratio = round(planes["push"] / planes["pull"], 2) if planes["pull"] else None
    return {"sets": counts, **planes, "ratio": ratio, "target": list(PUSH_PULL_RATIO)}


def _plane_sets(items: Iterable[_Planned]) -> dict[str, int]:
    """Pressing and pulling sets (horizontal + vertical patterns)."""
    counts = {"push": 0, "pull": 0}
    for item in items:
        if item.exercise.pattern in PUSH_PATTERNS:
            counts["push"] += item.sets
        elif item.exercise.pattern in PULL_PATTERNS:
            counts["pull"] += item.sets
    return counts


def _aerobic_equivalent(items: Iterable[_Planned]) -> float:
    """Moderate-equivalent cardio minutes (WHO 2020: vigorous minutes count double)."""
    return sum(
        i.minutes * (2 if is_vigorous(i.exercise.met) else 1)
        for i in items
        if i.exercise.pattern == "cardio"
    )


def _balance_push_pull(sessions: list[_Session]) -> bool:
    """Trim the heavier side until pressing : pulling sets is inside ``PUSH_PULL_RATIO``:
    first a set off its biggest accessory (never below ``MIN_SETS``), then whole
    accessories, never a session's last lift. Returns True when anything changed."""
    changed = False
    low, high = PUSH_PULL_RATIO
    while True:
        push = sum(i.sets for s in sessions for i in s.items if i.exercise.pattern in PUSH_PATTERNS)
        pull = sum(i.sets for s in sessions for i in s.items if i.exercise.pattern in PULL_PATTERNS)
        if abs(push - pull) <= PUSH_PULL_SLACK_SETS or (pull and low <= push / pull <= high):
            return changed
        side = PUSH_PATTERNS if not pull or push / pull > high else PULL_PATTERNS
        found = [
            (s, n, i) for s in sessions for n, i in enumerate(s.items) if i.exercise.pattern in side
        ]
        trim = [f for f in found if f[2].sets > MIN_SETS]
        if trim:
            s, n, item = max(trim, key=lambda f: (f[2].role != "main", f[2].sets, f[2].priority))
            sets = item.sets - 1
            seconds = _seconds(item.exercise, sets, item.dose, item.hold_seconds)  # type: ignore[arg-type]
            s.items[n] = replace(item, sets=sets, minutes=seconds / 60.0)
        else:
            droppable = [f for f in found if sum(i.exercise.is_resistance for i in f[0].items) > 1]
            if not droppable:
                return changed
            s, n, _ = max(droppable, key=lambda f: (f[2].role != "main", f[2].priority))
            del s.items[n]
        changed = True


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
        entry["rest_seconds"] = item.rest
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
        "weekly_hard_sets": {
            "rule": "primary sets + 0.5 x secondary sets",
            "range": dict(zip(("floor", "ceiling"), WEEKLY_SETS[request.experience], strict=True)),
            "per_muscle": {
                m: c["primary"] + SECONDARY_SET_WEIGHT * c["secondary"]
                for m, c in weekly.items()
                if c["primary"] or c["secondary"]
            },
        },
        "push_pull": _push_pull_summary(sessions),
        "aerobic_minutes_per_week": round(totals["aerobic_eq"], 1),
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
