"""Splits: which session on which weekday, and the exercise slots of each session.

Rules (ACSM 2009; common practice collected in shared/reference/nutrition.md s.6):
1 day full body; 2-3 days full body A/B; 4 days upper/lower x2; 5 days push/pull/legs +
upper/lower; 6 days push/pull/legs x2. Beginners stay full body up to 3 days; with 5-6
days they get upper/lower x2 and easy conditioning days instead of more lifting (ACSM:
novices train 2-3, at most 4, days a week).

Recovery: each session type has a *domain*, the muscles it may load as prime movers.
Two sessions may sit on consecutive days only if their domains are disjoint (upper next
to lower, push next to pull, ...), so no muscle is trained hard two days running. Full
body sessions touch everything: when chosen days put two of them back to back, that run
of days becomes alternating upper/lower.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from domain.workouts.vocabulary import (
    LOWER_MUSCLES,
    MUSCLES,
    PULL_MUSCLES,
    PUSH_MUSCLES,
    UPPER_MUSCLES,
    WEEKDAYS,
)

# A slot is (what to pick, role). "iso:<muscle>" picks an isolation exercise for that
# muscle; any other word is a movement pattern. Order is priority: when time runs out
# the later slots are dropped.
Slot = tuple[str, str]


@dataclass(frozen=True)
class SessionType:
    """A kind of session: its prime-mover domain and its slot templates (A, B)."""

    key: str
    label: str
    domain: frozenset[str]
    templates: tuple[tuple[Slot, ...], ...]

    def template(self, variant: int) -> tuple[Slot, ...]:
        """The slots of variant ``variant`` (A = 0, B = 1, wrapping)."""
        return self.templates[variant % len(self.templates)] if self.templates else ()


M, ACC, CORE = "main", "accessory", "core"

FULL_BODY = SessionType(
    "full_body",
    "Full body",
    frozenset(MUSCLES) - {"cardio", "full_body"},
    (
        (
            ("squat", M), ("horizontal_push", M), ("horizontal_pull", M), ("hinge", ACC),
            ("vertical_pull", ACC), ("vertical_push", ACC), ("core", CORE), ("lunge", ACC),
            ("iso:side_delts", ACC), ("iso:biceps", ACC), ("iso:triceps", ACC),
            ("iso:calves", ACC), ("carry", ACC),
        ),
        (
            ("hinge", M), ("vertical_push", M), ("vertical_pull", M), ("lunge", ACC),
            ("horizontal_push", ACC), ("horizontal_pull", ACC), ("core", CORE),
            ("squat", ACC), ("iso:rear_delts", ACC), ("iso:hamstrings", ACC),
            ("iso:triceps", ACC), ("iso:biceps", ACC), ("carry", ACC),
        ),
    ),
)  # fmt: skip
UPPER = SessionType(
    "upper",
    "Upper body",
    UPPER_MUSCLES,
    (
        (
            ("horizontal_push", M), ("horizontal_pull", M), ("vertical_push", ACC),
            ("vertical_pull", ACC), ("iso:side_delts", ACC), ("iso:biceps", ACC),
            ("iso:triceps", ACC), ("iso:rear_delts", ACC), ("carry", ACC),
        ),
        (
            ("vertical_push", M), ("vertical_pull", M), ("horizontal_push", ACC),
            ("horizontal_pull", ACC), ("iso:chest", ACC), ("iso:triceps", ACC),
            ("iso:biceps", ACC), ("iso:side_delts", ACC), ("carry", ACC),
        ),
    ),
)  # fmt: skip
LOWER = SessionType(
    "lower",
    "Lower body and core",
    LOWER_MUSCLES,
    (
        (
            ("squat", M), ("hinge", ACC), ("lunge", ACC), ("core", CORE),
            ("iso:hamstrings", ACC), ("iso:calves", ACC), ("iso:quads", ACC), ("core", CORE),
        ),
        (
            ("hinge", M), ("squat", ACC), ("lunge", ACC), ("core", CORE),
            ("iso:quads", ACC), ("iso:calves", ACC), ("iso:glutes", ACC),
            ("iso:adductors", ACC), ("core", CORE),
        ),
    ),
)  # fmt: skip
PUSH = SessionType(
    "push",
    "Push: chest, shoulders, triceps",
    PUSH_MUSCLES,
    (
        (
            ("horizontal_push", M), ("vertical_push", M), ("horizontal_push", ACC),
            ("iso:side_delts", ACC), ("iso:triceps", ACC), ("iso:chest", ACC),
            ("iso:triceps", ACC),
        ),
        (
            ("vertical_push", M), ("horizontal_push", M), ("horizontal_push", ACC),
            ("iso:chest", ACC), ("iso:side_delts", ACC), ("iso:triceps", ACC),
            ("iso:side_delts", ACC),
        ),
    ),
)  # fmt: skip
PULL = SessionType(
    "pull",
    "Pull: back, rear shoulders, biceps",
    PULL_MUSCLES,
    (
        (
            ("vertical_pull", M), ("horizontal_pull", M), ("horizontal_pull", ACC),
            ("vertical_pull", ACC), ("iso:rear_delts", ACC), ("iso:biceps", ACC),
            ("iso:biceps", ACC), ("carry", ACC),
        ),
        (
            ("horizontal_pull", M), ("vertical_pull", M), ("vertical_pull", ACC),
            ("horizontal_pull", ACC), ("iso:biceps", ACC), ("iso:rear_delts", ACC),
            ("carry", ACC), ("iso:biceps", ACC),
        ),
    ),
)  # fmt: skip
LEGS = SessionType(
    "legs",
    "Legs and core",
    LOWER_MUSCLES,
    (
        (
            ("squat", M), ("hinge", M), ("lunge", ACC), ("iso:quads", ACC),
            ("iso:hamstrings", ACC), ("iso:calves", ACC), ("core", CORE), ("core", CORE),
        ),
        (
            ("hinge", M), ("squat", M), ("lunge", ACC), ("iso:hamstrings", ACC),
            ("iso:glutes", ACC), ("iso:calves", ACC), ("core", CORE), ("core", CORE),
        ),
    ),
)  # fmt: skip
# Aerobic work and mobility only: nothing is trained hard, so it fits next to anything.
CONDITIONING = SessionType("conditioning", "Conditioning: cardio and mobility", frozenset(), ())

SESSION_TYPES: dict[str, SessionType] = {
    t.key: t for t in (FULL_BODY, UPPER, LOWER, PUSH, PULL, LEGS, CONDITIONING)
}

# A planned session: its type key and its variant (0 = A, 1 = B).
Session = tuple[str, int]


@dataclass(frozen=True)
class Split:
    """A named split: the ordered sessions of one week."""

    key: str
    label: str
    sessions: tuple[Session, ...]


def split_for(days_per_week: int, experience: str) -> Split:
    """The split suited to the number of training days and the person's experience."""
    beginner = experience == "beginner"
    fb_a, fb_b = ("full_body", 0), ("full_body", 1)
    up_a, up_b, lo_a, lo_b = ("upper", 0), ("upper", 1), ("lower", 0), ("lower", 1)
    cond = ("conditioning", 0)
    if days_per_week == 1:
        return Split("full_body", "Full body", (fb_a,))
    if days_per_week == 2:
        return Split("full_body", "Full body A/B", (fb_a, fb_b))
    if days_per_week == 3:
        return Split("full_body", "Full body A/B/A", (fb_a, fb_b, fb_a))
    if days_per_week == 4:
        return Split("upper_lower", "Upper/lower x2", (up_a, lo_a, up_b, lo_b))
    if beginner:
        sessions = (up_a, lo_a, cond, up_b, lo_b) + ((cond,) if days_per_week == 6 else ())
        return Split("upper_lower_conditioning", "Upper/lower x2 + conditioning", sessions)
    if days_per_week == 5:
        sessions = (("push", 0), ("pull", 0), ("legs", 0), up_a, lo_a)
        return Split("push_pull_legs_upper_lower", "Push/pull/legs + upper/lower", sessions)
    if days_per_week == 6:
        sessions = (("push", 0), ("pull", 0), ("legs", 0), ("push", 1), ("pull", 1), ("legs", 1))
        return Split("push_pull_legs", "Push/pull/legs x2", sessions)
    raise ValueError(f"days_per_week must be 1..6, not {days_per_week}")


# Default training days: spread so that full-body days never touch, and the long rest
# falls at the weekend for splits that do train on consecutive days.
DEFAULT_DAYS: dict[int, tuple[str, ...]] = {
    1: ("monday",),
    2: ("monday", "thursday"),
    3: ("monday", "wednesday", "friday"),
    4: ("monday", "tuesday", "thursday", "friday"),
    5: ("monday", "tuesday", "wednesday", "friday", "saturday"),
    6: ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
}


def _spread_score(indices: tuple[int, ...]) -> tuple[int, int, tuple[int, ...]]:
    """Lower is better: fewer back-to-back days (Sunday->Monday too), larger smallest gap."""
    ordered = sorted(indices)
    gaps = [(ordered[(i + 1) % len(ordered)] - ordered[i]) % 7 or 7 for i in range(len(ordered))]
    return (sum(1 for gap in gaps if gap == 1), -min(gaps), tuple(ordered))


def choose_days(days_per_week: int, preferred: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Training weekdays in week order.

    Without preferences: ``DEFAULT_DAYS``. With at least ``days_per_week`` preferred days:
    the best-spread subset of them. With fewer: all of them plus the best-spread others.
    """
    if not preferred:
        return DEFAULT_DAYS[days_per_week]
    wanted = {WEEKDAYS.index(day) for day in preferred}
    if len(wanted) >= days_per_week:
        best = min(combinations(sorted(wanted), days_per_week), key=_spread_score)
    else:
        others = sorted(set(range(7)) - wanted)
        fill = days_per_week - len(wanted)
        best = min(
            (tuple(sorted(wanted | set(extra))) for extra in combinations(others, fill)),
            key=_spread_score,
        )
    return tuple(WEEKDAYS[i] for i in sorted(best))


def adjacent(day_a: str, day_b: str) -> bool:
    """True when ``day_b`` is the day after ``day_a`` (Sunday -> Monday included)."""
    return (WEEKDAYS.index(day_a) + 1) % 7 == WEEKDAYS.index(day_b)


def conflicts(first: str, second: str) -> bool:
    """True when two session types share a prime mover (cannot be back to back)."""
    return bool(SESSION_TYPES[first].domain & SESSION_TYPES[second].domain)


def assign(split: Split, days: tuple[str, ...]) -> tuple[dict[str, Session], bool]:
    """Sessions by weekday, and whether back-to-back full-body days were turned into
    alternating upper/lower (returned as the second value)."""
    plan = dict(zip(days, split.sessions, strict=True))
    clash = any(
        adjacent(a, b) and conflicts(plan[a][0], plan[b][0]) for a in plan for b in plan if a != b
    )
    if not clash:
        return plan, False
    # Runs of consecutive training days, starting after a rest day (one always exists:
    # at most six training days), so a run never wraps into itself.
    start = next(i for i in range(7) if WEEKDAYS[i] not in plan)
    runs: list[list[str]] = []
    current: list[str] = []
    for offset in range(1, 8):
        day = WEEKDAYS[(start + offset) % 7]
        if day in plan:
            current.append(day)
        elif current:
            runs.append(current)
            current = []
    counts = {"upper": 0, "lower": 0}
    for run in runs:
        if len(run) < 2 or not any(
            conflicts(plan[a][0], plan[b][0]) for a, b in zip(run, run[1:], strict=False)
        ):
            continue
        for position, day in enumerate(run):
            kind = "upper" if position % 2 == 0 else "lower"
            plan[day] = (kind, counts[kind])
            counts[kind] += 1
    return plan, True
