"""Energy and macro targets against the published vectors (nutrition.md §1.6, §2)."""

from __future__ import annotations

import dataclasses

import pytest

from domain.diet import LOW_CARB_MAX_ENERGY_SHARE
from domain.energy import katch_mcardle_bmr, mifflin_st_jeor_bmr
from domain.targets import (
    LOW_SODIUM_LIMIT_MG,
    SODIUM_LIMIT_MG,
    InvalidProfileValues,
    MissingProfileFields,
    Profile,
    basal_metabolic_rate,
    compute_targets,
    goal_calories,
    macro_grams,
    profile_from_mapping,
    protein_factor,
    targets_from_mapping,
)

MAN = Profile("male", 30, 180, 80, "sedentary")
WOMAN = Profile("female", 30, 165, 60, "sedentary")


def test_mifflin_st_jeor_published_vectors() -> None:
    assert mifflin_st_jeor_bmr("male", 80, 180, 30) == pytest.approx(1780.00, abs=0.005)
    assert mifflin_st_jeor_bmr("female", 60, 165, 30) == pytest.approx(1320.25, abs=0.005)
    assert basal_metabolic_rate(MAN) == (pytest.approx(1780.0), "mifflin_st_jeor")


def test_katch_mcardle_used_when_body_fat_known() -> None:
    assert katch_mcardle_bmr(80, 15) == pytest.approx(1838.8, abs=0.005)
    bmr, equation = basal_metabolic_rate(dataclasses.replace(MAN, body_fat_percent=15))
    assert (bmr, equation) == (pytest.approx(1838.8), "katch_mcardle")


def test_sex_neutral_equation_is_the_mean_of_both() -> None:
    other = dataclasses.replace(MAN, sex="other")
    female = dataclasses.replace(MAN, sex="female")
    mean = (basal_metabolic_rate(MAN)[0] + basal_metabolic_rate(female)[0]) / 2
    assert basal_metabolic_rate(other)[0] == pytest.approx(mean)


@pytest.mark.parametrize(
    ("level", "factor"),
    [
        ("sedentary", 1.2),
        ("light", 1.375),
        ("moderate", 1.55),
        ("active", 1.725),
        ("very_active", 1.9),
    ],
)
def test_tdee_uses_the_activity_factor(level: str, factor: float) -> None:
    targets = compute_targets(dataclasses.replace(MAN, activity_level=level))
    assert targets.activity_factor == factor
    assert targets.tdee_kcal == pytest.approx(1780.0 * factor, abs=0.01)
    assert targets.calories == round(1780.0 * factor)  # maintain = TDEE


def test_loss_deficit_is_500_capped_at_a_quarter_and_floored() -> None:
    # Large TDEE: the full 500 kcal deficit.
    assert goal_calories(3000.0, "lose", "male", "active") == (2500.0, 1500.0)
    # TDEE 1800: 25 % cap is 450 -> 1350, but a man's floor is 1,500.
    assert goal_calories(1800.0, "lose", "male", "sedentary") == (1500.0, 1500.0)
    # Woman 60/165/30 sedentary: TDEE 1584.3 - 396.1 = 1188.2 -> floor 1,200.
    targets = compute_targets(dataclasses.replace(WOMAN, goal="lose"))
    assert targets.calories == 1200.0 and targets.floor_applied
    # TDEE 1900 woman: 25 % cap 475 -> 1425 (above her floor).
    assert goal_calories(1900.0, "lose", "female", "light") == (1425.0, 1200.0)


def test_gain_adds_350_or_500() -> None:
    assert goal_calories(2500.0, "gain", "male", "sedentary")[0] == 2850.0
    assert goal_calories(2500.0, "gain", "male", "active")[0] == 3000.0


def test_no_goal_goes_below_the_unsupervised_floor() -> None:
    # A very small, old, sedentary body: maintenance under 1,200 kcal is still 1,200.
    assert goal_calories(1050.0, "maintain", "female", "sedentary") == (1200.0, 1200.0)
    assert goal_calories(1100.0, "gain", "female", "sedentary") == (1450.0, None)
    assert goal_calories(900.0, "gain", "male", "sedentary") == (1500.0, 1500.0)
    assert goal_calories(2000.0, "maintain", "female", "light") == (2000.0, None)


@pytest.mark.parametrize(
    ("goal", "level", "training", "per_kg"),
    [
        ("maintain", "sedentary", False, 0.8),
        ("maintain", "moderate", False, 1.4),
        ("gain", "sedentary", True, 1.6),
        ("lose", "moderate", False, 1.8),
        ("lose", "sedentary", False, 1.2),
    ],
)
def test_protein_factor_by_goal(goal: str, level: str, training: bool, per_kg: float) -> None:
    assert protein_factor(goal, level, training)[0] == per_kg


def test_macros_add_up_and_stay_in_the_amdr() -> None:
    for calories in (1200.0, 1500.0, 2136.0, 3200.0, 4100.0):
        for protein_wanted in (20.0, 64.0, 144.0, 400.0):
            protein, carbs, fats = macro_grams(calories, protein_wanted)
            assert 4 * protein + 4 * carbs + 9 * fats == pytest.approx(calories, abs=1e-9)
            shares = (4 * protein / calories, 4 * carbs / calories, 9 * fats / calories)
            assert 0.10 - 0.002 <= shares[0] <= 0.35 + 0.002
            assert 0.45 - 0.003 <= shares[1] <= 0.65 + 0.003
            assert 0.20 - 0.003 <= shares[2] <= 0.35 + 0.003


def test_full_targets_for_the_reference_man() -> None:
    targets = compute_targets(MAN)
    assert targets.calories == 2136.0  # 1780 x 1.2
    assert targets.protein_g == 64.0  # 0.8 g/kg x 80 kg
    assert targets.fats_g == 71.0  # 30 % of energy / 9
    assert targets.carbs_g == (2136 - 4 * 64 - 9 * 71) / 4
    assert targets.fiber_g == pytest.approx(29.9)  # 14 g / 1000 kcal
    assert targets.sodium_max_mg == 2300.0
    assert targets.saturated_fat_max_g == pytest.approx(23.7)  # 10 % / 9 kcal/g
    assert targets.as_dict()["profile"]["weight_kg"] == 80


def test_protein_uses_bmi_25_weight_when_obese() -> None:
    heavy = Profile("male", 40, 175, 130, "moderate", "lose")  # BMI 42
    targets = compute_targets(heavy)
    assert targets.protein_g == round(1.8 * 25 * 1.75**2)


def test_missing_fields_are_named() -> None:
    with pytest.raises(MissingProfileFields) as caught:
        targets_from_mapping({"gender": "male", "weight": 80, "height": None, "age": ""})
    assert caught.value.missing == ["activity_level", "age", "height"]
    assert set(caught.value.fields) == {"activity_level", "age", "height"}
    assert "activity_level, age, height" in str(caught.value)


def test_body_fat_makes_age_and_height_optional() -> None:
    data = {"gender": "female", "weight": 60, "body_fat_percent": 25, "activity_level": "light"}
    targets = targets_from_mapping(data)
    assert targets.bmr_equation == "katch_mcardle"
    assert targets.bmr_kcal == pytest.approx(370 + 21.6 * 45)


def test_goals_list_maps_to_a_goal() -> None:
    base = {"gender": "male", "weight": 80, "height": 180, "age": 30, "activity_level": "light"}
    assert profile_from_mapping({**base, "goals": ["lose_weight", "build_muscle"]}).goal == "lose"
    assert profile_from_mapping({**base, "goals": ["build_muscle"]}).goal == "gain"
    assert profile_from_mapping({**base, "goals": ["eat_healthier"]}).goal == "maintain"
    assert profile_from_mapping(base).goal == "maintain"


def test_out_of_range_values_are_refused() -> None:
    with pytest.raises(InvalidProfileValues) as caught:
        Profile("male", 12, 180, 80, "sedentary")
    assert "age" in caught.value.fields
    with pytest.raises(InvalidProfileValues) as caught:
        targets_from_mapping(
            {"gender": "robot", "weight": "heavy", "height": 180, "age": 30, "activity_level": "x"}
        )
    assert "weight" in caught.value.fields


# --- issue #10: low_carb, low_sodium, older adults, shared ranges ---------------------------
def test_out_of_range_messages_state_the_range() -> None:
    with pytest.raises(InvalidProfileValues) as caught:
        Profile("male", 17, 99, 351, "sedentary", body_fat_percent=71)
    assert caught.value.fields == {
        "age": "Must be between 18 and 120 years.",
        "height": "Must be between 100 and 250 cm.",
        "weight": "Must be between 30 and 350 kg.",
        "body_fat_percent": "Must be between 3 and 70 percent.",
    }


@pytest.mark.parametrize("calories", [1200.0, 1500.0, 2136.0, 2759.0, 3200.0, 4100.0])
@pytest.mark.parametrize("protein_wanted", [20.0, 64.0, 144.0, 400.0])
def test_low_carb_caps_carbohydrate_and_fat_fills_the_rest(
    calories: float, protein_wanted: float
) -> None:
    protein, carbs, fats = macro_grams(calories, protein_wanted, low_carb=True)
    assert 4 * protein + 4 * carbs + 9 * fats == pytest.approx(calories, abs=1e-9)
    # Protein is what it would be without the preference (inside its AMDR).
    assert protein == macro_grams(calories, protein_wanted)[0]
    assert 0.10 - 0.002 <= 4 * protein / calories <= 0.35 + 0.002
    # At most 26 % from carbohydrate, and no more than one gram of fat below the cap.
    assert carbs >= 0 and 4 * carbs / calories <= LOW_CARB_MAX_ENERGY_SHARE
    assert 4 * (carbs + 9 / 4) / calories > LOW_CARB_MAX_ENERGY_SHARE
    assert fats == int(fats)


def test_low_carb_profile_targets() -> None:
    base = {"gender": "male", "age": 30, "height": 180, "weight": 80, "activity_level": "moderate"}
    usual = targets_from_mapping(base)
    low = targets_from_mapping({**base, "dietary_preferences": ["low_carb"]})
    keto = targets_from_mapping({**base, "dietary_preferences": ["Keto"]})  # an alias
    assert usual.macro_split == "amdr" and usual.energy_shares()["carbs"] > 0.45
    assert low.macro_split == keto.macro_split == "low_carb"
    assert (low.calories, low.protein_g) == (usual.calories, usual.protein_g)
    shares = low.energy_shares()
    assert shares["carbs"] <= 0.26 and shares["fats"] > 0.35  # above the fat AMDR, by design
    assert sum(shares.values()) == pytest.approx(1.0)
    assert low.as_dict()["macro_split"] == "low_carb"


def test_low_sodium_lowers_the_sodium_ceiling() -> None:
    base = {"gender": "female", "age": 50, "height": 160, "weight": 65, "activity_level": "light"}
    assert targets_from_mapping(base).sodium_max_mg == SODIUM_LIMIT_MG == 2300.0
    low = targets_from_mapping({**base, "dietary_preferences": ["low_sodium"]})
    assert low.sodium_max_mg == LOW_SODIUM_LIMIT_MG == 1500.0
    assert low.calories == targets_from_mapping(base).calories


@pytest.mark.parametrize(
    ("age", "goal", "level", "per_kg"),
    [
        (64, "maintain", "sedentary", 0.8),  # the RDA below 65
        (65, "maintain", "sedentary", 1.0),  # PROT-AGE / ESPEN from 65
        (90, "maintain", "sedentary", 1.0),
        (70, "maintain", "moderate", 1.4),  # higher rules stay as they are
        (70, "lose", "sedentary", 1.2),
        (70, "gain", "light", 1.6),
    ],
)
def test_older_adults_get_at_least_one_gram_per_kg(
    age: int, goal: str, level: str, per_kg: float
) -> None:
    targets = compute_targets(Profile("female", age, 165, 60, level, goal))  # type: ignore[arg-type]
    assert targets.protein_g_per_kg == per_kg
    assert targets.protein_g >= (1.0 * 60 if age >= 65 else 0) - 0.5
