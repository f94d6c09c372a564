"""Build the third blind meal-text evaluation set (issue #11): ``data/analyser/blind3/``.

Written by a third author, independently of the analyser and of the first two blind sets'
texts. Every text below was typed by hand without reading the analyser (its code, tables,
tests or development data). Every number comes from the USDA FNDDS 2021-2023 CSVs in
``shared/data/fndds``: the food codes name FNDDS foods, the amounts name FNDDS household
portions (looked up by their exact USDA description) or state grams, ounces, fluid ounces
or millilitres, and the expected nutrients are FNDDS per-100 g values x grams / 100.

    python scripts/build_blind3_meals.py            # write dev.json and holdout.json
    python scripts/build_blind3_meals.py --check    # exit 1 if the files are out of date

The truth rule is in ``data/analyser/blind3/README.md`` (the same rule as blind2).
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
OUT_DIR = REPO / "data" / "analyser" / "blind3"
SEED = 3_2026_1129
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
    "Health-Bite third blind meal set for issue #11, typed by hand by a third author without "
    "reading the analyser. Truth: USDA FNDDS 2021-2023 foods and household portions "
    "(shared/data/fndds); expected = sum of FNDDS per-100 g values x grams / 100, computed by "
    "scripts/build_blind3_meals.py."
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
    documented units is named (milk on cereal, sandwich toppings, spread on toast, a splash)."""

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
SPLASH = V("1 fl oz")


def SPREAD(slices: float = 1) -> V:  # noqa: N802 - reads like the other amounts
    return V("Guideline amount per slice of bread/roll", slices)


# ---------------------------------------------------------------------------------------
# FNDDS foods used below: key -> 8-digit FNDDS food code. The descriptions are read from
# fndds_foods.csv when the files are built.

FOODS: dict[str, str] = {
    # eggs, breakfast meats, breads, spreads
    "egg_scr": "32129990",
    "egg_scr_butter": "32130020",
    "egg_scr_cheese_butter": "32130120",
    "egg_fried": "31105005",
    "egg_boiled": "31103010",
    "bacon": "22601000",
    "sausage_pork": "25221405",
    "toast_white": "51101010",
    "toast_wheat": "51300120",
    "toast_rye": "51401020",
    "bagel": "51180010",
    "cream_cheese": "14301010",
    "butter": "81101000",
    "pb": "42202000",
    "grits_fat": "56201052",
    "grits_cheese": "56201092",
    "biscuit_gravy": "58128000",
    "biscuit_ff": "52103000",
    "oatmeal_milk": "56203066",
    "oatmeal_water": "56203056",
    "pancakes": "55101000",
    "waffle_frozen": "55200020",
    "waffle_rest": "55200100",
    "syrup": "91300100",
    "croissant_egg_sausage": "34001410",
    "eggsand_biscuit_sausage": "34001510",
    "chicken_biscuit": "27540145",
    "egg_burrito_sausage": "34003120",
    "hashbrown_ff": "71404010",
    "doughnut_glazed": "53521110",
    "doughnut_choc": "53521130",
    "muffin_blueberry": "52302010",
    "cinnamon_roll": "51160110",
    # cereal, milk, yogurt
    "cereal_ctc": "57125000",
    "cereal_cornflakes": "57134000",
    "cereal_hbo": "57237100",
    "cereal_life": "57304100",
    "cereal_ricecrispy": "57151000",
    "cereal_honeynut": "57241000",
    "granola": "57227000",
    "milk_whole": "11111000",
    "milk_2": "11112110",
    "milk_1": "11112210",
    "milk_skim": "11113000",
    "almond_milk": "11350020",
    "choc_milk": "11511000",
    "greek_plain_nonfat": "11411420",
    "greek_fruit": "11433990",
    "greek_fruit_lowfat": "11434010",
    "cottage": "14201010",
    "whey": "95230000",
    # fruit and vegetables
    "banana": "63107010",
    "apple": "63101000",
    "orange": "61119010",
    "strawberries": "63223020",
    "blueberries": "63203010",
    "grapes": "63123000",
    "pineapple": "63141010",
    "avocado": "63105010",
    "celery": "75109000",
    "lettuce": "89902020",
    "side_salad": "75143000",
    "green_beans": "75205021",
    "broccoli": "72201211",
    "corn_butter": "75216121",
    "corn": "75216111",
    "collards": "72107221",
    "mashed": "71501000",
    "baked_potato": "71100100",
    "baked_potato_butter": "71507005",
    "sweet_potato": "73403010",
    "coleslaw": "75141000",
    "coleslaw_ff": "75140990",
    "fries_ff": "71401030",
    "onion_rings": "75415022",
    "edamame": "41420020",
    # rice, pasta, grains
    "rice_white": "56205001",
    "rice_brown": "56205011",
    "rice_spanish": "58163405",
    "quinoa": "56204005",
    "pasta": "56130000",
    "spag_sauce": "74404010",
    "meat_sauce": "27162040",
    "pasta_cream_rest": "58146381",
    "mac_box": "58145112",
    "mac_home": "58145110",
    "lasagna": "58130011",
    "garlic_bread": "51121015",
    # sandwiches, burgers, fast food
    "grilled_cheese": "14640105",
    "tuna_melt": "27550730",
    "chicken_salad_sand": "27540121",
    "club_wheat": "27540125",
    "ham_white": "27520210",
    "ham_cheese_white": "27520220",
    "ham_cheese_wheat": "27520240",
    "turkey_wheat": "27540030",
    "turkey_wheat_cheese": "27540040",
    "roast_beef": "27513010",
    "pbj_wheat": "42302020",
    "pbj_white": "42302015",
    "hotdog": "27564000",
    "cheeseburger": "27510155",
    "double_cheeseburger": "27510257",
    "pulled_pork_sand": "27520510",
    "gyro": "27516010",
    "falafel_sand": "41901030",
    "nuggets_ff": "24198731",
    "tenders_ff": "24198741",
    "pizza_cheese": "58106210",
    "pizza_pep": "58106540",
    # salads, soups
    "chicken_caesar": "27446360",
    "caesar_salad": "72116150",
    "caesar_dressing": "83102000",
    "ranch": "83113500",
    "cobb": "27446315",
    "greek_salad": "75146000",
    "taco_salad": "58101930",
    "broc_soup": "72302100",
    "tomato_soup": "74601000",
    "chicken_noodle_can": "58403010",
    "chili": "27111406",
    "pho": "28310330",
    # meats and fish
    "chicken_breast": "24122131",
    "chicken_thigh": "24152230",
    "fried_breast": "24127200",
    "fried_thigh": "24157300",
    "fried_drumstick": "24147300",
    "salmon": "26137120",
    "tilapia": "26158010",
    "catfish_fried": "26107140",
    "shrimp": "26319110",
    "shrimp_fried": "26319140",
    "sirloin": "21102150",
    "steak": "21101000",
    "country_fried_steak": "21104110",
    "pork_chop": "22101000",
    "meatloaf": "27214100",
    "brisket": "21417100",
    "pot_roast": "21407000",
    "ground_turkey": "24207000",
    "chicken_parm": "27146300",
    "meatballs_sauce": "27160100",
    # Mexican
    "taco_beef": "58102010",
    "taco_pork": "58102030",
    "burrito_chicken": "58102540",
    "burrito_bean": "58102610",
    "bowl_chicken_rice": "58102760",
    "enchilada_chicken": "58102830",
    "enchilada_beef": "58102810",
    "tamale_pork": "58103125",
    "pozole": "28315150",
    "chips": "54401075",
    "salsa": "74402100",
    "guac": "63409010",
    "refried_rest": "41205017",
    "black_beans": "41101990",
    "nachos_beef": "58104130",
    "horchata": "92610020",
    "fajita_chicken": "58105000",
    "pupusa_cheese": "58105100",
    "quesadilla_cheese": "58104710",
    "quesadilla_chicken": "58104740",
    "sour_cream": "12310100",
    "tortilla_corn": "52215100",
    # Indian
    "chicken_curry": "27146150",
    "naan": "51108100",
    "samosa": "58124500",
    "dal": "41305050",
    "palak_paneer": "72125310",
    "biryani_chicken": "27243100",
    "chai": "92306800",
    # Chinese, Japanese, Thai
    "orange_chicken": "27146350",
    "general_tso": "27445150",
    "lo_mein_shrimp": "58136130",
    "fried_rice": "58150110",
    "fried_rice_chicken": "58150320",
    "egg_roll": "58110130",
    "wonton_soup": "58408010",
    "kung_pao": "27445220",
    "beef_broccoli": "27415110",
    "sweet_sour_chicken": "27146100",
    "crab_rangoon": "58111200",
    "cali_roll": "58151180",
    "tuna_roll": "58151220",
    "salmon_roll": "58151200",
    "miso": "41601070",
    "teriyaki_chicken": "27145000",
    "pad_thai_chicken": "58137230",
    # Middle Eastern
    "falafel": "41209000",
    "hummus": "41205070",
    "pita": "51109100",
    "tabbouleh": "58175110",
    "baklava": "53441110",
    "lamb_kabob": "27430610",
    # Southern
    "cornbread": "52202060",
    "hushpuppy": "52209010",
    "gumbo": "27363000",
    "jambalaya": "27363100",
    "baked_beans": "41201010",
    "sweet_potato_pie": "53360000",
    "pecan_pie": "53385000",
    "banana_pudding": "13241000",
    "peach_cobbler": "53410800",
    # snacks and sweets
    "almonds": "42100100",
    "cashews": "42104100",
    "trail_mix": "42501000",
    "popcorn_micro": "54403051",
    "pretzels": "54408000",
    "string_cheese": "14107030",
    "cheddar": "14104100",
    "jerky": "21602100",
    "rice_cake": "54318500",
    "cheezit": "54304005",
    "fritos": "54401031",
    "sunchips": "54420210",
    "takis": "54401085",
    "nv_bar": "53710904",
    "twix": "91705080",
    "pb_cups": "91705530",
    "gummies": "91745010",
    "ice_cream_van": "13110100",
    "ice_cream": "13110000",
    "cookie_oatmeal": "53233010",
    "mozz_sticks": "14660200",
    # condiments
    "ketchup": "74401010",
    "mustard": "75506010",
    "mayo": "83107000",
    "sugar": "91101010",
    "creamer_flav": "12210210",
    "creamer": "12210200",
    "half_half": "12120100",
    # drinks
    "coffee": "92101000",
    "iced_coffee": "92102400",
    "iced_latte_nondairy": "92102502",
    "latte": "92101900",
    "latte_flav": "92101904",
    "cappuccino": "92161000",
    "mocha": "92101950",
    "tea_black": "92302000",
    "tea_green": "92303010",
    "sweet_tea": "92308000",
    "cola": "92410310",
    "diet_cola": "92410320",
    "pepper_soda": "92410360",
    "root_beer": "92410710",
    "fruit_soda": "92410510",
    "beer": "93101000",
    "light_beer": "93102000",
    "red_wine": "93401010",
    "margarita": "93301100",
    "oj": "61210220",
    "apple_juice": "64104010",
    "lemonade": "92510955",
    "monster": "95310400",
    "powerade": "95320500",
    "smoothie": "11553110",
}

# ---------------------------------------------------------------------------------------
# Diary lines: typed fast into a food app.

DIARY: list[tuple[str, list[tuple[str, Any]]]] = [
    # breakfast
    (
        "bfast- 2 fried eggs, 2 strips bacon, 1 slice white toast w butter",
        [
            ("egg_fried", P("1 egg", 2)),
            ("bacon", P("1 medium slice (yield after cooking)", 2)),
            ("toast_white", P("1 medium or regular slice")),
            ("butter", SPREAD(1)),
        ],
    ),
    ("2 eggs over easy + toast", [("egg_fried", P("1 egg", 2)), ("toast_white", V())]),
    ("bowl of honey bunches of oats w skim", [("cereal_hbo", V()), ("milk_skim", CEREAL_MILK)]),
    ("chobani blueberry greek yogurt 5.3oz cup", [("greek_fruit_lowfat", P("1 5.3 oz container"))]),
    (
        "oatmeal 1 cup made w milk + half a banana",
        [("oatmeal_milk", P("1 cup, cooked")), ("banana", P("1 banana", 0.5))],
    ),
    ("everything bagel w cream cheese", [("bagel", P("1 regular")), ("cream_cheese", V())]),
    ("med iced coffee, black", [("iced_coffee", P("1 medium"))]),
    (
        "2 frozen waffles + 2 tbsp syrup",
        [("waffle_frozen", P("1 waffle", 2)), ("syrup", P("1 tablespoon", 2))],
    ),
    ("krispy kreme original glazed x2", [("doughnut_glazed", P("1 doughnut", 2))]),
    ("jimmy dean sausage egg n cheese croissant", [("croissant_egg_sausage", V())]),
    ("hashbrown patty", [("hashbrown_ff", P("1 patty"))]),
    ("grits w butter, 2 scrambled eggs", [("grits_fat", V()), ("egg_scr", P("1 egg", 2))]),
    ("biscuits n gravy", [("biscuit_gravy", V())]),
    (
        "cinnamon toast crunch 1.5 cups w 1 cup 1% milk",
        [("cereal_ctc", P("1 cup", 1.5)), ("milk_1", P("1 cup"))],
    ),
    ("coffee w 2 creamers", [("coffee", V()), ("creamer", P("1 individual container", 2))]),
    ("lg coffee splash of half n half", [("coffee", P("1 large")), ("half_half", SPLASH)]),
    (
        "fage 0% plain + 1/2 c blueberries",
        [("greek_plain_nonfat", P("1 5.3 oz container")), ("blueberries", P("1 cup", 0.5))],
    ),
    (
        "2 big pancakes w butter & syrup",
        [("pancakes", P("1 large pancake", 2)), ("butter", V()), ("syrup", V())],
    ),
    (
        "avocado toast: 1 slice wheat toast + half an avacado",
        [("toast_wheat", P("1 medium or regular slice")), ("avocado", P("1 fruit", 0.5))],
    ),
    ("smoothie king medium", [("smoothie", P("1 medium"))]),
    ("protein shake, 1 scoop whey in water", [("whey", P("1 scoop, NFS"))]),
    ("2 hard boiled eggs", [("egg_boiled", P("1 egg", 2))]),
    ("3 scrambled eggs w cheese (butter)", [("egg_scr_cheese_butter", P("1 egg", 3))]),
    ("breakfast burrito w sausage", [("egg_burrito_sausage", V())]),
    (
        "chikn biscuit + hashbrown",
        [("chicken_biscuit", P("1 sandwich, any size")), ("hashbrown_ff", P("1 patty"))],
    ),
    ("waffle house waffle w syrup", [("waffle_rest", V()), ("syrup", V())]),
    ("blueberry muffin lg from the coffee shop", [("muffin_blueberry", P("1 large"))]),
    ("cinnabon classic", [("cinnamon_roll", P("1 Cinnabon"))]),
    (
        "2 slices rye toast w pb",
        [("toast_rye", P("1 medium or regular slice", 2)), ("pb", SPREAD(2))],
    ),
    (
        "wheat toast x2 w butter",
        [("toast_wheat", P("1 medium or regular slice", 2)), ("butter", SPREAD(2))],
    ),
    (
        "life cereal 1 c + 1/2 c almond milk unsweetened",
        [("cereal_life", P("1 cup")), ("almond_milk", P("1 cup", 0.5))],
    ),
    ("rice krispies w whole milk", [("cereal_ricecrispy", V()), ("milk_whole", CEREAL_MILK)]),
    (
        "corn flakes 2 cups + banana + skim milk 1 cup",
        [
            ("cereal_cornflakes", P("1 cup", 2)),
            ("banana", P("1 banana")),
            ("milk_skim", P("1 cup")),
        ],
    ),
    (
        "granola 1/2 cup w greek yogurt plain",
        [("granola", P("1 cup", 0.5)), ("greek_plain_nonfat", V())],
    ),
    (
        "oatmeal (water) 1c w 1 tbsp pb",
        [("oatmeal_water", P("1 cup, cooked")), ("pb", P("1 tablespoon"))],
    ),
    (
        "2 sausage links 2 eggs scrambled w butter",
        [("sausage_pork", P("1 breakfast size link", 2)), ("egg_scr_butter", P("1 egg", 2))],
    ),
    # coffee and tea orders
    ("grande caramel macchiato", [("latte_flav", P("1 medium"))]),
    ("venti iced oatmilk latte", [("iced_latte_nondairy", P("1 large"))]),
    ("med mocha", [("mocha", P("1 medium"))]),
    ("sm cappuccino", [("cappuccino", P("1 small"))]),
    ("chai tea latte grande", [("chai", P("1 medium"))]),
    (
        "2 cups coffee each w 1 tbsp coffee mate",
        [("coffee", P("1 cup (8 fl oz)", 2)), ("creamer_flav", P("1 fl oz"))],
    ),
    ("hot tea w sugar", [("tea_black", V()), ("sugar", V())]),
    ("coffee black 12 oz", [("coffee", FL(12))]),
    # lunch: sandwiches, soups, salads
    ("turkey & swiss on wheat w mustard", [("turkey_wheat_cheese", V()), ("mustard", TOPPING)]),
    ("ham n cheese sandwch on white", [("ham_cheese_white", V())]),
    (
        "ham & cheese on wheat w mayo and lettuce",
        [("ham_cheese_wheat", V()), ("mayo", TOPPING), ("lettuce", TOPPING)],
    ),
    (
        "grilled cheese + cup of tomato soup",
        [("grilled_cheese", P("1 sandwich")), ("tomato_soup", P("1 cup"))],
    ),
    ("tuna melt", [("tuna_melt", V())]),
    ("chicken caesar salad", [("chicken_caesar", V())]),
    (
        "caesar salad 2 cups + 2 tbsp cesar dressing",
        [("caesar_salad", P("1 cup", 2)), ("caesar_dressing", P("1 tablespoon", 2))],
    ),
    ("panera broccoli cheddar soup, cup", [("broc_soup", P("1 cup"))]),
    ("bowl of chili w cheese", [("chili", V()), ("cheddar", V())]),
    ("blue box mac n cheese 1.5 c", [("mac_box", P("1 cup", 1.5))]),
    ("chicken quesadilla", [("quesadilla_chicken", V())]),
    (
        "6 pc nuggets + med fry",
        [("nuggets_ff", P("1 nugget", 6)), ("fries_ff", P("1 medium fast food order"))],
    ),
    (
        "canes 3 finger combo - 3 tenders, fries, texas toast, slaw",
        [
            ("tenders_ff", P("1 tender, strip, or finger", 3)),
            ("fries_ff", V()),
            ("garlic_bread", P("1 piece/slice Texas Toast")),
            ("coleslaw_ff", P("1 fast food order")),
        ],
    ),
    ("whataburger double meat w cheese", [("double_cheeseburger", V())]),
    ("in n out cheeseburger + fries", [("cheeseburger", P("1 cheeseburger")), ("fries_ff", V())]),
    (
        "2 hot dogs w ketchup",
        [("hotdog", P("1 sandwich", 2)), ("ketchup", V("Guideline amount on regular sandwich", 2))],
    ),
    ("arbys roast beef classic", [("roast_beef", P("1 regular"))]),
    (
        "popeyes 2 pc dark (thigh + leg)",
        [("fried_thigh", P("1 medium thigh")), ("fried_drumstick", P("1 medium drumstick"))],
    ),
    ("kfc original recipe breast, 1 med", [("fried_breast", P("1 medium breast"))]),
    ("2 slices lg pepperoni pizza", [("pizza_pep", P("1 piece, large pizza", 2))]),
    ("little caesars cheese pizza 3 slices (lg)", [("pizza_cheese", P("1 piece, large pizza", 3))]),
    ("slice of pizza", [("pizza_cheese", P("1 piece, NFS"))]),
    ("spagetti w meat sauce", [("pasta", V()), ("meat_sauce", V())]),
    (
        "spaghetti 2 c + marinara 1/2 c",
        [("pasta", P("1 cup, cooked", 2)), ("spag_sauce", P("1 cup", 0.5))],
    ),
    ("lasagne 1 piece", [("lasagna", P('1 piece (1/6 of 8" square, approx 2-1/2" x 4")'))]),
    ("olive garden fettucine alfredo", [("pasta_cream_rest", V())]),
    ("chicken parm", [("chicken_parm", V())]),
    ("garlic bread 2 pcs", [("garlic_bread", P("1 medium slice", 2))]),
    ("club sandwich w fries", [("club_wheat", V()), ("fries_ff", V())]),
    ("cobb salad", [("cobb", V())]),
    ("side salad w ranch", [("side_salad", P("1 side salad")), ("ranch", V())]),
    ("lg taco salad", [("taco_salad", P("1 large taco salad"))]),
    ("greek salad w grilled chicken", [("greek_salad", V()), ("chicken_breast", V())]),
    ("chicken salad sandwich on wheat", [("chicken_salad_sand", V())]),
    (
        "pb&j on wheat + apple juice box",
        [("pbj_wheat", V()), ("apple_juice", P("1 juice box/pouch (6.75 fl oz)"))],
    ),
    ("can of chicken noodle soup", [("chicken_noodle_can", P("1 can"))]),
    # Mexican
    ("3 al pastor tacos (corn)", [("taco_pork", P("1 small/regular", 3))]),
    ("chips n salsa at the mexican place", [("chips", V()), ("salsa", V())]),
    (
        "2 chicken enchiladas, rice, beans",
        [
            ("enchilada_chicken", P("1 enchilada, any size", 2)),
            ("rice_spanish", V()),
            ("refried_rest", V()),
        ],
    ),
    ("qdoba chicken bowl w rice", [("bowl_chicken_rice", P("1 item, any size"))]),
    ("bean n cheese burrito", [("burrito_bean", V())]),
    ("lg chicken burrito w beans and rice", [("burrito_chicken", P("1 large"))]),
    ("2 pork tamales", [("tamale_pork", P("1 item, any size", 2))]),
    ("nachos w beef", [("nachos_beef", V())]),
    ("horchata 16 oz", [("horchata", FL(16))]),
    ("chicken fajitas (3)", [("fajita_chicken", P("1 fajita", 3))]),
    ("2 pupusas de queso", [("pupusa_cheese", P("1 item, any size", 2))]),
    ("guac & chips", [("guac", V()), ("chips", V())]),
    ("3 hard shell beef tacos", [("taco_beef", P("1 small/regular", 3))]),
    (
        "cheese quesadilla full + sour cream 2 tbsp",
        [("quesadilla_cheese", P("1 full circle")), ("sour_cream", P("1 tablespoon", 2))],
    ),
    # Indian
    (
        "chicken tikka masala w rice and naan",
        [("chicken_curry", V()), ("rice_white", V()), ("naan", V())],
    ),
    ("2 samosas", [("samosa", P("1 regular/large", 2))]),
    ("dal 1 cup + basmati rice 1 cup", [("dal", P("1 cup")), ("rice_white", P("1 cup, cooked"))]),
    ("palak paneer", [("palak_paneer", V())]),
    ("chicken biryani 2 cups", [("biryani_chicken", P("1 cup", 2))]),
    (
        "butter chicken 1 c + 1 whole naan",
        [("chicken_curry", P("1 cup")), ("naan", P('1 Naan (10" dia)'))],
    ),
    # Chinese / Japanese / Thai
    ("orange chicken w fried rice", [("orange_chicken", V()), ("fried_rice", V())]),
    (
        "general tsos 1 cup + 1 cup white rice",
        [("general_tso", P("1 cup")), ("rice_white", P("1 cup, cooked"))],
    ),
    ("shrimp lo mein", [("lo_mein_shrimp", V())]),
    ("2 egg rolls", [("egg_roll", P("1 egg roll", 2))]),
    ("beef n brocolli w brown rice", [("beef_broccoli", V()), ("rice_brown", V())]),
    ("kung pao chicken 1.5 c", [("kung_pao", P("1 cup", 1.5))]),
    ("4 crab rangoon", [("crab_rangoon", P("1 puff", 4))]),
    ("california roll 8 pc", [("cali_roll", P("1 piece", 8))]),
    ("spicy tuna roll + miso soup", [("tuna_roll", V()), ("miso", V())]),
    ("chicken teriyaki w rice", [("teriyaki_chicken", V()), ("rice_white", V())]),
    ("pho 3 cups", [("pho", P("1 cup", 3))]),
    ("chicken pad thai", [("pad_thai_chicken", V())]),
    ("sweet n sour chicken", [("sweet_sour_chicken", V())]),
    ("chicken fried rice 2 cups", [("fried_rice_chicken", P("1 cup", 2))]),
    # Middle Eastern
    ("falafel wrap", [("falafel_sand", V())]),
    (
        "4 falafel + 1/4 c hummus + pita",
        [("falafel", P("1 patty", 4)), ("hummus", P("1 tablespoon", 4)), ("pita", V())],
    ),
    ("gyro", [("gyro", V())]),
    ("lamb kabob w rice", [("lamb_kabob", P("1 shishkabob")), ("rice_white", V())]),
    ("baklava 1 pc", [("baklava", P("1 piece"))]),
    # Southern
    (
        "fried catfish 2 fillets + hushpuppies",
        [("catfish_fried", P("1 small/regular fillet", 2)), ("hushpuppy", V())],
    ),
    ("collard greens n cornbread", [("collards", V()), ("cornbread", V())]),
    ("pulled pork sandwich + slaw", [("pulled_pork_sand", V()), ("coleslaw", V())]),
    (
        "brisket 2 thick slices, mac n cheese, baked beans",
        [("brisket", P("1 thick slice", 2)), ("mac_home", V()), ("baked_beans", V())],
    ),
    ("gumbo w rice", [("gumbo", V())]),
    ("jambalaya 1 cup", [("jambalaya", P("1 cup"))]),
    ("shrimp n grits", [("shrimp", V()), ("grits_fat", V())]),
    ("banana puddin", [("banana_pudding", V())]),
    ("peach cobbler w vanilla ice cream", [("peach_cobbler", V()), ("ice_cream_van", V())]),
    ("chicken fried steak + mashed potatos", [("country_fried_steak", V()), ("mashed", V())]),
    ("lg sweet tea", [("sweet_tea", P("1 large drink"))]),
    ("2 biscuits w butter", [("biscuit_ff", P("1 biscuit", 2)), ("butter", SPREAD(2))]),
    # home dinners
    (
        "chicken breast (med) + 1 c brown rice + 1 c broccoli",
        [
            ("chicken_breast", P("1 medium breast")),
            ("rice_brown", P("1 cup, cooked")),
            ("broccoli", P("1 cup")),
        ],
    ),
    (
        "salmon fillet + green beans",
        [("salmon", P("1 small/regular fillet")), ("green_beans", V())],
    ),
    (
        "pork chops x2, mashed potatoes, corn",
        [("pork_chop", P("1 regular", 2)), ("mashed", V()), ("corn", V())],
    ),
    (
        "meatloaf 1 slice + mashed 1 cup + green beans 1 cup",
        [("meatloaf", P("1 medium slice")), ("mashed", P("1 cup")), ("green_beans", P("1 cup"))],
    ),
    (
        "tilapia fillet + quinoa 1 cup",
        [("tilapia", P("1 small/regular fillet")), ("quinoa", P("1 cup, cooked"))],
    ),
    (
        "2 chicken thighs baked + sweet potato",
        [("chicken_thigh", P("1 medium thigh", 2)), ("sweet_potato", V())],
    ),
    ("chili 2 cups w sour cream", [("chili", P("1 cup", 2)), ("sour_cream", V())]),
    ("pot roast 2 slices", [("pot_roast", P("1 regular/thin slice", 2))]),
    ("baked potato w butter", [("baked_potato_butter", V())]),
    ("2 ears corn on the cob w butter", [("corn_butter", P("1 regular ear", 2))]),
    ("spaghetti n meatballs", [("pasta", V()), ("meatballs_sauce", V())]),
    (
        "12 fried shrimp + fries",
        [("shrimp_fried", P("1 small/medium shrimp", 12)), ("fries_ff", V())],
    ),
    ("steak and a baked potato", [("steak", V()), ("baked_potato", V())]),
    # drinks
    ("dr pepper 20oz bottle", [("pepper_soda", P("1 bottle (20 fl oz)"))]),
    ("pepsi lg fountain", [("cola", P("1 large drink"))]),
    ("a&w root beer", [("root_beer", V())]),
    ("2 bud lights", [("light_beer", P("1 can or bottle (12 fl oz)", 2))]),
    ("modelo 16 oz can", [("beer", P("1 can or bottle (16 fl oz)"))]),
    ("2 glasses red wine", [("red_wine", P("1 glass", 2))]),
    ("margarita on the rocks", [("margarita", P("1 drink"))]),
    ("oj 8oz", [("oj", FL(8))]),
    ("lemonade", [("lemonade", V())]),
    ("monster energy 16oz", [("monster", P("1 can or bottle (16 fl oz)"))]),
    ("powerade 20 oz", [("powerade", P("1 bottle (20 fl oz)"))]),
    ("glass of chocolate milk", [("choc_milk", V())]),
    ("red wine 150 ml", [("red_wine", ML(150))]),
    # snacks and sweets
    ("banana", [("banana", V())]),
    ("apple + 2 tbsp pb", [("apple", V()), ("pb", P("1 tablespoon", 2))]),
    ("handful of almonds", [("almonds", V())]),
    ("2 string cheese", [("string_cheese", P("1 stick", 2))]),
    (
        "3 celery stalks w 2 tbsp peanut butter",
        [("celery", P("1 stalk", 3)), ("pb", P("1 tablespoon", 2))],
    ),
    ("cheez its sm bag", [("cheezit", P("1 small or medium single serving bag"))]),
    ("takis", [("takis", V())]),
    ("sun chips lg bag", [("sunchips", P("1 large single serving bag"))]),
    ("microwave popcorn, whole bag", [("popcorn_micro", P("1 regular microwave bag"))]),
    ("1 twix", [("twix", P("1 pouch/regular size"))]),
    ("snack bag of pretzels", [("pretzels", P("1 small single serving bag"))]),
    ("beef jerky", [("jerky", V())]),
    ("trail mix ~1/4 cup", [("trail_mix", P("1 cup", 0.25))]),
    ("cottage cheese 1 cup w fresh pineapple", [("cottage", P("1 cup")), ("pineapple", V())]),
    ("2 rice cakes w pb", [("rice_cake", P("1 cake", 2)), ("pb", V())]),
    ("nature valley sweet n salty", [("nv_bar", P("1 bar"))]),
    ("cup of grapes", [("grapes", P("1 cup"))]),
    ("an orange", [("orange", P("1 fruit"))]),
    ("strawberries", [("strawberries", V())]),
    ("1 scoop vanilla ice cream", [("ice_cream_van", P("1 scoop"))]),
    ("bowl of ice cream", [("ice_cream", V())]),
    ("reeses cups 2 pk", [("pb_cups", P("1 pouch/regular size"))]),
    ("gummy bears", [("gummies", V())]),
    (
        "4 mozz sticks w marinara",
        [("mozz_sticks", P('1 piece or stick (4" x 1" x 3/4")', 4)), ("spag_sauce", V())],
    ),
    ("cashews 1 oz", [("cashews", OZ(1))]),
    ("onion rings", [("onion_rings", V())]),
    # metric
    ("chicken breast 6oz grilled", [("chicken_breast", OZ(6))]),
    ("200g greek yogurt 0% + 30g granola", [("greek_plain_nonfat", G(200)), ("granola", G(30))]),
    ("salmon 5 oz + 1 cup brown rice", [("salmon", OZ(5)), ("rice_brown", P("1 cup, cooked"))]),
    (
        "ground turkey 4oz, 1/2 c black beans",
        [("ground_turkey", OZ(4)), ("black_beans", P("1 cup", 0.5))],
    ),
    (
        "pb 32g on 2 slices wheat toast",
        [("pb", G(32)), ("toast_wheat", P("1 medium or regular slice", 2))],
    ),
    (
        "sirloin 8 oz, baked potato w butter, side salad",
        [("sirloin", OZ(8)), ("baked_potato_butter", P("1 medium")), ("side_salad", V())],
    ),
    ("cheddar cheese 1oz", [("cheddar", OZ(1))]),
]

# ---------------------------------------------------------------------------------------
# Narrative sentences: first person, past tense, the way a meal is told in a recall
# interview.

NARRATIVE: list[tuple[str, list[tuple[str, Any]]]] = [
    # stated grams, ounces, fluid ounces or millilitres
    (
        "Before work I ate 150 grams of plain nonfat Greek yogurt with about 40 grams of granola stirred in.",
        [("greek_plain_nonfat", G(150)), ("granola", G(40))],
    ),
    (
        "I weighed my chicken breast at 170 g and had it over 180 g of cooked brown rice.",
        [("chicken_breast", G(170)), ("rice_brown", G(180))],
    ),
    (
        "For dinner I grilled a 6 ounce sirloin and had a medium baked potato with butter next to it.",
        [("sirloin", OZ(6)), ("baked_potato_butter", P("1 medium"))],
    ),
    (
        "My lunch was 4 oz of baked salmon and a cup of quinoa.",
        [("salmon", OZ(4)), ("quinoa", P("1 cup, cooked"))],
    ),
    ("I drank 500 ml of orange juice from the carton with breakfast.", [("oj", ML(500))]),
    ("After my run I had 20 ounces of Powerade.", [("powerade", FL(20))]),
    ("I snacked on 28 grams of almonds around three in the afternoon.", [("almonds", G(28))]),
    (
        "At the office I had a 12 oz black coffee and, um, a glazed doughnut somebody brought in.",
        [("coffee", FL(12)), ("doughnut_glazed", P("1 doughnut"))],
    ),
    (
        "Dinner was 200 g of spaghetti with 125 g of meat sauce on top.",
        [("pasta", G(200)), ("meat_sauce", G(125))],
    ),
    (
        "I had 2 scrambled eggs cooked in butter and 45 grams of bacon.",
        [("egg_scr_butter", P("1 egg", 2)), ("bacon", G(45))],
    ),
    (
        "I think I had about 250 ml of 2% milk with my oatmeal raisin cookies before bed.",
        [("milk_2", ML(250)), ("cookie_oatmeal", V())],
    ),
    (
        "For lunch I ate 5 ounces of grilled chicken thigh with a cup of white rice.",
        [("chicken_thigh", OZ(5)), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "I poured myself 8 oz of whole milk and ate a banana on the way out the door.",
        [("milk_whole", FL(8)), ("banana", P("1 banana"))],
    ),
    (
        "We split a pizza and I had 300 grams of it, pepperoni, from the place down the street.",
        [("pizza_pep", G(300))],
    ),
    ("I ate 100 g of hummus with a large pita.", [("hummus", G(100)), ("pita", P("1 large pita"))]),
    ("My afternoon snack was 120 grams of red grapes.", [("grapes", G(120))]),
    (
        "I had a 16 ounce iced coffee with 2 tablespoons of flavored creamer.",
        [("iced_coffee", FL(16)), ("creamer_flav", P("1 fl oz"))],
    ),
    (
        "At the barbecue I ate 6 oz of brisket and a cup of baked beans.",
        [("brisket", OZ(6)), ("baked_beans", P("1 cup"))],
    ),
    (
        "I made oatmeal with milk, about 300 grams cooked, and put 80 g of blueberries on it.",
        [("oatmeal_milk", G(300)), ("blueberries", G(80))],
    ),
    ("With dinner I drank a 5 oz glass of red wine.", [("red_wine", FL(5))]),
    ("I ate 3 ounces of beef jerky on the drive home.", [("jerky", OZ(3))]),
    (
        "Lunch was 230 grams of chicken curry and 150 grams of basmati rice.",
        [("chicken_curry", G(230)), ("rice_white", G(150))],
    ),
    ("I had 330 ml of beer at the game, just the one.", [("beer", ML(330))]),
    (
        "For breakfast I had 2 slices of whole wheat toast and 30 grams of peanut butter.",
        [("toast_wheat", P("1 medium or regular slice", 2)), ("pb", G(30))],
    ),
    (
        "I cooked 4 ounces of ground turkey into a taco filling and ate it in 2 corn tortillas.",
        [("ground_turkey", OZ(4)), ("tortilla_corn", P("1 medium", 2))],
    ),
    (
        "I had a 12 fl oz can of Dr Pepper and a small bag of Fritos from the vending machine.",
        [("pepper_soda", FL(12)), ("fritos", P("1 small single serving bag"))],
    ),
    (
        "I ate a 140 g tilapia fillet with a cup of steamed green beans.",
        [("tilapia", G(140)), ("green_beans", P("1 cup"))],
    ),
    (
        "I had 60 grams of tortilla chips and 4 tablespoons of salsa while watching TV.",
        [("chips", G(60)), ("salsa", P("1 tablespoon", 4))],
    ),
    (
        "My smoothie was 16 fluid ounces, the strawberry banana one with yogurt.",
        [("smoothie", FL(16))],
    ),
    (
        "Dinner was 8 oz of pork chop and 1 cup of mashed potatoes.",
        [("pork_chop", OZ(8)), ("mashed", P("1 cup"))],
    ),
    (
        "I ate 225 grams of cottage cheese with half a cup of pineapple.",
        [("cottage", G(225)), ("pineapple", P("1 cup", 0.5))],
    ),
    (
        "I had about 85 g of fried shrimp and 110 g of french fries at the seafood shack.",
        [("shrimp_fried", G(85)), ("fries_ff", G(110))],
    ),
    ("I drank 20 oz of sweet tea with lunch.", [("sweet_tea", FL(20))]),
    (
        "I had 50 grams of cheddar cheese and an apple, a small one.",
        [("cheddar", G(50)), ("apple", P("1 small"))],
    ),
    ("For supper we had gumbo, I had 350 grams of it over rice.", [("gumbo", G(350))]),
    (
        "I ate 2 ounces of cashews and drank a can of Diet Coke.",
        [("cashews", OZ(2)), ("diet_cola", P("1 can (12 fl oz)"))],
    ),
    (
        "Breakfast was a 90 gram blueberry muffin and a 12 ounce latte.",
        [("muffin_blueberry", G(90)), ("latte", FL(12))],
    ),
    (
        "I had 16 ounces of hot green tea and 6 pieces of California roll.",
        [("tea_green", FL(16)), ("cali_roll", P("1 piece", 6))],
    ),
    (
        "For dinner I had 250 g of lasagna and 1 slice of garlic bread.",
        [("lasagna", G(250)), ("garlic_bread", P("1 medium slice"))],
    ),
    (
        "I had 200 grams of pad thai with chicken from the Thai place.",
        [("pad_thai_chicken", G(200))],
    ),
    (
        "I ate 1 cup of Honey Nut Cheerios with 6 ounces of skim milk.",
        [("cereal_honeynut", P("1 cup")), ("milk_skim", FL(6))],
    ),
    (
        "Late at night I ate 150 g of vanilla ice cream straight from the carton.",
        [("ice_cream_van", G(150))],
    ),
    (
        "I had a 7 oz catfish fillet, fried, with collard greens.",
        [("catfish_fried", OZ(7)), ("collards", V())],
    ),
    (
        "I drank 240 ml of apple juice and ate a string cheese.",
        [("apple_juice", ML(240)), ("string_cheese", P("1 stick"))],
    ),
    (
        "We had fajitas at home and I ate 2 chicken fajitas, about 180 grams altogether.",
        [("fajita_chicken", G(180))],
    ),
    # household measures
    (
        "This morning I had two fried eggs and a slice of rye toast with butter.",
        [
            ("egg_fried", P("1 egg", 2)),
            ("toast_rye", P("1 medium or regular slice")),
            ("butter", SPREAD(1)),
        ],
    ),
    (
        "For lunch I grabbed a turkey sandwich on wheat and a small bag of Sun Chips.",
        [("turkey_wheat", P("1 regular")), ("sunchips", P("1 small single serving bag"))],
    ),
    (
        "I had a medium apple and a string cheese for my snack.",
        [("apple", P("1 medium")), ("string_cheese", P("1 stick"))],
    ),
    (
        "For dinner my wife made meatloaf and I had 2 slices with a cup of mashed potatoes.",
        [("meatloaf", P("1 medium slice", 2)), ("mashed", P("1 cup"))],
    ),
    (
        "I ate 3 beef tacos at Taco Tuesday and drank a margarita.",
        [("taco_beef", P("1 small/regular", 3)), ("margarita", P("1 drink"))],
    ),
    (
        "I had a bowl of cereal, 2 cups of corn flakes with a cup of 1% milk.",
        [("cereal_cornflakes", P("1 cup", 2)), ("milk_1", P("1 cup"))],
    ),
    (
        "At lunch I ate 2 slices of cheese pizza, large, and a can of Coke.",
        [("pizza_cheese", P("1 piece, large pizza", 2)), ("cola", P("1 can (12 fl oz)"))],
    ),
    ("I had a grande mocha on my way in.", [("mocha", P("1 medium"))]),
    (
        "For breakfast I ate a plain bagel with 2 tablespoons of cream cheese.",
        [("bagel", P("1 regular")), ("cream_cheese", P("1 tablespoon", 2))],
    ),
    (
        "I ate 8 chicken nuggets and a small fry from the drive-thru.",
        [("nuggets_ff", P("1 nugget", 8)), ("fries_ff", P("1 small fast food order"))],
    ),
    (
        "We got Chinese and I had a cup of orange chicken and a cup of fried rice.",
        [("orange_chicken", P("1 cup")), ("fried_rice", P("1 cup"))],
    ),
    (
        "I drank two bottles of Bud Light at the barbecue.",
        [("light_beer", P("1 can or bottle (12 fl oz)", 2))],
    ),
    (
        "I had a large chicken burrito with beans and rice from the taqueria.",
        [("burrito_chicken", P("1 large"))],
    ),
    (
        "My snack was a tablespoon of peanut butter on 2 celery stalks.",
        [("pb", P("1 tablespoon")), ("celery", P("1 stalk", 2))],
    ),
    (
        "I ate a cup of chili with beans and a piece of cornbread.",
        [("chili", P("1 cup")), ("cornbread", P("1 piece"))],
    ),
    (
        "Dinner was a medium chicken breast, a cup of broccoli and a small sweet potato.",
        [
            ("chicken_breast", P("1 medium breast")),
            ("broccoli", P("1 cup")),
            ("sweet_potato", P("1 small")),
        ],
    ),
    (
        "I had 2 pieces of fried chicken, a thigh and a drumstick, plus a biscuit.",
        [
            ("fried_thigh", P("1 medium thigh")),
            ("fried_drumstick", P("1 medium drumstick")),
            ("biscuit_ff", P("1 biscuit")),
        ],
    ),
    (
        "For lunch I had a cup of broccoli cheese soup and half a turkey sandwich on wheat.",
        [("broc_soup", P("1 cup")), ("turkey_wheat", P("1 regular", 0.5))],
    ),
    (
        "I ate 2 samosas and a cup of dal at the Indian buffet.",
        [("samosa", P("1 regular/large", 2)), ("dal", P("1 cup"))],
    ),
    (
        "After dinner I had a slice of sweet potato pie.",
        [("sweet_potato_pie", P("1 regular slice"))],
    ),
    (
        "I had a venti iced latte with oat milk, that was it until noon.",
        [("iced_latte_nondairy", P("1 large"))],
    ),
    (
        "I ate 3 pancakes, medium ones, with 2 tablespoons of syrup.",
        [("pancakes", P("1 medium pancake", 3)), ("syrup", P("1 tablespoon", 2))],
    ),
    (
        "We had sushi, I ate 8 pieces of salmon roll and a cup of edamame.",
        [("salmon_roll", P("1 piece", 8)), ("edamame", P("1 cup"))],
    ),
    (
        "Um, for dinner it was a double cheeseburger and a medium order of fries.",
        [
            ("double_cheeseburger", P("1 double cheeseburger")),
            ("fries_ff", P("1 medium fast food order")),
        ],
    ),
    (
        "I had a gyro and a can of Sprite for lunch.",
        [("gyro", P("1 sandwich, any size")), ("fruit_soda", P("1 can (12 fl oz)"))],
    ),
    (
        "I had a small cappuccino and a chocolate glazed doughnut.",
        [("cappuccino", P("1 small")), ("doughnut_choc", P("1 doughnut"))],
    ),
    (
        "For lunch I ate a grilled cheese sandwich and a cup of tomato soup.",
        [("grilled_cheese", P("1 sandwich")), ("tomato_soup", P("1 cup"))],
    ),
    ("I ate half a cup of trail mix at my desk.", [("trail_mix", P("1 cup", 0.5))]),
    (
        "I had a cup of kung pao chicken and a cup of white rice.",
        [("kung_pao", P("1 cup")), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "We went to a Mexican place and I had 2 beef enchiladas and a cup of refried beans.",
        [("enchilada_beef", P("1 enchilada, any size", 2)), ("refried_rest", P("1 cup"))],
    ),
    (
        "I had a large sweet tea and 3 chicken tenders.",
        [("sweet_tea", P("1 large drink")), ("tenders_ff", P("1 tender, strip, or finger", 3))],
    ),
    (
        "I had a slice of pecan pie and a scoop of vanilla ice cream for dessert.",
        [("pecan_pie", P("1 regular slice")), ("ice_cream_van", P("1 scoop"))],
    ),
    (
        "Breakfast was 2 hard boiled eggs and an orange.",
        [("egg_boiled", P("1 egg", 2)), ("orange", P("1 fruit"))],
    ),
    (
        "For dinner I had a regular pork chop, a cup of green beans and an ear of corn.",
        [("pork_chop", P("1 regular")), ("green_beans", P("1 cup")), ("corn", P("1 regular ear"))],
    ),
    (
        "I had a 12 ounce bottle of orange juice and a sausage egg biscuit.",
        [("oj", P("1 bottle (12 fl oz)")), ("eggsand_biscuit_sausage", P("1 regular"))],
    ),
    (
        "At the ballgame I had a hot dog and a 16 ounce beer.",
        [("hotdog", P("1 sandwich")), ("beer", P("1 can or bottle (16 fl oz)"))],
    ),
    (
        "I had a cup of wonton soup and 2 egg rolls for lunch.",
        [("wonton_soup", P("1 cup")), ("egg_roll", P("1 egg roll", 2))],
    ),
    (
        "I made a peanut butter and jelly sandwich on white bread and had a glass of milk, a cup of 2 percent.",
        [("pbj_white", P("1 sandwich")), ("milk_2", P("1 cup"))],
    ),
    (
        "My lunch was a chicken caesar salad with 2 tablespoons of caesar dressing.",
        [("chicken_caesar", P("1 salad")), ("caesar_dressing", P("1 tablespoon", 2))],
    ),
    ("I ate a cup and a half of mac and cheese from the box.", [("mac_box", P("1 cup", 1.5))]),
    ("For dinner I had 2 cups of chicken biryani.", [("biryani_chicken", P("1 cup", 2))]),
    (
        "I ate a large banana and a Nature Valley bar before the gym.",
        [("banana", P("1 banana")), ("nv_bar", P("1 bar"))],
    ),
    (
        "I had 2 pork tamales and a cup of pozole at my aunt's house.",
        [("tamale_pork", P("1 item, any size", 2)), ("pozole", P("1 cup"))],
    ),
    (
        "For breakfast I had a cup of cheese grits and 2 sausage links.",
        [("grits_cheese", P("1 cup, cooked")), ("sausage_pork", P("1 breakfast size link", 2))],
    ),
    (
        "I had 4 falafel with 2 tablespoons of hummus and a cup of tabbouleh.",
        [("falafel", P("1 patty", 4)), ("hummus", P("1 tablespoon", 2)), ("tabbouleh", P("1 cup"))],
    ),
    (
        "I drank a 16 ounce can of Monster in the afternoon.",
        [("monster", P("1 can or bottle (16 fl oz)"))],
    ),
    ("I ate 2 cups of pho with beef at lunch.", [("pho", P("1 cup", 2))]),
    (
        "I had some of my mom's lasagna and a side salad.",
        [("lasagna", V()), ("side_salad", P("1 side salad"))],
    ),
    (
        "Around ten I had a medium latte and a small blueberry muffin.",
        [("latte", P("1 medium")), ("muffin_blueberry", P("1 small"))],
    ),
    (
        "I had a cup of jambalaya and two hush puppies.",
        [("jambalaya", P("1 cup")), ("hushpuppy", P("1 hush puppy", 2))],
    ),
    # vague
    ("I had some chips and salsa before the food came.", [("chips", V()), ("salsa", V())]),
    ("For lunch I just had a chicken quesadilla.", [("quesadilla_chicken", V())]),
    (
        "I had a bowl of honey nut cereal with milk, whole milk.",
        [("cereal_honeynut", V()), ("milk_whole", CEREAL_MILK)],
    ),
    ("I ate a handful of cashews while cooking.", [("cashews", V())]),
    ("I had a glass of lemonade and some popcorn.", [("lemonade", V()), ("popcorn_micro", V())]),
    (
        "Dinner was beef and broccoli with white rice from takeout.",
        [("beef_broccoli", V()), ("rice_white", V())],
    ),
    (
        "I had coffee with a splash of half and half, and a banana.",
        [("coffee", V()), ("half_half", SPLASH), ("banana", V())],
    ),
    ("For dessert I had banana pudding.", [("banana_pudding", V())]),
    ("I ate a bean and cheese burrito in the car.", [("burrito_bean", V())]),
    ("I had palak paneer with naan.", [("palak_paneer", V()), ("naan", V())]),
    (
        "I ate some strawberries and a cup of Greek yogurt, the fruit kind.",
        [("strawberries", V()), ("greek_fruit", P("1 cup"))],
    ),
    ("We had shrimp lo mein, I ate a plate of it.", [("lo_mein_shrimp", V())]),
    (
        "I had toast with butter, two slices of white.",
        [("toast_white", P("1 medium or regular slice", 2)), ("butter", SPREAD(2))],
    ),
    (
        "For lunch I had a ham sandwich on white with mayo and lettuce.",
        [("ham_white", V()), ("mayo", TOPPING), ("lettuce", TOPPING)],
    ),
    (
        "Last night I had a bowl of wonton soup and four crab rangoon.",
        [("wonton_soup", V()), ("crab_rangoon", P("1 puff", 4))],
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
