"""Blind dietitian's checker for generated week diet plans (issue #12, diet part).

Written by an independent reviewer who did not read the planner or its tests. It encodes
the automatic parts of the review criteria in ``data/planner/blind/REVIEW.md``. It uses
only the plan JSON (food names, portions, grams, per-meal and per-day nutrients) and the
reviewer's profiles. It can also read the FNDDS recipe ingredients to find hidden allergens.

Checks, per person:
  restricted_name    a food name holds a word the person's diets or allergens exclude
                     (meat words for vegetarians, "pancake"/"bread" for gluten-free, ...).
                     Halal is checked for pork, bacon, ham, lard and wine dishes.
  restricted_recipe  an FNDDS recipe ingredient of the food is excluded (--fndds; on by
                     default when ../shared/data/fndds is present).
  ingredient_item    an ingredient or condiment served as an item: syrups, sugars,
                     sweeteners, cooking fats, coconut milk, raw plantain or winter squash,
                     chicken skin, cough drops, a dressing with no salad or vegetable in the meal.
  amount_cap         an item above a household cap: syrups, jams, spreads and dressings
                     > 2 tbsp (40 g); dried fruit > 1/2 cup (80 g); nuts or seeds > 1.5 oz
                     (43 g); juice or sweet drinks > 1 cup (250 g); yogurt > 1 cup (250 g);
                     fried sides > 1 cup; cooked grains > 1.5 cups; eggs > 4; bread > 3 slices;
                     > 4 household units of anything else.
  no_protein         a lunch or dinner with no protein food by name words, or under
                     max(10, min(20, 0.2 x daily protein target)) g of protein.
  starch_overload    3 or more starch items in one meal (bread, fries, rice, fufu, ...).
  two_drinks         2 or more drinks (juice, milk, smoothie, atole, ...) in one meal.
  odd_pairing        fish or meat with candy, chocolate, jam or jelly sandwiches; fish with a
                     burger; two animal main dishes of different kinds.
  wrong_meal         breakfast foods at dinner, dinner dishes at breakfast, candy or
                     condiments as a snack.
  fried_overuse      more than 5 fried items in the week.
  sweets_overuse     more than 7 sweet items (syrup, jam, candy, juice, dried fruit, ...) in
                     the week.
  repeated_dinner    the same main dish on 3 or more dinners, or beans-and-rice style dishes
                     on 4 or more main meals.
  low_carb_food      a juice, syrup, candy, dried fruit, fries or other high-sugar/starch item
                     in a low_carb plan; or carbs above 26 % of energy on a day.
  numbers            a day outside 3 % of target kcal or 10 % of a macro target
                     (recomputed from daily_totals); low_sodium days above the plan's
                     sodium maximum.

Usage:
  .venv/bin/python scripts/review_plans_blind.py --profiles data/planner/blind/profiles.json
        [--plans /tmp/blind_plans.json] [--json out.json] [--no-fndds] [--quiet]
Without --plans it runs ``python -m scripts.plan_review --profiles ... --json <tmp> --quiet``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FNDDS = ROOT.parent / "shared" / "data" / "fndds"


def words_re(words):
    return re.compile(r"\b(" + "|".join(words) + r")", re.I)


MEAT = words_re(
    [
        "beef",
        "pork",
        "bacon",
        "ham\\b",
        "sausage",
        "turkey",
        "chicken(?!, meatless)",
        "veal",
        "lamb",
        "meat\\b(?!less)",
        "meat,",
        "hamburger",
        "cheeseburger",
        "steak",
        "luncheon",
        "wellington",
        "lau lau",
        "salisbury",
        "meatball(?!, meatless)",
        "chili, nfs",
        "stew, nfs",
        "taco, nfs",
        "burrito, nfs",
        "enchilada, nfs",
        "fajita, nfs",
        "hash",
        "frozen meal",
        "dinner, nfs",
        "mock chicken",
        "kung pao",
        "hot dog",
        "pepperoni",
        "goat\\b(?! milk)",
        "venison",
        "liver",
        "gizzard",
        "burrito bowl",
    ]
)
FISH = words_re(
    [
        "fish",
        "tuna",
        "salmon",
        "cod\\b",
        "tilapia",
        "bass\\b",
        "catfish",
        "perch",
        "pompano",
        "trout",
        "whiting",
        "mackerel",
        "haddock",
        "flounder",
        "sardine",
        "anchov",
        "bacalaitos",
        "sushi roll tuna",
        "bouillabaisse",
        "seafood",
        "lau lau",
    ]
)
SHELL = words_re(
    [
        "shrimp",
        "crab",
        "lobster",
        "clam",
        "mussel",
        "oyster",
        "scallop",
        "crayfish",
        "shellfish",
        "seafood",
        "scampi",
        "bouillabaisse",
    ]
)
MILK = re.compile(
    r"\b(milk(?!, (human))|yogurt|cheese|cream|butter|kefir|paneer|whey|ghee|parfait|"
    r"spinach souffle|latte|licuado|batido|frozen coffee|french toast|popover|mousse|"
    r"parmigiana|alfredo|garlic bread|pudding|atole de chocolate|cheeseburger|"
    r"muffin|casserole)",
    re.I,
)
MILK_OK = re.compile(
    r"(soy milk|almond milk|coconut milk|rice milk|oat milk|peanut butter|almond butter|"
    r"yogurt, soy|yogurt, almond|yogurt, coconut|non-?dairy|no dairy|soybean curd cheese|"
    r"nondairy|cocoa butter)",
    re.I,
)
EGG = re.compile(
    r"\b(egg(?!plant)|omelet|foo yung|french toast|mayonnaise|souffle|popover|crepe|"
    r"custard|meringue|noodle pudding|tempura|muffin|bacalaitos|cake or patty)",
    re.I,
)
GLUTEN = re.compile(
    r"\b(bread(?!, (gluten free|rice))|bagel|bun\b|pasta(?!, gluten free)|"
    r"(?<!sushi )roll\b(?!, vegetable)|noodle(?!s?, made from mung)|tortilla, nfs|"
    r"tortilla, flour|wheat|pancake|crepe|"
    r"waffle|muffin|biscuit|cracker|pretzel|lefse|puri|chappat|roti|pita|breadstick|"
    r"sandwich|burger|burrito(?! bowl)|couscous|bulgur|barley|rye|seitan|cereal, (nfs|other|"
    r"ready|cooked|o's|oat|chocolate crispy|corn flakes)|cream of wheat|granola|"
    r"popover|upma|tempura|fried (?!rice)|wellington|parmigiana|dumpling|pizza|cake\b|"
    r"cookie|pie\b|injera|frozen meal|dinner, nfs|bacalaitos|ramen|marsala|swiss steak|"
    r"egg foo yung)",
    re.I,
)
SOY = words_re(["soy", "tofu", "soybean", "edamame", "tempeh", "miso", "natto"])
PEANUT = words_re(["peanut"])
TREENUT = words_re(
    [
        "almond",
        "cashew",
        "pecan",
        "walnut",
        "pistachio",
        "hazelnut",
        "macadamia",
        "brazil",
        "pine nut",
        "mixed nuts",
        "nuts, nfs",
        "nuts and syrup",
        "trail mix",
        "praline",
    ]
)
SESAME = words_re(["sesame", "tahini", "hummus", "halva", "falafel", "korean dressing"])
HALAL = words_re(
    [
        "pork",
        "bacon, ns as to type",
        "bacon(?!.*(beef|turkey))",
        "ham\\b",
        "lard",
        "wine",
        "burgundy",
        "marsala",
        "lau lau",
        "kung pao pork",
        "greens with ham",
        "luncheon",
        "mock chicken",
    ]
)
ORGAN_GAME = words_re(
    [
        "liver",
        "kidney(?! beans)",
        "tongue",
        "tripe",
        "heart",
        "gizzard",
        "chitterling",
        "venison",
        "rabbit",
        "squirrel",
        "bison",
        "elk",
        "organ",
        "sweetbread",
    ]
)

NAME_RULES = {
    "vegetarian": [MEAT, FISH, SHELL],
    "vegan": [MEAT, FISH, SHELL, MILK, EGG, words_re(["honey"])],
    "pescatarian": [MEAT],
    "gluten_free": [GLUTEN],
    "dairy_free": [MILK],
    "halal": [HALAL],
    "milk": [MILK],
    "egg": [EGG],
    "fish": [FISH],
    "shellfish": [SHELL],
    "tree_nuts": [TREENUT],
    "peanuts": [PEANUT],
    "wheat": [GLUTEN],
    "soy": [SOY],
    "sesame": [SESAME],
}
EXEMPT = {  # names that match a word but are safe for that restriction
    "vegan": MILK_OK,
    "dairy_free": MILK_OK,
    "milk": MILK_OK,
}

# recipe-ingredient words (FNDDS ingredient descriptions are SR Legacy names)
RECIPE_RULES = {
    "milk": re.compile(
        r"^(milk(?!, human)|cheese|butter(?!, (peanut|almond))|cream\\b|"
        r"yogurt(?!, (soy|almond|coconut))|whey|kefir|sour cream)|"
        r"dry milk|nonfat dry|^milk,",
        re.I,
    ),
    "egg": re.compile(
        r"^egg(?!plant)|egg, whole|egg yolk|egg white|egg substitute|"
        r"mayonnaise|noodles, egg",
        re.I,
    ),
    "wheat": re.compile(
        r"wheat|^bread(?!, gluten-free)|bulgur|semolina|couscous|"
        r"^pasta(?!, gluten-free)|noodles, egg|crackers|\\brolls\\b|bagel|"
        r"tortillas?, .*flour|farina|barley|\\brye\\b|\\bmalt",
        re.I,
    ),
    "soy": re.compile(r"^(?!oil|.*lecithin).*(soy|tofu|edamame|tempeh|miso)", re.I),
    "peanuts": re.compile(r"peanut", re.I),
    "tree_nuts": re.compile(
        r"almond|cashew|pecan|walnut|pistachio|hazelnut|macadamia|"
        r"brazilnut|pine nut|nuts, mixed",
        re.I,
    ),
    "sesame": re.compile(r"sesame|tahini", re.I),
    "fish": re.compile(r"^fish|tuna|salmon|cod|anchov|sardine|fish sauce", re.I),
    "shellfish": re.compile(
        r"crustaceans|mollusks|shrimp|crab|lobster|clam|oyster|"
        r"scallop|mussel",
        re.I,
    ),
    "meat": re.compile(
        r"^(beef|pork|chicken(?!, meatless)|turkey|lamb|veal|game meat|bacon|ham|"
        r"sausage|frankfurter|luncheon)|gelatin|lard|chicken broth|beef broth",
        re.I,
    ),
    "pork": re.compile(r"^pork|bacon|ham,|lard|gelatin|wine", re.I),
}
RECIPE_FOR = {
    "vegetarian": ["meat", "fish", "shellfish"],
    "vegan": ["meat", "fish", "shellfish", "milk", "egg"],
    "pescatarian": ["meat"],
    "gluten_free": ["wheat"],
    "dairy_free": ["milk"],
    "halal": ["pork"],
    "milk": ["milk"],
    "egg": ["egg"],
    "fish": ["fish"],
    "shellfish": ["shellfish"],
    "tree_nuts": ["tree_nuts"],
    "peanuts": ["peanuts"],
    "wheat": ["wheat"],
    "soy": ["soy"],
    "sesame": ["sesame"],
}

PROTEIN = words_re(
    [
        "beef",
        "pork",
        "turkey",
        "chicken",
        "veal",
        "lamb",
        "meat",
        "hamburger",
        "cheeseburger",
        "steak",
        "wellington",
        "lau lau",
        "salisbury",
        "meatball",
        "chili",
        "stew",
        "taco",
        "burrito",
        "enchilada",
        "fajita",
        "hash",
        "frozen meal",
        "kung pao",
        "fish",
        "tuna",
        "salmon",
        "cod",
        "tilapia",
        "bass",
        "catfish",
        "perch",
        "pompano",
        "trout",
        "whiting",
        "mackerel",
        "haddock",
        "flounder",
        "shrimp",
        "crab",
        "lobster",
        "clam",
        "mussel",
        "crayfish",
        "shellfish",
        "seafood",
        "scampi",
        "bouillabaisse",
        "bacalaitos",
        "sushi roll tuna",
        "egg(?!plant)",
        "omelet",
        "tofu",
        "soybean",
        "edamame",
        "tempeh",
        "(?<!green )beans",
        "lentil",
        "chickpea",
        "blackeyed",
        "peas, nfs",
        "dal\\b",
        "cheese",
        "paneer",
        "yogurt, greek",
        "cottage",
        "peanut butter",
        "almond butter",
        "falafel",
        "meatless",
        "bean cake",
        "sambar",
        "vada",
        "channa",
        "parmigiana",
        "marsala",
        "sausage",
        "luncheon",
        "frozen dinner",
        "dinner, nfs",
        "sushi",
        "burrito bowl",
        "soup, bean",
        "cake or patty",
        "mock chicken",
    ]
)
STARCH = words_re(
    [
        "bread",
        "bagel",
        "roll\\b",
        "pasta",
        "noodle",
        "tortilla",
        "lefse",
        "puri",
        "chappat",
        "roti",
        "pita",
        "breadstick",
        "rice",
        "millet",
        "barley",
        "buckwheat",
        "quinoa",
        "grits",
        "oatmeal",
        "cereal",
        "fufu",
        "yuca",
        "cassava",
        "plantain",
        "potato",
        "sweet potato",
        "taro",
        "fries",
        "tots",
        "corn, raw",
        "corn\\b",
        "injera",
        "idli",
        "dosa",
        "pancake",
        "crepe",
        "muffin",
        "sandwich",
        "taco shell",
        "cornmeal",
        "upma",
        "cream of",
        "popover",
        "french toast",
        "garlic bread",
    ]
)
DRINK = words_re(
    [
        "juice",
        "milk\\b",
        "milk,",
        "soy milk",
        "kefir",
        "smoothie",
        "atole",
        "licuado",
        "batido",
        "frescavena",
        "coffee",
        "tea\\b",
        "tea,",
        "lemonade",
        "cider",
        "horchata",
        "yogurt, liquid",
        "drink",
    ]
)
FRIED = words_re(
    [
        "fried",
        "fries",
        "tempura",
        "tots",
        "fritos",
        "fritter",
        "chips",
        "onion rings",
        "deep fried",
        "vada",
        "puri",
        "potato patty",
        "home fries",
    ]
)
SWEET = words_re(
    [
        "syrup",
        "jam\\b",
        "jam or jelly",
        "jelly sandwich",
        "candy",
        "chocolate",
        "popsicle",
        "freezer pop",
        "juice",
        "molasses",
        "honey",
        "agave",
        "sweetener",
        "ambrosia",
        "dried",
        "raisins",
        "date\\b",
        "prune, dried",
        "marshmallow",
        "candied",
        "mousse",
        "paste",
        "maraschino",
        "fruit juice bar",
        "hazelnut spread",
        "cough drops",
        "haupia",
        "pudding",
        "whipped cream",
        "souffle, lime",
        "lime souffle",
        "frozen coffee",
    ]
)
SYRUPISH = words_re(
    [
        "syrup",
        "jam\\b",
        "jam or",
        "jelly, ",
        "jelly \\[",
        "honey",
        "molasses",
        "agave",
        "sweetener",
        "spread",
        "paste",
        "dressing",
        "cream cheese",
        "sugar",
    ]
)
NOT_INGREDIENT = re.compile(r"^(bread|roll|bagel|muffin)|no dressing", re.I)
INGREDIENT = words_re(
    [
        "corn syrup",
        "simple syrup",
        "molasses",
        "agave",
        "sweetener",
        "sugar\\b",
        "oil\\b",
        "lard",
        "tallow",
        "shortening",
        "coconut milk",
        "chicken skin",
        "cough drops",
        "plantain, raw",
        "winter squash, raw",
        "rutabaga, raw",
        "potato, raw",
        "^flour",
        "yeast",
        "baking",
        "cocoa powder",
        "gelatin",
        "strawberry drink syrup",
        "sweet potato paste",
        "guava paste",
        "tahini",
        "sesame seeds",
        "raw.*(beef|pork|fish)",
    ]
)
DRESSING = words_re(["dressing", "marinade"])
SALADISH = words_re(
    [
        "salad",
        "raw",
        "greens",
        "sprouts",
        "lettuce",
        "cucumber",
        "slaw",
        "artichoke",
        "tomato",
        "peppers",
        "watercress",
        "jicama",
        "spinach",
    ]
)
DRIED = words_re(["dried", "raisins", "date\\b", "banana chips"])
NUTS = words_re(
    [
        "nuts",
        "almonds",
        "cashews",
        "pecans",
        "pistachio",
        "peanuts",
        "seeds",
        "trail mix",
        "soy nuts",
        "walnuts",
    ]
)
BREAKFASTY = words_re(
    [
        "cereal",
        "oatmeal",
        "grits",
        "pancake",
        "french toast",
        "waffle",
        "cream of",
        "syrup",
        "granola",
        "oat bran",
    ]
)
DINNERY = words_re(
    [
        "wellington",
        "marsala",
        "burgundy",
        "swiss steak",
        "stew",
        "chili",
        "fish, ",
        "steak",
        "veal",
        "lau lau",
        "frozen meal",
        "kung pao",
    ]
)
SNACK_BAD = words_re(
    [
        "cough drops",
        "chicken skin",
        "dressing",
        "syrup",
        "coconut milk",
        "tahini",
        "sesame seeds",
        "candy",
    ]
)
LOWCARB_BAD = words_re(
    [
        "juice",
        "syrup",
        "candy",
        "jam",
        "jelly",
        "honey",
        "agave",
        "molasses",
        "dried",
        "raisins",
        "fries",
        "tots",
        "ambrosia",
        "marshmallow",
        "applesauce, flavored",
        "canned",
        "fufu",
        "yuca",
        "puri",
        "pasta",
        "candied",
        "pudding",
        "millet",
        "barley",
        "sweet potato",
        "potato",
        "plantain",
        "cereal",
        "grits",
        "oatmeal",
        "french toast",
        "bread",
        "noodle",
        "rice",
    ]
)
BEANS_RICE = re.compile(r"beans (and|&) (white |brown )?rice|beans and rice", re.I)


def household_units(item):
    h = item.get("household") or {}
    try:
        return float(h.get("amount") or 0), str(h.get("unit") or "")
    except (TypeError, ValueError):
        return 0.0, ""


def load_recipes(folder: Path):
    """FNDDS recipes: food code -> [(ingredient code, description)]; nested codes recurse."""
    rec = defaultdict(list)
    path = folder / "fndds_ingredients.csv"
    if not path.exists():
        return None
    with path.open(newline="") as f:
        for row in csv.DictReader(f):
            rec[row["food_code"]].append((row["ingredient_code"], row["ingredient_description"]))
    return rec


def recipe_hits(code, recipes, key, depth=0):
    out = []
    for sub, ing in recipes.get(code, []):
        if sub in recipes and sub != code and depth < 4:
            out += recipe_hits(sub, recipes, key, depth + 1)
        elif RECIPE_RULES[key].search(ing):
            out.append(ing)
    return out


def check_person(prof, entry, recipes):
    flags = []
    restr = [d for d in prof.get("diets", []) if d not in ("low_carb", "low_sodium")]
    restr += prof.get("allergies", [])
    low_carb = "low_carb" in prof.get("diets", []) or prof.get("low_carb")
    low_sodium = "low_sodium" in prof.get("diets", [])

    def flag(day, meal, item, kind, why):
        flags.append({"day": day, "meal": meal, "item": item, "kind": kind, "why": why})

    plan = entry.get("plan")
    if not plan or "weekly_plan" not in plan:
        flag("-", "-", "-", "infeasible", str(entry.get("infeasible") or entry.get("error")))
        return flags, False, 0
    t = entry["targets"]
    week = plan["weekly_plan"]
    fried = sweets = 0
    dinner_mains = Counter()
    beans_rice = 0
    n_meals = 0
    for day, meals in week.items():
        for m in meals:
            n_meals += 1
            meal = m["meal"]
            items = m["items"]
            names = [i["food"] for i in items]
            joined = " | ".join(names)
            main = meal in ("lunch", "dinner")
            for it in items:
                nm = it["food"]
                g = float(it.get("grams") or 0)
                amt, unit = household_units(it)
                # restrictions by name
                code = str(it.get("food_id", ""))
                code = code.split(":", 1)[1] if code.startswith("fndds:") else None
                for r in restr:
                    for rx in NAME_RULES.get(r, []):
                        if rx.search(nm) and not (r in EXEMPT and EXEMPT[r].search(nm)):
                            # the name says restricted; the FNDDS recipe may disagree
                            if (
                                recipes
                                and code
                                and recipes.get(code)
                                and not any(
                                    recipe_hits(code, recipes, k) for k in RECIPE_FOR.get(r, [])
                                )
                            ):
                                flag(
                                    day,
                                    meal,
                                    nm,
                                    "restricted_doubtful",
                                    f"{r}: name word, FNDDS recipe shows none "
                                    "(real products often do)",
                                )
                            else:
                                flag(day, meal, nm, "restricted_name", f"{r}: name word")
                            break
                # restrictions by recipe
                if recipes and str(it.get("food_id", "")).startswith("fndds:"):
                    code = it["food_id"].split(":", 1)[1]
                    for r in restr:
                        for key in RECIPE_FOR.get(r, []):
                            hits = recipe_hits(code, recipes, key)
                            if hits and not any(
                                x["item"] == nm and x["kind"] == "restricted_name" for x in flags
                            ):
                                flag(
                                    day, meal, nm, "restricted_recipe", f"{r}: recipe has {hits[0]}"
                                )
                                break
                if ORGAN_GAME.search(nm):
                    flag(day, meal, nm, "unusual_food", "organ meat or game")
                if INGREDIENT.search(nm) and not NOT_INGREDIENT.search(nm):
                    flag(day, meal, nm, "ingredient_item", "ingredient/condiment as an item")
                if DRESSING.search(nm) and not any(SALADISH.search(x) for x in names if x != nm):
                    flag(day, meal, nm, "ingredient_item", "dressing with no salad/vegetable")
                # caps
                cap = None
                if (
                    SYRUPISH.search(nm)
                    and not re.search(r"sandwich", nm, re.I)
                    and not NOT_INGREDIENT.search(nm)
                ):
                    cap = ("syrup/jam/spread/dressing > 2 tbsp", g > 41)
                elif DRIED.search(nm):
                    cap = ("dried fruit > 1/2 cup", g > 81)
                elif NUTS.search(nm) and not re.search(r"butter", nm, re.I):
                    cap = ("nuts/seeds > 1.5 oz", g > 43)
                elif re.search(r"juice|drink|cider|soda|lemonade", nm, re.I):
                    cap = ("juice/sweet drink > 1 cup", g > 250)
                elif re.search(r"^yogurt", nm, re.I):
                    cap = ("yogurt > 1 cup", g > 250)
                elif FRIED.search(nm) and re.search(r"cup", unit):
                    cap = ("fried side > 1 cup", amt > 1)
                elif re.search(r"^(millet|barley|buckwheat|quinoa|rice, cooked|pasta)", nm, re.I):
                    cap = ("cooked grain > 1.5 cups", amt > 1.5 and "cup" in unit)
                elif re.search(r"^egg, whole", nm, re.I):
                    cap = ("eggs > 4", amt > 4)
                elif re.search(r"^bread", nm, re.I):
                    cap = ("bread > 3 slices", amt > 3)
                elif re.search(r"sandwich", nm, re.I):
                    cap = ("more than 1.5 sandwiches", amt > 1.5)
                else:
                    cap = ("> 4 household units", amt > 4)
                if cap[1]:
                    flag(day, meal, nm, "amount_cap", f"{cap[0]} ({it.get('portion')}, {g:g} g)")
                if FRIED.search(nm):
                    fried += 1
                if SWEET.search(nm):
                    sweets += 1
                if low_carb and LOWCARB_BAD.search(nm):
                    flag(day, meal, nm, "low_carb_food", "high-sugar/starch item in low_carb plan")
                if meal == "dinner" and BREAKFASTY.search(nm):
                    flag(day, meal, nm, "wrong_meal", "breakfast food at dinner")
                if meal == "breakfast" and DINNERY.search(nm):
                    flag(day, meal, nm, "wrong_meal", "dinner dish at breakfast")
                if "snack" in meal and SNACK_BAD.search(nm):
                    flag(day, meal, nm, "wrong_meal", "not a snack food")
            if main:
                prot = float(m.get("nutrients", {}).get("protein", 0))
                floor = max(10.0, min(20.0, 0.2 * float(t.get("protein_g", 100))))
                if not any(PROTEIN.search(x) for x in names):
                    flag(day, meal, joined, "no_protein", "no protein food in a main meal")
                elif prot < floor:
                    flag(
                        day, meal, joined, "no_protein", f"main meal protein {prot:.0f} g < {floor}"
                    )
                if sum(1 for x in names if BEANS_RICE.search(x)):
                    beans_rice += 1
                if meal == "dinner":
                    pros = [x for x in names if PROTEIN.search(x)]
                    if pros:
                        dinner_mains[re.split(r",", pros[0])[0].lower()] += 1
            if sum(1 for x in names if STARCH.search(x)) >= 3:
                flag(day, meal, joined, "starch_overload", "3+ starch items in one meal")
            if sum(1 for x in names if DRINK.search(x)) >= 2:
                flag(day, meal, joined, "two_drinks", "2+ drinks in one meal")
            animal = [x for x in names if (MEAT.search(x) or FISH.search(x) or SHELL.search(x))]
            kinds = {("fish" if (FISH.search(x) or SHELL.search(x)) else "meat") for x in animal}
            if len(kinds) == 2:
                flag(day, meal, joined, "odd_pairing", "meat and fish mains together")
            if animal and any(
                re.search(
                    r"chocolate|candy|jelly sandwich|jam|marshmallow|"
                    r"peanut butter and jelly",
                    x,
                    re.I,
                )
                for x in names
            ):
                flag(day, meal, joined, "odd_pairing", "meat/fish with sweets or PB&J")
    for main, n in dinner_mains.items():
        if n >= 3:
            flag("week", "dinner", main, "repeated_dinner", f"{main} main on {n} dinners")
    if beans_rice >= 4:
        flag(
            "week",
            "lunch/dinner",
            "beans and rice",
            "repeated_dinner",
            f"beans-and-rice dishes in {beans_rice} main meals",
        )
    if fried > 5:
        flag("week", "-", f"{fried} fried items", "fried_overuse", "more than 5 fried items a week")
    if sweets > 7:
        flag(
            "week", "-", f"{sweets} sweet items", "sweets_overuse", "more than 7 sweet items a week"
        )
    # numbers
    ok = True
    tgt = {
        "calories": t["calories"],
        "protein": t["protein_g"],
        "carbs": t["carbs_g"],
        "fats": t["fats_g"],
    }
    sodmax = plan.get("targets", {}).get("sodium_max_mg")
    for day, tot in plan.get("daily_totals", {}).items():
        vals = {"calories": tot["calories"], **tot["nutrients"]}
        for k, target in tgt.items():
            dev = (vals[k] - target) / target * 100
            lim = 3.0 if k == "calories" else 10.0
            if abs(dev) > lim + 1e-9:
                ok = False
                flag(day, "day", k, "numbers", f"{k} {vals[k]:.0f} vs {target} ({dev:+.1f} %)")
        if low_carb and vals["carbs"] * 4 / max(vals["calories"], 1) > 0.26:
            flag(
                day,
                "day",
                "carbs",
                "low_carb_food",
                f"carbs {vals['carbs'] * 4 / vals['calories'] * 100:.0f} % of energy",
            )
        if low_sodium and sodmax and vals.get("sodium", 0) > sodmax:
            flag(
                day,
                "day",
                "sodium",
                "numbers",
                f"sodium {vals['sodium']:.0f} mg > {sodmax:.0f} (low_sodium)",
            )
    return flags, ok, n_meals


def restricted(r):
    return r["counts"].get("restricted_name") or r["counts"].get("restricted_recipe")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--profiles", default="data/planner/blind/profiles.json")
    ap.add_argument("--plans", help="plans JSON written by scripts.plan_review --json")
    ap.add_argument("--json", help="write flags per person to this file")
    ap.add_argument("--no-fndds", action="store_true", help="skip the recipe-ingredient check")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    a = ap.parse_args(argv)
    profiles = json.loads(Path(a.profiles).read_text())
    if a.plans:
        plans = json.loads(Path(a.plans).read_text())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "plans.json"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "scripts.plan_review",
                    "--profiles",
                    a.profiles,
                    "--json",
                    str(out),
                    "--quiet",
                ],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            plans = json.loads(out.read_text())
    recipes = None if a.no_fndds else load_recipes(FNDDS)
    by_id = {p["id"]: p for p in plans}
    result = []
    kinds_by_split = defaultdict(Counter)
    meals_flagged = defaultdict(int)
    meals_total = defaultdict(int)
    for prof in profiles:
        entry = by_id.get(prof["id"], {})
        flags, ok, n = check_person(prof, entry, recipes)
        split = prof.get("split", "dev")
        kinds = Counter(f["kind"] for f in flags)
        kinds_by_split[split].update(kinds)
        flagged_meals = {
            (f["day"], f["meal"])
            for f in flags
            if f["day"] not in ("week", "-") and f["meal"] != "day"
        }
        meals_flagged[split] += len(flagged_meals)
        meals_total[split] += n
        result.append(
            {
                "id": prof["id"],
                "split": split,
                "numbers_ok": ok,
                "flags": flags,
                "counts": dict(kinds),
            }
        )
        if not a.quiet:
            print(
                f"{prof['id']} [{split}] numbers_ok={ok} meals_flagged={len(flagged_meals)}/{n} "
                + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            )
            for f in flags:
                if f["kind"] in (
                    "restricted_name",
                    "restricted_recipe",
                    "restricted_doubtful",
                    "numbers",
                ):
                    print(f"    {f['kind']}: {f['day']} {f['meal']}: {f['item']} ({f['why']})")
    print()
    for split in ("dev", "holdout"):
        if not meals_total[split]:
            continue
        rs = [r for r in result if r["split"] == split]
        print(
            f"{split}: {len(rs)} people, numbers_ok {sum(r['numbers_ok'] for r in rs)}/{len(rs)}, "
            f"meals with a flag {meals_flagged[split]}/{meals_total[split]} "
            f"({meals_flagged[split] / meals_total[split] * 100:.0f} %), people with a "
            f"restricted item {sum(1 for r in rs if restricted(r))}, "
            f"with a doubtful item {sum(1 for r in rs if r['counts'].get('restricted_doubtful'))}"
        )
        for k, v in kinds_by_split[split].most_common():
            print(f"    {k:18s} {v}")
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
