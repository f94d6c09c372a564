"""``halal`` end to end: pork and alcohol contents derived from FNDDS recipes (SR food
groups and descriptions), the diet tag, restrictions, name doubts and a planned week.

halal here: no pork or pork product and no alcohol (unknown counts as present); halal
slaughter is not in USDA's data, so nothing claims certification.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from pathlib import Path

import pytest

from domain.diet import (
    DIET_TAGS,
    DIETARY_PREFERENCES,
    HALAL_NOTE,
    build_restrictions,
    close_diet_tags,
    diet_tags_from_contents,
)
from domain.fndds import read_fndds
from domain.fndds_contents import (
    ALCOHOL,
    PORK,
    Contents,
    derive_all,
    description_contents,
    halal_from_contents,
    read_sr_index,
    sr_food_contents,
)
from domain.planner import PlanRequest, Restrictions, plan_diet
from domain.planner.foods import FNDDS_FILE
from domain.planner.rules import name_doubts
from domain.targets import Profile, compute_targets
from domain.tests.plan_checks import check_plan, fndds_catalog

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@functools.cache
def _derived() -> tuple[dict[str, Contents], dict[str, str]]:
    folder = SHARED / "fndds"
    if not folder.is_dir():
        pytest.skip("shared FNDDS folder not available")
    foods = read_fndds(folder)
    contents = derive_all(foods, read_sr_index(SHARED / "usda"))
    return contents, {f.food_code: f.description for f in foods}


def _by_name(description: str) -> Contents:
    contents, names = _derived()
    codes = [code for code, name in names.items() if name == description]
    assert codes, description
    return contents[codes[0]]


def _flags(found: Contents) -> set[str]:
    return (found.contains | found.unknown) & {PORK, ALCOHOL}


# --- the vocabulary -------------------------------------------------------------------------


def test_halal_is_a_preference_that_requires_the_halal_tag() -> None:
    assert "halal" in DIETARY_PREFERENCES and "halal" in DIET_TAGS
    restrictions = build_restrictions(["Halal"])
    assert restrictions.diets == {"halal"} and not restrictions.ignored
    assert not restrictions.allows_tags(["vegan", "vegetarian"], [])  # vegan is not halal
    assert restrictions.allows_tags(["halal"], [])
    assert "halal" not in close_diet_tags(["vegan"])  # a vegan food may hold wine
    assert "halal" in restrictions.describe()
    assert "certified" in HALAL_NOTE and "not known" in HALAL_NOTE


def test_halal_tag_needs_pork_and_alcohol_known_absent() -> None:
    base = {"contains": [], "unknown": [], "meat": True, "animal": True}
    assert "halal" in diet_tags_from_contents(**base, pork=False, alcohol=False)
    assert "halal" not in diet_tags_from_contents(**base, pork=True, alcohol=False)
    assert "halal" not in diet_tags_from_contents(**base, pork=False, alcohol=True)
    assert "halal" not in diet_tags_from_contents(**base)  # never checked: not halal


# --- contents derived from recipes ----------------------------------------------------------


@pytest.mark.parametrize(
    "description",
    [
        "Pork, chop, lean only eaten",
        "Ham",
        "Bacon, NS as to type of meat, cooked",
        "Pepperoni, NFS",
        "Salami, NFS",
        "Beef, dried, chipped, cooked in fat",  # USDA's recipe cooks it in lard
        "Pig in a blanket",
    ],
)
def test_pork_foods_are_not_halal(description: str) -> None:
    found = _by_name(description)
    assert PORK in found.contains | found.unknown, description
    assert "halal" not in found.diet_tags


def test_pork_sandwiches_and_pizzas_are_not_halal() -> None:
    contents, names = _derived()
    for pattern in (r"^Ham sandwich", r"^Pizza.*pepperoni", r"^Hot dog, NFS"):
        matched = [c for c, n in names.items() if re.search(pattern, n, re.I)]
        assert matched, pattern
        for code in matched:
            assert PORK in _flags(contents[code]), names[code]
            assert "halal" not in contents[code].diet_tags, names[code]


@pytest.mark.parametrize(
    "description",
    [
        "Beer",
        "Wine, red",
        "Veal Marsala",  # USDA cooks it with non-alcoholic wine: the dish has wine
        "Cheese fondue",
        "Cheese,  with wine",
        "Vodka sauce with tomatoes and cream",
        "Cookie, rum ball, no bake",
        "Tiramisu",
        "Teriyaki sauce",
        "Margarita",
    ],
)
def test_alcohol_foods_are_not_halal(description: str) -> None:
    found = _by_name(description)
    assert ALCOHOL in found.contains | found.unknown, description
    assert "halal" not in found.diet_tags


@pytest.mark.parametrize(
    "description",
    [
        "Chicken breast, grilled without sauce, skin not eaten",
        "Chicken breast, baked, broiled, or roasted, skin not eaten, from raw",
        "Rice, white, cooked, no added fat",
        "Beef sausage",
        "Turkey bacon, cooked",
        "Turkey ham, prepackaged or deli, luncheon meat",
        "Fish, cod, baked or broiled",
        "Soft drink, root beer",
        "Soft drink, ginger ale",
        "Apple cider",
    ],
)
def test_halal_compatible_foods_keep_the_tag(description: str) -> None:
    found = _by_name(description)
    assert not _flags(found), (description, _flags(found))
    assert "halal" in found.diet_tags


def test_lentil_soup_is_halal() -> None:
    contents, names = _derived()
    lentil = [c for c, n in names.items() if re.match(r"^(Lentil soup|Soup, lentil)", n)]
    assert lentil
    assert any("halal" in contents[c].diet_tags for c in lentil)


def test_description_words() -> None:
    assert PORK in description_contents("Ham, NFS").contains
    assert PORK in description_contents("Chorizo").contains
    assert not description_contents("Turkey bacon").contains
    assert not description_contents("Hamburger, plain").contains
    assert ALCOHOL in description_contents("Chicken in wine sauce").contains
    assert not description_contents("Vinegar, red wine").contains
    assert not description_contents("Vanilla extract, imitation, no alcohol").contains
    assert ALCOHOL in description_contents("Wine, nonalcoholic").unknown


def test_sr_foods_for_the_starter_and_imports() -> None:
    assert not halal_from_contents(sr_food_contents("04002", "Lard", "0400"))
    assert not halal_from_contents(sr_food_contents("19116", "Candies, marshmallows", "1900"))
    assert not halal_from_contents(
        sr_food_contents("14003", "Alcoholic beverage, beer, regular, all", "1400")
    )
    assert not halal_from_contents(sr_food_contents("17159", "Game meat, boar, wild", "1700"))
    assert halal_from_contents(sr_food_contents("05062", "Chicken, broilers or fryers", "0500"))
    assert halal_from_contents(sr_food_contents("16070", "Lentils, mature seeds, cooked", "1600"))


def test_committed_catalog_counts_halal() -> None:
    data = json.loads(gzip.decompress(FNDDS_FILE.read_bytes()))
    tagged = [f for f in data["foods"] if "halal" in f["diet_tags"]]
    assert 0.7 * data["food_count"] < len(tagged) < 0.9 * data["food_count"]
    names = {f["description"] for f in tagged}
    assert not {"Ham", "Beer", "Wine, red", "Pepperoni, NFS", "Veal Marsala"} & names


# --- names and plans ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "doubt"),
    [
        ("Pizza, pepperoni", "pork"),
        ("Spaghetti carbonara", "pork"),
        ("Bacon bits", "pork"),
        ("Ham sandwich", "pork"),
        ("Tiramisu", "alcohol"),
        ("Fish, beer-battered", "alcohol"),
    ],
)
def test_names_that_usually_mean_pork_or_alcohol(name: str, doubt: str) -> None:
    assert doubt in name_doubts(name)


def test_names_that_do_not() -> None:
    for name in ("Turkey bacon, cooked", "Hamburger", "Soft drink, root beer", "Beef sausage"):
        assert not {"pork", "alcohol"} & name_doubts(name), name


_PORK_OR_ALCOHOL = re.compile(
    r"\b(pork|ham|bacon|lard|pepperoni|salami|sausage|chorizo|prosciutto|gelatin|"
    r"marshmallow|wine|beer|rum|vodka|whiske?y|liqueur|sake|mirin|marsala|alcoholic)\b",
    re.I,
)


# Recipe phrases with those words that are neither ("Sausage, turkey", "root beer").
_NOT_PORK = re.compile(
    r"\b(turkey|beef|chicken|meatless)[ ,]+(bacon|sausage|ham|frankfurter)\b|"
    r"\b(bacon|sausage|ham|frankfurter)s?,? (turkey|beef|chicken|meatless)\b|"
    r"\b(root|ginger) beer\b|\bno alcohol\b|\b(hamburger|hot ?dog) (roll|bun)s?\b",
    re.I,
)


def test_a_halal_plan_holds_no_pork_or_alcohol() -> None:
    foods = list(fndds_catalog())
    by_id = {f.id: f for f in foods}
    recipes = {
        f["food_code"]: " ".join(i[2] for i in f["ingredients"])
        for f in json.loads(gzip.decompress(FNDDS_FILE.read_bytes()))["foods"]
    }
    targets = compute_targets(Profile("male", 35, 178, 82, "moderate", "maintain"))
    request = PlanRequest(days=2, restrictions=Restrictions.build(["halal"]))
    plan = plan_diet(targets, foods, request)
    assert check_plan(plan, by_id, targets, request, diets={"halal"}) == []
    for meals in plan["weekly_plan"].values():
        for meal in meals:
            for item in meal["items"]:
                food = by_id[item["food_id"]]
                assert "halal" in food.diet_tags, food.name
                assert not {"pork", "alcohol"} & name_doubts(food.name), food.name
                text = f"{food.name} {recipes.get(food.id.removeprefix('fndds:'), '')}"
                words = _PORK_OR_ALCOHOL.findall(_NOT_PORK.sub(" ", text))
                assert not words, (food.name, words)
    # The tag settles pork and alcohol only: the plan says so, and only for halal plans.
    assert HALAL_NOTE in plan["notes"]
    other = plan_diet(targets, foods, PlanRequest(days=1))
    assert HALAL_NOTE not in other["notes"]
