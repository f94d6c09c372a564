# ruff: noqa: E501  (the food and meal tables read best one entry a line)
"""Build the blind meal-analysis evaluation set (issue #11) from USDA FNDDS 2021-2023.

Written blind to the meal analyser: nothing here reads, imports or mirrors the parser, its
lexicon or its synonym tables. The texts are written the way people describe what they ate;
the truth is a list of FNDDS foods with grams, and the expected nutrients are computed from
the shared FNDDS CSVs (per-100 g values x grams / 100). No nutrient number is typed by hand.

Two shapes:

* ``diary``: terse food-diary lines (hand-written here, plus generated terse lines);
* ``narrative``: dietary-recall sentences (hand-written here, plus generated from a table of
  common FNDDS foods, their everyday names and their USDA household portions).

Each item's grams come from exactly one of:

* a USDA household portion of that food times a count ("two slices" = 2 x "1 slice");
* stated metric grams (used exactly), stated ounces (x 28.35 g, USDA's own "1 oz"), or stated
  millilitres / fluid ounces (converted through the food's own USDA "1 fl oz" portion:
  ml / 29.5735 x grams per fl oz);
* USDA's "Quantity not specified" portion when no amount (or only a vague one: "some", "a
  bowl", "a handful", "a glass") is given, or a USDA "Guideline amount ..." portion for an
  unquantified sandwich topping; a few vague amounts use an obvious household unit instead
  (documented in data/analyser/blind/README.md).

Run:  uv run --frozen python scripts/build_blind_meals.py      (writes dev.json + holdout.json)
      uv run --frozen python scripts/build_blind_meals.py --check   (rebuild and compare)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "data" / "analyser" / "blind"
SEED = 20240611
HOLDOUT_SHARE = 0.20
FL_OZ_ML = 29.5735  # one US fluid ounce in millilitres
OZ_G = 28.35  # one ounce in grams, as in USDA's "1 oz" portions
QNS = "Quantity not specified"
MACROS = {
    "energy_kcal": "energy_kcal",
    "carbohydrate_g": "carbohydrate_g",
    "protein_g": "protein_g",
    "fat_g": "total_fat_g",
}


# ---------------------------------------------------------------------------------------
# FNDDS access and the truth computation (also used by the test)
# ---------------------------------------------------------------------------------------


def fndds_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--fndds, else $FNDDS_DATA_DIR, else ``<repo>/../shared/data/fndds``."""
    raw = explicit or os.environ.get("FNDDS_DATA_DIR")
    return Path(raw) if raw else REPO.parent / "shared" / "data" / "fndds"


@dataclass
class Fndds:
    descriptions: dict[str, str]
    nutrients: dict[str, dict[str, float]]
    portions: dict[str, dict[str, float]]


def load_fndds(folder: Path | None = None) -> Fndds:
    folder = Path(folder) if folder else fndds_dir()
    for name in ("fndds_foods.csv", "fndds_nutrients_per100g.csv", "fndds_portions.csv"):
        if not (folder / name).is_file():
            raise FileNotFoundError(f"FNDDS file {name} not found in {folder}")
    with open(folder / "fndds_foods.csv", newline="", encoding="utf-8") as fh:
        descriptions = {r["food_code"]: r["main_food_description"] for r in csv.DictReader(fh)}
    nutrients: dict[str, dict[str, float]] = {}
    with open(folder / "fndds_nutrients_per100g.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            nutrients[r["food_code"]] = {k: float(r[col]) for k, col in MACROS.items()}
    portions: dict[str, dict[str, float]] = defaultdict(dict)
    with open(folder / "fndds_portions.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            portions[r["food_code"]][r["portion_description"]] = float(r["portion_weight_g"])
    return Fndds(descriptions, nutrients, dict(portions))


def item_grams(portion_weight_g: float, count: float) -> float:
    return round(portion_weight_g * count, 2)


def expected_nutrients(items: list[dict], data: Fndds) -> dict[str, float]:
    """Sum of FNDDS per-100 g values x grams / 100 over the items, rounded to 0.1."""
    totals = dict.fromkeys(MACROS, 0.0)
    for item in items:
        per100 = data.nutrients[item["food_code"]]
        for key in MACROS:
            totals[key] += per100[key] * item["grams"] / 100.0
    return {key: round(value, 1) for key, value in totals.items()}


# ---------------------------------------------------------------------------------------
# Item specs (truth) used by the hand-written meals
# ---------------------------------------------------------------------------------------


@dataclass
class Spec:
    code: str
    measure: str  # household | metric | vague
    portion: str | None = None  # USDA portion description
    count: float = 1.0
    grams: float | None = None  # metric grams when no portion is involved
    note: str | None = None


def P(code: str, portion: str, count: float = 1.0) -> Spec:
    """A stated household amount: count x USDA portion."""
    return Spec(code, "household", portion, count)


def V(code: str, portion: str = QNS, count: float = 1.0) -> Spec:
    """No amount, or a vague one: USDA's default ("Quantity not specified") or a unit."""
    return Spec(code, "vague", portion, count)


def G(code: str, grams: float) -> Spec:
    return Spec(code, "metric", None, 1.0, float(grams), "stated grams")


def OZ(code: str, oz: float) -> Spec:
    return Spec(code, "metric", None, 1.0, round(oz * OZ_G, 2), f"stated {oz:g} oz x {OZ_G} g")


def ML(code: str, ml: float) -> Spec:
    """Stated millilitres, converted with the food's own '1 fl oz' portion."""
    return Spec(code, "metric", "FLOZ", ml / FL_OZ_ML, None, f"stated {ml:g} ml")


def FLOZ(code: str, floz: float) -> Spec:
    return Spec(code, "metric", "FLOZ", float(floz), None, f"stated {floz:g} fl oz")


FLOZ_PORTIONS = ("1 fl oz (no ice)", "1 fl oz", "1 fl oz (NFS)")


def resolve(spec: Spec, data: Fndds) -> dict:
    if spec.code not in data.descriptions or spec.code not in data.nutrients:
        raise KeyError(f"unknown FNDDS food {spec.code}")
    item: dict = {
        "food_code": spec.code,
        "description": data.descriptions[spec.code],
        "measure": spec.measure,
    }
    portions = data.portions.get(spec.code, {})
    portion = spec.portion
    if portion == "FLOZ":
        portion = next((p for p in FLOZ_PORTIONS if p in portions), None)
        if portion is None:
            raise KeyError(f"{spec.code} has no fl oz portion")
    if portion is None:
        item["grams"] = round(spec.grams, 2)
        item["portion"] = None
    else:
        if portion not in portions:
            raise KeyError(
                f"{spec.code} {data.descriptions[spec.code]!r} has no portion {portion!r}; "
                f"has {sorted(portions)}"
            )
        count = round(spec.count, 4)
        weight = portions[portion]
        item["grams"] = item_grams(weight, count)
        item["portion"] = {"description": portion, "weight_g": weight, "count": count}
    if spec.note:
        item["note"] = spec.note
    return item


# ---------------------------------------------------------------------------------------
# Hand-written diary lines (terse, typed fast)
# ---------------------------------------------------------------------------------------

TURKEY_WHEAT, HAM_WHITE, TURKEY_CHEESE_WHEAT = "27540030", "27520210", "27540040"
LETTUCE_S, TOMATO_S, ONION_S, AVOCADO_S = "89902020", "89902070", "89902040", "89902000"
MAYO, MUSTARD, KETCHUP = "83107000", "75506010", "74401010"
REG_SAND, LARGE_SAND = "Guideline amount on regular sandwich", "Guideline amount on large sandwich"

# fmt: off
HAND_DIARY: list[tuple[str, list[Spec]]] = [
    ("turkey sandwhich on wheat w/ lettuce tomato and mayo",
     [V(TURKEY_WHEAT, "1 regular"), V(LETTUCE_S, REG_SAND), V(TOMATO_S, REG_SAND), V(MAYO, REG_SAND)]),
    ("small bag of chips", [P("71200100", "1 small single serving bag")]),
    ("grande latte", [P("92101900", "1 medium")]),
    ("2 eggs scrambled in 1 tsp butter", [P("32130070", "1 egg", 2), P("81101000", "1 tablespoon", 1 / 3)]),
    ("10 baby carrots and 2 tbsp hummus", [P("73101010", "1 baby carrot", 10), P("41205070", "1 tablespoon", 2)]),
    ("mac n cheese from the box, 1 cup", [P("58145112", "1 cup")]),
    ("bowl of cheerios w/ 2% milk", [V("57123000"), V("11112110", "1 cup", 0.5)]),
    ("2 slices pepperoni pizza", [P("58106540", "1 piece, NFS", 2)]),
    ("chipotle burrito bowl chicken", [V("58102780", "1 item, any size")]),
    ("coffee w cream", [V("92101000"), V("12120100")]),
    ("big salad with ranch", [V("75143000", "1 cup", 3), V("83113500")]),
    ("banana", [P("63107010", "1 banana")]),
    ("med apple + 1 tbsp pb", [P("63101000", "1 medium"), P("42202000", "1 tablespoon")]),
    ("oatmeal 1 cup w/ brown sugar 1 tsp", [P("56202960", "1 cup, cooked"), P("91101010", "1 teaspoon")]),
    ("greek yogurt 150g, blueberries 1/2 cup", [G("11411420", 150), P("63203010", "1 cup", 0.5)]),
    ("2 slices whole wheat toast w butter", [P("51300120", "1 medium or regular slice", 2), V("81101000", "Guideline amount per slice of bread/roll", 2)]),
    ("bagel w/ cream cheese", [P("51180010", "1 regular"), V("14301010")]),
    ("venti pike place black", [P("92101000", "1 large")]),
    ("tall skinny vanilla latte", [P("92101905", "1 small")]),
    ("diet coke", [V("92410320")]),
    ("can of coke", [P("92410310", "1 can (12 fl oz)")]),
    ("20oz mtn dew", [P("92410550", "1 bottle (20 fl oz)")]),
    ("bottle of water", [P("94000100", "1 bottle (16.9 fl oz) filled with tap water")]),
    ("6 pc chicken nuggets + med fries", [P("24198731", "1 nugget", 6), P("71401030", "1 medium fast food order")]),
    ("big mac meal w/ large fries and large coke",
     [P("27510389", "1 McDonald's Big Mac"), P("71401030", "1 large fast food order"), P("92410310", "1 large drink")]),
    ("quarter pounder w cheese", [P("27510215", "1 cheeseburger")]),
    ("whopper w/ cheese, no fries", [P("27510231", "1 cheeseburger")]),
    ("chick fil a sandwich", [P("27540146", "1 regular sandwich")]),
    ("2 beef tacos", [P("58102010", "1 small/regular", 2)]),
    ("chicken burrito (large)", [P("58102540", "1 large")]),
    ("cheese quesadilla, half", [P("58104710", "1 half circle")]),
    ("chips & salsa", [V("54401075"), V("74402100")]),
    ("chicken breast 6oz grilled", [OZ("24123301", 6)]),
    ("salmon 5 oz baked, brown rice 1 c, broccoli 1 c",
     [OZ("26137120", 5), P("56205011", "1 cup, cooked"), P("72201211", "1 cup")]),
    ("rice 200g", [G("56205001", 200)]),
    ("1.5 cups spaghetti w meat sauce", [P("58146322", "1 cup", 1.5)]),
    ("lasagna", [V("58130011")]),
    ("pb&j on white", [P("42302015", "1 sandwich")]),
    ("grilled cheese + tomato soup 1 cup", [P("14640105", "1 sandwich"), P("74602010", "1 cup")]),
    ("chicken noodle soup", [V("58403040")]),
    ("cup of chili w/ shredded cheddar", [P("27111406", "1 cup"), V("14104100", "1 cup, shredded", 0.25)]),
    ("2 hard boiled eggs", [P("31103010", "1 egg", 2)]),
    ("3 strips bacon", [P("22600100", "1 medium slice (yield after cooking)", 3)]),
    ("2 sausage links", [P("25221405", "1 breakfast size link", 2)]),
    ("3 pancakes w syrup", [P("55101000", "1 medium pancake", 3), V("91300100")]),
    ("2 eggo waffles", [P("55200020", "1 waffle", 2)]),
    ("english muffin w/ butter & jam",
     [P("51186010", "1 muffin"), V("81101000", "Guideline amount per slice of bread/roll", 2), V("91402000", "Guideline amount per slice of bread/roll", 2)]),
    ("glazed donut", [P("53520135", "1 doughnut")]),
    ("blueberry muffin (big, from starbucks)", [P("52302010", "1 large")]),
    ("croissant", [V("51166000")]),
    ("handful of almonds", [V("42100100")]),
    ("23 almonds", [P("42100100", "1 nut", 23)]),
    ("1 oz cheddar", [OZ("14104100", 1)]),
    ("string cheese", [P("14107030", "1 stick")]),
    ("cottage cheese 1/2 c", [P("14204010", "1 cup", 0.5)]),
    ("orange juice 8 oz", [FLOZ("61210000", 8)]),
    ("oj 250ml", [ML("61210000", 250)]),
    ("apple juice box", [P("64104010", "1 juice box/pouch (6.75 fl oz)")]),
    ("glass of 2% milk", [V("11112110")]),
    ("whole milk 1 cup", [P("11111000", "1 cup")]),
    ("almond milk unsweetened 240ml", [ML("11350020", 240)]),
    ("protein shake (muscle milk)", [V("95106000")]),
    ("clif bar", [P("53720200", "1 bar")]),
    ("kind bar", [P("53710810", "1 bar")]),
    ("granola bar", [V("53712100")]),
    ("quaker chewy bar x2", [P("53711000", "1 bar", 2)]),
    ("oreos x3", [P("53209015", "1 Oreo sandwich", 3)]),
    ("2 choc chip cookies", [V("53206000", "1 medium cookie", 2)]),
    ("brownie", [V("53204010")]),
    ("ice cream 2 scoops vanilla", [P("13110100", "1 scoop", 2)]),
    ("cheesecake slice", [P("53104500", "1 piece/slice, any size")]),
    ("apple pie slice w/ vanilla ice cream", [P("53301000", "1 regular slice"), V("13110100", "1 scoop")]),
    ("m&ms (regular bag)", [P("91746100", "1 pouch/regular size")]),
    ("reeses cups king size", [P("91705530", "1 large/king size")]),
    ("popcorn microwave bag", [P("54403056", "1 regular microwave bag")]),
    ("pretzels 1 oz", [OZ("54408016", 1)]),
    ("goldfish crackers 30g", [G("54304020", 30)]),
    ("6 ritz crackers w/ peanut butter", [P("54301030", "1 cracker", 6), V("42202000", "1 tablespoon", 1)]),
    ("doritos small bag", [P("54401110", "1 small single serving bag")]),
    ("strawberries 1 cup", [P("63223020", "1 cup")]),
    ("grapes, about a cup", [V("63123000", "1 cup")]),
    ("watermelon 2 cups", [P("63149010", "1 cup", 2)]),
    ("2 clementines", [P("61100600", "1 fruit", 2)]),
    ("orange", [P("61119010", "1 fruit")]),
    ("half an avocado on toast",
     [P("63105010", "1 fruit", 0.5), P("51101010", "1 medium or regular slice")]),
    ("avocado toast (sourdough)", [P("51133020", "1 medium or regular slice"), V("63105010", "1 fruit", 0.5)]),
    ("baked potato w/ sour cream", [P("71508010", "1 medium")]),
    ("mashed potatoes 1 cup, gravy 1/4 cup", [P("71501000", "1 cup"), P("28500040", "1 cup", 0.25)]),
    ("corn on the cob", [P("75216111", "1 regular ear")]),
    ("green beans", [V("75205021")]),
    ("side salad w/ italian", [P("75143000", "1 side salad"), V("83106000")]),
    ("caesar salad w/ grilled chicken", [V("27446360"), V("83102000")]),
    ("sushi - california roll 8 pcs", [P("58151180", "1 piece", 8)]),
    ("pad thai chicken 2 cups", [P("58137230", "1 cup", 2)]),
    ("chicken fried rice", [V("58150320")]),
    ("general tsos chicken + white rice", [V("27445150"), V("56205001")]),
    ("orange chicken 1 c & fried rice 1 c", [P("27146350", "1 cup"), P("58150310", "1 cup")]),
    ("ramen (instant, whole pack)", [P("58407030", "1 oz, dry, yields", 3)]),
    ("tuna 1 can w/ 1 tbsp mayo", [P("26155110", "1 standard can"), P("83107000", "1 tablespoon")]),
    ("steak 8oz + baked potato", [OZ("21102150", 8), V("71508001")]),
    ("pork chop, green beans, applesauce",
     [V("22101000", "1 regular"), V("75205021"), V("63101120")]),
    ("shrimp cocktail 6 large shrimp", [P("26319130", "1 large/jumbo shrimp", 6), V("74401010", "1 tablespoon", 2)]),
    ("hot dog w/ mustard", [P("27564000", "1 sandwich"), V(MUSTARD, REG_SAND)]),
    ("cheeseburger + fries", [V("27510215"), V("71401030")]),
    ("ham & cheese sandwich on white", [V("27520220", "1 regular")]),
    ("blt", [P("27520610", "1 sandwich, any size")]),
    ("beer x2", [P("93101000", "1 can or bottle (12 fl oz)", 2)]),
    ("2 bud lights", [P("93102000", "1 can or bottle (12 fl oz)", 2)]),
    ("glass of red wine", [P("93401010", "1 glass")]),
    ("white wine 150 ml", [ML("93401020", 150)]),
    ("margarita", [P("93301100", "1 drink")]),
    ("vodka soda (1 shot)", [P("93505000", "1 shot")]),
    ("red bull", [P("95310600", "1 can (8.4 fl oz)")]),
    ("gatorade 20 oz", [P("95320200", "1 bottle (20 fl oz)")]),
    ("sweet tea large", [P("92308000", "1 large drink")]),
    ("green tea", [V("92303010")]),
    ("cappuccino 12oz", [FLOZ("92161000", 12)]),
    ("iced coffee w/ splash of milk", [V("92102400"), V("11112110", "1 fl oz")]),
    ("coffee, 1 cream 1 sugar", [V("92101000"), P("12120100", "1 individual container (.5 fl oz)"), P("91101010", "1 individual packet")]),
    ("smoothie (med)", [P("11553110", "1 medium")]),
    ("choc shake small", [P("11542100", "1 small")]),
    ("yoplait strawberry", [P("11432000", "1 6 oz container")]),
    ("chobani greek yogurt", [P("11434010", "1 5.3 oz container")]),
    ("raisin bran 1 cup + skim milk 1/2 cup", [P("57329000", "1 cup"), P("11113000", "1 cup", 0.5)]),
    ("frosted flakes w/ milk", [V("57348000"), V("11112110", "1 cup", 0.5)]),
    ("granola 1/2 cup", [P("57227000", "1 cup", 0.5)]),
    ("trail mix handful", [V("42501000")]),
    ("beef jerky 1 oz", [OZ("21602100", 1)]),
    ("turkey bacon 2 slices", [P("24208500", "1 slice, NFS", 2)]),
    ("chiken nuggets (10)", [P("24198736", "1 nugget", 10)]),
    ("spagetti w/ marinara 2 cups", [P("58146221", "1 cup", 2)]),
    ("brocoli 100g", [G("72201211", 100)]),
    ("bananna", [P("63107010", "1 banana")]),
    ("yoghurt plain 170 g", [G("11411010", 170)]),
    ("black beans 1/2 cup, rice 1/2 cup", [P("41102080", "1 cup", 0.5), P("56205001", "1 cup, cooked", 0.5)]),
    ("refried beans 1/2 c", [P("41205010", "1 cup", 0.5)]),
    ("guac 2 tbsp", [P("63409010", "1 tablespoon", 2)]),
    ("nachos w cheese", [V("58104120")]),
    ("2 slices cheese pizza from dominos (large)", [P("58106225", "1 piece, large pizza", 2)]),
    ("1 slice cheese pizza", [P("58106210", "1 piece, NFS")]),
    ("sweet potato, medium", [P("73403010", "1 medium")]),
    ("cucumber slices + 2 tbsp ranch", [V("75111000"), P("83113500", "1 tablespoon", 2)]),
    ("celery w/ pb", [V("75109000"), V("42202000")]),
    ("2 tbsp honey", [P("91302010", "1 tablespoon", 2)]),
    ("kiwi", [P("63126500", "1 fruit")]),
    ("pear", [P("63137010", "1 fruit")]),
    ("peach", [P("63135010", "1 fruit")]),
    ("small box raisins", [P("62125100", "1 small box (1.5 oz)")]),
    ("mango 1 cup", [P("63129010", "1 cup")]),
    ("pineapple chunks 1 c", [P("63141010", "1 cup")]),
    ("cherries 1 cup", [P("63115010", "1 cup")]),
]
# fmt: on


# ---------------------------------------------------------------------------------------
# Hand-written narrative recall sentences
# ---------------------------------------------------------------------------------------

# fmt: off
HAND_NARRATIVE: list[tuple[str, list[Spec]]] = [
    ("During my snack time, I enjoyed a medium apple alongside a small bag of plain potato chips.",
     [P("63101000", "1 medium"), P("71200100", "1 small single serving bag")]),
    ("For dinner I had a cup of spaghetti with meat sauce and a slice of garlic bread, paired with a glass of red wine.",
     [P("58146322", "1 cup"), P("51121015", "1 medium slice"), P("93401010", "1 glass")]),
    ("I grabbed 16g of peanut butter and a crunchy 165g raw apple.",
     [G("42202000", 16), G("63101000", 165)]),
    ("This morning I had two scrambled eggs and a slice of whole wheat toast with a pat of butter.",
     [P("32129990", "1 egg", 2), P("51300120", "1 medium or regular slice"), P("81101000", "1 pat")]),
    ("For lunch I ate a turkey sandwich on wheat bread and an orange.",
     [V("27540030", "1 regular"), P("61119010", "1 fruit")]),
    ("I had a bowl of oatmeal with a sliced banana on top.",
     [V("56202960"), P("63107010", "1 banana")]),
    ("Um, I think I just had a cup of coffee with a little half and half, and a blueberry muffin.",
     [P("92101000", "1 cup (8 fl oz)"), V("12120100"), V("52302010")]),
    ("Around noon I ate a chicken Caesar salad and drank a can of Diet Coke.",
     [V("27446360"), V("83102000"), P("92410320", "1 can (12 fl oz)")]),
    ("After the gym I drank a 500 ml bottle of Gatorade and ate a Clif bar.",
     [P("95320200", "1 bottle (16.9 fl oz or 500 ml)"), P("53720200", "1 bar")]),
    ("We went out for pizza and I had two slices of a large pepperoni pizza and a bottle of beer.",
     [P("58106555", "1 piece, large pizza", 2), P("93101000", "1 can or bottle (12 fl oz)")]),
    ("My breakfast was 40 grams of Cheerios with 200 ml of two percent milk.",
     [G("57123000", 40), ML("11112110", 200)]),
    ("For a snack I had a handful of almonds and a cheese stick.",
     [V("42100100"), P("14107030", "1 stick")]),
    ("I had six chicken nuggets and a small order of fries from McDonald's, with a medium Coke.",
     [P("24198731", "1 nugget", 6), P("71401030", "1 small fast food order"), P("92410310", "1 medium drink")]),
    ("Yesterday for dinner I had a grilled salmon fillet, a cup of brown rice and a cup of steamed broccoli.",
     [P("26137123", "1 small/regular fillet"), P("56205011", "1 cup, cooked"), P("72201211", "1 cup")]),
    ("I ate 150 g of grilled chicken breast with 180 g of white rice.",
     [G("24123301", 150), G("56205001", 180)]),
    ("At the movies I split a large buttered popcorn, so I probably ate half of it, plus a medium soda.",
     [P("54403005", "1 large order", 0.5), P("92400000", "1 medium drink")]),
    ("I had a cheeseburger and fries, and I washed it down with a chocolate shake.",
     [V("27510215"), V("71401030"), V("11542100")]),
    ("Lunch was a bowl of chicken noodle soup with a few saltine crackers.",
     [V("58403040"), V("54325000")]),
    ("Before bed I had a cup of vanilla ice cream.",
     [P("13110100", "1 cup")]),
    ("I snacked on ten baby carrots dipped in two tablespoons of hummus.",
     [P("73101010", "1 baby carrot", 10), P("41205070", "1 tablespoon", 2)]),
    ("For breakfast I had a plain bagel with a tablespoon of cream cheese and a medium latte.",
     [P("51180010", "1 regular"), P("14301010", "1 tablespoon"), P("92101900", "1 medium")]),
    ("I drank a 12 oz can of Mountain Dew in the afternoon.",
     [P("92410550", "1 can (12 fl oz)")]),
    ("I had two tacos with ground beef and cheese on hard shells, plus half a cup of refried beans.",
     [P("58102010", "1 small/regular", 2), P("41205010", "1 cup", 0.5)]),
    ("My dinner was a cup and a half of macaroni and cheese and 85 g of green beans.",
     [P("58145110", "1 cup", 1.5), G("75205021", 85)]),
    ("I ate a 6 ounce container of strawberry yogurt and a banana.",
     [P("11432000", "1 6 oz container"), P("63107010", "1 banana")]),
    ("For lunch I had a tuna salad sandwich on white bread and a dill pickle spear.",
     [V("27550720", "1 regular"), P("75503010", "1 spear")]),
    ("I had a large chicken burrito from Chipotle.",
     [P("58102540", "1 large")]),
    ("I ate 2 cups of pad thai with chicken at the Thai place.",
     [P("58137230", "1 cup", 2)]),
    ("In the morning I had a glass of orange juice, about 250 ml, and two pieces of toast with strawberry jam.",
     [ML("61210000", 250), P("51101010", "1 medium or regular slice", 2), V("91402000", "Guideline amount per slice of bread/roll", 2)]),
    ("I had a slice of cheesecake for dessert.",
     [P("53104500", "1 piece/slice, any size")]),
    ("Dinner tonight: 8 ounces of sirloin steak, a medium baked potato with sour cream and a side salad.",
     [OZ("21102150", 8), P("71508010", "1 medium"), P("75143000", "1 side salad")]),
    ("I had a cup of white rice with a cup of chicken curry.",
     [P("56205001", "1 cup, cooked"), P("27146150", "1 cup")]),
    ("So for lunch it was, like, a BLT and a bag of Doritos.",
     [P("27520610", "1 sandwich, any size"), V("54401110")]),
    ("I ate three pancakes with two tablespoons of maple syrup and two slices of bacon.",
     [P("55101000", "1 medium pancake", 3), P("91300100", "1 tablespoon", 2), P("22600100", "1 medium slice (yield after cooking)", 2)]),
    ("After work I had two light beers.",
     [P("93102000", "1 can or bottle (12 fl oz)", 2)]),
    ("I enjoyed 30g of dark chocolate with a cup of green tea.",
     [G("91705010", 30), P("92303010", "1 cup")]),
    ("I had a hard-boiled egg and a cup of cottage cheese with pineapple.",
     [P("31103010", "1 egg"), P("14204020", "1 cup")]),
    ("For dinner we had lasagna, I had one piece, with a slice of garlic bread.",
     [P("58130011", "1 piece (1/6 of 8\" square, approx 2-1/2\" x 4\")"), V("51121015", "1 medium slice")]),
    ("I had a grande caramel macchiato from Starbucks.",
     [P("92101904", "1 medium")]),
    ("I had some grapes and a few crackers with cheddar cheese.",
     [V("63123000"), P("54301030", "1 cracker", 5), P("14104100", "1 cracker-size slice", 5)]),
    ("I ate 120 g of cooked pasta with 125 g of marinara sauce.",
     [G("56130000", 120), G("74404010", 125)]),
    ("My lunch was two slices of cheese pizza, thin crust, from a medium pizza.",
     [P("58106220", "1 piece, medium pizza", 2)]),
    ("I drank a 16 ounce iced coffee with milk.",
     [P("92102500", "1 medium")]),
    ("I had a cup of chili with beans and a piece of cornbread.",
     [P("27111406", "1 cup"), V("52201000")]),
    ("For breakfast I had a 150-gram Greek yogurt cup with 30 grams of granola.",
     [G("11411420", 150), G("57227000", 30)]),
    ("I had some fried rice with General Tso's chicken from the Chinese takeout place.",
     [V("58150310"), V("27445150")]),
    ("I had a medium pear and 20 grams of walnuts.",
     [P("63137010", "1 fruit"), G("42116000", 20)]),
    ("Dinner was a fried chicken thigh, a cup of mashed potatoes with gravy and an ear of corn.",
     [P("24157320", "1 thigh"), P("71501017", "1 cup"), P("75216111", "1 regular ear")]),
    ("I had a peanut butter and jelly sandwich on wheat and a glass of milk.",
     [P("42302020", "1 sandwich"), V("11111000")]),
    ("At the party I had three chicken wings and a few tortilla chips with salsa.",
     [P("24167220", "1 wing, any size", 3), P("54401075", "1 chip", 6), P("74402100", "1 tablespoon", 2)]),
    ("My breakfast consisted of a croissant and a cappuccino.",
     [V("51166000"), V("92161000")]),
    ("I ate a 200 g bowl of watermelon on the porch.",
     [G("63149010", 200)]),
    ("I had a quarter-pound hamburger patty without a bun and a side of coleslaw.",
     [P("21500310", "1 quarter lb patty"), V("75141000")]),
    ("For lunch I ate a veggie burger on a bun with a handful of potato chips.",
     [P("41901010", "1 sandwich"), V("71200100")]),
    ("I had two slices of white toast with butter and a cup of black coffee.",
     [P("51101010", "1 medium or regular slice", 2), V("81101000", "Guideline amount per slice of bread/roll", 2), P("92101000", "1 cup (8 fl oz)")]),
    ("During my break I ate a Kind bar and drank a bottle of water.",
     [P("53710810", "1 bar"), P("94000100", "1 bottle (16.9 fl oz) filled with tap water")]),
    ("I had a California roll, eight pieces, and a bowl of miso soup.",
     [P("58151180", "1 piece", 8), V("41601070")]),
    ("Late at night I ate four Oreos and drank a cup of 2% milk.",
     [P("53209015", "1 Oreo sandwich", 4), P("11112110", "1 cup")]),
    ("I had 100g of hummus with a whole wheat pita.",
     [G("41205070", 100), V("51301600")]),
    ("For dinner I had a tilapia fillet, a cup of rice and a cup of green beans.",
     [P("26158010", "1 small/regular fillet"), P("56205001", "1 cup, cooked"), P("75205021", "1 cup")]),
    ("I drank about 350 ml of Coke with my lunch.",
     [ML("92410310", 350)]),
]
# fmt: on


# ---------------------------------------------------------------------------------------
# Food table for the generated sentences: everyday names and how portions are said
# ---------------------------------------------------------------------------------------
# portions: "USDA portion description => how it is said" where the right side is
#   of:UNIT[:NAME]   "a UNIT of NAME" / "two UNITs of NAME"
#   n                "a NOUN" / "two NOUNS"
#   sz:SIZE          "a SIZE NOUN" / "two SIZE NOUNS"
#   raw:SING|PLUR    "a SING" / "two PLUR" ({name} and {noun} are filled in)
# and an optional " #1,2,3" lists the counts to draw from.
# tags: b breakfast, l lunch, d dinner, s snack, k drink, c condiment/topping (side only).
# metric: "g" (grams, and ounces when "oz" is in tags) or "ml" (millilitres and fl oz).


@dataclass
class Food:
    code: str
    name: str
    tags: str
    portions: list[str]
    noun: str | None = None
    plural: str | None = None
    metric: str = "g"
    vague: list[str] = field(default_factory=list)
    diary: list[str] = field(default_factory=list)
    adj: list[str] = field(default_factory=list)


# fmt: off
FOODS: list[Food] = [
    # fruit
    Food("63101000", "apple", "bls", ["1 small => sz:small", "1 medium => sz:medium", "1 large => sz:large"],
         noun="apple", vague=["an apple"], diary=["apple", "appl"], adj=["crunchy", "crisp", "raw"]),
    Food("63107010", "banana", "bs", ["1 banana => n", "1 cup => of:cup:sliced banana"], noun="banana",
         vague=["a banana"], diary=["banana", "bananna"], adj=["ripe"]),
    Food("61119010", "orange", "bls", ["1 fruit => n #1,1,2"], noun="orange", diary=["orange"], adj=["juicy"]),
    Food("63123000", "grapes", "ls", ["1 cup => of:cup", "1 grape => raw:grape|grapes #10,12,15,20"],
         vague=["some grapes", "a handful of grapes", "a few grapes"], diary=["grapes", "grapes"]),
    Food("63223020", "strawberries", "bs", ["1 cup => of:cup", "1 fruit => raw:strawberry|strawberries #3,5,6,8"],
         vague=["some strawberries"], diary=["strawberries", "strawberrys"], adj=["fresh"]),
    Food("63203010", "blueberries", "bs", ["1 cup => of:cup #0.5,1"], vague=["some blueberries", "a handful of blueberries"],
         diary=["blueberries"], adj=["fresh"]),
    Food("63137010", "pear", "ls", ["1 fruit => n"], noun="pear", diary=["pear"], adj=["ripe"]),
    Food("63135010", "peach", "ls", ["1 fruit => n"], noun="peach", diary=["peach"], adj=["juicy"]),
    Food("63149010", "watermelon", "ls", ["1 cup => of:cup:diced watermelon #1,2", "1 medium wedge/slice => of:medium wedge"],
         vague=["some watermelon"], diary=["watermelon"], adj=["cold"]),
    Food("63141010", "pineapple", "s", ["1 cup => of:cup:pineapple chunks", "1 slice => of:slice #1,2"],
         vague=["some pineapple"], diary=["pineapple"]),
    Food("63109010", "cantaloupe", "bs", ["1 cup => of:cup", "1 medium wedge/slice => of:wedge #1,2"],
         vague=["some cantaloupe"], diary=["cantaloupe", "cantelope"]),
    Food("62125100", "raisins", "s", ["1 small box (1.5 oz) => of:small box", "1 miniature box (.5 oz) => of:mini box #1,2"],
         vague=["a handful of raisins"], diary=["raisins"]),
    Food("63105010", "avocado", "l", ["1 fruit => n #0.5,1", "1 slice => raw:slice of avocado|slices of avocado #2,3,4"],
         noun="avocado", diary=["avocado", "avacado"]),
    Food("61100600", "clementine", "bs", ["1 fruit => n #1,2,3"], noun="clementine", diary=["clementine", "cutie"]),
    Food("63126500", "kiwi", "bs", ["1 fruit => n #1,2"], noun="kiwi", diary=["kiwi"]),
    Food("63101120", "unsweetened applesauce", "ls", ["1 snack size container => of:snack cup", "1 cup => of:cup #0.5,1", "1 pouch => of:pouch"],
         diary=["applesauce", "apple sauce"]),
    Food("63115010", "cherries", "s", ["1 cup => of:cup", "1 cherry => raw:cherry|cherries #8,10,12"],
         vague=["a handful of cherries"], diary=["cherries"]),
    Food("63129010", "mango", "bs", ["1 mango => n", "1 cup => of:cup:mango chunks"], noun="mango", diary=["mango"]),
    # dairy and eggs
    Food("11111000", "whole milk", "bk", ["1 cup => of:cup #1,1,2"], metric="ml", vague=["a glass of whole milk", "some whole milk"],
         diary=["whole milk"], adj=["cold"]),
    Food("11112110", "2% milk", "bk", ["1 cup => of:cup #1,1,0.5"], metric="ml", vague=["a glass of 2% milk"],
         diary=["2% milk", "2 percent milk"], adj=["cold"]),
    Food("11511000", "chocolate milk", "lks", ["1 cup => of:cup", "1 individual school container => of:carton"], metric="ml",
         vague=["a glass of chocolate milk"], diary=["choc milk", "chocolate milk"]),
    Food("11350020", "unsweetened almond milk", "bk", ["1 cup => of:cup"], metric="ml", diary=["almond milk"]),
    Food("11360200", "oat milk", "bk", ["1 cup => of:cup"], metric="ml", diary=["oat milk", "oatmilk"]),
    Food("11411420", "plain nonfat Greek yogurt", "bs", ["1 5.3 oz container => of:container", "1 cup => of:cup #0.5,1"],
         diary=["plain greek yogurt", "greek yogurt plain", "nonfat greek yogurt"]),
    Food("11434010", "strawberry Greek yogurt", "bs", ["1 5.3 oz container => of:container"], diary=["greek yogurt strawberry", "chobani strawberry"]),
    Food("11432000", "low-fat fruit yogurt", "bs", ["1 6 oz container => of:container", "1 4 oz container => of:small container"],
         diary=["fruit yogurt", "yoplait"]),
    Food("14104100", "cheddar cheese", "lsc", ["1 slice => of:slice #1,2", "1 cup, shredded => of:cup:shredded cheddar #0.25,0.5"],
         diary=["cheddar", "cheddar cheese"], vague=["some cheddar cheese"]),
    Food("14410110", "American cheese", "lc", ["1 slice => of:slice #1,2"], diary=["american cheese", "kraft single"]),
    Food("14107030", "string cheese", "s", ["1 stick => raw:stick of string cheese|sticks of string cheese #1,2"], diary=["string cheese", "cheese stick"]),
    Food("14204010", "low-fat cottage cheese", "bls", ["1 cup => of:cup #0.5,1"], vague=["some cottage cheese"],
         diary=["cottage cheese", "cottage chz"]),
    Food("14301010", "cream cheese", "c", ["1 tablespoon => of:tablespoon #1,2"], diary=["cream cheese"]),
    Food("31103010", "hard-boiled egg", "bls", ["1 egg => n #1,2,2,3"], noun="hard-boiled egg", diary=["hard boiled egg", "hb egg", "boiled egg"]),
    Food("31105005", "fried egg", "b", ["1 egg => n #1,2,2"], noun="fried egg", diary=["fried egg", "egg over easy"]),
    Food("32129990", "scrambled eggs", "b", ["1 egg => raw:scrambled egg|scrambled eggs #2,2,3", "1 cup => of:cup #0.5,1"],
         vague=["some scrambled eggs"], diary=["scrambled eggs", "scrambled egg", "scrmbled eggs"]),
    Food("32130110", "cheese omelette", "b", ["1 egg => raw:cheese omelette made with one egg|cheese omelette made with %N eggs #2,3"],
         vague=["a cheese omelette"], diary=["cheese omelet", "cheese omelette"]),
    # meat, poultry, fish
    Food("24122131", "baked chicken breast", "ld", ["1 small breast => sz:small", "1 medium breast => sz:medium",
         "1 large breast => sz:large", "1 cup, cooked, diced => of:cup:diced chicken breast"], noun="baked chicken breast",
         diary=["baked chicken breast", "chicken breast baked", "chkn breast"], metric="g"),
    Food("24123301", "grilled chicken breast", "ld", ["1 medium breast => sz:medium", "1 large breast => sz:large"],
         noun="grilled chicken breast", diary=["grilled chicken breast", "grilled chicken", "chicken breast"]),
    Food("24198736", "chicken nuggets", "ls", ["1 nugget => raw:chicken nugget|chicken nuggets #4,6,8,10"], diary=["chicken nuggets", "nuggets", "chiken nuggets"]),
    Food("24167220", "fried chicken wings", "ds", ["1 wing, any size => raw:fried chicken wing|fried chicken wings #3,4,6,8"], diary=["wings", "fried wings", "chicken wings"]),
    Food("24157320", "fried chicken thigh", "d", ["1 thigh => n #1,2"], noun="fried chicken thigh", diary=["fried chicken thigh"]),
    Food("21500310", "hamburger patty", "ld", ["1 quarter lb patty => raw:quarter-pound hamburger patty|quarter-pound hamburger patties",
         "1 large patty => sz:large"], noun="hamburger patty", plural="hamburger patties", diary=["burger patty", "hamburger patty no bun"]),
    Food("21102150", "sirloin steak", "d", ["1 thin => raw:thin sirloin steak|thin sirloin steaks", "1 regular => n", "1 thick => raw:thick sirloin steak|thick sirloin steaks"],
         noun="sirloin steak", diary=["sirloin", "sirloin steak", "steak"]),
    Food("22101000", "pork chop", "d", ["1 regular => n #1,2", "1 thick => raw:thick pork chop|thick pork chops"], noun="pork chop", diary=["pork chop", "porkchop"]),
    Food("22600100", "bacon", "bc", ["1 medium slice (yield after cooking) => raw:slice of bacon|slices of bacon #2,3,4",
         "1 thick slice (yield after cooking) => raw:thick slice of bacon|thick slices of bacon #2,3"], diary=["bacon", "bacon strips"]),
    Food("24208500", "turkey bacon", "b", ["1 slice, NFS => raw:slice of turkey bacon|slices of turkey bacon #2,3"], diary=["turkey bacon"]),
    Food("25221405", "pork sausage", "b", ["1 breakfast size link => raw:breakfast sausage link|breakfast sausage links #2,3",
         "1 patty => raw:sausage patty|sausage patties #1,2"], diary=["sausage links", "sausage patty", "sausage"]),
    Food("25230780", "deli turkey", "lc", ["1 slice, NFS => raw:slice of deli turkey|slices of deli turkey #2,3,4"], diary=["deli turkey", "turkey slices"]),
    Food("25230210", "deli ham", "lc", ["1 slice, NFS => raw:slice of deli ham|slices of deli ham #2,3"], diary=["deli ham", "ham slices"]),
    Food("26137120", "baked salmon", "d", ["1 small/regular fillet => raw:fillet of baked salmon|fillets of baked salmon #1",
         "1 large fillet => raw:large fillet of baked salmon|large fillets of baked salmon #1"], diary=["salmon", "baked salmon"]),
    Food("26158010", "baked tilapia", "d", ["1 small/regular fillet => raw:tilapia fillet|tilapia fillets #1,2"], diary=["tilapia"]),
    Food("26155110", "canned tuna", "l", ["1 standard can => raw:can of tuna|cans of tuna #1", "1 pouch => raw:pouch of tuna|pouches of tuna"],
         diary=["tuna", "canned tuna"]),
    Food("26319130", "boiled shrimp", "d", ["1 large/jumbo shrimp => raw:large boiled shrimp|large boiled shrimp #5,6,8,10",
         "1 cup => of:cup"], diary=["shrimp", "boiled shrimp"]),
    Food("21602100", "beef jerky", "s", ["1 Slim Jim => raw:Slim Jim|Slim Jims #1,2"], vague=["some beef jerky"], diary=["beef jerky", "jerky"]),
    Food("27564000", "hot dog", "ld", ["1 sandwich => raw:hot dog on a bun|hot dogs on buns #1,2"], diary=["hot dog", "hotdog"]),
    # grains, breads, cereals
    Food("56205001", "white rice", "ld", ["1 cup, cooked => of:cup #0.5,1,1,1.5,2"], vague=["some white rice", "a bowl of white rice"],
         diary=["white rice", "rice"]),
    Food("56205011", "brown rice", "ld", ["1 cup, cooked => of:cup #0.5,1,1"], vague=["some brown rice"], diary=["brown rice"]),
    Food("56130000", "cooked pasta", "ld", ["1 cup, cooked => of:cup:plain pasta #1,1.5,2"], diary=["pasta", "plain pasta"]),
    Food("51101010", "white toast", "bc", ["1 medium or regular slice => raw:slice of white toast|slices of white toast #1,2,2"], diary=["white toast", "toast"]),
    Food("51300110", "whole wheat bread", "blc", ["1 medium or regular slice => raw:slice of whole wheat bread|slices of whole wheat bread #1,2"],
         diary=["ww bread", "whole wheat bread", "wheat bread"]),
    Food("51133020", "sourdough toast", "b", ["1 medium or regular slice => raw:slice of sourdough toast|slices of sourdough toast #1,2"], diary=["sourdough toast"]),
    Food("51180010", "plain bagel", "b", ["1 regular => n", "1 large => sz:large", "1 small => sz:small"], noun="plain bagel", diary=["bagel", "plain bagel"]),
    Food("51186010", "English muffin", "b", ["1 muffin => n"], noun="English muffin", diary=["english muffin", "eng muffin"]),
    Food("52215200", "flour tortilla", "lc", ["1 medium => sz:medium", "1 large => sz:large"], noun="flour tortilla", diary=["flour tortilla", "tortilla"]),
    Food("55101000", "pancakes", "b", ["1 medium pancake => raw:medium pancake|medium pancakes #2,3", "1 large pancake => raw:large pancake|large pancakes #1,2"],
         diary=["pancakes"]),
    Food("55200020", "frozen waffles", "b", ["1 waffle => raw:frozen waffle|frozen waffles #1,2"], diary=["eggo waffles", "waffles", "eggos"]),
    Food("56202960", "oatmeal", "b", ["1 cup, cooked => of:cup #1,1,1.5"], vague=["a bowl of oatmeal", "some oatmeal"], diary=["oatmeal", "oats"]),
    Food("56203086", "instant oatmeal", "b", ["1 packet, dry, yields => raw:packet of instant oatmeal|packets of instant oatmeal #1,2"], diary=["instant oatmeal"]),
    Food("57123000", "Cheerios", "b", ["1 cup => of:cup #1,1.5,2"], vague=["a bowl of Cheerios"], diary=["cheerios"]),
    Food("57241000", "Honey Nut Cheerios", "b", ["1 cup => of:cup #1,1.5"], vague=["a bowl of Honey Nut Cheerios"], diary=["honey nut cheerios", "hn cheerios"]),
    Food("57348000", "Frosted Flakes", "b", ["1 cup => of:cup #1,1.5"], vague=["a bowl of Frosted Flakes"], diary=["frosted flakes"]),
    Food("57134000", "corn flakes", "b", ["1 cup => of:cup #1,2"], vague=["a bowl of corn flakes"], diary=["corn flakes", "cornflakes"]),
    Food("57329000", "raisin bran", "b", ["1 cup => of:cup #1"], vague=["a bowl of raisin bran"], diary=["raisin bran"]),
    Food("57227000", "granola", "bs", ["1 cup => of:cup #0.25,0.5"], vague=["some granola"], diary=["granola"]),
    Food("57221700", "Froot Loops", "b", ["1 cup => of:cup #1,1.5"], vague=["a bowl of Froot Loops"], diary=["froot loops"]),
    Food("51166000", "croissant", "b", ["1 medium croissant => sz:medium", "1 large croissant => sz:large"], noun="croissant", diary=["croissant"]),
    Food("52302010", "blueberry muffin", "bs", ["1 medium => sz:medium", "1 large => sz:large", "1 small => sz:small"], noun="blueberry muffin",
         diary=["blueberry muffin"]),
    Food("53520135", "glazed donut", "bs", ["1 doughnut => n #1,2"], noun="glazed donut", diary=["glazed donut", "donut", "doughnut"]),
    Food("52101000", "biscuit", "b", ["1 biscuit => n #1,2"], noun="biscuit", diary=["biscuit"]),
    # snacks and sweets
    Food("71200100", "plain potato chips", "ls", ["1 small single serving bag => of:small bag", "1 medium single serving bag => of:medium bag",
         "1 large single serving bag => of:large bag"], vague=["some potato chips", "a handful of potato chips"], diary=["chips", "potato chips", "lays"]),
    Food("54401075", "tortilla chips", "s", ["1 small single serving bag => of:small bag", "1 chip => raw:tortilla chip|tortilla chips #8,10,12"],
         vague=["some tortilla chips"], diary=["tortilla chips"]),
    Food("54401110", "Doritos", "s", ["1 small single serving bag => of:small bag:Doritos", "1 medium single serving bag => of:medium bag:Doritos"],
         diary=["doritos"]),
    Food("54403056", "butter microwave popcorn", "s", ["1 regular microwave bag => of:bag", "1 snack/mini microwave bag => of:mini bag",
         "1 cup, popped => of:cup #2,3,4"], vague=["some popcorn"], diary=["microwave popcorn", "popcorn"]),
    Food("54408016", "pretzels", "s", ["1 small single serving bag => of:small bag", "1 pretzel, NS as to size => raw:pretzel|pretzels #10,15,20"],
         vague=["a handful of pretzels"], diary=["pretzels"]),
    Food("54304020", "Goldfish crackers", "s", ["1 small or medium single serving bag => of:snack bag"], vague=["a handful of Goldfish crackers"], diary=["goldfish"]),
    Food("54301030", "Ritz crackers", "s", ["1 cracker => raw:Ritz cracker|Ritz crackers #4,5,6,8"], diary=["ritz crackers", "ritz"]),
    Food("54304005", "Cheez-Its", "s", ["1 small or medium single serving bag => of:snack bag"], vague=["a handful of Cheez-Its"], diary=["cheez its", "cheezits"]),
    Food("42202000", "peanut butter", "bsc", ["1 tablespoon => of:tablespoon #1,2,2"], diary=["peanut butter", "pb"]),
    Food("42100100", "almonds", "s", ["1 nut => raw:almond|almonds #10,12,15,20,23", "1 oz => of:ounce"], vague=["a handful of almonds", "some almonds"],
         diary=["almonds"]),
    Food("42111200", "dry roasted peanuts", "s", ["1 oz, without shell, NS as to form => of:ounce"], vague=["a handful of peanuts"], diary=["peanuts"]),
    Food("42501000", "trail mix", "s", ["1 cup => of:cup #0.25,0.5"], vague=["a handful of trail mix", "some trail mix"], diary=["trail mix"]),
    Food("41205070", "hummus", "sc", ["1 tablespoon => of:tablespoon #2,3", "1 individual container => of:single-serve cup"], diary=["hummus", "humus"]),
    Food("73101010", "baby carrots", "sl", ["1 baby carrot => raw:baby carrot|baby carrots #5,8,10,12"], vague=["some baby carrots"], diary=["baby carrots"]),
    Food("75109000", "celery", "s", ["1 stalk => raw:stalk of celery|stalks of celery #1,2"], diary=["celery"]),
    Food("53711000", "Quaker chewy granola bar", "bs", ["1 bar => n #1,2"], noun="Quaker chewy granola bar", diary=["quaker chewy bar", "granola bar"]),
    Food("53720200", "Clif bar", "bs", ["1 bar => n"], noun="Clif bar", diary=["clif bar", "cliff bar"]),
    Food("53710810", "KIND bar", "s", ["1 bar => n"], noun="KIND bar", diary=["kind bar"]),
    Food("53206000", "chocolate chip cookies", "s", ["1 medium cookie => raw:chocolate chip cookie|chocolate chip cookies #1,2,3",
         "1 large cookie => raw:large chocolate chip cookie|large chocolate chip cookies #1,2"], diary=["choc chip cookies", "cookies"]),
    Food("53209015", "Oreos", "s", ["1 Oreo sandwich => raw:Oreo|Oreos #2,3,4,6"], diary=["oreos"]),
    Food("53204010", "brownie", "s", ["1 medium => sz:medium", "1 large => sz:large"], noun="brownie", diary=["brownie"]),
    Food("91746100", "M&M's", "s", ["1 pouch/regular size => raw:regular bag of M&M's|regular bags of M&M's", "1 fun/snack size => raw:fun-size bag of M&M's|fun-size bags of M&M's #1,2"],
         diary=["m&ms", "m and ms"]),
    Food("91705530", "Reese's peanut butter cups", "s", ["1 pouch/regular size => raw:regular pack of Reese's peanut butter cups|regular packs of Reese's peanut butter cups"],
         diary=["reeses", "reese's cups"]),
    Food("91705010", "milk chocolate", "s", ["1 pouch/regular size => raw:regular Hershey's bar|regular Hershey's bars"], diary=["hershey bar", "chocolate bar"]),
    Food("13110100", "vanilla ice cream", "s", ["1 scoop => of:scoop #1,2", "1 cup => of:cup #0.5,1"], vague=["a bowl of vanilla ice cream", "some vanilla ice cream"],
         diary=["vanilla ice cream", "ice cream"]),
    Food("53104500", "cheesecake", "s", ["1 piece/slice, any size => of:slice"], diary=["cheesecake"]),
    Food("53301000", "apple pie", "s", ["1 regular slice => of:slice", "1 mini/small slice => of:small slice"], diary=["apple pie"]),
    # mixed dishes
    Food("58106225", "cheese pizza", "ld", ["1 piece, medium pizza => raw:slice of a medium cheese pizza|slices of a medium cheese pizza #1,2,3",
         "1 piece, large pizza => raw:slice of a large cheese pizza|slices of a large cheese pizza #1,2,3",
         "1 personal size pizza (5-7\" diameter) => raw:personal-size cheese pizza|personal-size cheese pizzas #1"], diary=["cheese pizza", "pizza"]),
    Food("58106555", "pepperoni pizza", "ld", ["1 piece, medium pizza => raw:piece of a medium pepperoni pizza|pieces of a medium pepperoni pizza #1,2,3",
         "1 piece, large pizza => raw:slice of a large pepperoni pizza|slices of a large pepperoni pizza #1,2,3"], diary=["pepperoni pizza", "pep pizza"]),
    Food("27510215", "quarter-pound cheeseburger", "ld", ["1 cheeseburger => n"], noun="quarter-pound cheeseburger", diary=["cheeseburger", "qtr pounder w cheese"]),
    Food("27510521", "hamburger", "ld", ["1 hamburger => n"], noun="hamburger", diary=["hamburger", "burger"]),
    Food("27540146", "crispy chicken sandwich", "ld", ["1 regular sandwich => n"], noun="crispy chicken sandwich", diary=["crispy chicken sandwich", "chicken sandwich"]),
    Food("27540040", "turkey and cheese sandwich on wheat", "l", ["1 regular => n", "1 regular or 6\" submarine => raw:six-inch turkey and cheese sub|six-inch turkey and cheese subs"],
         noun="turkey and cheese sandwich on wheat", plural="turkey and cheese sandwiches on wheat", diary=["turkey & cheese sandwich", "turkey cheese sandwich"]),
    Food("27520210", "ham sandwich on white bread", "l", ["1 regular => n"], noun="ham sandwich on white bread", plural="ham sandwiches on white bread", diary=["ham sandwich"]),
    Food("27550720", "tuna salad sandwich", "l", ["1 regular => n"], noun="tuna salad sandwich", diary=["tuna sandwich", "tuna salad sandwich"]),
    Food("14640105", "grilled cheese sandwich", "l", ["1 sandwich => n"], noun="grilled cheese sandwich", diary=["grilled cheese"]),
    Food("42302015", "peanut butter and jelly sandwich", "l", ["1 sandwich => n"], noun="peanut butter and jelly sandwich", diary=["pb&j", "pbj sandwich"]),
    Food("27520610", "BLT", "l", ["1 sandwich, any size => n"], noun="BLT", diary=["blt"]),
    Food("58102540", "chicken burrito with rice and beans", "ld", ["1 small/regular => raw:chicken burrito with rice and beans|chicken burritos with rice and beans",
         "1 large => raw:large chicken burrito with rice and beans|large chicken burritos with rice and beans"], diary=["chicken burrito"]),
    Food("58102780", "chicken burrito bowl", "ld", ["1 item, any size => n"], noun="chicken burrito bowl", diary=["chicken burrito bowl", "burrito bowl"]),
    Food("58102010", "hard beef taco", "ld", ["1 small/regular => raw:hard-shell beef taco|hard-shell beef tacos #1,2,3"], diary=["beef tacos", "tacos"]),
    Food("58104710", "cheese quesadilla", "ld", ["1 full circle => n", "1 half circle => raw:half of a cheese quesadilla|halves of a cheese quesadilla #1"],
         noun="cheese quesadilla", diary=["cheese quesadilla"]),
    Food("58104120", "cheese nachos", "ds", ["1 order => raw:order of cheese nachos|orders of cheese nachos"], vague=["some cheese nachos"], diary=["nachos"]),
    Food("58130011", "lasagna with meat", "d", ["1 cup => of:cup #1,1.5", "1 piece (1/6 of 8\" square, approx 2-1/2\" x 4\") => raw:piece of meat lasagna|pieces of meat lasagna #1"],
         vague=["a plate of lasagna"], diary=["lasagna", "lasagne"]),
    Food("58146322", "spaghetti with meat sauce", "d", ["1 cup => of:cup #1,1.5,2"], vague=["a plate of spaghetti with meat sauce", "a bowl of spaghetti with meat sauce"],
         diary=["spaghetti w meat sauce", "spagetti with meat sauce", "spaghetti bolognese"]),
    Food("58145112", "boxed mac and cheese", "ld", ["1 cup => of:cup #1,1.5"], vague=["a bowl of boxed mac and cheese"], diary=["kraft mac n cheese", "mac and cheese"]),
    Food("58403040", "chicken noodle soup", "l", ["1 cup => of:cup #1,1.5,2"], vague=["a bowl of chicken noodle soup"], diary=["chicken noodle soup", "chkn noodle soup"]),
    Food("27111406", "chili with beans", "ld", ["1 cup => of:cup #1,1.5"], vague=["a bowl of chili"], diary=["chili", "chilli"]),
    Food("58150320", "chicken fried rice", "ld", ["1 cup => of:cup #1,1.5,2"], vague=["some chicken fried rice"], diary=["chicken fried rice"]),
    Food("27445150", "General Tso's chicken", "d", ["1 cup => of:cup #1,1.5"], vague=["some General Tso's chicken"], diary=["general tsos", "general tso chicken"]),
    Food("58151180", "California roll", "ld", ["1 piece => raw:piece of California roll|pieces of California roll #6,8"], diary=["california roll", "cali roll"]),
    Food("58137230", "chicken pad thai", "d", ["1 cup => of:cup #1,1.5,2"], diary=["chicken pad thai", "pad thai"]),
    Food("27146155", "chicken curry with rice", "d", ["1 cup => of:cup #1,1.5,2"], diary=["chicken curry w rice", "chicken curry and rice"]),
    Food("75143000", "garden salad", "ld", ["1 side salad => raw:side salad|side salads #1", "1 cup => of:cup #1,2"], vague=["a salad", "some salad"],
         diary=["side salad", "salad"]),
    Food("27446360", "grilled chicken Caesar salad", "l", ["1 cup => of:cup #2,3"], vague=["a grilled chicken Caesar salad"], diary=["chicken caesar salad"]),
    Food("71401030", "french fries", "ld", ["1 small fast food order => raw:small order of fries|small orders of fries",
         "1 medium fast food order => raw:medium order of fries|medium orders of fries", "1 large fast food order => raw:large order of fries|large orders of fries"],
         vague=["some fries"], diary=["fries", "french fries", "frys"]),
    Food("71508001", "baked potato", "d", ["1 small => sz:small", "1 medium => sz:medium", "1 large => sz:large"], noun="baked potato", plural="baked potatoes",
         diary=["baked potato", "baked potatoe"]),
    Food("71501000", "mashed potatoes", "d", ["1 cup => of:cup #0.5,1"], vague=["some mashed potatoes"], diary=["mashed potatoes", "mashed potato"]),
    Food("73403010", "baked sweet potato", "d", ["1 small => sz:small", "1 medium => sz:medium"], noun="baked sweet potato", plural="baked sweet potatoes",
         diary=["sweet potato", "baked sweet potato"]),
    Food("72201211", "steamed broccoli", "d", ["1 cup => of:cup #0.5,1"], vague=["some steamed broccoli"], diary=["broccoli", "brocoli", "steamed broccoli"]),
    Food("75205021", "green beans", "d", ["1 cup => of:cup #0.5,1"], vague=["some green beans"], diary=["green beans"]),
    Food("75216111", "corn on the cob", "d", ["1 regular ear => raw:ear of corn|ears of corn #1,2"], diary=["corn on the cob", "corn on cob"]),
    Food("41102080", "black beans", "ld", ["1 cup => of:cup #0.5,1"], diary=["black beans"]),
    Food("75141000", "coleslaw", "ld", ["1 cup => of:cup #0.5,1"], vague=["a side of coleslaw"], diary=["coleslaw", "cole slaw"]),
    Food("71601010", "potato salad", "ld", ["1 cup => of:cup #0.5,1"], vague=["a scoop of potato salad"], diary=["potato salad"]),
    # drinks
    Food("92101000", "black coffee", "bk", ["1 cup (8 fl oz) => of:cup #1,2", "1 medium => sz:medium", "1 large => sz:large"], noun="black coffee",
         plural="black coffees", metric="ml", vague=["some black coffee"], diary=["coffee black", "black coffee", "coffee"], adj=["hot"]),
    Food("92101900", "latte", "bk", ["1 small => sz:small", "1 medium => sz:medium", "1 large => sz:large"], noun="latte", metric="ml", diary=["latte"]),
    Food("92161000", "cappuccino", "bk", ["1 small => sz:small", "1 medium => sz:medium"], noun="cappuccino", metric="ml", diary=["cappuccino", "capuccino"]),
    Food("92101950", "mocha", "bk", ["1 medium => sz:medium", "1 large => sz:large"], noun="café mocha", plural="café mochas", metric="ml", diary=["mocha"]),
    Food("92102400", "iced coffee", "k", ["1 medium => sz:medium", "1 large => sz:large"], noun="iced coffee", plural="iced coffees", metric="ml", diary=["iced coffee"]),
    Food("92302000", "hot black tea", "k", ["1 cup => of:cup #1,2"], metric="ml", vague=["some tea"], diary=["black tea", "tea"]),
    Food("92308000", "sweet tea", "k", ["1 medium drink => raw:medium sweet tea|medium sweet teas", "1 large drink => raw:large sweet tea|large sweet teas"],
         metric="ml", vague=["a glass of sweet tea"], diary=["sweet tea"]),
    Food("92410310", "Coke", "k", ["1 can (12 fl oz) => of:can", "1 bottle (20 fl oz) => raw:20-ounce bottle of Coke|20-ounce bottles of Coke"],
         metric="ml", diary=["coke", "coca cola"], adj=["cold"]),
    Food("92410320", "Diet Coke", "k", ["1 can (12 fl oz) => of:can #1,2"], metric="ml", diary=["diet coke", "coke zero"], adj=["cold"]),
    Food("92410360", "Dr Pepper", "k", ["1 can (12 fl oz) => of:can"], metric="ml", diary=["dr pepper", "dr. pepper"]),
    Food("92410550", "Mountain Dew", "k", ["1 can (12 fl oz) => of:can", "1 bottle (20 fl oz) => raw:20-ounce bottle of Mountain Dew|20-ounce bottles of Mountain Dew"],
         metric="ml", diary=["mtn dew", "mountain dew"]),
    Food("92410610", "ginger ale", "k", ["1 can (12 fl oz) => of:can"], metric="ml", diary=["ginger ale"]),
    Food("61210000", "orange juice", "bk", ["1 juice box/pouch (6.75 fl oz) => of:juice box"], metric="ml", vague=["a glass of orange juice", "some orange juice"],
         diary=["oj", "orange juice"], adj=["fresh", "cold"]),
    Food("64104010", "apple juice", "k", ["1 juice box/pouch (6.75 fl oz) => of:juice box", "1 bottle (10 fl oz) => raw:10-ounce bottle of apple juice|10-ounce bottles of apple juice"],
         metric="ml", vague=["a glass of apple juice"], diary=["apple juice"]),
    Food("93101000", "beer", "k", ["1 can or bottle (12 fl oz) => of:bottle #1,2,3", "1 can or bottle (16 fl oz) => raw:tall can of beer|tall cans of beer"],
         metric="ml", diary=["beer"], adj=["cold"]),
    Food("93102000", "light beer", "k", ["1 can or bottle (12 fl oz) => of:can #1,2,3"], metric="ml", diary=["light beer", "bud light", "coors light"]),
    Food("93401010", "red wine", "k", ["1 glass => of:glass #1,2"], metric="ml", diary=["red wine"]),
    Food("93401020", "white wine", "k", ["1 glass => of:glass #1,2"], metric="ml", diary=["white wine"]),
    Food("93301100", "margarita", "k", ["1 drink => n #1,2"], noun="margarita", metric="ml", diary=["margarita"]),
    Food("93505000", "vodka", "k", ["1 shot => of:shot #1,2"], metric="ml", diary=["vodka shot", "vodka"]),
    Food("95310600", "Red Bull", "k", ["1 can (8.4 fl oz) => of:can", "1 can (12 fl oz) => raw:12-ounce can of Red Bull|12-ounce cans of Red Bull"],
         metric="ml", diary=["red bull", "redbull"]),
    Food("95320200", "Gatorade", "k", ["1 bottle (20 fl oz) => raw:20-ounce bottle of Gatorade|20-ounce bottles of Gatorade", "1 bottle (12 fl oz) => raw:12-ounce bottle of Gatorade|12-ounce bottles of Gatorade"],
         metric="ml", diary=["gatorade"]),
    Food("11553110", "fruit smoothie", "bk", ["1 small => sz:small", "1 medium => sz:medium"], noun="fruit smoothie", metric="ml", diary=["smoothie", "fruit smoothie"]),
    Food("11542100", "chocolate milkshake", "s", ["1 small => sz:small", "1 medium => sz:medium"], noun="chocolate milkshake", metric="ml", diary=["choc shake", "chocolate shake"]),
    Food("95103000", "Ensure", "bk", ["1 bottle (8 fl oz) => raw:bottle of Ensure|bottles of Ensure"], metric="ml", diary=["ensure"]),
    # condiments and toppings (only ever a side to another food)
    Food("81101000", "butter", "c", ["1 tablespoon => of:tablespoon #0.5,1", "1 pat => of:pat #1,2"], diary=["butter"]),
    Food("82104000", "olive oil", "c", ["1 tablespoon => of:tablespoon #1,2"], diary=["olive oil", "evoo"]),
    Food("83107000", "mayonnaise", "c", ["1 tablespoon => of:tablespoon #1,2"], diary=["mayo"]),
    Food("74401010", "ketchup", "c", ["1 tablespoon => of:tablespoon #1,2", "1 packet => of:packet #2,3"], diary=["ketchup"]),
    Food("83113500", "ranch dressing", "c", ["1 tablespoon => of:tablespoon #2,3", "1 dipping-size container => raw:side cup of ranch|side cups of ranch"],
         diary=["ranch"]),
    Food("74402100", "salsa", "c", ["1 tablespoon => of:tablespoon #2,3,4"], diary=["salsa"]),
    Food("12310100", "sour cream", "c", ["1 tablespoon => of:tablespoon #1,2"], diary=["sour cream"]),
    Food("91302010", "honey", "c", ["1 tablespoon => of:tablespoon #1", "1 single serving container => of:packet #1,2"], diary=["honey"]),
    Food("91402000", "jam", "c", ["1 tablespoon => of:tablespoon #1,2"], diary=["jam", "strawberry jam"]),
    Food("91300100", "pancake syrup", "c", ["1 tablespoon => of:tablespoon #2,3,4"], diary=["syrup"]),
    Food("63409010", "guacamole", "c", ["1 tablespoon => of:tablespoon #2,3"], diary=["guac", "guacamole"]),
    Food("12120100", "half and half", "c", ["1 individual container (.5 fl oz) => raw:little cup of half and half|little cups of half and half #1,2"], diary=["half and half", "half & half"]),
    Food("91101010", "sugar", "c", ["1 teaspoon => of:teaspoon #1,2", "1 individual packet => of:packet #1,2"], diary=["sugar"]),
]
# fmt: on

COUNT_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    8: "eight",
    10: "ten",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    23: "twenty-three",
}
DEFAULT_COUNTS = [1, 1, 1, 2]


def plural(word: str) -> str:
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith("potato") or word.endswith("tomato"):
        return word + "es"
    return word + "s"


def pluralize_unit(unit: str) -> str:
    words = unit.split(" ")
    words[-1] = plural(words[-1])
    return " ".join(words)


def article(phrase: str) -> str:
    digits = re.match(r"(\d+)", phrase)
    if digits:  # "an 85-gram donut", "an 11 oz steak"
        number = digits.group(1)
        return "an" if number.startswith("8") or number in ("11", "18") else "a"
    return (
        "an" if re.match(r"[aeiouAEIOU]", phrase) and not phrase.lower().startswith("one") else "a"
    )


def parse_portion(spec: str) -> tuple[str, str, list[float]]:
    left, right = (s.strip() for s in spec.split("=>"))
    counts = [1.0] if right.startswith("of:") else DEFAULT_COUNTS
    if "#" in right:
        right, raw_counts = (s.strip() for s in right.split("#"))
        counts = [float(c) for c in raw_counts.split(",")]
    return left, right, counts


def forms(food: Food, how: str) -> tuple[str, str]:
    """(singular phrase without article, plural phrase without number)."""
    noun = food.noun or food.name
    nouns = food.plural or plural(noun)
    if how == "n":
        return noun, nouns
    if how.startswith("sz:"):
        size = how[3:]
        return f"{size} {noun}", f"{size} {nouns}"
    if how.startswith("of:"):
        parts = how[3:].split(":")
        unit = parts[0]
        name = parts[1] if len(parts) > 1 else food.name
        return f"{unit} of {name}", f"{pluralize_unit(unit)} of {name}"
    if how.startswith("raw:"):
        sing, plur = how[4:].split("|")
        return sing.format(name=food.name, noun=noun), plur.format(name=food.name, noun=noun)
    raise ValueError(how)


def say_count(count: float, sing: str, plur: str, rng: random.Random, digits: bool = False) -> str:
    if "%N" in plur:  # the count is inside the phrase ("made with %N eggs")
        word = str(int(count)) if digits else COUNT_WORDS.get(int(count), str(int(count)))
        return (
            f"{article(sing)} {plur.replace('%N', word)}"
            if count != 1
            else f"{article(sing)} {sing}"
        )
    if count == 1:
        return f"{article(sing)} {sing}" if not digits or rng.random() < 0.6 else f"1 {sing}"
    if count == 0.5:
        return f"half {article(sing)} {sing}" if not digits else f"1/2 {sing}"
    if count == 0.25:
        return f"a quarter {sing}" if not digits else f"1/4 {sing}"
    if count == 1.5:
        if digits:
            return f"1.5 {plur}"
        if " of " in sing and rng.random() < 0.5:
            head, tail = sing.split(" of ", 1)
            return f"{article(head)} {head} and a half of {tail}"
        return f"one and a half {plur}"
    n = int(count)
    if digits or n not in COUNT_WORDS or rng.random() < 0.25:
        return f"{n} {plur}"
    return f"{COUNT_WORDS[n]} {plur}"


# ---------------------------------------------------------------------------------------
# Generated narrative sentences
# ---------------------------------------------------------------------------------------

MEAL_WORDS = {"b": "breakfast", "l": "lunch", "d": "dinner", "s": "snack"}
OPENERS = {
    "b": [
        "For breakfast I had {x}.",
        "This morning I ate {x}.",
        "I started my day with {x}.",
        "Breakfast was {x}.",
        "Before work I grabbed {x}.",
        "Um, for breakfast I think I had {x}.",
        "I woke up late and just had {x}.",
        "At about 7 am I had {x}.",
        "My breakfast today: {x}.",
        "I had {x} for breakfast, nothing else.",
    ],
    "l": [
        "For lunch I had {x}.",
        "At lunch I ate {x}.",
        "Lunch was {x}.",
        "Around noon I had {x}.",
        "I had {x} for lunch at my desk.",
        "We went out for lunch and I ordered {x}.",
        "So for lunch it was {x}.",
        "Yesterday at lunch I ate {x}.",
        "I think I had {x} for lunch.",
    ],
    "d": [
        "For dinner I had {x}.",
        "Dinner was {x}.",
        "Tonight I ate {x}.",
        "We had {x} for dinner.",
        "My dinner consisted of {x}.",
        "Last night for dinner I had {x}.",
        "For supper I had {x}.",
        "At dinner I ate {x}.",
        "I cooked {x} for dinner.",
        "Dinner tonight: {x}.",
    ],
    "s": [
        "During my snack time, I enjoyed {x}.",
        "For a snack I had {x}.",
        "In the afternoon I snacked on {x}.",
        "I grabbed {x} as a snack.",
        "Late at night I ate {x}.",
        "While watching TV I had {x}.",
        "My afternoon snack was {x}.",
        "Between meals I had {x}.",
        "I had {x} as a little snack.",
    ],
}
DRINK_ONLY = [
    "I drank {x}.",
    "I had {x} in the afternoon.",
    "In the morning I drank {x}.",
    "I had {x} with friends.",
    "After work I had {x}.",
    "I had {x} on my way home.",
]
JOINERS_2 = [
    "{a} and {b}",
    "{a} alongside {b}",
    "{a} with {b}",
    "{a}, paired with {b}",
    "{a} plus {b}",
    "{a} & {b}",
    "{a} together with {b}",
]
DRINK_JOIN = [
    "{a}, and I drank {b}",
    "{a}, washed down with {b}",
    "{a} with {b} to drink",
    "{a}, paired with {b}",
]
CONDIMENT_JOIN = [
    "{a} with {b}",
    "{a} topped with {b}",
    "{a} and {b} on the side",
    "{a} served with {b}",
]


def metric_amount(food: Food, data: Fndds, rng: random.Random) -> tuple[Spec, str, bool]:
    """A stated metric (or ounce) amount and its words. Returns spec, phrase, gnoun_ok."""
    portions = data.portions[food.code]
    if food.metric == "ml":
        typical = [portions[parse_portion(p)[0]] for p in food.portions] + (
            [portions[QNS]] if QNS in portions else []
        )
        base = rng.choice(typical)  # grams, about millilitres for drinks
        if rng.random() < 0.3:
            options = [
                f
                for f in (1, 1.5, 2, 4, 6, 8, 10, 12, 16, 20, 24)
                if 0.5 * base <= f * FL_OZ_ML <= 1.6 * base
            ]
            floz = rng.choice(options or [8])
            word = rng.choice(
                [f"{floz:g} oz", f"{floz:g} fl oz", f"{floz:g} ounce" + ("s" if floz != 1 else "")]
            )
            return FLOZ(food.code, floz), f"{word} of {food.name}", False
        options = [
            m
            for m in (
                30,
                44,
                50,
                60,
                100,
                120,
                150,
                175,
                200,
                236,
                250,
                300,
                330,
                350,
                355,
                400,
                473,
                500,
                591,
                750,
            )
            if 0.5 * base <= m <= 1.6 * base
        ]
        ml = rng.choice(options or [250])
        word = rng.choice([f"{ml} ml", f"{ml}ml", f"{ml} milliliters", f"{ml} mL"])
        return ML(food.code, ml), f"{word} of {food.name}", False
    # solids: grams near a typical portion
    weights = [portions[parse_portion(p)[0]] for p in food.portions] + (
        [portions[QNS]] if QNS in portions else []
    )
    base = rng.choice([w for w in weights if w >= 20] or weights)
    g = base * rng.uniform(0.7, 1.4)
    g = max(5, round(g / 5) * 5) if g >= 20 else max(2, round(g))
    if "oz" in food.tags and rng.random() < 0.35:
        oz = max(1, round(g / OZ_G))
        word = rng.choice([f"{oz} oz", f"{oz} ounces", f"{oz}oz"])
        return OZ(food.code, oz), f"{word} of {food.name}", False
    word = rng.choice([f"{g} g", f"{g}g", f"{g} grams", f"{g} g", f"{g}g"])
    return G(food.code, g), f"{word} of {food.name}", True


def adjectived(food: Food, phrase: str, rng: random.Random) -> str:
    if food.adj and rng.random() < 0.2:
        adj = rng.choice(food.adj)
        # "a medium apple" -> "a crunchy medium apple"; "165 g of apple" -> "165 g of crunchy apple"
        m = re.match(r"^(an?|one|two|three|half an?) (.*)$", phrase)
        if m:
            art = m.group(1)
            if art in ("a", "an"):
                art = article(adj)
            return f"{art} {adj} {m.group(2)}"
        if " of " in phrase:
            head, tail = phrase.split(" of ", 1)
            return f"{head} of {adj} {tail}"
    return phrase


def render_item(
    food: Food, mode: str, data: Fndds, rng: random.Random, digits: bool = False
) -> tuple[Spec, str]:
    if mode == "vague":
        if food.vague:
            return V(food.code), rng.choice(food.vague)
        if food.noun:  # "a croissant", size not said: USDA's default amount
            return V(food.code), f"{article(food.noun)} {food.noun}"
        return V(food.code), f"some {food.name}"
    if mode == "metric":
        spec, phrase, gnoun_ok = metric_amount(food, data, rng)
        if gnoun_ok and food.noun and rng.random() < 0.85 and spec.grams:
            g = int(spec.grams)
            phrase = f"{article(str(g))} {g}{rng.choice(['g', ' g', '-gram'])} {food.noun}"
        return spec, phrase
    portion, how, counts = parse_portion(rng.choice(food.portions))
    count = rng.choice(counts)
    sing, plur = forms(food, how)
    return P(food.code, portion, count), say_count(count, sing, plur, rng, digits)


ENTREE_PREFIXES = ("2", "58", "14640", "42302", "32")
SIDE_MEATS = {"22600100", "24208500", "25221405", "25230780", "25230210", "21602100", "27111406"}
# fmt: off
CONDIMENT_PAIRS = {
    "81101000": ["51101010", "51180010", "51186010", "55101000", "71508001", "75216111", "52101000", "55200020", "51300110", "51133020"],
    "82104000": ["75143000", "56130000", "72201211", "75205021"],
    "83107000": ["27520210", "27540040", "21500310", "26155110"],
    "74401010": ["71401030", "27510521", "27510215", "27564000", "24198736", "21500310", "32129990"],
    "83113500": ["75143000", "73101010", "24167220", "75109000", "24198736", "58106225", "58106555"],
    "74402100": ["54401075", "58102010", "58104710", "58102540", "32129990", "58104120", "58102780"],
    "12310100": ["71508001", "58102010", "58102540", "58104710", "58104120", "27111406"],
    "91302010": ["92302000", "56202960", "11411420", "51101010", "52101000"],
    "91402000": ["51101010", "51180010", "51186010", "52101000", "51300110", "51133020"],
    "91300100": ["55101000", "55200020"],
    "63409010": ["54401075", "58102010", "58102540", "58102780", "51133020"],
    "12120100": ["92101000"],
    "91101010": ["92101000", "92302000", "56202960"],
    "14301010": ["51180010", "75109000"],
    "14104100": ["27111406", "71508001", "72201211", "21500310", "32129990", "54301030"],
    "14410110": ["21500310", "51101010"],
    "42202000": ["63101000", "63107010", "75109000", "51101010", "54408016", "51300110", "54301030"],
    "41205070": ["73101010", "75109000", "54408016"],
    "22600100": ["32129990", "31105005", "55101000", "55200020", "52101000"],
    "25221405": ["32129990", "31105005", "55101000", "55200020", "52101000"],
}
# fmt: on


def is_entree(food: Food) -> bool:
    return food.code.startswith(ENTREE_PREFIXES) and food.code not in SIDE_MEATS


def pick_foods(rng: random.Random, meal: str, n: int) -> list[Food]:
    mains = [f for f in FOODS if meal in f.tags and f.tags != "c" and "k" not in f.tags]
    drinks = [
        f
        for f in FOODS
        if "k" in f.tags
        and not (meal in "bs" and f.code.startswith("93"))
        and (meal != "b" or "b" in f.tags or f.code.startswith(("61", "64", "94")))
    ]
    chosen: list[Food] = [rng.choice(mains)]
    want_drink = n >= 2 and rng.random() < 0.45
    tries = 0
    while len(chosen) < n and tries < 50:
        tries += 1
        codes = {f.code for f in chosen}
        if want_drink and not any("k" in f.tags for f in chosen):
            food = rng.choice(drinks)
        elif rng.random() < 0.3:
            fits = [
                c
                for c, mains_ok in CONDIMENT_PAIRS.items()
                if codes & set(mains_ok) and c not in codes
            ]
            if not fits:
                continue
            pick = rng.choice(sorted(fits))
            food = next(f for f in FOODS if f.code == pick)
        else:
            food = rng.choice(mains)
            if is_entree(food) and any(is_entree(f) for f in chosen):
                continue
            if (
                food.code in CONDIMENT_PAIRS
                and not codes & set(CONDIMENT_PAIRS[food.code])
                and "c" in food.tags
            ):
                continue
        if food.code not in codes:
            chosen.append(food)
    return chosen


def join_phrases(rng: random.Random, foods: list[Food], phrases: list[str]) -> str:
    drink_idx = next((i for i, f in enumerate(foods) if "k" in f.tags and i > 0), None)
    drink = phrases[drink_idx] if drink_idx is not None else None
    rest = [p for i, p in enumerate(phrases) if i != drink_idx]
    rest_foods = [f for i, f in enumerate(foods) if i != drink_idx]
    if len(rest) == 1:
        body = rest[0]
    elif len(rest) == 2:
        paired = rest_foods[0].code in CONDIMENT_PAIRS.get(rest_foods[1].code, [])
        tmpl = (
            rng.choice(CONDIMENT_JOIN) if paired and rng.random() < 0.7 else rng.choice(JOINERS_2)
        )
        body = tmpl.format(a=rest[0], b=rest[1])
    else:
        body = ", ".join(rest[:-1]) + rng.choice([", and ", " and ", ", plus "]) + rest[-1]
    if drink:
        body = rng.choice(DRINK_JOIN).format(a=body, b=drink)
    return body


def generate_narratives(
    data: Fndds, rng: random.Random, n: int, seen: set[str]
) -> list[tuple[str, list[Spec]]]:
    out: list[tuple[str, list[Spec]]] = []
    while len(out) < n:
        meal = rng.choices(["b", "l", "d", "s", "k"], weights=[24, 24, 26, 20, 6])[0]
        roll = rng.random()
        mode = (
            "metric"
            if roll < 0.42
            else "household"
            if roll < 0.84
            else "vague"
            if roll < 0.90
            else "mixed"
        )
        if meal == "k":
            foods = [rng.choice([f for f in FOODS if "k" in f.tags])]
        else:
            nfoods = rng.choices([1, 2, 3, 4], weights=[25, 40, 25, 10])[0]
            foods = pick_foods(rng, meal, nfoods)
        specs, phrases = [], []
        for food in foods:
            item_mode = (
                mode
                if mode != "mixed"
                else rng.choice(["metric", "household", "household", "vague"])
            )
            if "c" in food.tags and food.tags == "c" and item_mode == "vague":
                item_mode = "household"
            spec, phrase = render_item(food, item_mode, data, rng)
            specs.append(spec)
            phrases.append(adjectived(food, phrase, rng))
        x = join_phrases(rng, foods, phrases)
        text = rng.choice(DRINK_ONLY if meal == "k" else OPENERS[meal]).format(x=x)
        text = text[0].upper() + text[1:]
        if text in seen:
            continue
        seen.add(text)
        out.append((text, specs))
    return out


# ---------------------------------------------------------------------------------------
# Generated terse diary lines
# ---------------------------------------------------------------------------------------

DIARY_UNITS = [
    ("tablespoon", ["tbsp", "T", "tbs"]),
    ("teaspoon", ["tsp"]),
    ("cup", ["c", "cup"]),
    ("slices", ["slices", "sl"]),
    ("slice", ["slice", "sl"]),
    ("medium", ["med", "medium", "md"]),
    ("large", ["lg", "large"]),
    ("small", ["sm", "small"]),
    ("ounce", ["oz"]),
]
DIARY_SEPS = [", ", " + ", " & ", " and ", ", ", " / "]


def diary_phrase(food: Food, mode: str, data: Fndds, rng: random.Random) -> tuple[Spec, str]:
    name = rng.choice(food.diary or [food.name.lower()])
    if mode == "vague":
        if food.vague and rng.random() < 0.5:
            return V(food.code), re.sub(r"^(a|an|some) ", "", rng.choice(food.vague)).lower()
        if food.noun or "k" in food.tags:  # "croissant", "diet coke": one, size not said
            return V(food.code), name
        return V(food.code), rng.choice(["", "some "]) + name
    if mode == "metric":
        spec, phrase, _ = metric_amount(food, data, rng)
        amount = (
            phrase.split(" of ")[0]
            .replace(" milliliters", "ml")
            .replace(" grams", "g")
            .replace(" ounces", "oz")
        )
        return spec, rng.choice([f"{amount} {name}", f"{name} {amount}"])
    portion, how, counts = parse_portion(rng.choice(food.portions))
    count = rng.choice(counts)
    sing, plur = forms(food, how)
    num = {0.25: "1/4", 0.5: "1/2", 1.5: "1.5"}.get(count, str(int(count)))
    if how.startswith("of:"):
        unit = how[3:].split(":")[0]
        short = next((rng.choice(s) for full, s in DIARY_UNITS if unit.endswith(full)), unit)
        if unit.startswith(("small ", "medium ", "large ", "mini ", "snack ")) or short == unit:
            short = unit if count <= 1 else pluralize_unit(unit)
        elif short in ("cup", "cups"):
            short = "cup" if count <= 1 else "cups"
        text = rng.choice([f"{num} {short} {name}", f"{name} {num} {short}"])
    elif how.startswith("sz:"):
        size = how[3:]
        short = next((rng.choice(s) for full, s in DIARY_UNITS if size == full), size)
        text = f"{short} {name}" if count == 1 else f"{num} {short} {plural(name)}"
    elif how.startswith("raw:"):  # keep the words that pick the portion ("slice of a medium pizza")
        words = sing if count == 1 else plur.replace("%N", num)
        words = words.replace(" of a ", " ").replace("medium", "med").replace("large ", "lg ")
        text = f"{num} {words}" if count != 1 or rng.random() < 0.5 else words
    else:
        text = (
            name
            if count == 1 and rng.random() < 0.5
            else rng.choice([f"{num} {name}", f"{name} x{num}", f"{name} ({num})"])
        )
    return P(food.code, portion, count), text


def generate_diary(
    data: Fndds, rng: random.Random, n: int, seen: set[str]
) -> list[tuple[str, list[Spec]]]:
    out: list[tuple[str, list[Spec]]] = []
    while len(out) < n:
        meal = rng.choice(["b", "l", "d", "s"])
        nfoods = rng.choices([1, 2, 3], weights=[40, 40, 20])[0]
        foods = pick_foods(rng, meal, nfoods)
        roll = rng.random()
        mode = (
            "metric"
            if roll < 0.3
            else "household"
            if roll < 0.75
            else "vague"
            if roll < 0.85
            else "mixed"
        )
        specs, bits = [], []
        for food in foods:
            item_mode = mode if mode != "mixed" else rng.choice(["metric", "household", "vague"])
            if food.tags == "c" and item_mode == "vague":
                item_mode = "household"
            spec, text = diary_phrase(food, item_mode, data, rng)
            specs.append(spec)
            bits.append(text)
        if len(bits) > 1 and rng.random() < 0.3:
            text = bits[0] + " w/ " + rng.choice(DIARY_SEPS).join(bits[1:])
        else:
            text = rng.choice(DIARY_SEPS).join(bits)
        text = text.lower() if rng.random() < 0.85 else text
        if text in seen:
            continue
        seen.add(text)
        out.append((text, specs))
    return out


# ---------------------------------------------------------------------------------------
# Assembly, split, output
# ---------------------------------------------------------------------------------------


def meal_record(
    meal_id: str, text: str, shape: str, origin: str, specs: list[Spec], data: Fndds
) -> dict:
    items = [resolve(s, data) for s in specs]
    measures = {i["measure"] for i in items}
    return {
        "id": meal_id,
        "text": text,
        "shape": shape,
        "origin": origin,
        "measure": measures.pop() if len(measures) == 1 else "mixed",
        "vague": any(i["measure"] == "vague" for i in items),
        "items": items,
        "expected": expected_nutrients(items, data),
    }


def validate_tables(data: Fndds) -> None:
    """Every food and portion named in the tables exists in FNDDS; report all problems."""
    problems = []
    for food in FOODS:
        if food.code not in data.nutrients:
            problems.append(f"{food.code} ({food.name}): not in FNDDS nutrients")
            continue
        for spec in food.portions:
            portion = parse_portion(spec)[0]
            if portion not in data.portions.get(food.code, {}):
                problems.append(f"{food.code} ({food.name}): no portion {portion!r}")
    for text, specs in HAND_DIARY + HAND_NARRATIVE:
        for spec in specs:
            try:
                resolve(spec, data)
            except KeyError as exc:
                problems.append(f"{text!r}: {exc}")
    if problems:
        raise ValueError("table problems:\n" + "\n".join(problems))


def build(data: Fndds, n_gen_narrative: int = 200, n_gen_diary: int = 50) -> list[dict]:
    validate_tables(data)
    rng = random.Random(SEED)
    seen = {t for t, _ in HAND_DIARY} | {t for t, _ in HAND_NARRATIVE}
    meals: list[dict] = []
    for i, (text, specs) in enumerate(HAND_DIARY, 1):
        meals.append(meal_record(f"diary-h{i:03d}", text, "diary", "hand", specs, data))
    for i, (text, specs) in enumerate(generate_diary(data, rng, n_gen_diary, seen), 1):
        meals.append(meal_record(f"diary-g{i:03d}", text, "diary", "generated", specs, data))
    for i, (text, specs) in enumerate(HAND_NARRATIVE, 1):
        meals.append(meal_record(f"narr-h{i:03d}", text, "narrative", "hand", specs, data))
    for i, (text, specs) in enumerate(generate_narratives(data, rng, n_gen_narrative, seen), 1):
        meals.append(meal_record(f"narr-g{i:03d}", text, "narrative", "generated", specs, data))
    return meals


def split(meals: list[dict]) -> tuple[list[dict], list[dict]]:
    """20 % held out, drawn with a fixed seed within each (shape, measure) stratum."""
    rng = random.Random(SEED + 1)
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for meal in meals:
        strata[(meal["shape"], meal["measure"])].append(meal)
    held: set[str] = set()
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda m: m["id"])
        rng.shuffle(group)
        k = round(len(group) * HOLDOUT_SHARE)
        held.update(m["id"] for m in group[:k])
    dev = [m for m in meals if m["id"] not in held]
    holdout = [m for m in meals if m["id"] in held]
    return dev, holdout


SOURCE = (
    "Health-Bite blind meal set for issue #11, written without reading the analyser. Truth: "
    "USDA FNDDS 2021-2023 foods and household portions (shared/data/fndds); expected = sum of "
    "FNDDS per-100 g values x grams / 100, computed by scripts/build_blind_meals.py."
)


def document(meals: list[dict], part: str) -> dict:
    return {"source": SOURCE, "part": part, "count": len(meals), "meals": meals}


def summary(meals: list[dict]) -> Counter:
    return Counter((m["shape"], m["measure"]) for m in meals)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fndds", help="FNDDS folder (default: $FNDDS_DATA_DIR or ../shared/data/fndds)"
    )
    parser.add_argument("--check", action="store_true", help="rebuild and compare with the files")
    args = parser.parse_args(argv)
    data = load_fndds(fndds_dir(args.fndds))
    dev, holdout = split(build(data))
    docs = {"dev.json": document(dev, "dev"), "holdout.json": document(holdout, "holdout")}
    if args.check:
        bad = [
            name
            for name, doc in docs.items()
            if json.loads((OUT_DIR / name).read_text(encoding="utf-8"))
            != json.loads(json.dumps(doc))
        ]
        print("differs: " + ", ".join(bad) if bad else "up to date")
        return 1 if bad else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, doc in docs.items():
        (OUT_DIR / name).write_text(
            json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    for name, meals in (("dev", dev), ("holdout", holdout)):
        print(name, len(meals), dict(sorted(summary(meals).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
