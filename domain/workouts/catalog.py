# ruff: noqa: E501 (one exercise per line reads as a table)
"""The exercise catalog, written by us: 120+ exercises with muscles, equipment and METs.

Each row: name, pattern, primary muscles, secondary muscles, equipment (all required;
"" for none), level, Compendium activity (a key of ``COMPENDIUM_METS``), joints stressed.
Muscle/equipment/joint lists are space-separated words of the vocabularies in
``vocabulary.py``; ``test_workouts.py`` validates every row.

Variations for limitations (``modified_for``, issue #12) keep a region trained when a
person must spare a joint, as physiotherapy practice does rather than dropping the region:
knees - short-range and isometric quad work (high-box squats, partial leg press, Spanish
squat, terminal knee extension, low step-ups, high wall sit, straight-leg raise; isometric
and mid-range loading is the usual first stage for painful knees, e.g. Rio et al. 2015,
Br J Sports Med 49:1277, and the Spanish squat for patellar tendon pain); wrists - neutral
wrist pressing (fist push-ups, push-ups on dumbbell handles); shoulders - the landmine
press and neutral-grip pulldowns (pressing and pulling below and in front of the head,
no behind-the-neck work). A sore lower back is served by the lifts that load the spine
little (hip thrusts, bridges, chest-supported rows), which already stress nothing.

MET choices (Compendium of Physical Activities, see shared/reference/nutrition.md s.6):
heavy free-weight compound lifts and carries are "resistance training, vigorous" (6.0);
machines, cables, bands and isolation work are "resistance training, moderate" (3.5);
bodyweight strength and core work is "calisthenics, moderate" (3.8); jumping and
burpee-style drills are "calisthenics, vigorous" (8.0); cardio uses its own activity;
mobility is stretching (2.3) or Hatha yoga (2.5).
"""

from __future__ import annotations

from domain.workouts.exercise import Exercise


def _ex(
    name: str,
    pattern: str,
    primary: str,
    secondary: str,
    equipment: str,
    level: str,
    met_activity: str,
    stresses: str = "",
    *,
    unilateral: bool = False,
    multi_joint: bool | None = None,
    isometric: bool = False,
    steady_state: bool = False,
    modified_for: str = "",
    plyometric: bool = False,
    spine_sparing: bool = False,
    scapular: bool = False,
    staple: bool = False,
    partial_range: bool = False,
    drill: bool = False,
    grip: bool = False,
    bodyweight: bool = False,
) -> Exercise:
    """One row of the table below, words split into the dataclass's tuples and sets."""
    if multi_joint is None:
        multi_joint = pattern not in {"isolation", "core", "cardio", "mobility"}
    return Exercise(
        name=name,
        pattern=pattern,
        primary=tuple(primary.split()),
        secondary=tuple(secondary.split()),
        equipment=frozenset(equipment.split()),
        level=level,
        met_activity=met_activity,
        stresses=frozenset(stresses.split()) | ({"wrists"} if grip else frozenset()),
        unilateral=unilateral,
        multi_joint=multi_joint,
        isometric=isometric,
        steady_state=steady_state,
        modified_for=frozenset(modified_for.split()),
        plyometric=plyometric,
        spine_sparing=spine_sparing,
        scapular=scapular,
        staple=staple,
        partial_range=partial_range,
        drill=drill,
        grip=grip,
        bodyweight=bodyweight,
    )


BEG, INT, ADV = "beginner", "intermediate", "advanced"
RM, RV = "resistance_moderate", "resistance_vigorous"
CM, CV = "calisthenics_moderate", "calisthenics_vigorous"

# fmt: off
EXERCISES: tuple[Exercise, ...] = (
    # --- squat (knee-dominant, both legs) ---
    _ex("Bodyweight squat", "squat", "quads glutes", "adductors hamstrings", "", BEG, CM, "knees"),
    _ex("Box squat to bench", "squat", "quads glutes", "adductors hamstrings", "bench", BEG, CM, "knees"),
    _ex("Wall sit", "squat", "quads", "glutes adductors", "", BEG, CM, "knees", isometric=True),
    _ex("Jump squat", "squat", "quads glutes", "calves hamstrings", "", INT, CV, "knees ankles lower_back", plyometric=True),
    _ex("Pistol squat", "squat", "quads glutes", "adductors calves", "", ADV, CM, "knees ankles", unilateral=True),
    _ex("Dumbbell goblet squat", "squat", "quads glutes", "adductors abs", "dumbbells", BEG, RM, "knees", grip=True),
    _ex("Kettlebell goblet squat", "squat", "quads glutes", "adductors abs", "kettlebell", BEG, RM, "knees", grip=True),
    _ex("Barbell back squat", "squat", "quads glutes", "adductors hamstrings lower_back", "barbell", BEG, RV, "knees lower_back shoulders", staple=True),
    _ex("Barbell front squat", "squat", "quads glutes", "upper_back abs adductors", "barbell", ADV, RV, "knees wrists"),
    _ex("Leg press", "squat", "quads glutes", "adductors hamstrings", "machine", BEG, RM, "knees"),
    _ex("Hack squat", "squat", "quads", "glutes adductors", "machine", INT, RM, "knees"),
    _ex("Band squat", "squat", "quads glutes", "adductors", "bands", BEG, RM, "knees"),
    # --- hinge (hip-dominant) ---
    _ex("Glute bridge", "hinge", "glutes", "hamstrings", "", BEG, CM),
    _ex("Single-leg glute bridge", "hinge", "glutes", "hamstrings", "", BEG, CM, unilateral=True),
    _ex("Glute bridge walkout", "hinge", "hamstrings", "glutes", "", BEG, CM),
    _ex("Superman hold", "hinge", "lower_back glutes", "hamstrings", "", BEG, CM, "lower_back", isometric=True),
    _ex("Single-leg Romanian deadlift", "hinge", "hamstrings glutes", "lower_back", "", INT, CM, "ankles", unilateral=True),
    _ex("Dumbbell Romanian deadlift", "hinge", "hamstrings glutes", "lower_back forearms", "dumbbells", BEG, RM, "lower_back"),
    _ex("Dumbbell hip thrust", "hinge", "glutes", "hamstrings", "dumbbells bench", BEG, RM, "hips"),
    _ex("Kettlebell deadlift", "hinge", "glutes hamstrings", "quads lower_back", "kettlebell", BEG, RM, "lower_back"),
    _ex("Kettlebell swing", "hinge", "glutes hamstrings", "lower_back abs", "kettlebell", INT, RV, "lower_back"),
    _ex("Barbell deadlift", "hinge", "glutes hamstrings lower_back", "quads upper_back forearms", "barbell", BEG, RV, "lower_back", staple=True),
    _ex("Barbell Romanian deadlift", "hinge", "hamstrings glutes", "lower_back forearms", "barbell", INT, RV, "lower_back"),
    _ex("Barbell hip thrust", "hinge", "glutes", "hamstrings", "barbell bench", INT, RV, "hips"),
    _ex("Barbell good morning", "hinge", "hamstrings lower_back", "glutes", "barbell", ADV, RV, "lower_back"),
    _ex("Back extension", "hinge", "lower_back glutes", "hamstrings", "machine", BEG, RM, "lower_back"),
    _ex("Cable pull-through", "hinge", "glutes hamstrings", "lower_back", "cable", BEG, RM),
    _ex("Band pull-through", "hinge", "glutes hamstrings", "lower_back", "bands", BEG, RM),
    _ex("Band good morning", "hinge", "hamstrings glutes", "lower_back", "bands", BEG, RM, "lower_back"),
    # --- lunge (split stance, one leg at a time) ---
    _ex("Reverse lunge", "lunge", "quads glutes", "hamstrings adductors", "", BEG, CM, "knees", unilateral=True),
    _ex("Static split squat", "lunge", "quads glutes", "hamstrings adductors", "", BEG, CM, "knees", unilateral=True),
    _ex("Walking lunge", "lunge", "quads glutes", "hamstrings adductors calves", "", INT, CM, "knees", unilateral=True),
    _ex("Lateral lunge", "lunge", "adductors quads glutes", "hamstrings", "", BEG, CM, "knees hips", unilateral=True),
    _ex("Step-up", "lunge", "quads glutes", "hamstrings calves", "bench", BEG, CM, "knees", unilateral=True),
    _ex("Bodyweight Bulgarian split squat", "lunge", "quads glutes", "adductors hamstrings", "bench", INT, CM, "knees", unilateral=True),
    _ex("Dumbbell split squat", "lunge", "quads glutes", "adductors hamstrings", "dumbbells", BEG, RM, "knees", unilateral=True),
    _ex("Dumbbell step-up", "lunge", "quads glutes", "hamstrings calves", "dumbbells bench", BEG, RM, "knees", unilateral=True),
    _ex("Dumbbell Bulgarian split squat", "lunge", "quads glutes", "adductors hamstrings", "dumbbells bench", INT, RM, "knees", unilateral=True),
    _ex("Kettlebell goblet reverse lunge", "lunge", "quads glutes", "hamstrings abs", "kettlebell", INT, RM, "knees", unilateral=True, grip=True),
    _ex("Barbell reverse lunge", "lunge", "quads glutes", "hamstrings adductors", "barbell", ADV, RV, "knees", unilateral=True),
    _ex("Band split squat", "lunge", "quads glutes", "hamstrings", "bands", BEG, RM, "knees", unilateral=True),
    # --- horizontal push ---
    _ex("Wall push-up", "horizontal_push", "chest triceps", "front_delts", "", BEG, CM, "wrists"),
    _ex("Incline push-up", "horizontal_push", "chest triceps front_delts", "abs", "", BEG, CM, "wrists shoulders"),
    _ex("Knee push-up", "horizontal_push", "chest triceps front_delts", "", "", BEG, CM, "wrists shoulders knees"),
    _ex("Push-up", "horizontal_push", "chest triceps front_delts", "abs", "", BEG, CM, "wrists shoulders"),
    _ex("Decline push-up", "horizontal_push", "chest front_delts triceps", "abs", "", INT, CM, "wrists shoulders"),
    _ex("Diamond push-up", "horizontal_push", "triceps chest", "front_delts", "", INT, CM, "wrists elbows shoulders"),
    _ex("Dumbbell floor press", "horizontal_push", "chest triceps front_delts", "", "dumbbells", BEG, RM, "elbows", partial_range=True),
    _ex("Dumbbell bench press", "horizontal_push", "chest triceps front_delts", "", "dumbbells bench", BEG, RM, "shoulders"),
    _ex("Incline dumbbell press", "horizontal_push", "chest front_delts", "triceps", "dumbbells bench", INT, RM, "shoulders"),
    _ex("Barbell bench press", "horizontal_push", "chest triceps front_delts", "", "barbell bench", BEG, RV, "shoulders wrists", staple=True),
    _ex("Close-grip bench press", "horizontal_push", "triceps chest", "front_delts", "barbell bench", ADV, RV, "elbows wrists shoulders"),
    _ex("Machine chest press", "horizontal_push", "chest triceps front_delts", "", "machine", BEG, RM, "shoulders"),
    _ex("Cable chest press", "horizontal_push", "chest triceps front_delts", "", "cable", BEG, RM, "shoulders"),
    _ex("Band chest press", "horizontal_push", "chest triceps front_delts", "", "bands", BEG, RM, "shoulders"),
    # --- vertical push ---
    _ex("Incline pike push-up", "vertical_push", "front_delts triceps", "side_delts chest", "", BEG, CM, "wrists shoulders"),
    _ex("Pike push-up", "vertical_push", "front_delts triceps", "side_delts chest", "", INT, CM, "wrists shoulders"),
    _ex("Wall handstand push-up", "vertical_push", "front_delts side_delts triceps", "upper_back", "", ADV, CM, "wrists shoulders"),
    _ex("Dumbbell shoulder press", "vertical_push", "front_delts side_delts", "triceps", "dumbbells", BEG, RM, "shoulders", grip=True),
    _ex("Arnold press", "vertical_push", "front_delts side_delts", "triceps", "dumbbells", INT, RM, "shoulders", grip=True),
    _ex("Kettlebell overhead press", "vertical_push", "front_delts side_delts", "triceps", "kettlebell", BEG, RM, "shoulders wrists", unilateral=True),
    _ex("Barbell overhead press", "vertical_push", "front_delts side_delts triceps", "upper_back abs", "barbell", INT, RV, "shoulders lower_back", staple=True),
    _ex("Landmine press", "vertical_push", "front_delts chest", "triceps", "barbell", INT, RV, "shoulders", unilateral=True),
    _ex("Machine shoulder press", "vertical_push", "front_delts side_delts", "triceps", "machine", BEG, RM, "shoulders"),
    _ex("Band overhead press", "vertical_push", "front_delts side_delts", "triceps", "bands", BEG, RM, "shoulders", grip=True),
    # --- horizontal pull ---
    _ex("Doorframe row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "", BEG, CM, unilateral=True),
    _ex("Towel row", "horizontal_pull", "upper_back lats", "biceps forearms", "", BEG, CM, drill=True),
    _ex("Table inverted row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "", INT, CM, "shoulders"),
    _ex("One-arm dumbbell row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "dumbbells", BEG, RM, unilateral=True),
    _ex("Chest-supported dumbbell row", "horizontal_pull", "upper_back lats rear_delts", "biceps", "dumbbells bench", BEG, RM),
    _ex("Kettlebell row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "kettlebell", BEG, RM, unilateral=True),
    _ex("Barbell bent-over row", "horizontal_pull", "upper_back lats", "biceps rear_delts lower_back", "barbell", INT, RV, "lower_back"),
    _ex("Pendlay row", "horizontal_pull", "upper_back lats", "biceps rear_delts lower_back", "barbell", ADV, RV, "lower_back"),
    _ex("Seated cable row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "cable", BEG, RM),
    _ex("Machine row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "machine", BEG, RM),
    _ex("Band row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "bands", BEG, RM),
    _ex("Face pull", "horizontal_pull", "rear_delts upper_back", "side_delts", "cable", BEG, RM, "shoulders", scapular=True),
    # --- vertical pull ---
    _ex("Prone floor pulldown", "vertical_pull", "lats upper_back", "rear_delts", "", BEG, CM, drill=True),
    _ex("Towel slide pulldown", "vertical_pull", "lats", "biceps upper_back", "", INT, CM, "shoulders", drill=True),
    _ex("Negative pull-up", "vertical_pull", "lats upper_back", "biceps forearms", "pull_up_bar", BEG, CM, "shoulders elbows"),
    _ex("Band-assisted pull-up", "vertical_pull", "lats upper_back", "biceps forearms", "pull_up_bar bands", BEG, CM, "shoulders"),
    _ex("Pull-up", "vertical_pull", "lats upper_back", "biceps forearms rear_delts", "pull_up_bar", INT, CM, "shoulders elbows"),
    _ex("Chin-up", "vertical_pull", "lats biceps", "upper_back forearms", "pull_up_bar", INT, CM, "elbows shoulders", grip=True),
    _ex("Weighted pull-up", "vertical_pull", "lats upper_back", "biceps forearms", "pull_up_bar dumbbells", ADV, RV, "shoulders elbows"),
    _ex("Lat pulldown", "vertical_pull", "lats upper_back", "biceps rear_delts", "cable", BEG, RM, "shoulders"),
    _ex("Machine assisted pull-up", "vertical_pull", "lats upper_back", "biceps", "machine", BEG, RM, "shoulders"),
    _ex("Band lat pulldown", "vertical_pull", "lats upper_back", "biceps", "bands", BEG, RM),
    _ex("Straight-arm cable pulldown", "vertical_pull", "lats", "triceps", "cable", INT, RM, multi_joint=False),
    # --- carry ---
    _ex("Dumbbell farmer's carry", "carry", "forearms upper_back", "abs obliques glutes", "dumbbells", BEG, RV, isometric=True, grip=True),
    _ex("Kettlebell farmer's carry", "carry", "forearms upper_back", "abs obliques", "kettlebell", BEG, RV, isometric=True, grip=True),
    _ex("Suitcase carry", "carry", "forearms upper_back", "obliques abs", "dumbbells", INT, RV, unilateral=True, isometric=True, grip=True),
    _ex("Barbell farmer's hold", "carry", "forearms upper_back", "abs", "barbell", INT, RV, isometric=True, grip=True),
    # --- core ---
    _ex("Plank", "core", "abs", "obliques", "", BEG, CM, isometric=True, spine_sparing=True),
    _ex("Side plank", "core", "obliques", "abs", "", BEG, CM, "shoulders", isometric=True, unilateral=True, spine_sparing=True),
    _ex("Dead bug", "core", "abs", "hip_flexors", "", BEG, CM, spine_sparing=True),
    _ex("Bird dog", "core", "abs lower_back", "glutes", "", BEG, CM, "knees", unilateral=True, spine_sparing=True),
    _ex("Crunch", "core", "abs", "", "", BEG, CM, "lower_back"),
    _ex("Reverse crunch", "core", "abs", "hip_flexors", "", BEG, CM, "lower_back"),
    _ex("Bicycle crunch", "core", "obliques abs", "hip_flexors", "", BEG, CM, "lower_back"),
    _ex("Hollow body hold", "core", "abs", "hip_flexors", "", INT, CM, "lower_back", isometric=True),
    _ex("Russian twist", "core", "obliques", "abs", "", INT, CM, "lower_back"),
    _ex("Hanging knee raise", "core", "abs hip_flexors", "forearms", "pull_up_bar", INT, CM, "shoulders wrists"),
    _ex("Hanging leg raise", "core", "abs hip_flexors", "forearms obliques", "pull_up_bar", ADV, CM, "shoulders lower_back wrists"),
    _ex("Cable crunch", "core", "abs", "obliques", "cable", INT, RM, "lower_back"),
    _ex("Cable woodchop", "core", "obliques", "abs", "cable", INT, RM, "lower_back", unilateral=True),
    _ex("Pallof press", "core", "obliques abs", "", "cable", BEG, RM, unilateral=True, spine_sparing=True),
    _ex("Band Pallof press", "core", "obliques abs", "", "bands", BEG, RM, unilateral=True, spine_sparing=True),
    _ex("Kettlebell dead bug", "core", "abs", "hip_flexors lats", "kettlebell", BEG, RM, spine_sparing=True),
    _ex("Barbell rollout", "core", "abs", "lats", "barbell", ADV, RM, "lower_back shoulders"),
    # --- isolation: arms, shoulders, chest ---
    _ex("Dumbbell biceps curl", "isolation", "biceps", "forearms", "dumbbells", BEG, RM, "elbows"),
    _ex("Hammer curl", "isolation", "biceps forearms", "", "dumbbells", BEG, RM, "elbows"),
    _ex("Barbell curl", "isolation", "biceps", "forearms", "barbell", BEG, RM, "elbows wrists"),
    _ex("Cable curl", "isolation", "biceps", "forearms", "cable", BEG, RM, "elbows"),
    _ex("Band curl", "isolation", "biceps", "forearms", "bands", BEG, RM, "elbows"),
    _ex("Dumbbell triceps kickback", "isolation", "triceps", "", "dumbbells", BEG, RM, "elbows"),
    _ex("Overhead dumbbell triceps extension", "isolation", "triceps", "", "dumbbells", BEG, RM, "elbows shoulders"),
    _ex("Cable triceps pushdown", "isolation", "triceps", "", "cable", BEG, RM, "elbows"),
    _ex("Band triceps pushdown", "isolation", "triceps", "", "bands", BEG, RM, "elbows"),
    _ex("Skull crusher", "isolation", "triceps", "", "barbell bench", INT, RM, "elbows wrists shoulders"),
    _ex("Bench dip", "isolation", "triceps", "chest front_delts", "bench", BEG, CM, "shoulders elbows wrists", multi_joint=True),
    _ex("Dumbbell lateral raise", "isolation", "side_delts", "", "dumbbells", BEG, RM, "shoulders"),
    _ex("Cable lateral raise", "isolation", "side_delts", "", "cable", INT, RM, "shoulders"),
    _ex("Band lateral raise", "isolation", "side_delts", "", "bands", BEG, RM, "shoulders"),
    _ex("Dumbbell reverse fly", "isolation", "rear_delts", "upper_back", "dumbbells", BEG, RM, scapular=True),
    _ex("Band pull-apart", "isolation", "rear_delts", "upper_back", "bands", BEG, RM, scapular=True),
    _ex("Reverse pec deck", "isolation", "rear_delts", "upper_back", "machine", BEG, RM, scapular=True),
    _ex("Dumbbell fly", "isolation", "chest", "front_delts", "dumbbells bench", INT, RM, "shoulders"),
    _ex("Cable crossover", "isolation", "chest", "front_delts", "cable", INT, RM, "shoulders"),
    _ex("Pec deck", "isolation", "chest", "front_delts", "machine", BEG, RM, "shoulders"),
    # --- isolation: legs ---
    _ex("Leg extension", "isolation", "quads", "", "machine", BEG, RM, "knees"),
    _ex("Sissy squat", "isolation", "quads", "hip_flexors", "", ADV, CM, "knees"),
    _ex("Lying leg curl", "isolation", "hamstrings", "calves", "machine", BEG, RM),
    _ex("Band leg curl", "isolation", "hamstrings", "calves", "bands", BEG, RM),
    _ex("Sliding leg curl", "isolation", "hamstrings", "glutes", "", INT, CM),
    _ex("Nordic hamstring curl", "isolation", "hamstrings", "glutes", "", ADV, CM, "knees"),
    _ex("Standing calf raise", "isolation", "calves", "", "", BEG, CM, "ankles"),
    _ex("Single-leg dumbbell calf raise", "isolation", "calves", "", "dumbbells", BEG, RM, "ankles", unilateral=True),
    _ex("Machine calf raise", "isolation", "calves", "", "machine", BEG, RM, "ankles"),
    _ex("Adductor machine", "isolation", "adductors", "", "machine", BEG, RM, "hips"),
    _ex("Copenhagen plank", "isolation", "adductors", "obliques", "bench", ADV, CM, "knees hips", isometric=True, unilateral=True),
    _ex("Band lateral walk", "isolation", "glutes", "adductors", "bands", BEG, RM),
    _ex("Cable glute kickback", "isolation", "glutes", "hamstrings", "cable", BEG, RM, unilateral=True),
    # --- variations for limitations (offered only to people who avoid the body part) ---
    _ex("High-box squat", "squat", "quads glutes", "adductors", "bench", BEG, CM, modified_for="knees"),
    _ex("Dumbbell goblet squat to a high box", "squat", "quads glutes", "adductors abs", "dumbbells bench", BEG, RM, modified_for="knees", grip=True),
    _ex("Kettlebell goblet squat to a high box", "squat", "quads glutes", "adductors abs", "kettlebell bench", BEG, RM, modified_for="knees", grip=True),
    _ex("Leg press, partial range", "squat", "quads glutes", "adductors", "machine", BEG, RM, modified_for="knees"),
    _ex("Spanish squat", "squat", "quads", "glutes", "bands", BEG, RM, modified_for="knees"),
    _ex("High wall sit", "squat", "quads", "glutes", "", BEG, CM, isometric=True, modified_for="knees"),
    _ex("Low step-up", "lunge", "quads glutes", "calves", "", BEG, CM, unilateral=True, modified_for="knees"),
    _ex("Terminal knee extension", "isolation", "quads", "", "bands", BEG, RM, unilateral=True, modified_for="knees"),
    _ex("Straight-leg raise", "isolation", "quads", "hip_flexors", "", BEG, CM, unilateral=True, modified_for="knees"),
    _ex("Fist wall push-up", "horizontal_push", "chest triceps", "front_delts", "", BEG, CM, modified_for="wrists"),
    _ex("Fist push-up", "horizontal_push", "chest triceps front_delts", "abs", "", INT, CM, "shoulders", modified_for="wrists"),
    _ex("Incline fist push-up", "horizontal_push", "chest triceps front_delts", "abs", "", BEG, CM, "shoulders", modified_for="wrists"),
    _ex("Push-up on dumbbell handles", "horizontal_push", "chest triceps front_delts", "abs", "dumbbells", BEG, CM, "shoulders", modified_for="wrists", bodyweight=True),
    _ex("Neutral-grip lat pulldown", "vertical_pull", "lats upper_back", "biceps", "cable", BEG, RM, modified_for="shoulders"),
    _ex("Half-kneeling landmine press", "vertical_push", "front_delts chest", "triceps abs", "barbell", BEG, RM, unilateral=True, modified_for="shoulders"),
    # --- kettlebell and bodyweight options a pattern lacked (issue #12) ---
    _ex("Kettlebell floor press", "horizontal_push", "chest triceps front_delts", "", "kettlebell", BEG, RM, "elbows", partial_range=True),
    _ex("Kettlebell Romanian deadlift", "hinge", "hamstrings glutes", "lower_back forearms", "kettlebell", BEG, RM, "lower_back"),
    _ex("Kettlebell glute bridge", "hinge", "glutes", "hamstrings", "kettlebell", BEG, RM),
    _ex("Kettlebell gorilla row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "kettlebell", INT, RM, "lower_back"),
    _ex("Kettlebell high pull", "horizontal_pull", "upper_back rear_delts", "biceps side_delts", "kettlebell", INT, RM, "shoulders"),
    _ex("Kettlebell floor pullover", "vertical_pull", "lats", "chest triceps", "kettlebell", BEG, RM, "shoulders", multi_joint=False),
    _ex("Kettlebell curl", "isolation", "biceps", "forearms", "kettlebell", BEG, RM, "elbows"),
    _ex("Kettlebell overhead triceps extension", "isolation", "triceps", "", "kettlebell", BEG, RM, "elbows shoulders"),
    _ex("Kettlebell bent-over reverse fly", "isolation", "rear_delts", "upper_back", "kettlebell", BEG, RM, scapular=True),
    _ex("Kettlebell single-leg calf raise", "isolation", "calves", "", "kettlebell", BEG, RM, "ankles", unilateral=True),
    _ex("Prone Y-T raise", "isolation", "rear_delts", "upper_back", "", BEG, CM, scapular=True),
    # --- barbell options that spare the lower back (issue #12 review, R17) ---
    _ex("Landmine squat", "squat", "quads glutes", "adductors abs upper_back", "barbell", BEG, RV, "knees"),
    _ex("Barbell seal row", "horizontal_pull", "upper_back lats", "biceps rear_delts", "barbell bench", INT, RV),
    _ex("Barbell floor press", "horizontal_push", "chest triceps front_delts", "", "barbell", INT, RV, "elbows", partial_range=True),
    _ex("Dumbbell pullover", "vertical_pull", "lats", "chest triceps", "dumbbells bench", BEG, RM, "shoulders", multi_joint=False),
    _ex("Kettlebell suitcase squat", "squat", "quads glutes", "adductors forearms", "kettlebell", BEG, RM, "knees"),
    _ex("Shrimp squat", "squat", "quads glutes", "adductors", "", ADV, CM, "knees ankles", unilateral=True),
    _ex("Barbell pullover", "vertical_pull", "lats", "chest triceps", "barbell bench", INT, RM, "shoulders", multi_joint=False),
    # --- rotator cuff and scapular work for shoulders (issue #12 review) ---
    _ex("Band external rotation", "isolation", "rear_delts", "upper_back", "bands", BEG, RM, unilateral=True, scapular=True),
    _ex("Side-lying dumbbell external rotation", "isolation", "rear_delts", "upper_back", "dumbbells", BEG, RM, unilateral=True, scapular=True),
    _ex("Cable external rotation", "isolation", "rear_delts", "upper_back", "cable", BEG, RM, unilateral=True, scapular=True),
    # --- cardio ---
    _ex("Brisk walk (3.5 mph)", "cardio", "cardio", "quads calves glutes", "", BEG, "walking_3_5_mph", steady_state=True),
    _ex("Fast walk (4.0 mph)", "cardio", "cardio", "quads calves glutes", "", BEG, "walking_4_0_mph", "ankles", steady_state=True),
    _ex("Jog (5 mph)", "cardio", "cardio", "quads calves hamstrings glutes", "", INT, "running_5_mph", "knees ankles", steady_state=True),
    _ex("Run (6 mph)", "cardio", "cardio", "quads calves hamstrings glutes", "", ADV, "running_6_mph", "knees ankles", steady_state=True),
    _ex("Treadmill brisk walk", "cardio", "cardio", "quads calves", "cardio_machine", BEG, "walking_3_5_mph", steady_state=True),
    _ex("Treadmill jog (5 mph)", "cardio", "cardio", "quads calves hamstrings", "cardio_machine", INT, "running_5_mph", "knees ankles", steady_state=True),
    _ex("Stationary bike, moderate", "cardio", "cardio", "quads glutes", "cardio_machine", BEG, "stationary_bike_general", steady_state=True),
    _ex("Stationary bike intervals", "cardio", "cardio", "quads glutes", "cardio_machine", INT, "cycling_12_14_mph", "knees", steady_state=True),
    _ex("Elliptical, moderate", "cardio", "cardio", "quads glutes", "cardio_machine", BEG, "elliptical_moderate", steady_state=True),
    _ex("Rowing machine, moderate", "cardio", "cardio", "upper_back lats quads", "cardio_machine", BEG, "rowing_machine_moderate", "lower_back", steady_state=True),
    _ex("Jumping jacks", "cardio", "cardio", "calves", "", BEG, CV, "knees ankles"),
    _ex("Mountain climbers", "cardio", "cardio", "abs hip_flexors", "", INT, CV, "wrists shoulders"),
    _ex("Burpees", "cardio", "cardio", "chest quads", "", INT, CV, "knees wrists shoulders"),
    _ex("High knees", "cardio", "cardio", "hip_flexors calves", "", BEG, CV, "knees ankles"),
    _ex("Kettlebell swing intervals", "cardio", "cardio", "glutes hamstrings", "kettlebell", INT, CV, "lower_back"),
    # --- mobility ---
    _ex("Cat-cow", "mobility", "lower_back", "abs", "", BEG, "stretching", "wrists knees"),
    _ex("Thoracic open book", "mobility", "upper_back", "chest", "", BEG, "stretching"),
    _ex("Hip flexor stretch", "mobility", "hip_flexors", "quads", "", BEG, "stretching", "knees"),
    _ex("Standing hamstring stretch", "mobility", "hamstrings", "calves", "", BEG, "stretching"),
    _ex("World's greatest stretch", "mobility", "hip_flexors hamstrings upper_back", "", "", BEG, "stretching", "wrists"),
    _ex("Child's pose", "mobility", "lats lower_back", "", "", BEG, "stretching", "knees"),
    _ex("90/90 hip switch", "mobility", "glutes adductors", "hip_flexors", "", BEG, "stretching", "hips"),
    _ex("Doorway chest stretch", "mobility", "chest", "front_delts", "", BEG, "stretching", "shoulders"),
    _ex("Standing calf stretch", "mobility", "calves", "", "", BEG, "stretching"),
    _ex("Kettlebell halo", "mobility", "front_delts rear_delts", "upper_back", "kettlebell", BEG, "stretching", "shoulders"),
    _ex("Band shoulder dislocate", "mobility", "front_delts rear_delts", "chest", "bands", BEG, "stretching", "shoulders"),
    _ex("Sun salutation flow", "mobility", "full_body", "", "", INT, "yoga_hatha", "wrists shoulders"),
)
# fmt: on

BY_NAME: dict[str, Exercise] = {exercise.name: exercise for exercise in EXERCISES}


def exercise_named(name: str) -> Exercise:
    """The catalog entry with this exact name (KeyError names the missing exercise)."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no exercise named {name!r} in the catalog") from None
