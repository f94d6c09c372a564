"""Daily energy and nutrient targets from a health profile (plain Python, no web framework).

The chain: BMR (Mifflin-St Jeor, or Katch-McArdle when body fat is known) x activity
factor = TDEE; a goal adjustment with a safe rate and a calorie floor gives the calorie
target; protein comes from g/kg by goal, fat and carbohydrate fill the rest inside the
AMDR, and the three add up to the calorie target with 4/4/9 kcal per gram. Fiber, sodium
and saturated fat follow the IOM and the Dietary Guidelines for Americans 2020-2025.
Every figure and source is collected in ``shared/reference/nutrition.md`` (§1-§2).

Two dietary preferences of the profile (``domain.diet``) change the targets: ``low_carb``
caps carbohydrate at 26 % of energy (fat fills the rest) and ``low_sodium`` lowers the
sodium ceiling to 1,500 mg. Adults 65 and over get at least 1.0 g/kg protein. The input
ranges are the shared profile ranges (``domain.profile_ranges``).

Not medical advice: the equations are population estimates for healthy adults.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from domain import diet
from domain.energy import ACTIVITY_FACTORS, katch_mcardle_bmr, mifflin_st_jeor_bmr
from domain.profile_ranges import PROFILE_RANGES

Goal = Literal["lose", "maintain", "gain"]
GOALS: tuple[str, ...] = ("lose", "maintain", "gain")
SEXES: tuple[str, ...] = ("male", "female", "other", "prefer_not_to_say")

# Loss: 500 kcal/day under TDEE (AHA/ACC/TOS 2013: 500-750), at most 25 % of TDEE (our
# rule, nutrition.md §1.5), never below 1,200 (women) / 1,500 (men) kcal unsupervised.
DEFICIT_KCAL = 500.0
MAX_DEFICIT_SHARE = 0.25
CALORIE_FLOOR = {"female": 1200.0, "male": 1500.0}
# Gain: +350-500 kcal/day "lean bulk" (Slater et al., Front Nutr 2019;6:131).
SURPLUS_LOW_KCAL = 350.0
SURPLUS_HIGH_KCAL = 500.0

# IOM 2002 AMDR, adults (fraction of energy).
AMDR = {"protein": (0.10, 0.35), "fats": (0.20, 0.35), "carbs": (0.45, 0.65)}
PREFERRED_FAT_SHARE = 0.30
KCAL_PER_GRAM = {"protein": 4.0, "carbs": 4.0, "fats": 9.0}  # Atwater general factors

FIBER_G_PER_1000_KCAL = 14.0  # IOM 2002 adequate intake
SODIUM_LIMIT_MG = diet.SODIUM_LIMIT_MG  # NASEM 2019 CDRR / DGA 2020-2025
LOW_SODIUM_LIMIT_MG = diet.LOW_SODIUM_LIMIT_MG  # the low_sodium preference
LOW_CARB_MAX_SHARE = diet.LOW_CARB_MAX_ENERGY_SHARE  # the low_carb preference
# PROT-AGE (Bauer et al., J Am Med Dir Assoc 2013;14:542-59) and ESPEN (Deutz et al.,
# Clin Nutr 2014;33:929-36): at least 1.0-1.2 g/kg/day from 65 years of age.
OLDER_ADULT_AGE = 65.0
OLDER_ADULT_MIN_PROTEIN_G_PER_KG = 1.0
SATURATED_FAT_MAX_SHARE = 0.10  # DGA 2020-2025: < 10 % of energy

# Profile field names as the API spells them (core.accounts.User), for error messages.
FIELD_NAMES = {
    "sex": "gender",
    "age_years": "age",
    "height_cm": "height",
    "weight_kg": "weight",
    "activity_level": "activity_level",
    "body_fat_percent": "body_fat_percent",
    "goal": "goals",
}
# The shared profile ranges (domain.profile_ranges), the core's validation uses the same:
# a profile the core accepts is never refused here. Age: the equations are for adults.
VALID_RANGES = {
    name: (PROFILE_RANGES[FIELD_NAMES[name]].low, PROFILE_RANGES[FIELD_NAMES[name]].high)
    for name in ("age_years", "height_cm", "weight_kg", "body_fat_percent")
}


class ProfileError(ValueError):
    """The profile cannot produce targets; ``fields`` maps API field name -> reason."""

    def __init__(self, message: str, fields: dict[str, str]) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields


class MissingProfileFields(ProfileError):
    """Required profile fields are empty; ``missing`` lists their API names, sorted."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = sorted(missing)
        super().__init__(
            "The profile is missing what the targets need: " + ", ".join(self.missing) + ".",
            {name: "This field is required to compute energy targets." for name in self.missing},
        )


class InvalidProfileValues(ProfileError):
    """Profile fields hold values the equations do not cover."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(
            "The profile has values the energy equations do not cover: "
            + ", ".join(sorted(fields))
            + ".",
            fields,
        )


@dataclass(frozen=True)
class Profile:
    """The inputs of the target calculation (kg, cm, years)."""

    sex: str
    age_years: float | None
    height_cm: float | None
    weight_kg: float
    activity_level: str
    goal: Goal = "maintain"
    body_fat_percent: float | None = None
    strength_training: bool = False  # "build_muscle" among the goals
    low_carb: bool = False  # "low_carb" among the dietary preferences (domain.diet)
    low_sodium: bool = False  # "low_sodium" among the dietary preferences

    def __post_init__(self) -> None:
        if self.body_fat_percent is None:
            missing = [
                FIELD_NAMES[name]
                for name in ("age_years", "height_cm")
                if getattr(self, name) is None
            ]
            if missing:
                raise MissingProfileFields(missing)
        errors: dict[str, str] = {}
        if self.sex not in SEXES:
            errors["gender"] = f"Must be one of {', '.join(SEXES)}."
        if self.activity_level not in ACTIVITY_FACTORS:
            errors["activity_level"] = f"Must be one of {', '.join(ACTIVITY_FACTORS)}."
        if self.goal not in GOALS:
            errors["goals"] = f"Goal must be one of {', '.join(GOALS)}."
        for name, (low, high) in VALID_RANGES.items():
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, (int, float)) or not math.isfinite(value):
                errors[FIELD_NAMES[name]] = "Must be a number."
            elif not low <= value <= high:
                errors[FIELD_NAMES[name]] = PROFILE_RANGES[FIELD_NAMES[name]].message
        if errors:
            raise InvalidProfileValues(errors)


@dataclass(frozen=True)
class Targets:
    """Daily targets and how they were reached (kcal, grams, mg)."""

    profile: Profile
    bmr_kcal: float
    bmr_equation: str
    activity_factor: float
    tdee_kcal: float
    energy_adjustment_kcal: float  # target - TDEE (negative for loss)
    calorie_floor_kcal: float | None
    floor_applied: bool
    calories: float  # whole kcal
    protein_g: float
    carbs_g: float
    fats_g: float
    protein_g_per_kg: float
    protein_source: str
    fiber_g: float
    sodium_max_mg: float
    saturated_fat_max_g: float
    # "amdr" (IOM 2002 ranges for all three) or "low_carb" (carbohydrate capped at 26 %).
    macro_split: str = "amdr"

    def energy_shares(self) -> dict[str, float]:
        """Fraction of the calorie target from each macro (4/4/9), adding up to 1."""
        return {
            key: getattr(self, f"{key}_g") * KCAL_PER_GRAM[key] / self.calories
            for key in ("protein", "carbs", "fats")
        }

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready copy (the plan's ``inputs``/``targets`` sections)."""
        data = asdict(self)
        data["energy_shares"] = {k: round(v, 4) for k, v in self.energy_shares().items()}
        return data


# --- the equations -------------------------------------------------------------------------


def basal_metabolic_rate(profile: Profile) -> tuple[float, str]:
    """BMR in kcal/day and the equation used.

    Katch-McArdle (370 + 21.6 x lean mass) when body fat is known, else Mifflin-St Jeor
    (Mifflin et al., AJCN 1990;51:241-7: 10 W + 6.25 H - 5 A + 5 men / - 161 women), the
    equation most often within 10 % of measured RMR (Frankenfield et al., J Am Diet Assoc
    2005). For a sex other than male/female the mean of the two constants (-78) is used:
    our choice, not a published equation. Vectors (nutrition.md §1.6): man 80/180/30 ->
    1780.00, woman 60/165/30 -> 1320.25, Katch-McArdle 80 kg 15 % -> 1838.8.
    """
    if profile.body_fat_percent is not None:
        return katch_mcardle_bmr(profile.weight_kg, profile.body_fat_percent), "katch_mcardle"
    height, age = float(profile.height_cm or 0.0), float(profile.age_years or 0.0)
    if profile.sex in ("male", "female"):
        bmr = mifflin_st_jeor_bmr(profile.sex, profile.weight_kg, height, age)  # type: ignore[arg-type]
        return bmr, "mifflin_st_jeor"
    male = mifflin_st_jeor_bmr("male", profile.weight_kg, height, age)
    return male - 83.0, "mifflin_st_jeor_sex_neutral"


def total_daily_energy_expenditure(bmr: float, activity_level: str) -> tuple[float, float]:
    """TDEE = BMR x activity factor; returns (TDEE, factor).

    Factors 1.2 / 1.375 / 1.55 / 1.725 / 1.9 as listed with Mifflin-St Jeor on Medscape's
    calculator (nutrition.md §1.2); conventions, not regression results.
    """
    factor = ACTIVITY_FACTORS[activity_level]
    return bmr * factor, factor


def calorie_floor(sex: str) -> float:
    """Lowest unsupervised daily intake: 1,200 kcal women, 1,500 kcal men (nutrition.md §1.5).

    Other/undisclosed sex: the mean, 1,350 kcal (our choice).
    """
    return CALORIE_FLOOR.get(sex, (CALORIE_FLOOR["female"] + CALORIE_FLOOR["male"]) / 2)


def goal_calories(
    tdee: float, goal: str, sex: str, activity_level: str
) -> tuple[float, float | None]:
    """Daily calorie target for a goal; returns (target, floor used or None).

    lose: TDEE - min(500, 25 % of TDEE) (AHA/ACC/TOS 2013 deficit of 500-750 kcal/day, our
    25 % cap), never below the sex's floor. maintain: TDEE. gain: TDEE + 350 kcal, + 500
    for active people (Slater et al. 2019: +350-500 kcal/day). Rounded to whole kcal.
    No goal goes below the floor: an intake under 1,200/1,500 kcal is not planned without
    supervision (nutrition.md §1.5), even when a very small, old, sedentary body's TDEE
    is lower; the floor is returned whenever it decided the target.
    """
    floor = calorie_floor(sex)
    if goal == "lose":
        target = tdee - min(DEFICIT_KCAL, MAX_DEFICIT_SHARE * tdee)
    elif goal == "gain":
        active = activity_level in ("active", "very_active")
        target = tdee + (SURPLUS_HIGH_KCAL if active else SURPLUS_LOW_KCAL)
    else:
        target = tdee
    if goal == "lose" or target < floor:
        return float(round(max(target, floor))), floor
    return float(round(target)), None


def protein_factor(
    goal: str, activity_level: str, strength_training: bool, age_years: float | None = None
) -> tuple[float, str]:
    """Protein in g per kg body weight per day, and its source.

    Adults 65 and over get at least 1.0 g/kg whatever the rules below say: PROT-AGE
    (Bauer et al., J Am Med Dir Assoc 2013;14:542-59: 1.0-1.2 g/kg/day for healthy older
    people) and ESPEN (Deutz et al., Clin Nutr 2014;33:929-36: at least 1.0-1.2 g/kg/day),
    because the RDA of 0.8 g/kg does not hold muscle mass with age (anabolic resistance).
    Rules that already give more (training, weight loss, gain) are left as they are.

    - maintain, sedentary: 0.8 (IOM RDA); lightly active 1.0 (our step between RDA and
      ISSN); moderate or more, or strength training: 1.4 (ISSN 2017, Jäger et al., JISSN
      14:20: 1.4-2.0 for exercising people).
    - gain: 1.6 (Morton et al., BJSM 2018: hypertrophy plateau, breakpoint 1.62).
    - lose: 1.8 with training or any activity (Hector & Phillips, IJSNEM 2018: 1.6-2.4 in
      a deficit; ISSN 2017), 1.2 when sedentary (low end of ACSM/AND/DC 2016 1.2-2.0).
    """
    if goal == "gain":
        return 1.6, "Morton et al., Br J Sports Med 2018 (1.6 g/kg for muscle gain)"
    if goal == "lose":
        if strength_training or activity_level != "sedentary":
            return 1.8, "Hector & Phillips, IJSNEM 2018; ISSN 2017 (1.6-2.4 g/kg in a deficit)"
        return 1.2, "ACSM/AND/DC 2016 low end (1.2 g/kg in a deficit, sedentary)"
    if strength_training or activity_level in ("moderate", "active", "very_active"):
        return 1.4, "ISSN position stand 2017 (1.4-2.0 g/kg when exercising)"
    if age_years is not None and age_years >= OLDER_ADULT_AGE:
        return OLDER_ADULT_MIN_PROTEIN_G_PER_KG, (
            "PROT-AGE 2013 / ESPEN 2014 (at least 1.0-1.2 g/kg from 65 years)"
        )
    if activity_level == "light":
        return 1.0, "between the IOM RDA (0.8) and ISSN 2017 (1.4) for light activity"
    return 0.8, "IOM 2002 RDA (0.8 g/kg)"


def protein_reference_weight(weight_kg: float, height_cm: float | None) -> float:
    """Body weight the protein factor applies to.

    With BMI >= 30 the weight at BMI 25 is used, so protein is not scaled by fat mass
    (nutrition.md §2.2 practical rule, marked UNCONFIRMED there).
    """
    if height_cm:
        metres = height_cm / 100.0
        if weight_kg / (metres * metres) >= 30.0:
            return 25.0 * metres * metres
    return weight_kg


def macro_grams(
    calories: float, protein_g_wanted: float, low_carb: bool = False
) -> tuple[float, float, float]:
    """Protein, carbohydrate, fat grams adding up to ``calories`` at 4/4/9 kcal/g.

    Protein is clamped into its AMDR (10-35 % of energy, IOM 2002) and rounded to a whole
    gram; fat starts at 30 % and moves inside its AMDR (20-35 %) so the carbohydrate
    remainder lands in 45-65 %; fat is a whole gram and carbohydrate is exactly the rest
    ((kcal - 4P - 9F) / 4, a multiple of 0.25 g).

    ``low_carb``: carbohydrate is capped at 26 % of energy (``domain.diet``: the usual
    low-carbohydrate cut-off, < 130 g/day at 2,000 kcal; Feinman et al., Nutrition 2015;
    ADA consensus report 2019), protein is the same as without the preference (inside its
    AMDR), and fat fills the rest: the fewest whole grams that keep carbohydrate at or
    under the cap. Fat then lies above its 35 % AMDR (39-64 % of energy): that is what a
    low-carbohydrate diet is. The AMDR assumes carbohydrate supplies 45-65 %; once a person
    chooses less, the energy has to come from fat (or from protein, which is already at
    the amount their goal calls for and capped at 35 %). Carbohydrate is taken at the cap
    rather than lower so that fat exceeds the AMDR no more than the preference needs.
    """
    low, high = AMDR["protein"]
    protein = round(min(max(protein_g_wanted, low * calories / 4), high * calories / 4))
    if low_carb:
        carb_cap_g = LOW_CARB_MAX_SHARE * calories / 4
        fats = math.ceil((calories - 4 * protein - 4 * carb_cap_g) / 9 - 1e-9)
        carbs = (calories - 4 * protein - 9 * fats) / 4
        return float(protein), carbs, float(fats)
    rest = 1.0 - protein * 4 / calories
    fat_share = PREFERRED_FAT_SHARE
    c_low, c_high = AMDR["carbs"]
    if rest - fat_share < c_low:
        fat_share = max(AMDR["fats"][0], rest - c_low)
    elif rest - fat_share > c_high:
        fat_share = min(AMDR["fats"][1], rest - c_high)
    fats = round(fat_share * calories / 9)
    carbs = (calories - 4 * protein - 9 * fats) / 4
    return float(protein), carbs, float(fats)


def fiber_target(calories: float) -> float:
    """Fiber in g/day: 14 g per 1,000 kcal (IOM 2002 adequate intake), one decimal."""
    return round(FIBER_G_PER_1000_KCAL * calories / 1000.0, 1)


def saturated_fat_limit(calories: float) -> float:
    """Saturated fat ceiling in g/day: 10 % of energy at 9 kcal/g (DGA 2020-2025)."""
    return round(SATURATED_FAT_MAX_SHARE * calories / 9.0, 1)


def compute_targets(profile: Profile) -> Targets:
    """All daily targets for a validated profile (see the module docstring for the chain)."""
    bmr, equation = basal_metabolic_rate(profile)
    tdee, factor = total_daily_energy_expenditure(bmr, profile.activity_level)
    calories, floor = goal_calories(tdee, profile.goal, profile.sex, profile.activity_level)
    per_kg, source = protein_factor(
        profile.goal, profile.activity_level, profile.strength_training, profile.age_years
    )
    reference = protein_reference_weight(profile.weight_kg, profile.height_cm)
    protein, carbs, fats = macro_grams(calories, per_kg * reference, profile.low_carb)
    return Targets(
        profile=profile,
        bmr_kcal=round(bmr, 2),
        bmr_equation=equation,
        activity_factor=factor,
        tdee_kcal=round(tdee, 2),
        energy_adjustment_kcal=round(calories - tdee, 2),
        calorie_floor_kcal=floor,
        floor_applied=floor is not None and calories == floor,
        calories=calories,
        protein_g=protein,
        carbs_g=carbs,
        fats_g=fats,
        protein_g_per_kg=per_kg,
        protein_source=source,
        fiber_g=fiber_target(calories),
        sodium_max_mg=LOW_SODIUM_LIMIT_MG if profile.low_sodium else SODIUM_LIMIT_MG,
        saturated_fat_max_g=saturated_fat_limit(calories),
        macro_split="low_carb" if profile.low_carb else "amdr",
    )


# --- from the API's profile shape ----------------------------------------------------------


def goal_from_goals(goals: object) -> tuple[Goal, bool]:
    """Map the profile's goal list to (lose/maintain/gain, strength training?).

    ``lose_weight`` wins over gaining; ``gain_weight`` or ``build_muscle`` means gain
    unless weight loss is also asked (then it is loss with training protein).
    """
    names = {str(g) for g in goals} if isinstance(goals, (list, tuple, set)) else set()
    if isinstance(goals, str):
        names = {goals}
    training = "build_muscle" in names
    if names & {"lose_weight", "lose"}:
        return "lose", training
    if names & {"gain_weight", "build_muscle", "gain"}:
        return "gain", training
    return "maintain", training


def profile_from_mapping(data: Mapping[str, Any]) -> Profile:
    """Build a :class:`Profile` from API-shaped fields (``gender``, ``age``, ``height``, ...).

    Raises :class:`MissingProfileFields` naming every empty field the targets need
    (gender, weight, activity_level always; age and height unless body fat is known),
    or :class:`InvalidProfileValues` for values out of range. A ``goal`` key
    (lose/maintain/gain) overrides the ``goals`` list. ``dietary_preferences`` (read by
    ``domain.diet.restrictions_from_profile``, everyday words included: "keto" is
    low_carb) set ``low_carb`` and ``low_sodium``.
    """

    def present(key: str) -> bool:
        return data.get(key) not in (None, "")

    required = ["gender", "weight", "activity_level"]
    if not present("body_fat_percent"):
        required += ["age", "height"]
    missing = [key for key in required if not present(key)]
    if missing:
        raise MissingProfileFields(missing)
    goal, training = goal_from_goals(data.get("goals") or [])
    if present("goal"):
        goal = data["goal"]
    preferences = diet.restrictions_from_profile(
        {"dietary_preferences": data.get("dietary_preferences") or ()}
    )
    try:
        return Profile(
            sex=data["gender"],
            age_years=_number(data.get("age"), "age"),
            height_cm=_number(data.get("height"), "height"),
            weight_kg=_number(data["weight"], "weight"),
            activity_level=data["activity_level"],
            goal=goal,
            body_fat_percent=_number(data.get("body_fat_percent"), "body_fat_percent"),
            strength_training=training or bool(data.get("strength_training")),
            low_carb=preferences.low_carb,
            low_sodium=preferences.low_sodium,
        )
    except TypeError as exc:
        raise InvalidProfileValues({str(exc): "Must be a number."}) from None


def _number(value: Any, name: str) -> Any:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(name)
    return float(value)


def targets_from_mapping(data: Mapping[str, Any]) -> Targets:
    """Targets for an API-shaped profile (see :func:`profile_from_mapping`)."""
    return compute_targets(profile_from_mapping(data))
