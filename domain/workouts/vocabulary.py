"""The fixed vocabularies of the exercise catalog and the programmer.

Every catalog entry and every request is checked against these tuples, so a typo in the
data or in a request is an error instead of an exercise that silently never matches.
"""

from __future__ import annotations

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

GOALS: tuple[str, ...] = ("strength", "hypertrophy", "endurance", "weight_loss", "general_fitness")
LEVELS: tuple[str, ...] = ("beginner", "intermediate", "advanced")

# Movement patterns. "isolation" is a single-target accessory (curl, raise, leg curl...);
# cardio and mobility are time-based and never count as hard resistance work.
PATTERNS: tuple[str, ...] = (
    "squat",
    "hinge",
    "lunge",
    "horizontal_push",
    "vertical_push",
    "horizontal_pull",
    "vertical_pull",
    "carry",
    "core",
    "isolation",
    "cardio",
    "mobility",
)
RESISTANCE_PATTERNS: frozenset[str] = frozenset(PATTERNS) - {"cardio", "mobility"}
# The patterns a balanced programme is built from; the catalog must offer each of them
# without any equipment (test_workouts checks it).
MAIN_PATTERNS: tuple[str, ...] = (
    "squat",
    "hinge",
    "lunge",
    "horizontal_push",
    "vertical_push",
    "horizontal_pull",
    "vertical_pull",
    "core",
    "cardio",
    "mobility",
)

MUSCLES: tuple[str, ...] = (
    "chest",
    "front_delts",
    "side_delts",
    "rear_delts",
    "triceps",
    "biceps",
    "forearms",
    "upper_back",
    "lats",
    "lower_back",
    "abs",
    "obliques",
    "glutes",
    "quads",
    "hamstrings",
    "calves",
    "hip_flexors",
    "adductors",
    "full_body",  # mobility flows that stretch everything
    "cardio",  # the heart and lungs: the primary "muscle" of cardio work
)

# Session "domains": the muscles an upper or a lower session may load as prime movers.
# They are disjoint, so an upper day next to a lower day never trains a muscle hard twice.
UPPER_MUSCLES: frozenset[str] = frozenset(
    {
        "chest",
        "front_delts",
        "side_delts",
        "rear_delts",
        "triceps",
        "biceps",
        "forearms",
        "upper_back",
        "lats",
    }
)
LOWER_MUSCLES: frozenset[str] = frozenset(
    {
        "glutes",
        "quads",
        "hamstrings",
        "calves",
        "hip_flexors",
        "adductors",
        "lower_back",
        "abs",
        "obliques",
    }
)
PUSH_MUSCLES: frozenset[str] = frozenset({"chest", "front_delts", "side_delts", "triceps"})
PULL_MUSCLES: frozenset[str] = frozenset({"lats", "upper_back", "rear_delts", "biceps", "forearms"})
# Relative size, for "large before small" ordering (ACSM 2009: large -> small muscle groups).
MUSCLE_SIZE: dict[str, int] = {
    "glutes": 3,
    "quads": 3,
    "hamstrings": 3,
    "chest": 3,
    "lats": 3,
    "upper_back": 3,
    "lower_back": 2,
    "adductors": 2,
    "front_delts": 2,
    "side_delts": 2,
    "rear_delts": 2,
    "triceps": 1,
    "biceps": 1,
    "forearms": 1,
    "calves": 1,
    "abs": 1,
    "obliques": 1,
    "hip_flexors": 1,
    "full_body": 0,
    "cardio": 0,
}

# Equipment a person can own or find in a gym. Bodyweight work needs none of it.
EQUIPMENT: tuple[str, ...] = (
    "dumbbells",
    "barbell",
    "kettlebell",
    "machine",
    "cable",
    "bands",
    "pull_up_bar",
    "bench",
    "cardio_machine",
)
# Words a request may use for "nothing" or "everything".
NO_EQUIPMENT_WORDS: frozenset[str] = frozenset({"none", "bodyweight", "body_weight"})
FULL_GYM_WORDS: frozenset[str] = frozenset({"gym", "full_gym", "all"})

BODY_PARTS: tuple[str, ...] = (
    "knees",
    "shoulders",
    "lower_back",
    "wrists",
    "elbows",
    "hips",
    "ankles",
)
BODY_PART_ALIASES: dict[str, str] = {
    "knee": "knees",
    "shoulder": "shoulders",
    "back": "lower_back",
    "low_back": "lower_back",
    "wrist": "wrists",
    "elbow": "elbows",
    "hip": "hips",
    "ankle": "ankles",
}

# MET values from the Compendium of Physical Activities (2011 codes, as collected in
# shared/reference/nutrition.md section 6). Every catalog entry names one of these keys,
# so no MET value is typed twice.
COMPENDIUM_METS: dict[str, float] = {
    "stretching": 2.3,
    "yoga_hatha": 2.5,
    "walking_3_0_mph": 3.5,
    "resistance_moderate": 3.5,  # resistance training, light/moderate effort
    "calisthenics_moderate": 3.8,
    "walking_3_5_mph": 4.3,
    "walking_4_0_mph": 5.0,
    "elliptical_moderate": 5.0,
    "resistance_vigorous": 6.0,  # resistance training, vigorous (heavy free-weight lifts)
    "stationary_bike_general": 6.8,
    "rowing_machine_moderate": 7.0,
    "calisthenics_vigorous": 8.0,  # circuit / calisthenics, vigorous effort
    "cycling_12_14_mph": 8.0,  # stationary intervals at this effort
    "running_5_mph": 8.3,
    "running_6_mph": 9.8,
}
# Compendium intensity bands: light < 3, moderate 3-5.9, vigorous >= 6 METs.
VIGOROUS_MET = 6.0
