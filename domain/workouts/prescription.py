"""Sets, reps, rest and cardio by goal and experience; time and energy arithmetic.

Sources (shared/reference/nutrition.md s.6): ACSM position stand on progression models
in resistance training (Ratamess et al., Med Sci Sports Exerc 2009;41:687-708) -
strength: novices 8-12 RM at 60-70 % 1RM, trained lifters 1-6 RM at 80-100 % with
2-3 min rests for heavy sets; hypertrophy: 6-12 RM at 70-85 %, 1-2 min (we use 60-90 s);
endurance: 10-25 reps (15+) under 70 %, 30-60 s rests. WHO 2020: 150-300 min/week of
moderate aerobic activity, or half as much vigorous, plus strength work on >= 2 days.
Energy: kcal = MET x kg x hours (1 MET ~ 1 kcal/kg/h), net = (MET - 1) x kg x hours.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.workouts.vocabulary import COMPENDIUM_METS, VIGOROUS_MET


@dataclass(frozen=True)
class Dose:
    """Sets x reps with a rest between sets, and how heavy."""

    sets: int
    reps: tuple[int, int]
    rest_seconds: int
    load: str

    @property
    def reps_text(self) -> str:
        """``"8-12"``, the contract's rep-range form."""
        low, high = self.reps
        return str(low) if low == high else f"{low}-{high}"

    @property
    def reps_mid(self) -> float:
        """The middle of the range, for time estimates."""
        return (self.reps[0] + self.reps[1]) / 2


@dataclass(frozen=True)
class Prescription:
    """What one goal x experience gets: main lifts, accessories, core, cardio share."""

    main: Dose
    accessory: Dose
    core: Dose
    hold_seconds: int  # isometric core/holds, per set
    cardio_share: float  # of the time after the warm-up, for a cardio block
    max_exercises: int  # resistance exercises per session (more is junk volume)

    def dose(self, role: str) -> Dose:
        """The dose of a slot role: ``main``, ``accessory`` or ``core``."""
        return {"main": self.main, "accessory": self.accessory, "core": self.core}[role]


def _d(sets: int, low: int, high: int, rest: int, load: str) -> Dose:
    return Dose(sets, (low, high), rest, load)


_NOVICE_LOAD = "60-70% of 1RM: stop 2-3 reps short of failure"
PRESCRIPTIONS: dict[tuple[str, str], Prescription] = {
    # Strength: novices build technique at 8-12 RM; trained lifters go heavy (1-6 RM).
    ("strength", "beginner"): Prescription(
        _d(3, 8, 12, 120, _NOVICE_LOAD),
        _d(2, 10, 12, 90, "a load you can lift 12-14 times"),
        _d(2, 10, 15, 60, "controlled, no load needed"),
        20, 0.0, 6,
    ),
    ("strength", "intermediate"): Prescription(
        _d(4, 4, 6, 180, "80-88% of 1RM (1-2 reps in reserve)"),
        _d(3, 6, 10, 120, "70-80% of 1RM"),
        _d(3, 8, 12, 60, "add load when 12 reps are easy"),
        30, 0.0, 7,
    ),
    ("strength", "advanced"): Prescription(
        _d(5, 3, 5, 180, "85-93% of 1RM (1 rep in reserve)"),
        _d(3, 6, 8, 120, "75-82% of 1RM"),
        _d(3, 8, 12, 60, "add load when 12 reps are easy"),
        45, 0.0, 7,
    ),
    # Hypertrophy: 6-12 reps near failure, 60-90 s rests, enough weekly sets.
    ("hypertrophy", "beginner"): Prescription(
        _d(3, 8, 12, 90, "65-75% of 1RM: 2-3 reps in reserve"),
        _d(2, 10, 12, 60, "2-3 reps in reserve"),
        _d(2, 10, 15, 60, "controlled"),
        20, 0.0, 6,
    ),
    ("hypertrophy", "intermediate"): Prescription(
        _d(4, 6, 10, 90, "70-80% of 1RM: 1-2 reps in reserve"),
        _d(3, 10, 12, 60, "1-2 reps in reserve"),
        _d(3, 10, 15, 60, "controlled"),
        30, 0.0, 8,
    ),
    ("hypertrophy", "advanced"): Prescription(
        _d(4, 6, 10, 90, "75-85% of 1RM: 0-2 reps in reserve"),
        _d(4, 8, 12, 60, "0-2 reps in reserve"),
        _d(3, 10, 15, 60, "controlled"),
        45, 0.0, 8,
    ),
    # Endurance: light loads, many reps, short rests, plus aerobic work.
    ("endurance", "beginner"): Prescription(
        _d(2, 12, 15, 60, "50-60% of 1RM"),
        _d(2, 15, 20, 45, "light"),
        _d(2, 15, 20, 30, "bodyweight"),
        30, 0.35, 6,
    ),
    ("endurance", "intermediate"): Prescription(
        _d(3, 15, 20, 45, "50-65% of 1RM"),
        _d(2, 15, 20, 30, "light"),
        _d(3, 15, 20, 30, "bodyweight"),
        45, 0.35, 7,
    ),
    ("endurance", "advanced"): Prescription(
        _d(3, 15, 25, 30, "40-60% of 1RM"),
        _d(3, 20, 25, 30, "light"),
        _d(3, 15, 25, 30, "bodyweight"),
        60, 0.35, 7,
    ),
    # Weight loss: moderate loads with short rests, and the biggest cardio share.
    ("weight_loss", "beginner"): Prescription(
        _d(2, 10, 15, 60, "60-70% of 1RM"),
        _d(2, 12, 15, 45, "moderate"),
        _d(2, 10, 15, 45, "controlled"),
        20, 0.4, 6,
    ),
    ("weight_loss", "intermediate"): Prescription(
        _d(3, 10, 15, 60, "65-75% of 1RM"),
        _d(2, 12, 15, 45, "moderate"),
        _d(3, 10, 15, 45, "controlled"),
        30, 0.4, 7,
    ),
    ("weight_loss", "advanced"): Prescription(
        _d(3, 8, 12, 60, "70-80% of 1RM"),
        _d(3, 12, 15, 45, "moderate"),
        _d(3, 12, 15, 45, "controlled"),
        45, 0.4, 7,
    ),
    # General fitness: WHO's mix of strength on every major group and aerobic work.
    ("general_fitness", "beginner"): Prescription(
        _d(2, 8, 12, 90, _NOVICE_LOAD),
        _d(2, 10, 15, 60, "moderate"),
        _d(2, 10, 15, 60, "controlled"),
        20, 0.3, 6,
    ),
    ("general_fitness", "intermediate"): Prescription(
        _d(3, 8, 12, 90, "65-75% of 1RM"),
        _d(2, 10, 15, 60, "moderate"),
        _d(3, 10, 15, 60, "controlled"),
        30, 0.3, 7,
    ),
    ("general_fitness", "advanced"): Prescription(
        _d(3, 6, 12, 90, "70-80% of 1RM"),
        _d(3, 10, 15, 60, "moderate"),
        _d(3, 10, 15, 60, "controlled"),
        45, 0.3, 7,
    ),
}  # fmt: skip

# --- time -----------------------------------------------------------------------------
# ACSM 2009 tempo: 1-2 s concentric and 1-2 s eccentric, so about 4 s per repetition with
# the turnaround; a set also needs a few seconds to brace, and each exercise a minute to
# set up (load the bar, adjust the seat) - the rest after the last set is replaced by it.
SECONDS_PER_REP = 4.0
SET_SETUP_SECONDS = 10.0
TRANSITION_SECONDS = 60.0
MIN_SETS = 2
MIN_CARDIO_MINUTES = 5  # WHO 2020 drops the 10-minute bouts of 2010; 5 still counts
MAX_CARDIO_MINUTES = 60
COOL_DOWN_MINUTES = (5, 10)
WARM_UP_ACTIVITY = "walking_3_0_mph"  # easy cardio + dynamic mobility, ~3.5 METs


def warm_up_minutes(session_minutes: int) -> int:
    """A general warm-up: 5 min in short sessions, 8 up to an hour, 10 beyond."""
    if session_minutes <= 30:
        return 5
    if session_minutes <= 60:
        return 8
    return 10


def set_work_seconds(reps_mid: float, hold_seconds: int | None, unilateral: bool) -> float:
    """Time under work of one set (both sides for unilateral exercises) plus bracing."""
    work = float(hold_seconds) if hold_seconds else reps_mid * SECONDS_PER_REP
    if unilateral:
        work *= 2
    return work + SET_SETUP_SECONDS


def resistance_seconds(
    sets: int, reps_mid: float, rest_seconds: int, hold_seconds: int | None, unilateral: bool
) -> float:
    """Wall-clock time of one exercise: set-up, every set, the rests between sets."""
    work = set_work_seconds(reps_mid, hold_seconds, unilateral)
    return TRANSITION_SECONDS + sets * work + (sets - 1) * rest_seconds


# --- energy ---------------------------------------------------------------------------
def kcal(met: float, body_weight_kg: float, minutes: float, *, net: bool = False) -> float:
    """Energy of an activity: MET x kg x hours (gross), or (MET - 1) x kg x hours (net).

    Gross counts the resting metabolism too (what a fitness tracker shows); net is what
    the activity adds on top of the BMR, the figure to add to a TDEE without counting
    rest twice. 8 METs x 70 kg x 0.5 h = 280 kcal gross, 245 kcal net.
    """
    if met < 0 or body_weight_kg < 0 or minutes < 0:
        raise ValueError("MET, body weight and minutes must not be negative")
    per_hour = met - 1.0 if net else met
    return max(per_hour, 0.0) * body_weight_kg * minutes / 60.0


def warm_up_met() -> float:
    """MET of the general warm-up."""
    return COMPENDIUM_METS[WARM_UP_ACTIVITY]


def is_vigorous(met: float) -> bool:
    """Compendium bands: vigorous at 6 METs and above."""
    return met >= VIGOROUS_MET
