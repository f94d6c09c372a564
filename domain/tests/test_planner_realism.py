"""Plans a person would eat: FNDDS foods as eaten, meal structure, household portions.

The grid test plans the 216 grid people (domain/tests/grid.py) from the committed FNDDS
file (``load_fndds_planner_foods``; a missing file fails, never skips), three days each to
keep the run near two minutes on one core, and checks every plan twice: every target and
restriction (``plan_checks.check_plan``, as for the starter catalog) and a dietitian's
realism criteria (``realism.check_meal``: ingredients as items, additions beyond typical
amounts, amounts beyond caps, main meals without protein, odd pairings, organ meats).
The share of meals flagged and the worst items are printed (``pytest -s``).
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from domain.fndds_meals import meal_fit
from domain.planner import FoodRecord, PlanInfeasible, PlanRequest, plan_diet
from domain.planner.foods import FNDDS_FILE, load_fndds_planner_foods, load_foods_from_starter
from domain.planner.rules import PORTION_CAPS, food_role, serving_for
from domain.targets import Profile, compute_targets
from domain.tests.grid import grid
from domain.tests.plan_checks import check_plan
from domain.tests.realism import check_meal, check_plans

GRID_DAYS = 3
MAX_INFEASIBLE_SHARE = 0.05
MAX_FLAGGED_SHARE = 0.03  # share of meals with any realism flag
SEVERE = ("ingredient", "organ", "no_protein")  # never acceptable in a plan
MAN = Profile("male", 30, 180, 80, "moderate", "lose")


@pytest.fixture(scope="module")
def foods() -> list[FoodRecord]:
    return load_fndds_planner_foods(FNDDS_FILE)  # FileNotFoundError fails, never skips


@pytest.fixture(scope="module")
def by_id(foods: list[FoodRecord]) -> dict[str, FoodRecord]:
    return {f.id: f for f in foods}


# --- meal suitability derived from data ------------------------------------------------------


@pytest.mark.parametrize(
    ("wweia", "description", "meals", "role"),
    [
        ("4802", "Oatmeal, regular or quick, made with water", {"breakfast"}, "breakfast"),
        ("2202", "Chicken breast, roasted, skin not eaten, from raw", {"main"}, "protein"),
        ("3602", "Pizza, cheese, from restaurant or fast food, medium crust", {"main"}, "mixed"),
        ("6407", "Broccoli, cooked, from fresh, no added fat", {"side"}, "veg"),
        ("4002", "Rice, white, cooked, no added fat", {"side"}, "starch"),
        ("5002", "Potato chips, plain", {"snack"}, "snack"),
    ],
)  # fmt: skip
def test_meal_slots_come_from_the_wweia_category(wweia, description, meals, role) -> None:
    fit = meal_fit(wweia, description)
    assert set(fit.meals) == meals and fit.role == role


@pytest.mark.parametrize(
    ("wweia", "description"),
    [
        ("9402", "Infant formula, Similac Advance, ready-to-feed"),  # formula
        ("9999", "Beef as ingredient in recipes"),  # as-ingredient code
        ("7504", "Wine, table, red"),  # alcohol
        ("8012", "Olive oil"),  # an oil as an item
        ("8802", "Sugar, white, granulated or lump"),  # sugar
        ("2402", "Fish, salmon, raw"),  # raw fish
        ("2004", "Beef, ground, raw"),  # raw meat
        ("9802", "Protein powder, whey based"),  # supplement
        ("2806", "Textured vegetable protein, dry"),  # dry staple
        ("3602", "Topping from cheese pizza"),
    ],
)
def test_foods_never_planned_as_items(wweia: str, description: str) -> None:
    assert not meal_fit(wweia, description).planned


def test_organ_meats_and_game_are_flagged_not_beans() -> None:
    assert "organ" in meal_fit("2010", "Liver, beef").flags
    assert "game" in meal_fit("2008", "Venison, steak").flags
    assert not meal_fit("2802", "Kidney beans, from canned, no added fat").flags


def test_compact_file_carries_the_meal_tags(foods: list[FoodRecord]) -> None:
    assert len(foods) >= 2500
    roles = {food_role(f) for f in foods}
    assert {"protein", "mixed", "starch", "veg", "breakfast", "snack", "drink"} <= roles
    names = {f.name for f in foods}
    assert "Olive oil" not in names and "Beef, ground, raw" not in names


# --- household portions ----------------------------------------------------------------------


def _food(foods: list[FoodRecord], name: str) -> FoodRecord:
    return next(f for f in foods if f.name == name)


def test_servings_are_whole_or_half_household_units(foods: list[FoodRecord]) -> None:
    rice = serving_for(_food(foods, "Rice, white, cooked, no added fat"))
    assert rice.unit == "1 cup" and rice.fraction == 0.5
    assert rice.household(3) == "1.5 cups"
    assert rice.grams * rice.hi <= 2 * 2 * rice.grams + 1e-9  # at most 2 cups
    bread = serving_for(_food(foods, "Bread, white"))
    assert "slice" in bread.unit and bread.fraction == 1.0 and bread.hi <= 3
    egg = serving_for(_food(foods, "Egg, whole, boiled or poached"))
    assert egg.fraction == 1.0 and egg.hi <= 4
    syrup = _food(foods, "Honey")
    assert serving_for(syrup).unit == "1 tablespoon" and serving_for(syrup).hi <= 2
    assert PORTION_CAPS["sweetener"][:2] == ("tablespoon", 2)


# --- the realism checker can fail ------------------------------------------------------------


def _meal(*items: tuple[FoodRecord, float]) -> dict:
    return {
        "items": [
            {
                "food_id": f.id,
                "grams": g,
                "nutrients": {"protein": round(g / 100 * float(f.protein or 0), 2)},
            }
            for f, g in items
        ]
    }


def test_realism_checker_flags_the_reviewed_failures() -> None:
    starter = {f.name.lower(): f for f in load_foods_from_starter()}

    def find(word: str) -> FoodRecord:
        return next(f for name, f in starter.items() if re.search(word, name))

    honey, flour = find(r"^honey"), find(r"flour")
    ids = {f.id: f for f in starter.values()}
    flags = {flag for flag, _ in check_meal(_meal((honey, 105.0)), "breakfast", ids)}
    assert "addition" in flags
    flags = {flag for flag, _ in check_meal(_meal((flour, 92.0)), "dinner", ids)}
    assert "ingredient" in flags
    flags = {flag for flag, _ in check_meal(_meal((honey, 20.0)), "dinner", ids)}
    assert flags == {"no_protein"}  # 1 tbsp of honey is fine, a dinner of it is not


# --- plans ----------------------------------------------------------------------------------


def test_main_meals_have_structure_and_protein(foods, by_id) -> None:
    targets = compute_targets(MAN)
    request = PlanRequest(days=3)
    plan = plan_diet(targets, foods, request)
    assert check_plan(plan, by_id, targets, request) == []
    for meals in plan["weekly_plan"].values():
        for slot, meal in zip(request.meals, meals, strict=True):
            roles = [food_role(by_id[i["food_id"]]) for i in meal["items"]]
            if slot.needs_main:
                assert {"protein", "mixed"} & set(roles), roles
                assert meal["nutrients"]["protein"] >= 15.0
            for item in meal["items"]:
                assert re.match(r"^\d+(\.5)? ", item["portion"]), item["portion"]
                assert item["household"] is not None


def test_organ_meats_only_when_asked(foods, by_id) -> None:
    organ = [f for f in foods if "organ" in f.flags]
    assert organ
    targets = compute_targets(MAN)
    plan = plan_diet(targets, organ + foods, PlanRequest(days=2))
    used = {i["food_id"] for ms in plan["weekly_plan"].values() for m in ms for i in m["items"]}
    assert not used & {f.id for f in organ}
    asked = PlanRequest(days=2, allow_flags=frozenset({"organ"}))
    plan_diet(targets, foods, asked)  # allowed: still a valid plan


def test_grid_plans_are_on_target_and_realistic(foods, by_id) -> None:
    cases = grid()
    assert len(cases) >= 200
    problems: dict[str, list[str]] = {}
    infeasible: dict[str, str] = {}
    plans = []
    for index, case in enumerate(cases):
        targets = compute_targets(case.profile)
        request = dataclasses.replace(case.request(index), days=GRID_DAYS)
        try:
            plan = plan_diet(targets, foods, request)
        except PlanInfeasible as error:
            assert error.constraint.startswith(("targets", "variety", "slot:")), error.constraint
            infeasible[str(case)] = error.message
            continue
        found = check_plan(
            plan,
            by_id,
            targets,
            request,
            diets=set(case.restrictions.diets),
            allergens=set(case.restrictions.allergens),
        )
        if found:
            problems[str(case)] = found[:5]
        plans.append((plan, request.meals))
    realism = check_plans(plans, by_id)
    print(f"\nFNDDS grid: {len(plans)} plans, {len(infeasible)} infeasible")
    print(realism.summary(15))
    assert problems == {}
    assert len(infeasible) <= MAX_INFEASIBLE_SHARE * len(cases), infeasible
    assert not any(realism.kinds[k] for k in SEVERE), realism.summary()
    assert realism.share <= MAX_FLAGGED_SHARE, realism.summary()
