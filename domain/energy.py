"""Energy requirements from published equations.

Sources: Mifflin MD, St Jeor ST et al. "A new predictive equation for resting energy
expenditure in healthy individuals", Am J Clin Nutr 1990;51:241-7. Activity factors as
listed with Mifflin-St Jeor on Medscape's calculator (1.2 / 1.375 / 1.55 / 1.725 / 1.9).
"""

from __future__ import annotations

from typing import Literal

Sex = Literal["male", "female"]

ACTIVITY_FACTORS: dict[str, float] = {
    "sedentary": 1.2,
    "light": 1.375,
    "moderate": 1.55,
    "active": 1.725,
    "very_active": 1.9,
}


def mifflin_st_jeor_bmr(sex: Sex, weight_kg: float, height_cm: float, age_years: float) -> float:
    """Basal metabolic rate in kcal/day (Mifflin-St Jeor, 1990).

    men: 10 W + 6.25 H - 5 A + 5; women: 10 W + 6.25 H - 5 A - 161.
    """
    base = 10.0 * weight_kg + 6.25 * height_cm - 5.0 * age_years
    if sex == "male":
        return base + 5.0
    if sex == "female":
        return base - 161.0
    raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")


def total_daily_energy(bmr: float, activity_level: str) -> float:
    """TDEE = BMR x activity factor (kcal/day)."""
    try:
        return bmr * ACTIVITY_FACTORS[activity_level]
    except KeyError:
        raise ValueError(f"unknown activity level {activity_level!r}") from None


def katch_mcardle_bmr(weight_kg: float, body_fat_percent: float) -> float:
    """Basal metabolic rate in kcal/day from lean body mass (Katch-McArdle).

    BMR = 370 + 21.6 x LBM, LBM = W x (1 - BF%/100); sex-free. Source: Katch & McArdle,
    "Nutrition, Weight Control and Exercise" (as tabulated in reference/nutrition.md §1.1).
    Vector: 80 kg at 15 % fat -> 1838.8 kcal/day.
    """
    if not 0.0 <= body_fat_percent < 100.0:
        raise ValueError(f"body fat must be in [0, 100) %, not {body_fat_percent!r}")
    lean_mass = weight_kg * (1.0 - body_fat_percent / 100.0)
    return 370.0 + 21.6 * lean_mass
