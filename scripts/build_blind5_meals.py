"""Build the fifth blind meal-text evaluation set (issue #11): ``data/analyser/blind5/``.

Written by a fifth author, independently of the analyser and of the earlier blind sets'
texts, in other voices: US Midwest and Southern retirees, college students cooking cheaply,
home cooks describing what they made, sit-down restaurant meals without chain names, holiday
and family meals, dietitian-style 24-hour recall answers, athletes weighing food, people with
diabetes counting carbohydrate, and snacks or drinks on their own. Every text below was typed
by hand without reading the analyser (its code, tables, tests or development data). Every
number comes from the USDA FNDDS 2021-2023 CSVs in ``shared/data/fndds``: the food codes name
FNDDS foods, the amounts name FNDDS household portions (looked up by their exact USDA
description) or state grams, ounces, fluid ounces or millilitres, and the expected nutrients
are FNDDS per-100 g values x grams / 100.

    python scripts/build_blind5_meals.py            # write dev.json and holdout.json
    python scripts/build_blind5_meals.py --check    # exit 1 if the files are out of date

The truth rule is in ``data/analyser/blind5/README.md`` (the same rule as blind2-blind4).
"""

# ruff: noqa: E501  (the hand-typed meal texts are kept on one line each)
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "data" / "analyser" / "blind5"
SEED = 5_1130_2026
HOLDOUT_FRACTION = 0.25
OZ_G = 28.35  # USDA's 1 oz
FL_OZ_ML = 29.5735
QNS = "Quantity not specified"
FL_OZ_PORTIONS = ("1 fl oz (no ice)", "1 fl oz")
NUTRIENTS = {
    "energy_kcal": "energy_kcal",
    "carbohydrate_g": "carbohydrate_g",
    "protein_g": "protein_g",
    "fat_g": "total_fat_g",
}
SOURCE = (
    "Health-Bite fifth blind meal set for issue #11, typed by hand by a fifth author without "
    "reading the analyser. Truth: USDA FNDDS 2021-2023 foods and household portions "
    "(shared/data/fndds); expected = sum of FNDDS per-100 g values x grams / 100, computed by "
    "scripts/build_blind5_meals.py."
)


def fndds_folder() -> Path:
    """$FNDDS_DATA_DIR, else ``<repo>/../shared/data/fndds``."""
    raw = os.environ.get("FNDDS_DATA_DIR")
    return Path(raw) if raw else REPO.parent / "shared" / "data" / "fndds"


# ---------------------------------------------------------------------------------------
# Amounts. Each item of a meal is (food key, amount).


@dataclass(frozen=True)
class P:
    """A household amount: ``count`` x the FNDDS portion named exactly ``portion``."""

    portion: str
    count: float = 1


@dataclass(frozen=True)
class V:
    """A vague or missing amount: FNDDS ``Quantity not specified`` unless one of the README's
    documented units is named (milk on cereal, sandwich toppings, spread on bread, a splash)."""

    portion: str = QNS
    count: float = 1


@dataclass(frozen=True)
class G:
    """Stated grams, used exactly."""

    grams: float


@dataclass(frozen=True)
class OZ:
    """Stated ounces of a solid food: oz x 28.35 g."""

    oz: float


@dataclass(frozen=True)
class FL:
    """Stated fluid ounces of a drink: through the food's ``1 fl oz`` portion."""

    floz: float


@dataclass(frozen=True)
class ML:
    """Stated millilitres of a drink: ml / 29.5735 fl oz, through the ``1 fl oz`` portion."""

    ml: float


# Documented vague units (README): milk on cereal, toppings, spread on bread, a splash.
CEREAL_MILK = V("1 cup", 0.5)
TOPPING = V("Guideline amount on regular sandwich")
SPLASH = V("1 fl oz")  # a splash of milk or half and half


def SPREAD(slices: float = 1) -> V:  # noqa: N802 - reads like the other amounts
    return V("Guideline amount per slice of bread/roll", slices)


# ---------------------------------------------------------------------------------------
# FNDDS foods used below: key -> 8-digit FNDDS food code. The descriptions are read from
# fndds_foods.csv when the files are built.

FOODS: dict[str, str] = {
    # breakfast
    "coffee": "92101000",
    "decaf": "92111010",
    "half_half": "12120100",
    "sugar": "91101010",
    "fried_egg": "31105005",
    "scrambled": "32129990",
    "scrambled_rest": "32130080",
    "scrambled_cheese_butter": "32130120",
    "boiled_egg": "31103010",
    "bacon": "22600200",
    "sausage": "25221405",
    "ham": "22311000",
    "toast_white": "51101010",
    "toast_wheat": "51300120",
    "bread_wheat": "51300110",
    "butter": "81100500",
    "biscuit": "52101000",
    "biscuit_rest": "52103000",
    "biscuit_gravy": "58128000",
    "sausage_gravy": "27120120",
    "grits": "56201051",
    "grits_fat": "56201052",
    "hashbrown_rest": "71404030",
    "hashbrown": "71404000",
    "pancakes_rest": "55100050",
    "pancakes": "55101000",
    "waffle": "55200010",
    "waffle_frozen": "55200020",
    "french_toast": "55300010",
    "syrup": "91300100",
    "oatmeal_water": "56203056",
    "oatmeal_milk": "56203066",
    "instant_oat": "56203086",
    "oats_raw": "57602100",
    "cornflakes": "57134000",
    "frosted_flakes": "57348000",
    "cheerios": "57123000",
    "honey_nut": "57241000",
    "raisin_bran": "57329000",
    "rice_krispies": "57151000",
    "lucky_charms": "57305150",
    "granola": "57227000",
    "pop_tart": "53530000",
    "bagel": "51180010",
    "cream_cheese": "14301010",
    "peanut_butter": "42202000",
    "oj": "61210220",
    # milk, drinks
    "milk": "11100000",
    "milk2": "11112110",
    "milk_whole": "11111000",
    "milk_skim": "11113000",
    "coke": "92410310",
    "diet_coke": "92410320",
    "dr_pepper": "92410360",
    "sprite": "92410510",
    "mtn_dew": "92410550",
    "gatorade": "95320200",
    "monster": "95310400",
    "sweet_tea": "92308000",
    "unsweet_tea": "92308020",
    "hot_tea": "92302000",
    "lemonade": "92510955",
    "beer": "93101000",
    "light_beer": "93102000",
    "wine_red": "93401010",
    "wine_white": "93401020",
    # fruit, veg, sides
    "banana": "63107010",
    "apple": "63101000",
    "orange": "61119010",
    "grapes": "63123000",
    "strawberries": "63223020",
    "blueberries": "63203010",
    "carrots_raw": "73101010",
    "hummus": "41205070",
    "broccoli": "72201211",
    "corn": "75216120",
    "green_beans_rest": "75205005",
    "green_beans_canned": "75205023",
    "collards": "72107221",
    "black_eyed": "41301010",
    "pinto": "41104010",
    "salad": "75143000",
    "caesar": "72116150",
    "ranch": "83113500",
    "italian": "83106000",
    "baked_potato": "71100100",
    "sour_cream": "12310100",
    "mashed": "71501000",
    "fries": "71400990",
    "sweet_potato": "73403010",
    "sweet_potato_fries": "73410200",
    "onion_rings": "75415022",
    "coleslaw": "75141000",
    "baked_beans": "41201010",
    "potato_salad": "71601010",
    "mac_salad": "58148110",
    "deviled_egg": "32102000",
    "rice_white": "56205008",
    "rice_brown": "56205018",
    "roll": "51150000",
    "cornbread": "52202060",
    "hush_puppy": "52209010",
    "tortilla_flour": "52215200",
    "garlic_bread": "51121015",
    "garlic_bread_rest": "51121025",
    "ketchup": "74401010",
    "salsa": "74402150",
    "parmesan": "14108010",
    "gravy_poultry": "28500000",
    "gravy_beef": "28500040",
    "gravy_white": "13411000",
    # meat, fish
    "ribeye": "21101180",
    "sirloin": "21102150",
    "tbone": "21103150",
    "pot_roast": "21407000",
    "brisket": "21417100",
    "ground_beef": "21500100",
    "chicken_fried_steak": "21104110",
    "pork_chop": "22101000",
    "pork_chop_fried": "22101300",
    "ribs": "22701000",
    "bbq_pork": "27120030",
    "turkey": "24201000",
    "grilled_chicken": "24123301",
    "baked_chicken_breast": "24122131",
    "rotisserie": "24122171",
    "chicken_thigh": "24152231",
    "fried_chicken_breast": "24127200",
    "fried_drumstick": "24147300",
    "fried_chicken": "24107070",
    "wings_hot": "24168000",
    "wings_fried_rest": "24167230",
    "nuggets": "24198729",
    "tenders": "24198739",
    "tenders_rest": "24198742",
    "salmon_baked": "26137120",
    "salmon_grilled": "26137123",
    "catfish_fried": "26107140",
    "cod_fried": "26109140",
    "tilapia": "26158010",
    "shrimp_fried": "26319140",
    "tuna_canned": "26155110",
    "hot_dog": "25210110",
    "hot_dog_bun": "51154010",
    "meatloaf": "27214100",
    "jerky": "21602100",
    # dishes
    "ramen": "58407030",
    "mac_box": "58145112",
    "mac_home": "58145110",
    "mac_rest": "58145111",
    "pizza_pep_frozen": "58106512",
    "pizza_cheese_frozen": "58106200",
    "pizza_cheese_rest": "58106210",
    "pizza_pep_rest": "58106540",
    "hot_pocket": "58126100",
    "pbj": "42302015",
    "grilled_cheese": "14640105",
    "turkey_sand_wheat": "27540030",
    "blt": "27520610",
    "tuna_sand_wheat": "27550735",
    "club": "27540123",
    "chicken_salad_sand": "27540120",
    "hamburger": "27510521",
    "cheeseburger": "27510155",
    "bbq_pork_sand": "27520510",
    "chili": "27111406",
    "taco_beef": "58102010",
    "fajita_chicken": "58105000",
    "quesadilla": "58104710",
    "chicken_noodle_soup": "58403010",
    "tomato_soup": "74602010",
    "chicken_dumplings": "27246100",
    "tuna_casserole": "27250610",
    "chicken_pot_pie": "27347100",
    "gb_casserole": "75403020",
    "sweet_potato_cass": "73409000",
    "candied_yams": "73406000",
    "stuffing": "51182010",
    "cranberry": "63207110",
    "jambalaya": "27363100",
    "stirfry_chicken_rice": "27345320",
    "fried_rice_chicken": "58150320",
    "pasta_red_home": "58146222",
    "pasta_red_rest": "58146221",
    "pasta_meat_home": "58146322",
    "alfredo_chicken_rest": "58146421",
    "lasagna_rest": "58130014",
    "lasagna_home": "58130015",
    "chicken_parm": "27146300",
    "cali_roll": "58151180",
    "nigiri_salmon": "58151420",
    "nigiri_tuna": "58151440",
    "miso_soup": "41601070",
    "edamame": "41420020",
    "pad_thai_chicken": "58137230",
    "chicken_curry": "27146150",
    "egg_roll": "58110110",
    # snacks, sweets
    "almonds": "42101110",
    "peanuts": "42111100",
    "pecans": "42112000",
    "pretzels": "54408016",
    "potato_chips": "71200100",
    "tortilla_chips": "54401075",
    "popcorn": "54403001",
    "saltines": "54325000",
    "goldfish": "54304020",
    "string_cheese": "14107030",
    "cheddar": "14104100",
    "american": "14410110",
    "cottage": "14201010",
    "greek_yogurt": "11411420",
    "yogurt_fruit": "11432000",
    "whey": "95230000",
    "choc_chip_cookie": "53206000",
    "brownie": "53204000",
    "ice_cream": "13110100",
    "pumpkin_pie": "53347000",
    "pecan_pie": "53385000",
    "apple_pie": "53301000",
    "peach_cobbler": "53410800",
    "banana_pudding": "13241000",
    "choc_cake": "53105270",
    "tiramisu": "13252600",
    "cannoli": "53452200",
    "jello": "91501010",
}


# ---------------------------------------------------------------------------------------
# Terse diary lines typed into a food app.

DIARY: list[tuple[str, list[tuple[str, Any]]]] = [
    # --- diner breakfasts, retirees (Midwest / South)
    (
        "2 eggs over easy, 2 strips of bacon, 2 slices wheat toast w/ butter, cup of coffee",
        [
            ("fried_egg", P("1 egg", 2)),
            ("bacon", P("1 medium slice (yield after cooking)", 2)),
            ("toast_wheat", P("1 medium or regular slice", 2)),
            ("butter", SPREAD(2)),
            ("coffee", P("1 cup (8 fl oz)")),
        ],
    ),
    ("biscuits and gravy, just the one biscuit", [("biscuit_gravy", P("1 biscuit with gravy"))]),
    (
        "diner: 3 pancakes, 2 sausage links, 2 tbsp syrup",
        [
            ("pancakes_rest", P("1 medium pancake", 3)),
            ("sausage", P("1 breakfast size link", 2)),
            ("syrup", P("1 tablespoon", 2)),
        ],
    ),
    (
        "1 cup grits with butter, 2 scrambled eggs, 1 biscuit",
        [
            ("grits_fat", P("1 cup, cooked")),
            ("scrambled", P("1 egg", 2)),
            ("biscuit", P("1 biscuit")),
        ],
    ),
    ("short stack and a side of bacon at the diner", [("pancakes_rest", V()), ("bacon", V())]),
    (
        "diner hashbrowns, 2 fried eggs, sausage patty, decaf",
        [
            ("hashbrown_rest", V()),
            ("fried_egg", P("1 egg", 2)),
            ("sausage", P("1 patty")),
            ("decaf", V()),
        ],
    ),
    (
        "cheese omelet (3 eggs) cooked in butter, 1 slice rye.. no wait white toast",
        [
            ("scrambled_cheese_butter", P("1 egg", 3)),
            ("toast_white", P("1 medium or regular slice")),
        ],
    ),
    (
        "french toast 2 slices w syrup 1 tbsp + 2 bacon",
        [
            ("french_toast", P("1 slice, any size", 2)),
            ("syrup", P("1 tablespoon")),
            ("bacon", P("1 medium slice (yield after cooking)", 2)),
        ],
    ),
    (
        "diner - chicken fried steak and eggs, 2 eggs scrambled, cup of white gravy",
        [
            ("chicken_fried_steak", P("1 regular")),
            ("scrambled_rest", P("1 egg", 2)),
            ("gravy_white", P("1 cup")),
        ],
    ),
    (
        "belgian waffle w/ strawberries 1/2 cup",
        [("waffle", P("1 thick / Belgian waffle")), ("strawberries", P("1 cup", 0.5))],
    ),
    (
        "ham slice, 2 eggs over medium, grits",
        [("ham", P("1 regular/thin slice")), ("fried_egg", P("1 egg", 2)), ("grits", V())],
    ),
    (
        "large coffee w/ 2 creamers (half & half) and 1 sugar packet",
        [
            ("coffee", P("1 large")),
            ("half_half", P("1 individual container (.5 fl oz)", 2)),
            ("sugar", P("1 individual packet")),
        ],
    ),
    (
        "2 large pancakes and a glass of OJ",
        [("pancakes", P("1 large pancake", 2)), ("oj", V())],
    ),
    (
        "oatmeal 1 cup made w water, 1/2 banana, black coffee",
        [("oatmeal_water", P("1 cup, cooked")), ("banana", P("1 banana", 0.5)), ("coffee", V())],
    ),
    ("bowl of raisin bran with milk", [("raisin_bran", V()), ("milk", CEREAL_MILK)]),
    (
        "1 cup cheerios, 1/2 cup 2% milk, 1 small banana sliced on top",
        [("cheerios", P("1 cup")), ("milk2", P("1 cup", 0.5)), ("banana", P("1 banana"))],
    ),
    (
        "1 slice whole wheat toast w/ 1 tbsp peanut butter + coffee w/ splash of half n half",
        [
            ("toast_wheat", P("1 medium or regular slice")),
            ("peanut_butter", P("1 tablespoon")),
            ("coffee", V()),
            ("half_half", SPLASH),
        ],
    ),
    (
        "soft boiled egg x2, 1 slice toast, cup of hot tea",
        [
            ("boiled_egg", P("1 egg", 2)),
            ("toast_white", P("1 medium or regular slice")),
            ("hot_tea", P("1 cup")),
        ],
    ),
    (
        "bfast - 2 eggs scrambled, 2 sausage links, 1 biscut w butter",
        [
            ("scrambled", P("1 egg", 2)),
            ("sausage", P("1 breakfast size link", 2)),
            ("biscuit", P("1 biscuit")),
            ("butter", SPREAD(1)),
        ],
    ),
    (
        "bagel w cream cheese 2 tbsp",
        [("bagel", P("1 regular")), ("cream_cheese", P("1 tablespoon", 2))],
    ),
    # --- college students cooking cheaply
    ("ramen, 2 cups", [("ramen", P("1 cup", 2))]),
    ("cup of noodles (the styrofoam one)", [("ramen", P("1 individual container"))]),
    ("boxed mac n cheese 1.5 cups", [("mac_box", P("1 cup", 1.5))]),
    (
        "half a frozen pepperoni pizza (medium size, thin crust)",
        [("pizza_pep_frozen", P('1 frozen medium pizza (11-13" diameter)', 0.5))],
    ),
    (
        "personal frozen cheese pizza",
        [("pizza_cheese_frozen", P('1 frozen personal size pizza (5-7" diameter)'))],
    ),
    (
        "cereal for dinner lol, 2 cups frosted flakes + 1 cup skim",
        [("frosted_flakes", P("1 cup", 2)), ("milk_skim", P("1 cup"))],
    ),
    (
        "lucky charms 1.5 cups w/ whole milk 3/4 cup",
        [("lucky_charms", P("1 cup", 1.5)), ("milk_whole", P("1 cup", 0.75))],
    ),
    ("pb&j on white + glass of milk", [("pbj", P("1 sandwich")), ("milk", V())]),
    (
        "grilled cheese (american on white) and a cup of tomato soup",
        [("grilled_cheese", P("1 sandwich")), ("tomato_soup", P("1 cup"))],
    ),
    (
        "2 pop tarts and a monster (16 oz can)",
        [("pop_tart", P("1 package (2 Pop Tarts)")), ("monster", P("1 can or bottle (16 fl oz)"))],
    ),
    ("hot pocket", [("hot_pocket", V())]),
    ("spaghetti w/ jar sauce, 2 cups", [("pasta_red_home", P("1 cup", 2))]),
    (
        "spaghetti w meat sauce 1.5 cups + 1 slice garlic bread",
        [("pasta_meat_home", P("1 cup", 1.5)), ("garlic_bread", P("1 medium slice"))],
    ),
    (
        "cheese quesadilla, 1 whole one, + 2 tbsp salsa",
        [("quesadilla", P("1 full circle")), ("salsa", P("1 tablespoon", 2))],
    ),
    (
        "2 slices of leftover pepperoni pizza (large)",
        [("pizza_pep_rest", P("1 piece, large pizza", 2))],
    ),
    (
        "late nite: small bag of doritos.. actually plain tortilla chips + salsa",
        [("tortilla_chips", P("1 small single serving bag")), ("salsa", V())],
    ),
    (
        "eggs scrambled x3 + 2 tortillas (flour, medium)",
        [("scrambled", P("1 egg", 3)), ("tortilla_flour", P("1 medium", 2))],
    ),
    (
        "rice 1 cup, canned black eyed peas 1/2 cup",
        [("rice_white", P("1 cup, cooked")), ("black_eyed", P("1 cup", 0.5))],
    ),
    (
        "12 chicken nuggets (frozen ones, baked) + ketchup 2 tbsp",
        [("nuggets", P("1 nugget", 12)), ("ketchup", P("1 tablespoon", 2))],
    ),
    (
        "tuna from the can (1 pouch) on 6 saltines",
        [("tuna_canned", P("1 pouch")), ("saltines", P("1 cracker", 6))],
    ),
    (
        "2 hot dogs in buns w ketchup",
        [("hot_dog", P("1 regular", 2)), ("hot_dog_bun", P("1 hot dog bun", 2)), ("ketchup", V())],
    ),
    ("bowl of cereal (honey nut cheerios) w/ milk", [("honey_nut", V()), ("milk", CEREAL_MILK)]),
    # --- home cooking, described
    (
        "made chicken stir fry w/ peppers + rice, had 1.5 cups",
        [("stirfry_chicken_rice", P("1 cup", 1.5))],
    ),
    (
        "homemade chili 1 cup w/ 1/4 cup shredded cheddar",
        [("chili", P("1 cup")), ("cheddar", P("1 cup, shredded", 0.25))],
    ),
    (
        "meatloaf 1 medium slice, mashed potatoes 1/2 cup, green beans 1/2 cup",
        [
            ("meatloaf", P("1 medium slice")),
            ("mashed", P("1 cup", 0.5)),
            ("green_beans_canned", P("1 cup", 0.5)),
        ],
    ),
    (
        "pork chop (regular), 1 baked sweet potato (medium), steamed broccoli 1 cup",
        [("pork_chop", P("1 regular")), ("sweet_potato", P("1 medium")), ("broccoli", P("1 cup"))],
    ),
    ("tacos x2, ground beef, corn shells, cheese", [("taco_beef", P("1 small/regular", 2))]),
    (
        "baked salmon fillet, 1/2 cup brown rice, salad w/ 1 tbsp italian",
        [
            ("salmon_baked", P("1 small/regular fillet")),
            ("rice_brown", P("1 cup, cooked", 0.5)),
            ("salad", V()),
            ("italian", P("1 tablespoon")),
        ],
    ),
    ("chicken and dumplings, 1.5 cups", [("chicken_dumplings", P("1 cup", 1.5))]),
    ("chicken pot pie, individual one", [("chicken_pot_pie", P("1 individual pie"))]),
    (
        "2 chicken thighs (baked, no skin), 1 cup corn",
        [("chicken_thigh", P("1 medium thigh", 2)), ("corn", P("1 cup"))],
    ),
    ("2 chicken fajitas", [("fajita_chicken", P("1 fajita", 2))]),
    (
        "lasagna (homemade) 1 piece + side salad w ranch",
        [
            ("lasagna_home", P('1 piece (1/6 of 8" square, approx 2-1/2" x 4")')),
            ("salad", P("1 side salad")),
            ("ranch", V()),
        ],
    ),
    (
        "rotisserie chicken breast, no skin, + 1 cup mashed",
        [("rotisserie", P("1 breast")), ("mashed", P("1 cup"))],
    ),
    (
        "cornbread 1 piece, pinto beans 1 cup, collards 1/2 cup",
        [("cornbread", P("1 piece")), ("pinto", P("1 cup")), ("collards", P("1 cup", 0.5))],
    ),
    (
        "pot roast, 2 thick slices, w/ 1/4 cup gravy",
        [("pot_roast", P("1 thick slice", 2)), ("gravy_beef", P("1 cup", 0.25))],
    ),
    (
        "pan fried catfish 1 fillet, 3 hush puppies, coleslaw 1/2 cup",
        [
            ("catfish_fried", P("1 small/regular fillet")),
            ("hush_puppy", P("1 hush puppy", 3)),
            ("coleslaw", P("1 cup", 0.5)),
        ],
    ),
    (
        "sloppy leftovers: mac and cheese homemade 1 cup + 1 fried drumstick",
        [("mac_home", P("1 cup")), ("fried_drumstick", P("1 medium drumstick"))],
    ),
    # --- sit-down restaurants, no chain names
    (
        "steakhouse: ribeye (regular), baked potato w 2 tbsp sour cream, dinner roll",
        [
            ("ribeye", P("1 regular")),
            ("baked_potato", V()),
            ("sour_cream", P("1 tablespoon", 2)),
            ("roll", P("1 medium/regular/sandwich size roll")),
        ],
    ),
    (
        "T-bone steak, thick cut, + a loaded.. no just plain baked potato, large",
        [("tbone", P("1 thick")), ("baked_potato", P("1 large"))],
    ),
    (
        "steakhouse - sirloin 8 oz, green beans, 1 glass red wine",
        [("sirloin", OZ(8)), ("green_beans_rest", V()), ("wine_red", P("1 glass"))],
    ),
    (
        "sushi place - california roll 8 pcs, miso soup 1 cup",
        [("cali_roll", P("1 piece", 8)), ("miso_soup", P("1 cup"))],
    ),
    (
        "salmon nigiri x4, tuna nigiri x4, edamame 1 cup",
        [
            ("nigiri_salmon", P("1 piece", 4)),
            ("nigiri_tuna", P("1 piece", 4)),
            ("edamame", P("1 cup")),
        ],
    ),
    ("thai place: pad thai w/ chicken", [("pad_thai_chicken", V())]),
    (
        "chicken curry 1 cup over 1 cup jasmine rice + 1 spring roll",
        [
            ("chicken_curry", P("1 cup")),
            ("rice_white", P("1 cup, cooked")),
            ("egg_roll", P("1 egg roll")),
        ],
    ),
    (
        "italian restaurant: chicken parm (half breast) + 1 cup spaghetti w marinara",
        [("chicken_parm", P("1/2 breast with sauce and cheese")), ("pasta_red_rest", P("1 cup"))],
    ),
    (
        "lasagna at the italian place, 1 piece, + garlic bread",
        [
            ("lasagna_rest", P('1 piece (1/6 of 8" square, approx 2-1/2" x 4")')),
            ("garlic_bread_rest", V()),
        ],
    ),
    (
        "italian place: fettuccine alfredo w chicken 2 cups, caesar salad 1 cup",
        [("alfredo_chicken_rest", P("1 cup", 2)), ("caesar", P("1 cup"))],
    ),
    ("tiramisu, 1 piece, + decaf coffee", [("tiramisu", P("1 piece")), ("decaf", V())]),
    ("cannoli", [("cannoli", V())]),
    (
        "fish fry friday - 2 pieces fried cod + cole slaw 1 cup",
        [("cod_fried", P("1 small/regular fillet", 2)), ("coleslaw", P("1 cup"))],
    ),
    (
        "wings x10 hot, ranch 2 tbsp",
        [("wings_hot", P("1 drummette", 10)), ("ranch", P("1 tablespoon", 2))],
    ),
    (
        "cheeseburger and fries at the diner",
        [("cheeseburger", P("1 cheeseburger")), ("fries", V())],
    ),
    (
        "blt on white, potato salad 1/2 cup",
        [("blt", P("1 sandwich, any size")), ("potato_salad", P("1 cup", 0.5))],
    ),
    (
        "tuna salad sandwich on wheat, cup of coffee",
        [("tuna_sand_wheat", P("1 regular")), ("coffee", P("1 cup (8 fl oz)"))],
    ),
    (
        "chicken tenders 4 + honey mustard.. skip the sauce, + fries",
        [("tenders", P("1 tender, strip, or finger", 4)), ("fries", V())],
    ),
    # --- holidays, family, potluck, BBQ
    (
        "thanksgiving plate: turkey 3 slices, stuffing 1 cup, mashed potatoes 1 cup w gravy 1/4 cup, cranberry sauce 1 slice",
        [
            ("turkey", P("1 medium slice", 3)),
            ("stuffing", P("1 cup, NFS")),
            ("mashed", P("1 cup")),
            ("gravy_poultry", P("1 cup", 0.25)),
            ("cranberry", P("1 slice")),
        ],
    ),
    (
        "green bean casserole 1/2 cup, sweet potato casserole 1/2 cup, 1 roll",
        [
            ("gb_casserole", P("1 cup", 0.5)),
            ("sweet_potato_cass", P("1 cup", 0.5)),
            ("roll", P("1 medium/regular/sandwich size roll")),
        ],
    ),
    ("pumpkin pie 1 slice", [("pumpkin_pie", P("1 regular slice"))]),
    (
        "xmas ham 2 slices, candied yams 1/2 cup, green beans, roll w butter",
        [
            ("ham", P("1 regular/thin slice", 2)),
            ("candied_yams", P("1 cup", 0.5)),
            ("green_beans_canned", V()),
            ("roll", P("1 medium/regular/sandwich size roll")),
            ("butter", SPREAD(1)),
        ],
    ),
    (
        "sunday dinner - fried chicken 2 pieces, mashed taters, collard greens, cornbread",
        [
            ("fried_chicken", P("1 piece", 2)),
            ("mashed", V()),
            ("collards", V()),
            ("cornbread", V()),
        ],
    ),
    (
        "peach cobbler 1 cup w/ 1 scoop vanilla ice cream",
        [("peach_cobbler", P("1 cup")), ("ice_cream", P("1 scoop"))],
    ),
    (
        "potluck: 2 deviled eggs, mac salad 1/2 cup, 1 cup jello",
        [("deviled_egg", P("1 egg", 2)), ("mac_salad", P("1 cup", 0.5)), ("jello", P("1 cup"))],
    ),
    (
        "church potluck plate, some chicken n dumplings and a brownie",
        [("chicken_dumplings", V()), ("brownie", V())],
    ),
    (
        "bbq: pulled pork sandwich, baked beans 1/2 cup, slaw 1/2 cup",
        [
            ("bbq_pork_sand", P("1 regular sandwich")),
            ("baked_beans", P("1 cup", 0.5)),
            ("coleslaw", P("1 cup", 0.5)),
        ],
    ),
    (
        "4 ribs, 1 ear corn on the cob, potato salad 1 cup",
        [
            ("ribs", P("1 rib (yield after cooking, bone removed)", 4)),
            ("corn", P("1 regular ear")),
            ("potato_salad", P("1 cup")),
        ],
    ),
    (
        "hamburger off the grill + chips small bag",
        [("hamburger", P("1 hamburger")), ("potato_chips", P("1 small single serving bag"))],
    ),
    (
        "4th of july - 1 hot dog w bun, 1 cheeseburger, watermelon.. skip, 12 oz can of beer",
        [
            ("hot_dog", P("1 regular")),
            ("hot_dog_bun", P("1 hot dog bun")),
            ("cheeseburger", P("1 cheeseburger")),
            ("beer", P("1 can or bottle (12 fl oz)")),
        ],
    ),
    (
        "slice of apple pie a la mode (1 scoop)",
        [("apple_pie", P("1 regular slice")), ("ice_cream", P("1 scoop"))],
    ),
    (
        "birthday cake, chocolate, 1 regular slice (2 layer)",
        [("choc_cake", P("1 regular or small piece/slice, 2+ layer cake"))],
    ),
    # --- 24-hour recall answers
    (
        "Breakfast around 7: two scrambled eggs, one slice wheat toast with butter, black coffee",
        [
            ("scrambled", P("1 egg", 2)),
            ("toast_wheat", P("1 medium or regular slice")),
            ("butter", SPREAD(1)),
            ("coffee", V()),
        ],
    ),
    (
        "Lunch about noon: turkey sandwich on wheat, an apple (medium), unsweet tea",
        [("turkey_sand_wheat", P("1 regular")), ("apple", P("1 medium")), ("unsweet_tea", V())],
    ),
    (
        "Supper 5:30 - one pork chop, fried; 1/2 cup black-eyed peas; one piece cornbread",
        [
            ("pork_chop_fried", P("1 regular")),
            ("black_eyed", P("1 cup", 0.5)),
            ("cornbread", P("1 piece")),
        ],
    ),
    (
        "Snack 3pm: 6 saltine crackers and 1 slice american cheese",
        [("saltines", P("1 cracker", 6)), ("american", P("1 slice"))],
    ),
    (
        "Bedtime snack: 1 cup skim milk, 2 graham.. no, 2 chocolate chip cookies (medium)",
        [("milk_skim", P("1 cup")), ("choc_chip_cookie", P("1 medium cookie", 2))],
    ),
    (
        "Breakfast 6:30: 1 cup oatmeal made with milk, 1/2 cup blueberries, coffee with 1 tsp sugar",
        [
            ("oatmeal_milk", P("1 cup, cooked")),
            ("blueberries", P("1 cup", 0.5)),
            ("coffee", V()),
            ("sugar", P("1 teaspoon")),
        ],
    ),
    (
        "Lunch 12:15 - chicken salad sandwich on white, 1 cup grapes",
        [("chicken_salad_sand", P("1 regular")), ("grapes", P("1 cup"))],
    ),
    (
        "Dinner ~6: baked chicken breast (medium), 1 cup brown rice, 1 cup steamed broccoli",
        [
            ("baked_chicken_breast", P("1 medium breast")),
            ("rice_brown", P("1 cup, cooked")),
            ("broccoli", P("1 cup")),
        ],
    ),
    (
        "Breakfast 8am: 1 cup corn flakes, 1/2 cup 2% milk, 1 cup orange juice",
        [("cornflakes", P("1 cup")), ("milk2", P("1 cup", 0.5)), ("oj", P("1 fl oz (no ice)", 8))],
    ),
    # --- people with diabetes, carb counting
    (
        "1/2 cup brown rice, 4 oz grilled chicken, steamed broccoli",
        [("rice_brown", P("1 cup, cooked", 0.5)), ("grilled_chicken", OZ(4)), ("broccoli", V())],
    ),
    (
        "1 slice whole wheat bread, 1/2 cup cottage cheese, 1 small orange",
        [
            ("bread_wheat", P("1 medium or regular slice")),
            ("cottage", P("1 cup", 0.5)),
            ("orange", P("1 fruit")),
        ],
    ),
    (
        "carbs ~30: 2/3 cup brown rice + grilled chicken breast small + 1 cup green beans",
        [
            ("rice_brown", P("1 cup, cooked", 2 / 3)),
            ("grilled_chicken", P("1 small breast")),
            ("green_beans_canned", P("1 cup")),
        ],
    ),
    (
        "1 small baked potato, 1 tbsp sour cream, 1 small sirloin (thin)",
        [
            ("baked_potato", P("1 small")),
            ("sour_cream", P("1 tablespoon")),
            ("sirloin", P("1 thin")),
        ],
    ),
    (
        "greek yogurt nonfat 5.3 oz cup + 1/2 cup strawberries",
        [("greek_yogurt", P("1 5.3 oz container")), ("strawberries", P("1 cup", 0.5))],
    ),
    (
        "2 boiled eggs, 1/2 cup blueberries, coffee black 1 cup",
        [
            ("boiled_egg", P("1 egg", 2)),
            ("blueberries", P("1 cup", 0.5)),
            ("coffee", P("1 cup (8 fl oz)")),
        ],
    ),
    ("15 g carb snack: 3 cups popcorn", [("popcorn", P("1 cup, popped", 3))]),
    (
        "tilapia fillet baked, 1/2 cup corn, side salad no dressing",
        [
            ("tilapia", P("1 small/regular fillet")),
            ("corn", P("1 cup", 0.5)),
            ("salad", P("1 side salad")),
        ],
    ),
    (
        "1 cup whole wheat spaghetti.. regular pasta w marinara 1 cup + 1 tbsp parmesan",
        [("pasta_red_home", P("1 cup")), ("parmesan", P("1 tablespoon"))],
    ),
    ("hypo treatment: 1/2 cup OJ", [("oj", P("1 fl oz (no ice)", 4))]),
    # --- athletes weighing food (grams / ounces)
    (
        "chicken breast 200g grilled, rice 150g, broccoli 100g",
        [("grilled_chicken", G(200)), ("rice_white", G(150)), ("broccoli", G(100))],
    ),
    (
        "oats 60g dry + 1 scoop whey + 1 banana",
        [("oats_raw", G(60)), ("whey", P("1 scoop, NFS")), ("banana", P("1 banana"))],
    ),
    ("6 oz salmon, 8 oz sweet potato", [("salmon_grilled", OZ(6)), ("sweet_potato", OZ(8))]),
    (
        "post-lift: 2 scoops whey in 12 oz skim milk",
        [("whey", P("1 scoop, NFS", 2)), ("milk_skim", FL(12))],
    ),
    (
        "greek yogurt 250g, blueberries 80g, granola 30g",
        [("greek_yogurt", G(250)), ("blueberries", G(80)), ("granola", G(30))],
    ),
    (
        "ground beef 5 oz cooked + white rice 1 cup",
        [("ground_beef", OZ(5)), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "meal 3: tilapia 170g, brown rice 120g, green beans 90g",
        [("tilapia", G(170)), ("rice_brown", G(120)), ("green_beans_canned", G(90))],
    ),
    (
        "pb 32g on 2 slices wheat bread",
        [("peanut_butter", G(32)), ("bread_wheat", P("1 medium or regular slice", 2))],
    ),
    ("gatorade 20 oz bottle during practice", [("gatorade", P("1 bottle (20 fl oz)"))]),
    ("almonds 28 g", [("almonds", G(28))]),
    (
        "egg whites.. no, 4 whole eggs scrambled + 1 cup oatmeal w water",
        [("scrambled", P("1 egg", 4)), ("oatmeal_water", P("1 cup, cooked"))],
    ),
    ("sirloin 10 oz + baked potato 300g", [("sirloin", OZ(10)), ("baked_potato", G(300))]),
    # --- snacks and drinks alone
    ("a handful of almonds", [("almonds", V())]),
    ("can of coke", [("coke", P("1 can (12 fl oz)"))]),
    ("glass of 2% milk", [("milk2", V())]),
    ("bottle of gatorade", [("gatorade", V())]),
    ("20 oz bottle of dr pepper", [("dr_pepper", P("1 bottle (20 fl oz)"))]),
    ("large sweet tea", [("sweet_tea", P("1 large drink"))]),
    ("medium unsweet tea", [("unsweet_tea", P("1 medium drink"))]),
    ("23 almonds", [("almonds", P("1 nut", 23))]),
    ("string cheese x2", [("string_cheese", P("1 stick", 2))]),
    ("banana", [("banana", V())]),
    (
        "1 large apple + 2 tbsp peanut butter",
        [("apple", P("1 large")), ("peanut_butter", P("1 tablespoon", 2))],
    ),
    (
        "10 baby carrots w 2 tbsp hummus",
        [("carrots_raw", P("1 baby carrot", 10)), ("hummus", P("1 tablespoon", 2))],
    ),
    ("bag of goldfish (the snack size)", [("goldfish", P("1 small or medium single serving bag"))]),
    ("slim jim x2", [("jerky", P("1 Slim Jim", 2))]),
    ("1/4 cup pecans", [("pecans", P("1 cup", 0.25))]),
    ("handfull of peanuts", [("peanuts", V())]),
    ("2 scoops vanila ice cream", [("ice_cream", P("1 scoop", 2))]),
    ("glass of white wine", [("wine_white", P("1 glass"))]),
    ("2 light beers, 12 oz cans", [("light_beer", P("1 can or bottle (12 fl oz)", 2))]),
    ("mountain dew 20oz bottle", [("mtn_dew", P("1 bottle (20 fl oz)"))]),
    ("lemonade 16 oz", [("lemonade", FL(16))]),
    (
        "coffee, medium, w/ 2 creamers",
        [("coffee", P("1 medium")), ("half_half", P("1 individual container (.5 fl oz)", 2))],
    ),
    ("hot tea w 1 tsp sugar", [("hot_tea", V()), ("sugar", P("1 teaspoon"))]),
    ("strawberry yogurt (6 oz container)", [("yogurt_fruit", P("1 6 oz container"))]),
    (
        "1 cup cottage cheese w 1/2 cup pineapple.. just the cottage cheese",
        [("cottage", P("1 cup"))],
    ),
    ("3 choc chip cookies (chips ahoy)", [("choc_chip_cookie", P("1 Nabisco Chips Ahoy!", 3))]),
    ("12 grapes", [("grapes", P("1 grape", 12))]),
    ("orange", [("orange", V())]),
    ("1 cup strawberies", [("strawberries", P("1 cup"))]),
    # --- typos and abbreviations
    (
        "scrmbled eggs 2, bacn 3 strips, wht toast 1 slc",
        [
            ("scrambled", P("1 egg", 2)),
            ("bacon", P("1 medium slice (yield after cooking)", 3)),
            ("toast_white", P("1 medium or regular slice")),
        ],
    ),
    (
        "chkn breast grilled (lg), brwn rice 1c, brocolli 1c",
        [
            ("grilled_chicken", P("1 large breast")),
            ("rice_brown", P("1 cup, cooked")),
            ("broccoli", P("1 cup")),
        ],
    ),
    ("mashed potatos 1 cup w/ gravey", [("mashed", P("1 cup")), ("gravy_beef", V())]),
    ("cheesburger + onion rngs", [("cheeseburger", P("1 cheeseburger")), ("onion_rings", V())]),
    ("cofee 1c w/ half n half splash", [("coffee", P("1 cup (8 fl oz)")), ("half_half", SPLASH)]),
    (
        "bisquit w/ saus gravy 1/2 cup",
        [("biscuit", P("1 biscuit")), ("sausage_gravy", P("1 cup", 0.5))],
    ),
    ("pancaks x2 (med) + syrup", [("pancakes", P("1 medium pancake", 2)), ("syrup", V())]),
    (
        "brkfst: oatmeal 1c, 1 tbsp pb, 1 bananna",
        [
            ("oatmeal_water", P("1 cup, cooked")),
            ("peanut_butter", P("1 tablespoon")),
            ("banana", P("1 banana")),
        ],
    ),
    ("frzn pizza pepp, 2 pcs", [("pizza_pep_frozen", P("1 piece, NFS", 2))]),
    (
        "eggo waffles x2 w/ 2 tbsp syrup",
        [("waffle_frozen", P("1 waffle", 2)), ("syrup", P("1 tablespoon", 2))],
    ),
    ("hashbrwn patty + sausage patty", [("hashbrown", P("1 patty")), ("sausage", P("1 patty"))]),
    (
        "cornbred 2 pieces and buttermilk.. no, 1 glass whole milk",
        [("cornbread", P("1 piece", 2)), ("milk_whole", V())],
    ),
    ("sweet potatoe fries 1 cup", [("sweet_potato_fries", P("1 cup"))]),
    (
        "rice krispies 1 1/2 c + 1% milk.. it was 2%, 1 c",
        [("rice_krispies", P("1 cup", 1.5)), ("milk2", P("1 cup"))],
    ),
    ("lg coffee blk", [("coffee", P("1 large"))]),
    (
        "wing night at the bar, 8 wings fried + blue cheese.. skip dressing",
        [("wings_fried_rest", P("1 wing, any size", 8))],
    ),
    (
        "mac n chz (restaurant) side + fried chkn breast lg",
        [("mac_rest", V()), ("fried_chicken_breast", P("1 large breast"))],
    ),
    (
        "quesadila half + sour crm 2 tbsp",
        [("quesadilla", P("1 half circle")), ("sour_cream", P("1 tablespoon", 2))],
    ),
    ("ramen noodle 1 pkg (3 oz dry) cooked w/ water", [("ramen", P("1 oz, dry, yields", 3))]),
    (
        "fish sticks.. no, tilapia 1 lg fillet + tartar.. skip, + 1 c slaw",
        [("tilapia", P("1 large fillet")), ("coleslaw", P("1 cup"))],
    ),
    (
        "frosted flakes 1c, skim 1/2c, oj 1 bottle (12 oz)",
        [
            ("frosted_flakes", P("1 cup")),
            ("milk_skim", P("1 cup", 0.5)),
            ("oj", P("1 bottle (12 fl oz)")),
        ],
    ),
    (
        "bbq pork 1 cup + 2 rolls + sweet tea medium",
        [
            ("bbq_pork", P("1 cup")),
            ("roll", P("1 medium/regular/sandwich size roll", 2)),
            ("sweet_tea", P("1 medium drink")),
        ],
    ),
]


# ---------------------------------------------------------------------------------------
# First-person narrative recall sentences.

NARRATIVE: list[tuple[str, list[tuple[str, Any]]]] = [
    # --- retirees, Midwest and South
    (
        "Me and Harold went down to the diner after church and I had two eggs over easy, a sausage patty and one biscuit with a little butter, plus a cup of coffee.",
        [
            ("fried_egg", P("1 egg", 2)),
            ("sausage", P("1 patty")),
            ("biscuit_rest", P("1 biscuit")),
            ("butter", SPREAD(1)),
            ("coffee", P("1 cup (8 fl oz)")),
        ],
    ),
    (
        "For supper I fixed myself a bowl of pinto beans with a piece of cornbread, same as my mama used to make.",
        [("pinto", V()), ("cornbread", P("1 piece"))],
    ),
    (
        "I warmed up a cup of leftover chicken and dumplings for lunch and had a glass of sweet tea with it.",
        [("chicken_dumplings", P("1 cup")), ("sweet_tea", V())],
    ),
    (
        "Breakfast was my usual, one cup of oatmeal cooked in water with a teaspoon of brown.. well, white sugar, and half a cup of 2% milk poured over.",
        [
            ("oatmeal_water", P("1 cup, cooked")),
            ("sugar", P("1 teaspoon")),
            ("milk2", P("1 cup", 0.5)),
        ],
    ),
    (
        "We had fried catfish at the fish house tonight, I ate two fillets, four hush puppies and about half a cup of coleslaw.",
        [
            ("catfish_fried", P("1 small/regular fillet", 2)),
            ("hush_puppy", P("1 hush puppy", 4)),
            ("coleslaw", P("1 cup", 0.5)),
        ],
    ),
    (
        "My daughter brought over a pot roast so I had two regular slices of it with a cup of mashed potatoes and some green beans.",
        [
            ("pot_roast", P("1 regular/thin slice", 2)),
            ("mashed", P("1 cup")),
            ("green_beans_canned", V()),
        ],
    ),
    (
        "I had a slice of ham, half a cup of grits and a fried egg this morning before my walk.",
        [
            ("ham", P("1 regular/thin slice")),
            ("grits", P("1 cup, cooked", 0.5)),
            ("fried_egg", P("1 egg")),
        ],
    ),
    (
        "At the senior center lunch they served a cup of chili and six saltine crackers, and I had a cup of hot tea.",
        [("chili", P("1 cup")), ("saltines", P("1 cracker", 6)), ("hot_tea", P("1 cup"))],
    ),
    (
        "I only wanted something light so I had a cup of cottage cheese and a small orange around three.",
        [("cottage", P("1 cup")), ("orange", P("1 fruit"))],
    ),
    (
        "Evening snack was four saltines with a tablespoon of peanut butter spread on them and a glass of skim milk.",
        [("saltines", P("1 cracker", 4)), ("peanut_butter", P("1 tablespoon")), ("milk_skim", V())],
    ),
    (
        "Harold grilled pork chops so I had one thin chop, a baked sweet potato, small, and a cup of collard greens.",
        [("pork_chop", P("1 thin")), ("sweet_potato", P("1 small")), ("collards", P("1 cup"))],
    ),
    (
        "For dinner I had a serving of meatloaf, about a medium slice, with half a cup of corn and a dinner roll.",
        [
            ("meatloaf", P("1 medium slice")),
            ("corn", P("1 cup", 0.5)),
            ("roll", P("1 medium/regular/sandwich size roll")),
        ],
    ),
    (
        "I got a piece of peach cobbler at the church supper, probably a cup, and a cup of decaf to go with it.",
        [("peach_cobbler", P("1 cup")), ("decaf", P("1 cup (8 fl oz)"))],
    ),
    (
        "Lunch was a tuna salad sandwich on wheat bread and a cup of tomato soup from the can.",
        [("tuna_sand_wheat", P("1 regular")), ("tomato_soup", P("1 cup"))],
    ),
    (
        "I had 8 ounces of sweet tea and a small slice of pecan pie at my sister's house.",
        [("sweet_tea", FL(8)), ("pecan_pie", P("1 mini/small slice"))],
    ),
    (
        "This morning I ate a bowl of corn flakes with milk and drank a glass of orange juice.",
        [("cornflakes", V()), ("milk", CEREAL_MILK), ("oj", V())],
    ),
    # --- college students
    (
        "Honestly I just had cereal for dinner again, two cups of Lucky Charms with about a cup of whole milk.",
        [("lucky_charms", P("1 cup", 2)), ("milk_whole", P("1 cup"))],
    ),
    (
        "I made a pack of ramen, the 3 ounce kind, and cracked an egg into it while it cooked.",
        [("ramen", P("1 oz, dry, yields", 3)), ("boiled_egg", P("1 egg"))],
    ),
    (
        "Me and my roommate split a frozen pepperoni pizza, a medium one, so I ate half of it with a can of Coke.",
        [
            ("pizza_pep_frozen", P('1 frozen medium pizza (11-13" diameter)', 0.5)),
            ("coke", P("1 can (12 fl oz)")),
        ],
    ),
    (
        "For lunch I microwaved a hot pocket and ate a small bag of chips between classes.",
        [("hot_pocket", V()), ("potato_chips", P("1 small single serving bag"))],
    ),
    (
        "I cooked a box of mac and cheese and ate about two cups of it straight out of the pot.",
        [("mac_box", P("1 cup", 2))],
    ),
    (
        "Dinner was two peanut butter and jelly sandwiches on white bread because I was broke until Friday.",
        [("pbj", P("1 sandwich", 2))],
    ),
    (
        "At like 1am I ate three slices of leftover cheese pizza from the fridge, cold.",
        [("pizza_cheese_rest", P("1 piece, NFS", 3))],
    ),
    (
        "I had a cup of noodles and a Monster, the sixteen ounce can, while studying.",
        [("ramen", P("1 individual container")), ("monster", P("1 can or bottle (16 fl oz)"))],
    ),
    (
        "I scrambled three eggs and wrapped them in two flour tortillas with a couple spoonfuls of salsa.",
        [("scrambled", P("1 egg", 3)), ("tortilla_flour", P("1 medium", 2)), ("salsa", V())],
    ),
    (
        "For breakfast I grabbed two Pop Tarts and drank a bottle of Gatorade on the way to practice.",
        [("pop_tart", P("1 Pop Tart", 2)), ("gatorade", V())],
    ),
    (
        "I made spaghetti with sauce from a jar and ate probably two cups, plus a slice of garlic bread.",
        [("pasta_red_home", P("1 cup", 2)), ("garlic_bread", P("1 medium slice"))],
    ),
    (
        "I ate a whole bag of microwave popcorn watching a movie and had a Sprite.",
        [("popcorn", P("1 regular microwave bag")), ("sprite", V())],
    ),
    (
        "My dining hall had chicken tenders so I got three with fries, and a twenty ounce Mountain Dew.",
        [
            ("tenders_rest", P("1 tender, strip, or finger", 3)),
            ("fries", V()),
            ("mtn_dew", P("1 bottle (20 fl oz)")),
        ],
    ),
    (
        "I was too tired to cook so I just had a can of chicken noodle soup and some saltines.",
        [("chicken_noodle_soup", P("1 can")), ("saltines", V())],
    ),
    (
        "I had two packets of instant oatmeal and a banana before my eight am.",
        [("instant_oat", P("1 packet, dry, yields", 2)), ("banana", P("1 banana"))],
    ),
    # --- home cooks describing what they made
    (
        "I made a stir fry with chicken, peppers and rice, had about a cup and a half.",
        [("stirfry_chicken_rice", P("1 cup", 1.5))],
    ),
    (
        "Tonight I cooked tacos with ground beef and had three of them on corn shells with cheese.",
        [("taco_beef", P("1 small/regular", 3))],
    ),
    (
        "I baked a salmon fillet and had it with a cup of brown rice and a cup of steamed broccoli.",
        [
            ("salmon_baked", P("1 small/regular fillet")),
            ("rice_brown", P("1 cup, cooked")),
            ("broccoli", P("1 cup")),
        ],
    ),
    (
        "I put a pot of chili on this afternoon and had a cup and a half with a handful of crackers crumbled in.",
        [("chili", P("1 cup", 1.5)), ("saltines", V())],
    ),
    (
        "I roasted chicken thighs, took the skin off, and ate two medium ones with a cup of mashed potatoes.",
        [("chicken_thigh", P("1 medium thigh", 2)), ("mashed", P("1 cup"))],
    ),
    (
        "We had homemade lasagna, I had one piece and a side salad with a tablespoon of Italian dressing.",
        [
            ("lasagna_home", P('1 piece (1/6 of 8" square, approx 2-1/2" x 4")')),
            ("salad", P("1 side salad")),
            ("italian", P("1 tablespoon")),
        ],
    ),
    (
        "I fried up some chicken rice for the kids and I had about a cup myself.",
        [("fried_rice_chicken", P("1 cup"))],
    ),
    (
        "I made a tuna noodle casserole and had a cup and a half of it with a cup of green beans.",
        [("tuna_casserole", P("1 cup", 1.5)), ("green_beans_canned", P("1 cup"))],
    ),
    (
        "I grilled a chicken breast, a large one, and had it on a salad with two tablespoons of ranch.",
        [("grilled_chicken", P("1 large breast")), ("salad", V()), ("ranch", P("1 tablespoon", 2))],
    ),
    (
        "I cooked a pound of spaghetti with meat sauce for the family and my plate was about two cups.",
        [("pasta_meat_home", P("1 cup", 2))],
    ),
    (
        "I made pancakes on Saturday, had three medium ones with two tablespoons of syrup and two slices of bacon.",
        [
            ("pancakes", P("1 medium pancake", 3)),
            ("syrup", P("1 tablespoon", 2)),
            ("bacon", P("1 medium slice (yield after cooking)", 2)),
        ],
    ),
    ("I made jambalaya from a box and ate a cup of it.", [("jambalaya", P("1 cup"))]),
    (
        "I cooked a big pot of black-eyed peas, I ate a cup with a piece of cornbread.",
        [("black_eyed", P("1 cup")), ("cornbread", P("1 piece"))],
    ),
    # --- sit-down restaurants
    (
        "We went to the steakhouse for our anniversary and I had the ribeye, a regular one, with a baked potato and a tablespoon of sour cream, and a glass of red wine.",
        [
            ("ribeye", P("1 regular")),
            ("baked_potato", V()),
            ("sour_cream", P("1 tablespoon")),
            ("wine_red", P("1 glass")),
        ],
    ),
    (
        "At the sushi place I ordered a California roll, eight pieces, and a cup of miso soup.",
        [("cali_roll", P("1 piece", 8)), ("miso_soup", P("1 cup"))],
    ),
    (
        "We tried the new Thai place and I had pad thai with chicken, about two cups, and one spring roll.",
        [("pad_thai_chicken", P("1 cup", 2)), ("egg_roll", P("1 egg roll"))],
    ),
    (
        "At the Italian restaurant I had chicken parmesan, half a breast, over a cup of spaghetti with marinara, and a slice of garlic bread.",
        [
            ("chicken_parm", P("1/2 breast with sauce and cheese")),
            ("pasta_red_rest", P("1 cup")),
            ("garlic_bread_rest", P("1 medium slice")),
        ],
    ),
    (
        "I had the fried shrimp basket at the seafood restaurant, ten large shrimp and a cup of fries.",
        [("shrimp_fried", P("1 large/jumbo shrimp", 10)), ("fries", P("1 cup"))],
    ),
    (
        "At the diner I ordered a cheeseburger with onion rings, about six rings, and a Coke.",
        [("cheeseburger", P("1 cheeseburger")), ("onion_rings", P("1 ring", 6)), ("coke", V())],
    ),
    (
        "We had lunch at a little cafe and I got the club sandwich and a cup of coffee.",
        [("club", P("1 sandwich, any size")), ("coffee", P("1 cup (8 fl oz)"))],
    ),
    (
        "At the sushi bar I had four pieces of salmon nigiri and a cup of edamame.",
        [("nigiri_salmon", P("1 piece", 4)), ("edamame", P("1 cup"))],
    ),
    (
        "For dessert at the Italian place we shared a tiramisu, so I had half a piece.",
        [("tiramisu", P("1 piece", 0.5))],
    ),
    (
        "I ordered the chicken curry at the Thai restaurant, a cup of it over a cup of jasmine rice.",
        [("chicken_curry", P("1 cup")), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "We went out for wings and I ate eight hot wings with a couple tablespoons of ranch and a twelve ounce light beer.",
        [
            ("wings_hot", P("1 drummette", 8)),
            ("ranch", P("1 tablespoon", 2)),
            ("light_beer", P("1 can or bottle (12 fl oz)")),
        ],
    ),
    # --- holidays, family, potluck, BBQ
    (
        "Thanksgiving at my brother's: I had three slices of turkey, a cup of stuffing, a cup of mashed potatoes with gravy, a scoop of green bean casserole and a slice of pumpkin pie.",
        [
            ("turkey", P("1 medium slice", 3)),
            ("stuffing", P("1 cup, NFS")),
            ("mashed", P("1 cup")),
            ("gravy_poultry", V()),
            ("gb_casserole", V()),
            ("pumpkin_pie", P("1 regular slice")),
        ],
    ),
    (
        "For Sunday dinner Mom made fried chicken, I had a large breast, half a cup of mashed potatoes and a cup of green beans.",
        [
            ("fried_chicken_breast", P("1 large breast")),
            ("mashed", P("1 cup", 0.5)),
            ("green_beans_canned", P("1 cup")),
        ],
    ),
    (
        "At the family reunion potluck I had two deviled eggs, a cup of potato salad and a plate of barbecue pork.",
        [("deviled_egg", P("1 egg", 2)), ("potato_salad", P("1 cup")), ("bbq_pork", V())],
    ),
    (
        "At our Fourth of July cookout I had a hot dog in a bun, a hamburger and half a cup of baked beans.",
        [
            ("hot_dog", P("1 regular")),
            ("hot_dog_bun", P("1 hot dog bun")),
            ("hamburger", P("1 hamburger")),
            ("baked_beans", P("1 cup", 0.5)),
        ],
    ),
    (
        "Christmas dinner was ham, two thick slices, half a cup of candied yams and a roll with butter.",
        [
            ("ham", P("1 thick slice", 2)),
            ("candied_yams", P("1 cup", 0.5)),
            ("roll", P("1 medium/regular/sandwich size roll")),
            ("butter", SPREAD(1)),
        ],
    ),
    (
        "At the church potluck I tried the banana pudding, about a cup, and a brownie.",
        [("banana_pudding", P("1 cup")), ("brownie", V())],
    ),
    (
        "My son smoked a brisket so I had three regular slices with a cup of coleslaw.",
        [("brisket", P("1 regular/thin slice", 3)), ("coleslaw", P("1 cup"))],
    ),
    (
        "At the tailgate I ate a pulled pork sandwich and drank two 12 oz cans of beer.",
        [("bbq_pork_sand", P("1 regular sandwich")), ("beer", P("1 can or bottle (12 fl oz)", 2))],
    ),
    (
        "After Thanksgiving dinner I had a slice of pecan pie and a cup of coffee with a splash of half and half.",
        [
            ("pecan_pie", P("1 regular slice")),
            ("coffee", P("1 cup (8 fl oz)")),
            ("half_half", SPLASH),
        ],
    ),
    (
        "At the birthday party I had a slice of chocolate cake, the two layer kind, and a scoop of vanilla ice cream.",
        [
            ("choc_cake", P("1 regular or small piece/slice, 2+ layer cake")),
            ("ice_cream", P("1 scoop")),
        ],
    ),
    # --- recall answers with times
    (
        "Around seven I had two scrambled eggs, one slice of wheat toast with butter and black coffee, then at noon a turkey sandwich on wheat.",
        [
            ("scrambled", P("1 egg", 2)),
            ("toast_wheat", P("1 medium or regular slice")),
            ("butter", SPREAD(1)),
            ("coffee", V()),
            ("turkey_sand_wheat", P("1 regular")),
        ],
    ),
    (
        "Yesterday for lunch, about twelve thirty, I ate a chicken salad sandwich on white and a cup of grapes.",
        [("chicken_salad_sand", P("1 regular")), ("grapes", P("1 cup"))],
    ),
    (
        "Around three in the afternoon I had a medium apple and a string cheese.",
        [("apple", P("1 medium")), ("string_cheese", P("1 stick"))],
    ),
    (
        "About nine at night I had a bowl of vanilla ice cream, maybe one cup.",
        [("ice_cream", P("1 cup"))],
    ),
    # --- diabetes, carb counting
    (
        "I counted my carbs at dinner: half a cup of brown rice, four ounces of grilled chicken and a cup of steamed broccoli.",
        [
            ("rice_brown", P("1 cup, cooked", 0.5)),
            ("grilled_chicken", OZ(4)),
            ("broccoli", P("1 cup")),
        ],
    ),
    (
        "My sugar was low at bedtime so I drank 4 ounces of orange juice and ate three saltines.",
        [("oj", FL(4)), ("saltines", P("1 cracker", 3))],
    ),
    (
        "For breakfast I had one slice of whole wheat toast with a tablespoon of peanut butter and a 5.3 ounce cup of plain nonfat Greek yogurt.",
        [
            ("toast_wheat", P("1 medium or regular slice")),
            ("peanut_butter", P("1 tablespoon")),
            ("greek_yogurt", P("1 5.3 oz container")),
        ],
    ),
    (
        "I measured out 2/3 cup of cooked pasta with marinara and had 3 ounces of baked chicken breast with it.",
        [("pasta_red_home", P("1 cup", 2 / 3)), ("baked_chicken_breast", OZ(3))],
    ),
    (
        "Lunch was a small baked potato with a tablespoon of sour cream and a cup of chili, I bolused for 60 grams.",
        [("baked_potato", P("1 small")), ("sour_cream", P("1 tablespoon")), ("chili", P("1 cup"))],
    ),
    (
        "I had a small apple with a quarter cup of almonds for my afternoon snack to keep my numbers steady.",
        [("apple", P("1 small")), ("almonds", P("1 cup", 0.25))],
    ),
    # --- athletes, grams and ounces
    (
        "After my long run I had 250 grams of plain Greek yogurt with 100 grams of blueberries and 40 grams of granola.",
        [("greek_yogurt", G(250)), ("blueberries", G(100)), ("granola", G(40))],
    ),
    (
        "I weighed my dinner: 180 g grilled chicken breast, 200 g cooked white rice and 120 g broccoli.",
        [("grilled_chicken", G(180)), ("rice_white", G(200)), ("broccoli", G(120))],
    ),
    (
        "Before lifting I had 80g of oats cooked in water, well the 80g was dry, plus one scoop of whey.",
        [("oats_raw", G(80)), ("whey", P("1 scoop, NFS"))],
    ),
    (
        "For lunch I had 6 ounces of grilled salmon with 200 grams of baked sweet potato.",
        [("salmon_grilled", OZ(6)), ("sweet_potato", G(200))],
    ),
    (
        "I had a 10 ounce sirloin and 250 grams of baked potato after the game.",
        [("sirloin", OZ(10)), ("baked_potato", G(250))],
    ),
    (
        "Post workout I drank 500 ml of skim milk with two scoops of whey and ate a banana.",
        [("milk_skim", ML(500)), ("whey", P("1 scoop, NFS", 2)), ("banana", P("1 banana"))],
    ),
    (
        "I ate 150 grams of tilapia and 150 grams of brown rice, weighed cooked.",
        [("tilapia", G(150)), ("rice_brown", G(150))],
    ),
    (
        "During the tournament I drank 32 ounces of Gatorade and ate two peanut butter and jelly sandwiches.",
        [("gatorade", FL(32)), ("pbj", P("1 sandwich", 2))],
    ),
    (
        "I had 5 ounces of ground beef with 150 g of white rice and 85 g of green beans.",
        [("ground_beef", OZ(5)), ("rice_white", G(150)), ("green_beans_canned", G(85))],
    ),
    (
        "My snack was 30 grams of almonds and a 16.9 ounce bottle of Gatorade.",
        [("almonds", G(30)), ("gatorade", P("1 bottle (16.9 fl oz or 500 ml)"))],
    ),
    (
        "I had four scrambled eggs weighing about 200 grams total with two slices of whole wheat toast.",
        [("scrambled", G(200)), ("toast_wheat", P("1 medium or regular slice", 2))],
    ),
    (
        "I drank a 12 ounce glass of 2% milk and ate 2 tablespoons of peanut butter on a rice.. on a slice of wheat bread.",
        [
            ("milk2", FL(12)),
            ("peanut_butter", P("1 tablespoon", 2)),
            ("bread_wheat", P("1 medium or regular slice")),
        ],
    ),
    (
        "At the pasta dinner before the race I had 300 grams of spaghetti with marinara and a roll.",
        [("pasta_red_home", G(300)), ("roll", P("1 medium/regular/sandwich size roll"))],
    ),
    # --- metric in everyday narratives
    (
        "I had 12 ounces of black coffee and a plain bagel with two tablespoons of cream cheese on the drive in.",
        [("coffee", FL(12)), ("bagel", P("1 regular")), ("cream_cheese", P("1 tablespoon", 2))],
    ),
    (
        "At the steakhouse the menu said 8 oz for the sirloin, I ate all of it with a cup of green beans.",
        [("sirloin", OZ(8)), ("green_beans_rest", P("1 cup"))],
    ),
    (
        "I drank a 20 ounce bottle of Dr Pepper with a bag of pretzels, the small single serving bag.",
        [("dr_pepper", P("1 bottle (20 fl oz)")), ("pretzels", P("1 small single serving bag"))],
    ),
    (
        "I drank about 16 ounces of sweet tea with my fried chicken, two pieces.",
        [("sweet_tea", FL(16)), ("fried_chicken", P("1 piece", 2))],
    ),
    (
        "We ate at the Italian place and had wine with dinner, I drank about 6 ounces of white wine and ate a cup of fettuccine alfredo with chicken.",
        [("wine_white", FL(6)), ("alfredo_chicken_rest", P("1 cup"))],
    ),
    (
        "I poured 250 ml of whole milk over a cup of raisin bran.",
        [("milk_whole", ML(250)), ("raisin_bran", P("1 cup"))],
    ),
    (
        "My snack was 40 grams of pretzels and a can of Diet Coke.",
        [("pretzels", G(40)), ("diet_coke", P("1 can (12 fl oz)"))],
    ),
    (
        "I had 4 ounces of brisket and a cup of baked beans at the barbecue joint.",
        [("brisket", OZ(4)), ("baked_beans", P("1 cup"))],
    ),
    (
        "I drank 330 ml of lemonade and had a slice of apple pie at the county fair.",
        [("lemonade", ML(330)), ("apple_pie", P("1 regular slice"))],
    ),
]


# ---------------------------------------------------------------------------------------
# FNDDS look-ups


@dataclass
class Fndds:
    foods: dict[str, str]
    nutrients: dict[str, dict[str, float]]
    portions: dict[str, dict[str, float]]


def load_fndds(folder: Path | None = None) -> Fndds:
    folder = folder or fndds_folder()
    with open(folder / "fndds_foods.csv", encoding="utf-8", newline="") as fh:
        foods = {r["food_code"]: r["main_food_description"] for r in csv.DictReader(fh)}
    with open(folder / "fndds_nutrients_per100g.csv", encoding="utf-8", newline="") as fh:
        nutrients = {
            r["food_code"]: {col: float(r[col]) for col in NUTRIENTS.values()}
            for r in csv.DictReader(fh)
        }
    portions: dict[str, dict[str, float]] = {}
    with open(folder / "fndds_portions.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            portions.setdefault(r["food_code"], {})[r["portion_description"]] = float(
                r["portion_weight_g"]
            )
    return Fndds(foods, nutrients, portions)


def fl_oz_portion(db: Fndds, code: str) -> tuple[str, float]:
    """The food's USDA ``1 fl oz`` portion (``1 fl oz (no ice)`` when there is one)."""
    for name in FL_OZ_PORTIONS:
        if name in db.portions.get(code, {}):
            return name, db.portions[code][name]
    raise ValueError(f"{code} has no 1 fl oz portion")


def portion_weight(db: Fndds, code: str, name: str) -> float:
    try:
        weight = db.portions[code][name]
    except KeyError:
        have = sorted(db.portions.get(code, {}))
        raise ValueError(f"{code} {db.foods.get(code)!r} has no portion {name!r}: {have}") from None
    if weight <= 0:
        raise ValueError(f"{code} portion {name!r} weighs {weight} g")
    return weight


def make_item(db: Fndds, key: str, amount: Any) -> dict[str, Any]:
    code = FOODS[key]
    if code not in db.foods or code not in db.nutrients:
        raise ValueError(f"unknown FNDDS food {code} ({key})")
    portion: dict[str, Any] | None
    if isinstance(amount, P | V):
        weight = portion_weight(db, code, amount.portion)
        measure = "household" if isinstance(amount, P) else "vague"
        if measure == "household" and amount.portion == QNS:
            raise ValueError(f"{key}: a household amount cannot be {QNS!r}")
        count = amount.count
        grams = weight * count
        portion = {"description": amount.portion, "weight_g": weight, "count": round(count, 4)}
    elif isinstance(amount, G):
        measure, grams, portion = "metric", float(amount.grams), None
    elif isinstance(amount, OZ):
        measure, grams, portion = "metric", amount.oz * OZ_G, None
    elif isinstance(amount, FL | ML):
        floz = amount.floz if isinstance(amount, FL) else amount.ml / FL_OZ_ML
        name, weight = fl_oz_portion(db, code)
        measure, grams = "metric", weight * floz
        portion = {"description": name, "weight_g": weight, "count": round(floz, 4)}
    else:  # pragma: no cover - table error
        raise TypeError(f"bad amount {amount!r}")
    item: dict[str, Any] = {
        "food_code": code,
        "description": db.foods[code],
        "measure": measure,
        "grams": round(grams, 2),
        "portion": portion,
    }
    if isinstance(amount, ML):
        item["note"] = f"{amount.ml:g} ml"
    return item


def expected_nutrients(db: Fndds, items: list[dict[str, Any]]) -> dict[str, float]:
    """Sum of FNDDS per-100 g values x grams / 100 over the items, rounded to 0.1."""
    out = {}
    for key, col in NUTRIENTS.items():
        total = sum(db.nutrients[i["food_code"]][col] * i["grams"] / 100 for i in items)
        out[key] = round(total + 0.0, 1)
    return out


def meal_measure(items: list[dict[str, Any]]) -> str:
    kinds = {i["measure"] for i in items}
    return kinds.pop() if len(kinds) == 1 else "mixed"


def build_meals(db: Fndds) -> list[dict[str, Any]]:
    meals = []
    for shape, prefix, table in (("diary", "diary", DIARY), ("narrative", "narr", NARRATIVE)):
        for n, (text, amounts) in enumerate(table, start=1):
            items = [make_item(db, key, amount) for key, amount in amounts]
            meals.append(
                {
                    "id": f"{prefix}-{n:03d}",
                    "text": text,
                    "shape": shape,
                    "origin": "hand",
                    "measure": meal_measure(items),
                    "vague": any(i["measure"] == "vague" for i in items),
                    "items": items,
                    "expected": expected_nutrients(db, items),
                }
            )
    return meals


def split(meals: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A quarter of each (shape, measure) stratum held out, drawn with a fixed seed."""
    strata: dict[tuple[str, str], list[str]] = {}
    for m in meals:
        strata.setdefault((m["shape"], m["measure"]), []).append(m["id"])
    rng = random.Random(SEED)
    held: set[str] = set()
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        held.update(ids[: round(len(ids) * HOLDOUT_FRACTION)])
    dev = [m for m in meals if m["id"] not in held]
    holdout = [m for m in meals if m["id"] in held]
    return dev, holdout


def render(part: str, meals: list[dict[str, Any]]) -> str:
    doc = {"source": SOURCE, "part": part, "count": len(meals), "meals": meals}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def build_files(db: Fndds | None = None) -> dict[str, str]:
    db = db or load_fndds()
    dev, holdout = split(build_meals(db))
    return {"dev.json": render("dev", dev), "holdout.json": render("holdout", holdout)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files differ")
    args = parser.parse_args(argv)
    files = build_files()
    if args.check:
        stale = [
            n
            for n, t in files.items()
            if not (OUT_DIR / n).is_file() or (OUT_DIR / n).read_text(encoding="utf-8") != t
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("up to date")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8")
    print(f"wrote {', '.join(files)} to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
