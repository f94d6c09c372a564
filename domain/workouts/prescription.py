"""Sets, reps, rest and cardio by goal and experience; time and energy arithmetic.

Sources (shared/reference/nutrition.md s.6): ACSM position stand on progression models
in resistance training (Ratamess et al., Med Sci Sports Exerc 2009;41:687-708) -
strength: novices 8-12 RM at 60-70 % 1RM, trained lifters 1-6 RM at 80-100 % with
2-3 min rests for heavy sets; hypertrophy: 6-12 RM at 70-85 %, 1-2 min rests (the
rest follows the rep range: ``rest_seconds``);
endurance: 10-25 reps (15+) under 70 %, 30-60 s rests. WHO 2020: 150-300 min/week of
moderate aerobic activity, or half as much vigorous, plus strength work on >= 2 days.
Energy: kcal = MET x kg x hours (1 MET ~ 1 kcal/kg/h), net = (MET - 1) x kg x hours.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from domain.workouts.exercise import Exercise
from domain.workouts.vocabulary import COMPENDIUM_METS, VIGOROUS_MET


@dataclass(frozen=True)
class Dose:
    """Sets x reps with a rest between sets, and how heavy.

    ``transition`` is the set-up time of the exercise (seconds): a minute to load a bar or
    adjust a seat, less in a circuit whose stations are laid out beforehand."""

    sets: int
    reps: tuple[int, int]
    rest_seconds: int
    load: str
    transition: float = 60.0

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
    # Endurance: light loads, many reps, short rests, plus aerobic work. Trained endurance
# athletes' main lifts sit at the heavy end of the range (12-15 reps, ~70 %; third blind
# review: heavier strength work improves running economy, 15-25-rep band work adds
# little to an athlete who already does hours of endurance work).
    ("endurance", "beginner"): Prescription(
        _d(2, 12, 15, 60, "50-60% of 1RM"),
        _d(2, 15, 20, 45, "light"),
        _d(2, 15, 20, 30, "bodyweight"),
        30, 0.35, 6,
    ),
    ("endurance", "intermediate"): Prescription(
        _d(3, 12, 15, 60, "65-70% of 1RM: 2-3 reps in reserve"),
        _d(2, 15, 20, 30, "light"),
        _d(3, 15, 20, 30, "bodyweight"),
        45, 0.35, 7,
    ),
    ("endurance", "advanced"): Prescription(
        _d(3, 12, 15, 60, "65-70% of 1RM: 2-3 reps in reserve"),
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

# --- the dose must suit the exercise (issue #12 blind review) ----------------------------
# A rep range is a load: 3-6 reps means 80-93 % of 1RM (ACSM 2009), which a push-up, a
# single kettlebell or a band cannot give. Body-weight lifts go to 8-12+ reps (harder
# variations and slower lowering progress them), one held implement too, and jumps
# are low-rep, explosive sets with full recovery (NSCA plyometric guidelines: quality
# over fatigue, 2-3 min between sets), whatever the goal's usual range.
UNLOADED_REPS = (8, 12)
CAPPED_REPS = (8, 12)
SINGLE_JOINT_REPS = (10, 15)
PULL_UP_REPS = (5, 8)
# The most rest an 8-15 rep set of a light implement or a single-joint lift gets: these
# are hypertrophy-style sets (ACSM 2009: 1-2 min; NSCA: 30-90 s for isolation work).
LIGHT_LOAD_REST = 90
CARRY_LOAD = "walk tall with the heaviest load you can hold for the time (about 20-30 m)"
PLYOMETRIC_REPS = (5, 8)
PLYOMETRIC_REST = 120
HOLD_LOAD = "hold with a braced, neutral spine; add 10 s when it is easy"


# Load cues by kind of exercise (third blind review): "% of 1RM" means nothing for a
# push-up, a pull-up with no belt, a floor drill, a swing or a band; a body-weight lift
# is dosed by reps in reserve and progressed by tempo, range or a harder variation, a
# single bell or band by the reps it allows, trunk work by control and lever length.
BODYWEIGHT_LOAD = (
    "body weight: stop 1-2 reps short of failure; slow the lowering (3 s) or take a "
    "harder variation when {top} reps are easy"
)
PULL_UP_LOAD = (
    "body weight: stop 1-2 reps short of failure; slow negatives or a band when fewer "
    "than 4 clean reps are possible, a weight on a belt when {top} are easy"
)
CAPPED_LOAD = (
    "the heaviest {what} you can move for {top} clean reps (progress with tempo, "
    "pauses or a heavier {what})"
)
TRUNK_LOAD = "controlled reps, 1-2 short of failure; progress with range, lever length or tempo"
# Trunk work whose equipment is a prop, not a load (a rollout bar, a bar to hang from).
PROP_EQUIPMENT = frozenset({"barbell", "pull_up_bar", "bench"})


def _load_cue(exercise: Exercise, dose: Dose) -> Dose:
    """``dose`` with the load cue that suits the kind of exercise (see above)."""
    top = dose.reps[1]
    if exercise.pattern == "core":
        if exercise.equipment <= PROP_EQUIPMENT:
            return replace(dose, load=TRUNK_LOAD)
        return replace(dose, load=f"a load you can control for {top} reps")
    if exercise.pattern == "vertical_pull" and "pull_up_bar" in exercise.equipment:
        if exercise.equipment <= {"pull_up_bar", "bands"}:
            return replace(dose, load=PULL_UP_LOAD.format(top=top))
        return dose
    if exercise.unloaded or exercise.bodyweight:
        return replace(dose, load=BODYWEIGHT_LOAD.format(top=top))
    if exercise.load_capped:
        what = (
            "band"
            if exercise.equipment - {"bench"} == {"bands"}
            else ("bell" if "kettlebell" in exercise.equipment else "weight")
        )
        return replace(dose, load=CAPPED_LOAD.format(top=top, what=what))
    return dose


def dose_for(exercise: Exercise, dose: Dose) -> Dose:
    """The goal's dose made possible for this exercise (see the block above), with a
    load cue that suits it."""
    if exercise.isometric or exercise.plyometric:
        return _dose_for(exercise, dose)
    return _load_cue(exercise, _dose_for(exercise, dose))


def _dose_for(exercise: Exercise, dose: Dose) -> Dose:
    """The goal's dose made possible for this exercise (see the block above)."""
    if exercise.isometric:
        load = CARRY_LOAD if exercise.pattern == "carry" else HOLD_LOAD
        return replace(dose, load=load)
    if exercise.plyometric:
        return replace(
            dose,
            reps=PLYOMETRIC_REPS,
            rest_seconds=max(dose.rest_seconds, PLYOMETRIC_REST),
            load="body weight, explosive: stop while every landing is soft and quiet",
        )
    low, high = dose.reps
    if exercise.pattern == "vertical_pull" and exercise.equipment == {"pull_up_bar"}:
        # Strict pull-ups and chin-ups: few people manage more than a handful of clean
        # reps, so 15-20 is no dose; the reps stay low and the volume comes from sets.
        if high > 12:
            return replace(
                dose,
                reps=PULL_UP_REPS,
                load="body weight: stop 1-2 reps short of failure; slow negatives or a "
                "band when fewer than 4 clean reps are possible",
            )
        return dose
    if exercise.unloaded and low < UNLOADED_REPS[0]:
        reps = (UNLOADED_REPS[0], max(high, UNLOADED_REPS[1]))
        return replace(
            dose,
            reps=reps,
            rest_seconds=min(dose.rest_seconds, LIGHT_LOAD_REST),
            load=f"body weight: slow the lowering or take a harder variation when {reps[1]} "
            "reps are easy",
        )
    if not exercise.multi_joint:
        # Single-joint lifts are not max-strength lifts (ACSM 2009 keeps heavy loads for
        # multi-joint work): 10-15 reps on 60-90 s, whatever the goal's main range.
        rest = min(dose.rest_seconds, LIGHT_LOAD_REST)
        if low < SINGLE_JOINT_REPS[0]:
            reps = SINGLE_JOINT_REPS
            return replace(
                dose, reps=reps, rest_seconds=rest, load=f"a load you can lift {reps[1]} times"
            )
        return replace(dose, rest_seconds=rest)
    if exercise.load_capped and low < CAPPED_REPS[0]:
        reps = (CAPPED_REPS[0], max(high, CAPPED_REPS[1]))
        # 8-12 reps with a bell or band is hypertrophy-style work: hypertrophy rests.
        return replace(
            dose,
            reps=reps,
            rest_seconds=min(dose.rest_seconds, LIGHT_LOAD_REST),
            load=f"the heaviest bell or band you can move for {reps[1]} clean reps "
            "(progress with tempo, pauses or a heavier bell)",
        )
    return dose


# --- rest by rep range (issue #12) -----------------------------------------------------
# ACSM 2009 (Ratamess et al., Med Sci Sports Exerc 41:687-708): 2-3 min (or more) between
# heavy sets of core multi-joint lifts, 1-2 min for moderate-load hypertrophy work, 30-90 s
# (endurance: 30-60 s) for light, high-rep sets. Schoenfeld et al. 2016 (J Strength Cond
# Res 30:1805-12): 3-min rests gave more strength and size than 1-min rests in trained
# men on 8-12 RM compound lifts, so heavy compound sets never get 60-90 s.
HEAVY_REST = (120, 180)  # multi-joint, a range starting at <= 6 or topping out at <= 8
HYPERTROPHY_REST = (60, 120)  # ranges between
ENDURANCE_REST = (30, 90)  # top of range >= 15 or bottom >= 12; also isometric holds


def rest_band(reps: tuple[int, int], multi_joint: bool, isometric: bool) -> tuple[int, int]:
    """The allowed rest (seconds) for a set of ``reps`` of a lift of this kind."""
    low, high = reps
    if isometric:
        return ENDURANCE_REST
    if multi_joint and (low <= 6 or high <= 8):
        return HEAVY_REST
    if high >= 15 or low >= 12:
        return ENDURANCE_REST
    return HYPERTROPHY_REST


def rest_seconds(dose: Dose, multi_joint: bool, isometric: bool) -> int:
    """The goal's rest, moved into the band of the rep range: a 6-10 compound set gets
    2 min even in a hypertrophy plan, a 4-6 leg curl no more than 2 min."""
    low, high = rest_band(dose.reps, multi_joint, isometric)
    return min(max(dose.rest_seconds, low), high)


# --- weekly volume (issue #12) -----------------------------------------------------------
# Hard sets per muscle per week, counting a prime mover's sets fully and a secondary
# mover's as half (the "fractional" count of volume meta-regressions such as Pelland et
# al. 2024, a preprint not read here: treat the 0.5 as a convention). Ceiling: 20 for
# trained lifters (Baz-Valle et al. 2022, PMC8884877: 12-20 sets a week, no added benefit
# beyond), 12 for beginners (ACSM 2009: novices 1-3 sets per exercise, 2-3 days a week).
# Floors (Schoenfeld et al. 2017, J Sports Sci 35:1073: >= 10 sets a week beats fewer)
# are topped up by the programmer for the major muscles when time and ceilings allow.
SECONDARY_SET_WEIGHT = 0.5
WEEKLY_SETS: dict[str, tuple[float, float]] = {
    "beginner": (6.0, 12.0),
    "intermediate": (10.0, 20.0),
    "advanced": (10.0, 20.0),
}
# Pressing : pulling sets a week (horizontal + vertical) kept within these bounds.
PUSH_PULL_RATIO = (0.67, 1.5)
# No slack (issue #12 review: 4 pressing against 2 pulling sets is 2.0, whatever the
# week's size); the lighter side grows first where time allows, else the heavier trims.
PUSH_PULL_SLACK_SETS = 0
# A whole exercise is dropped for balance only beyond one 2-set lift of difference
# (tiny weeks would otherwise lose most of their work).
DROP_SLACK_SETS = 2

# --- aerobic minutes (issue #12) ---------------------------------------------------------
# WHO 2020: >= 150 min/week moderate aerobic activity (or 75 vigorous). Goals that are
# about energy expenditure or endurance get it in the plan; aerobic work may take up to
# 2/3 of a session after the warm-up, so some strength work (WHO: >= 2 days) remains.
AEROBIC_GOALS = frozenset({"weight_loss", "endurance"})
AEROBIC_TARGET_MINUTES = 150
AEROBIC_MAX_SHARE = 2 / 3
# When the week cannot hold 150 minutes even so, aerobic work takes half of each session
# (warm-up included in the session's time, not in the aerobic minutes): the shortfall is
# stated in the notes and strength work keeps the other half.
AEROBIC_SHORT_WEEK_SHARE = 1 / 2
AEROBIC_MAX_BLOCK_MINUTES = 90


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
# ACSM: about 60 s of stretching per muscle group; a longer single stretch takes the
# time work sets need (issue #12 review: 8-10 min of one stretch ending sessions).
COOL_DOWN_MINUTES = (5, 6)
WARM_UP_ACTIVITY = "walking_3_0_mph"  # easy cardio + dynamic mobility, ~3.5 METs


# --- circuits for short aerobic weeks (issue #12 second review) ------------------------
# When half of a short week must be aerobic work (3-5 sessions of 20-30 min), one
# exercise of 2 sets per session cannot reach any weekly floor. Trainers run the strength
# half as a circuit: stations laid out beforehand, 15-30 s to move from one exercise to
# the next, rounds repeated (ACSM 2009: 1-2 min rests, shorter in circuit and endurance
# work; circuit weight training keeps the heart rate in the moderate zone, Monteiro et al.
# 2008, Br J Sports Med). The session opens with a brisk walk, whose easy first minutes
# are the general warm-up, so only a short joint warm-up precedes it.
CIRCUIT_REST_SECONDS = 30
CIRCUIT_TRANSITION_SECONDS = 18.0
CIRCUIT_WARM_UP_MINUTES = 3


def circuit_prescription(rx: Prescription) -> Prescription:
    """``rx`` run as a circuit: short moves between exercises and short rests (the rest
    band of each rep range still applies, ``rest_seconds``)."""

    def circuit(dose: Dose) -> Dose:
        return replace(
            dose,
            rest_seconds=min(dose.rest_seconds, CIRCUIT_REST_SECONDS),
            transition=CIRCUIT_TRANSITION_SECONDS,
        )

    return replace(
        rx, main=circuit(rx.main), accessory=circuit(rx.accessory), core=circuit(rx.core)
    )


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
    sets: int,
    reps_mid: float,
    rest_seconds: int,
    hold_seconds: int | None,
    unilateral: bool,
    transition: float = TRANSITION_SECONDS,
) -> float:
    """Wall-clock time of one exercise: set-up, every set, the rests between sets."""
    work = set_work_seconds(reps_mid, hold_seconds, unilateral)
    return transition + sets * work + (sets - 1) * rest_seconds


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
