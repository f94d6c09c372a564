"""Plans a person would eat: FNDDS foods as eaten, meal structure, household portions.

The grid test plans the 216 grid people (domain/tests/grid.py) from the committed FNDDS
file (``load_fndds_planner_foods``; a missing file fails, never skips), three days each,
in four files of 54 people (test_planner_realism_part1.py .. part4.py, so pytest-xdist
spreads them over its workers), and checks every plan twice: every target and
restriction (``plan_checks.check_plan``, as for the starter catalog) and a dietitian's
realism criteria (``realism.check_meal``: ingredients as items, additions beyond typical
amounts, amounts beyond caps, main meals without protein, odd pairings, organ meats).
The share of meals flagged and the worst items are printed (``pytest -s``).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from domain.fndds_meals import meal_fit
from domain.planner import FoodRecord, PlanRequest, plan_diet
from domain.planner.foods import load_foods_from_starter
from domain.planner.rules import PORTION_CAPS, food_role, serving_for
from domain.targets import Profile, compute_targets
from domain.tests.plan_checks import check_plan, fndds_catalog
from domain.tests.realism import check_meal, check_week

MAN = Profile("male", 30, 180, 80, "moderate", "lose")


@pytest.fixture(scope="module")
def foods() -> list[FoodRecord]:
    return list(fndds_catalog())  # FileNotFoundError fails, never skips


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
    assert flags == {"no_protein", "structure"}  # 1 tbsp of honey is fine, a dinner of it not


def _item(food: FoodRecord, count: float, unit: str, grams_each: float) -> dict:
    grams = count * grams_each
    return {
        "food_id": food.id,
        "grams": grams,
        "portion": f"{count:g} {unit}",
        "household": {"amount": count, "unit": f"1 {unit}"},
        "calories": grams / 100 * food.kcal,
        "nutrients": {"protein": round(grams / 100 * float(food.protein or 0), 2)},
    }


def test_realism_checker_flags_last_reviews_failures(foods, by_id) -> None:
    """8 lemon wedges, 4 apricots, soy nuts as a lunch, odd units, repeats, canned fruit."""
    lemon, apricot = _food(foods, "Lemon, raw"), _food(foods, "Apricot, raw")
    fish = _food(foods, "Fish, tilapia, NFS")
    rice = _food(foods, "Rice, white, cooked, no added fat")
    soy_nuts, chestnut = _food(foods, "Soy nuts"), _food(foods, "Water Chesnut")
    dinner = {"items": [_item(fish, 1, "fillet", 180), _item(rice, 1, "cup", 160),
                        _item(lemon, 8, "wedge", 8), _item(apricot, 4, "apricot", 35)]}  # fmt: skip
    flags = {flag for flag, _ in check_meal(dinner, "dinner", by_id)}
    assert {"garnish", "fruit_count"} <= flags
    lunch = {"items": [_item(soy_nuts, 1, "cup", 95), _item(chestnut, 1, "cup", 158)]}
    flags = {flag for flag, _ in check_meal(lunch, "lunch", by_id)}
    assert {"snack_core", "structure"} <= flags
    salad = next(f for f in foods if any("fast food order" in p.label for p in f.portions)
                 and any(p.label.startswith("1 cup") for p in f.portions))  # fmt: skip
    odd = {"items": [_item(salad, 1, "fast food order", 300), _item(fish, 1, "fillet", 90)]}
    assert "unit" in {flag for flag, _ in check_meal(odd, "lunch", by_id)}
    canned = _food(foods, "Pear, canned, NFS")
    breakfast = {"items": [_item(canned, 1, "cup", 125)]}
    week = {"weekly_plan": {d: [breakfast, dinner] for d in ("mon", "tue", "wed")}}
    slots = [SimpleNamespace(kind="breakfast"), SimpleNamespace(kind="dinner")]
    flags = {flag for flag, _ in check_week(week, slots, by_id)}
    assert flags == {"repeat", "canned_fruit"}


def test_garnish_snack_and_canned_rules_come_from_usda_amounts(foods) -> None:
    lemon = meal_fit("6012", "Lemon, raw", typical_grams=15.0, kcal=29.0)
    assert lemon.role == "garnish" and "main" not in lemon.meals
    soy = meal_fit("2802", "Soy nuts", typical_grams=28.0, kcal=469.0)
    assert soy.role == "snack" and soy.meals == ("snack",)
    beans = meal_fit("2802", "Black beans, NFS", typical_grams=172.0, kcal=132.0)
    assert beans.role == "protein" and "main" in beans.meals
    assert "canned" in meal_fit("6020", "Pear, canned, NFS", typical_grams=125.0).flags
    wedge = serving_for(_food(foods, "Lemon, raw"))
    assert wedge.lo == 1 and wedge.hi <= 2 and "wedge" in wedge.unit
    apricots = serving_for(_food(foods, "Apricot, raw"))
    assert apricots.hi * apricots.fraction <= 3
    salad = next(f for f in foods if any("fast food order" in p.label for p in f.portions)
                 and any(p.label.startswith("1 cup") for p in f.portions))  # fmt: skip
    assert "order" not in serving_for(salad).unit


def test_seeds_dried_vegetables_and_yolks_follow_the_data_rules(foods) -> None:
    """A review read 2 cups of sun-dried tomatoes, 2 oz of chia seeds as a snack, two egg
    yolks as a dinner item and at most one slice of bread (a snack-size slice set the cap)."""
    chia, sun_dried = _food(foods, "Chia seeds"), _food(foods, "Sun-dried tomatoes")
    assert meal_fit(chia.wweia_code, chia.name, typical_grams=9.0, kcal=486.0).role == "garnish"
    fit = meal_fit(sun_dried.wweia_code, sun_dried.name, typical_grams=28.0, kcal=258.0)
    assert fit.role == "garnish" and "main" not in fit.meals
    assert food_role(chia) == food_role(sun_dried) == "garnish"
    assert not meal_fit("2502", "Egg, yolk only, cooked, no added fat").planned
    assert not any("yolk only" in f.name and f.meals for f in foods)
    bread = serving_for(_food(foods, "Bread, white"))
    assert bread.hi * bread.fraction >= 2  # two slices of toast are a normal breakfast
    chestnuts = serving_for(_food(foods, "Water Chesnut"))
    assert chestnuts.grams * chestnuts.hi <= 2.5 * 79.0 + 1e-9  # a side, not 2 cups


def test_realism_checker_knows_palm_hearts_are_no_organ_meat(foods, by_id) -> None:
    palm, liver = _food(foods, "Palm hearts, cooked"), _food(foods, "Liver, beef")
    assert "organ" not in {flag for flag, _ in check_meal(_meal((palm, 146.0)), "snack", by_id)}
    assert "organ" in {flag for flag, _ in check_meal(_meal((liver, 85.0)), "snack", by_id)}


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
