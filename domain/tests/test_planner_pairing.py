"""Which foods go together on a plate (domain.planner.pairing), and plans that keep to it.

A second blind dietitian's review (data/planner/blind/REVIEW2.md) scored plans 2.6/5 for
plates of unrelated sides: General Tso chicken with raw peas, jicama and a banana; tilapia
with fufu and yuca fries; beans with beans; jam with no bread; flax seeds as a dinner side.
"""

from __future__ import annotations

from functools import cache

import pytest

from domain.planner import PlanRequest, Restrictions, plan_diet
from domain.planner.foods import FoodRecord
from domain.planner.pairing import (
    HANDHELD_CODES,
    LEGUME_CUISINES,
    breakfast_base_test,
    cuisine,
    cuisine_of_name,
    fits_slot,
    is_legume,
    is_starchy,
)
from domain.planner.rules import DEFAULT_MEALS, food_role, is_centre
from domain.targets import Profile, compute_targets
from domain.tests.plan_checks import fndds_catalog

LUNCH = next(s for s in DEFAULT_MEALS if s.kind == "lunch")
BREAKFAST = next(s for s in DEFAULT_MEALS if s.kind == "breakfast")


@cache
def _by_name() -> dict[str, FoodRecord]:
    return {f.name: f for f in fndds_catalog()}


def food(name: str) -> FoodRecord:
    return _by_name()[name]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Fufu", "african_caribbean"),
        ("Taco shell, corn", "latin"),
        ("Bread, naan", "south_asian"),
        ("Lefse", "nordic"),
        ("Kung Pao chicken", "east_asian"),
        ("Bread, pita", "middle_eastern"),
        ("Rice, white, cooked, no added fat", ""),
        ("Broccoli, cooked, from restaurant", ""),
        ("Chicken breast, baked, broiled, or roasted, skin not eaten, from raw", ""),
    ],
)
def test_cuisine_from_the_name(name: str, kind: str) -> None:
    assert cuisine_of_name(name) == kind


def test_starches_counting_those_inside_a_dish() -> None:
    assert is_starchy(food("Rice, white, cooked, no added fat"))
    assert is_starchy(food("Sweet potato, NFS"))  # USDA files it among vegetables
    assert is_starchy(food("Hamburger, NFS"))  # the bun
    assert not is_starchy(food("Broccoli, cooked, from restaurant"))
    assert not is_starchy(food("Soup, chicken noodle"))  # beside a sandwich, a classic


def test_legumes_are_beans_and_bean_dishes_not_green_beans() -> None:
    assert is_legume(food("Black beans, NFS"))
    assert is_legume(food("Chickpeas, NFS"))
    assert not is_legume(food("Green beans, cooked, from restaurant"))


@pytest.mark.parametrize(
    ("name", "fits"),
    [
        ("Apple, raw", True),
        ("Carrots, raw", True),
        ("Lychee", False),  # WWEIA "other fruits": a snack, not beside lunch
        ("Applesauce, regular", False),
        ("Lemon, raw", False),  # a garnish is part of a dish, not an item
        ("Summer squash, yellow, raw", False),  # cooked first, or sliced into a dish
        ("Broccoli, cooked, from restaurant", True),
    ],
)
def test_where_sides_belong_at_lunch(name: str, fits: bool) -> None:
    assert fits_slot(food(name), LUNCH) is fits


def test_garlic_bread_is_not_breakfast_and_jam_is_not_for_a_chinese_pancake() -> None:
    assert not fits_slot(food("Garlic bread, NFS"), BREAKFAST)
    assert fits_slot(food("Bread, white, toasted"), BREAKFAST)
    jam = breakfast_base_test(food("Jam"))
    assert jam and not jam(food("Chinese pancake"))


def test_additions_go_on_their_base() -> None:
    syrup = breakfast_base_test(food("Pancake syrup"))
    jam = breakfast_base_test(food("Jam"))
    seeds = breakfast_base_test(food("Chia seeds"))
    assert syrup and jam and seeds
    assert syrup(food("Pancakes, plain")) and not syrup(food("Bagel"))
    assert jam(food("Bread, white, toasted")) and not jam(food("Cereal, O's, plain"))
    assert seeds(food("Oatmeal, NFS")) and not seeds(food("Bagel"))


# --- plans keep to the pairing rules ------------------------------------------------------

PEOPLE = {
    "omnivore": (Profile("female", 40, 165, 70, "light", "maintain"), [], []),
    "vegan": (Profile("male", 30, 178, 75, "moderate", "maintain"), ["vegan"], []),
    "big eater": (Profile("male", 20, 190, 95, "very_active", "gain"), [], []),
    "halal, no fish": (Profile("male", 45, 175, 85, "moderate", "lose"), ["halal"], ["fish"]),
}


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_plates_keep_to_the_pairing_rules(who: str) -> None:
    profile, diets, allergies = PEOPLE[who]
    foods = fndds_catalog()
    by_id = {f.id: f for f in foods}
    targets = compute_targets(profile)
    request = PlanRequest(days=3, restrictions=Restrictions.build(diets, allergies), seed=3)
    plan = plan_diet(targets, foods, request)
    vegetarian = bool(set(diets) & {"vegan", "vegetarian"})
    big = targets.calories > 3000
    for meals in plan["weekly_plan"].values():
        for meal in meals:
            items = [by_id[i["food_id"]] for i in meal["items"]]
            names = [f.name for f in items]
            slot = next(s for s in DEFAULT_MEALS if s.name == meal["meal"])
            assert all(fits_slot(f, slot) for f in items), names
            if slot.kind == "breakfast":
                for f in items:
                    test = breakfast_base_test(f)
                    if test is not None and food_role(f) in ("addition", "garnish"):
                        assert any(test(o) for o in items if o is not f), names
            if not slot.needs_main:
                continue
            firm = [f for f in items if is_centre(f)]
            assert len(firm) <= 1, names
            assert firm or (vegetarian and any(is_legume(f) for f in items)), names
            assert sum(is_starchy(f) for f in items) <= (2 if big else 1), names
            assert sum(is_legume(f) for f in items) <= 1, names
            kinds = {cuisine(f) for f in firm}
            for f in items:
                if f not in firm and cuisine(f) and not (vegetarian and is_legume(f)):
                    assert cuisine(f) in kinds, names
                if is_legume(f) and f not in firm and not vegetarian:
                    assert (
                        any(
                            cuisine(c) in LEGUME_CUISINES and c.wweia_code not in HANDHELD_CODES
                            for c in firm
                        )
                        or "baked" in f.name.lower()
                    ), names


def test_condiments_vague_meats_and_odd_cuts_are_not_planned_unasked() -> None:
    from domain.fndds_meals import meal_fit

    # A fourth blind review: fermented bean-curd "cheese" as the protein, "Meat, NFS",
    # a cow's head and chicken backs for people who asked for none of them.
    assert not meal_fit("2806", "Soybean curd cheese").planned
    assert not meal_fit("2004", "Meat, NFS").planned
    assert "organ" in meal_fit("2004", "Beef, cow head").flags
    assert "organ" in meal_fit("2202", "Chicken, back").flags
    assert meal_fit("2806", "Soybean curd").planned
    assert not meal_fit("2006", "Pork, back ribs").flags
