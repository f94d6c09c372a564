"""Meal planner basics on the real starter catalog (the file must exist: no skipping)."""

from __future__ import annotations

import dataclasses
import math

import pytest

from domain.planner import (
    FoodRecord,
    PlanInfeasible,
    PlanRequest,
    Portion,
    Restrictions,
    load_foods_from_starter,
    meals_for_count,
    plan_diet,
)
from domain.planner.foods import STARTER_FILE, foods_from_usda
from domain.planner.rules import serving_for
from domain.targets import Profile, compute_targets
from domain.tests.plan_checks import check_plan

MAN = Profile("male", 30, 180, 80, "moderate", "lose")
WOMAN = Profile("female", 45, 165, 62, "light", "maintain")


@pytest.fixture(scope="module")
def foods() -> list[FoodRecord]:
    # Fails (FileNotFoundError) rather than skips when the starter catalog is missing.
    return load_foods_from_starter(STARTER_FILE)


@pytest.fixture(scope="module")
def by_id(foods: list[FoodRecord]) -> dict[str, FoodRecord]:
    return {f.id: f for f in foods}


def test_starter_catalog_loads_with_usda_energy(foods: list[FoodRecord]) -> None:
    assert len(foods) >= 400
    butter = next(f for f in foods if f.ndb_no == "01001")
    assert butter.kcal == 717.0  # SR28 nutrient 208, not 4/4/9 (which gives ~734)
    assert butter.allergen_tags == {"milk"} and "vegan" not in butter.diet_tags
    assert Portion("1 tbsp", 14.2) in butter.portions


def test_week_plan_meets_every_rule(foods, by_id) -> None:
    targets = compute_targets(MAN)
    request = PlanRequest()
    plan = plan_diet(targets, foods, request)
    assert check_plan(plan, by_id, targets, request) == []
    assert list(plan["weekly_plan"]) == [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]  # fmt: skip
    meal = plan["weekly_plan"]["monday"][1]
    assert set(meal) == {"meal", "name", "calories", "nutrients", "items"}
    item = meal["items"][0]
    assert {"food", "ndb_no", "grams", "portion", "calories", "nutrients"} <= set(item)
    assert item["grams"] == pytest.approx(item["servings"] * item["serving_grams"])
    deviation = plan["daily_totals"]["monday"]["deviation_percent"]
    assert set(deviation) == {"calories", "protein", "carbs", "fats"}
    assert plan["inputs"]["targets"]["calories"] == targets.calories


def test_restrictions_are_never_broken(foods, by_id) -> None:
    targets = compute_targets(WOMAN)
    restrictions = Restrictions.build(["vegan"], ["nuts", "strawberry"], ["tofu", "11090"])
    request = PlanRequest(days=4, restrictions=restrictions)
    plan = plan_diet(targets, foods, request)
    problems = check_plan(
        plan,
        by_id,
        targets,
        request,
        diets={"vegan"},
        allergens={"tree_nuts", "peanuts"},
        banned_words=("tofu", "strawberr"),
    )
    assert problems == []
    ids = {i["food_id"] for day in plan["weekly_plan"].values() for m in day for i in m["items"]}
    assert "11090" not in ids


def test_disliked_and_allergen_foods_get_no_variables(foods) -> None:
    restrictions = Restrictions.build(["gluten_free", "dairy_free"], ["peanut", "kiwi"], ["salmon"])
    assert restrictions.diets == {"gluten_free"}
    assert restrictions.allergens == {"milk", "peanuts", "wheat", "gluten"}  # gluten: barley, rye
    assert restrictions.avoid_words == ("kiwi", "salmon")
    allowed = [f for f in foods if restrictions.allows(f)]
    assert allowed and all("milk" not in f.allergen_tags for f in allowed)
    assert not any("salmon" in f.name.lower() for f in allowed)


def test_repeat_limit_and_three_meals(foods, by_id) -> None:
    targets = compute_targets(WOMAN)
    request = PlanRequest(days=5, meals=meals_for_count(3), repeat_limit=1, seed=7)
    plan = plan_diet(targets, foods, request)
    assert check_plan(plan, by_id, targets, request) == []
    assert all(len(day) == 3 for day in plan["weekly_plan"].values())


def test_same_request_same_plan(foods) -> None:
    targets = compute_targets(WOMAN)
    # A generous time limit: solves end on the gap, not the clock, so the run is repeatable.
    request = PlanRequest(days=2, seed=3, time_limit=120.0)
    first = plan_diet(targets, foods, request)["weekly_plan"]
    assert plan_diet(targets, foods, request)["weekly_plan"] == first


def test_unreachable_protein_is_reported(foods) -> None:
    restrictions = Restrictions.build(["vegan"], ["tree_nuts", "peanuts"])
    vegan = [f for f in foods if restrictions.allows(f) and f.is_complete() and f.kcal > 0]
    # No combination can beat the leanest protein source's kcal per gram of protein, so
    # this much protein at 1,000 kcal is provably out of reach.
    best_ratio = min(f.kcal / f.protein for f in vegan if f.protein)
    protein = math.ceil(1.03 * 1000 / (0.9 * best_ratio)) + 5
    base = compute_targets(WOMAN)
    targets = dataclasses.replace(
        base, calories=1000.0, protein_g=float(protein), fats_g=5.0, carbs_g=5.0
    )
    with pytest.raises(PlanInfeasible) as caught:
        plan_diet(targets, foods, PlanRequest(days=1, restrictions=restrictions))
    error = caught.value
    assert error.constraint == "targets"
    assert "vegan" in error.message and "1,000 kcal" in error.message
    # Reaching the protein needs more energy than allowed: one of the two must give.
    assert {"protein:low", "kcal:high"} & set(error.details["violated"])


def test_empty_slot_is_reported(foods) -> None:
    no_snacks = [f for f in foods if "snack" not in f.meals]
    with pytest.raises(PlanInfeasible) as caught:
        plan_diet(compute_targets(WOMAN), no_snacks, PlanRequest(days=1))
    assert caught.value.constraint == "slot:snack"
    assert "snack" in caught.value.message


def test_variety_limit_is_reported(foods) -> None:
    targets = compute_targets(WOMAN)
    one_day = plan_diet(targets, foods, PlanRequest(days=1, seed=1))
    used = {i["food_id"] for m in one_day["weekly_plan"]["monday"] for i in m["items"]}
    few = [f for f in foods if f.id in used]
    with pytest.raises(PlanInfeasible) as caught:
        plan_diet(targets, few, PlanRequest(days=2, seed=1, repeat_limit=1))
    assert caught.value.constraint == "variety"
    assert "at most 1 days" in caught.value.message or "at most 1 day" in caught.value.message


def test_serving_steps_are_realistic() -> None:
    steak = FoodRecord(
        "x1", "steak", 250, 26, 0, 15, 0, 60, 6,
        portions=(Portion("1 lb", 453.6), Portion("3 oz", 85.0), Portion("1 steak", 340.0)),
        meals=frozenset({"main"}), category="meat",
    )  # fmt: skip
    serving = serving_for(steak)
    assert (serving.label, serving.grams) == ("3 oz", 85.0)
    assert serving.lo * serving.grams >= 60 and serving.hi * serving.grams <= 300
    plain = dataclasses.replace(steak, portions=(), category="grains")
    assert serving_for(plain).label == "25 g"
    oil = dataclasses.replace(steak, portions=(), category="fats_oils")
    assert serving_for(oil).grams == 10.0
    rice = dataclasses.replace(steak, portions=(Portion("1 cup", 158.0),), category="grains")
    assert (serving_for(rice).label, serving_for(rice).grams) == ("0.5 cup", 79.0)


def test_uncurated_usda_foods_never_pass_a_restriction() -> None:
    class Usda:  # the attributes of domain.usda.UsdaFood the converter reads
        ndb_no, fdc_id, description = "05062", None, "Chicken, broilers, breast, roasted"
        food_group_code, food_group, portions = "0500", "Poultry Products", []
        values = {"203": 31.0, "205": 0.0, "204": 3.6, "291": 0.0, "307": 74.0, "606": 1.0}

        def energy_kcal(self) -> float:
            return 165.0

    [chicken] = foods_from_usda([Usda()])
    assert chicken.kcal == 165.0 and chicken.meals == {"main"} and chicken.is_complete()
    assert chicken.allergen_tags is None
    assert Restrictions().allows(chicken)
    assert not Restrictions.build([], ["soy"]).allows(chicken)
    assert not Restrictions.build(["pescatarian"]).allows(chicken)


def test_low_sodium_preference_lowers_the_limit(foods, by_id) -> None:
    targets = compute_targets(WOMAN)
    request = PlanRequest(days=2, restrictions=Restrictions.build(["low_sodium"]))
    plan = plan_diet(targets, foods, request)
    assert plan["targets"]["sodium_max_mg"] == 1500.0
    assert check_plan(plan, by_id, targets, request) == []
    assert all(day["nutrients"]["sodium"] <= 1500 for day in plan["daily_totals"].values())
