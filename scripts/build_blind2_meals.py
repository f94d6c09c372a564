"""Build the second blind meal-text evaluation set (issue #11): ``data/analyser/blind2/``.

Every text below was typed by hand, written without reading the analyser (its code, tables,
tests or development data). Every number comes from the USDA FNDDS 2021-2023 CSVs in
``shared/data/fndds``: the food codes name FNDDS foods, the amounts name FNDDS household
portions (looked up by their exact USDA description) or state grams, ounces or fluid ounces,
and the expected nutrients are FNDDS per-100 g values x grams / 100.

    python scripts/build_blind2_meals.py            # write dev.json and holdout.json
    python scripts/build_blind2_meals.py --check    # exit 1 if the files are out of date

The truth rule is in ``data/analyser/blind2/README.md``.
"""

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
OUT_DIR = REPO / "data" / "analyser" / "blind2"
SEED = 20261129
HOLDOUT_FRACTION = 0.2
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
    "Health-Bite second blind meal set for issue #11, typed by hand without reading the "
    "analyser. Truth: USDA FNDDS 2021-2023 foods and household portions (shared/data/fndds); "
    "expected = sum of FNDDS per-100 g values x grams / 100, computed by "
    "scripts/build_blind2_meals.py."
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
    """A vague or missing amount: FNDDS ``Quantity not specified`` unless the README's
    documented household unit is named (milk on cereal, sandwich toppings, ...)."""

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
    """Stated fluid ounces of a drink, through the food's ``1 fl oz`` portion."""

    floz: float


@dataclass(frozen=True)
class ML:
    """Stated millilitres of a drink: ml / 29.5735 fl oz, through ``1 fl oz``."""

    ml: float


# ---------------------------------------------------------------------------------------
# FNDDS foods used by the meals (key -> food code). The meal tables name foods by key.

FOODS: dict[str, str] = {
    # breakfast
    "oatmeal_water": "56203056",
    "oatmeal_milk": "56203066",
    "egg_scr_butter": "32130020",
    "egg_scr_oil": "32130010",
    "egg_fried": "31105005",
    "egg_boiled": "31103010",
    "bacon": "22600200",
    "sausage": "25221405",
    "pancakes": "55101000",
    "syrup": "91300010",
    "waffle_frozen": "55200020",
    "french_toast": "55301000",
    "bagel": "51180010",
    "cream_cheese": "14301010",
    "eng_muffin": "51186010",
    "white_bread": "51101000",
    "white_toast": "51101010",
    "wheat_bread": "51300110",
    "wheat_toast": "51300120",
    "butter": "81101000",
    "pb": "42202000",
    "jam": "91402000",
    "cheerios": "57123000",
    "honey_nut": "57241000",
    "frosted_flakes": "57348000",
    "corn_flakes": "57134000",
    "raisin_bran": "57329000",
    "lucky_charms": "57305150",
    "granola": "57227000",
    "croissant": "51166000",
    "croissant_choc": "51166200",
    "donut_glazed": "53520135",
    "donut_choc": "53520140",
    "pop_tart": "53530000",
    "hash_brown_ff": "71404010",
    "egg_ham_muffin": "34001330",
    "egg_sausage_muffin": "34001310",
    "egg_bacon_bagel": "34001620",
    "egg_sausage_burrito": "34003120",
    # dairy and drinks
    "milk_2": "11112110",
    "milk_whole": "11111000",
    "milk_1": "11112210",
    "milk_skim": "11113000",
    "almond_milk": "11350020",
    "choc_milk": "11511000",
    "hot_choc": "11512010",
    "greek_nf": "11411420",
    "greek_lf": "11411410",
    "yogurt_fruit": "11432000",
    "cottage": "14201010",
    "coffee": "92101000",
    "decaf": "92111010",
    "espresso": "92101610",
    "latte": "92101900",
    "latte_skim": "92101901",
    "latte_oat": "92101903",
    "latte_flav": "92101904",
    "iced_latte": "92102500",
    "mocha": "92101950",
    "cappuccino": "92161000",
    "frapp": "92101920",
    "half_half": "12120100",
    "creamer": "12210200",
    "sugar": "91101010",
    "oj": "61210220",
    "apple_juice": "64104010",
    "coke": "92410310",
    "diet_coke": "92410320",
    "sprite": "92410510",
    "mtn_dew": "92410550",
    "gatorade": "95320200",
    "red_bull": "95310600",
    "monster_lo": "95312400",
    "beer": "93101000",
    "light_beer": "93102000",
    "red_wine": "93401010",
    "white_wine": "93401020",
    "lemonade": "92510960",
    "sweet_tea": "92308000",
    "smoothie": "11553110",
    "whey": "95230000",
    "water": "94000100",
    # fruit and vegetables
    "banana": "63107010",
    "apple": "63101000",
    "orange": "61119010",
    "grapes": "63123000",
    "strawberries": "63223020",
    "blueberries": "63203010",
    "avocado": "63105010",
    "peach": "63135010",
    "pear": "63137010",
    "mango": "63129010",
    "pineapple": "63141010",
    "watermelon": "63149010",
    "cantaloupe": "63109010",
    "applesauce": "63101110",
    "carrots": "73101010",
    "celery": "75109000",
    "cucumber": "75111000",
    "broccoli": "72201211",
    "broccoli_raw": "72201100",
    "green_beans": "75205021",
    "corn": "75216111",
    "side_salad": "75143000",
    "stir_fry_veg": "75340020",
    "sweet_potato": "73403000",
    "baked_potato": "71100100",
    "mashed": "71501000",
    "fries": "71401030",
    "pickle": "75503010",
    # mains and dishes
    "turkey_wheat": "27540030",
    "turkey_white": "27540010",
    "turkey_white_cheese": "27540020",
    "ham_white_cheese": "27520220",
    "ham_wheat": "27520230",
    "grilled_cheese": "14640105",
    "grilled_cheese_wheat": "14640110",
    "pbj": "42302015",
    "blt": "27520610",
    "blt_wheat": "27520620",
    "tuna_sand": "27550720",
    "tuna_sand_wheat": "27550735",
    "tuna_melt": "27550730",
    "chicken_salad_sand": "27540121",
    "egg_salad_sand": "32203010",
    "club": "27540124",
    "cheesesteak": "27514030",
    "gyro": "27516010",
    "falafel_sand": "41901030",
    "chicken_sand": "27540132",
    "hot_dog": "27564000",
    "corn_dog": "27560300",
    "big_mac": "27510389",
    "whopper_cheese": "27510231",
    "whopper_jr": "27510552",
    "cheeseburger": "27510155",
    "hamburger": "27510521",
    "slider": "27510501",
    "nuggets": "24198731",
    "tenders": "24198741",
    "wings_hot": "24168000",
    "chicken_caesar": "27446360",
    "chicken_caesar_fried": "27446362",
    "chicken_garden_salad": "27446300",
    "taco_salad": "58101930",
    "burrito_bowl_chicken": "58102760",
    "burrito_bowl_beef": "58102720",
    "burrito_chicken": "58102530",
    "burrito_beef": "58102310",
    "taco_beef": "58102010",
    "quesadilla_cheese": "58104710",
    "quesadilla_chicken": "58104740",
    "nachos": "58104130",
    "enchilada_beef": "58102810",
    "pizza_cheese": "58106225",
    "pizza_pep": "58106555",
    "pizza_pep_thin": "58106550",
    "pizza_veg": "58106325",
    "mac_cheese": "58145110",
    "mac_box": "58145112",
    "lasagna": "58130011",
    "pasta_marinara": "58146221",
    "pasta_meat_cheese": "58146120",
    "pasta": "56130000",
    "meat_sauce": "27162040",
    "ravioli_canned": "58131323",
    "meatballs": "27160100",
    "garlic_bread": "51121015",
    "roll": "51150000",
    "chicken_noodle_canned": "58403010",
    "chicken_noodle": "58403040",
    "tomato_soup": "74602010",
    "veg_soup": "75649010",
    "lentil_soup": "41603010",
    "minestrone": "75651000",
    "chili": "27111406",
    "ramen_cup": "58407030",
    "ramen_chicken": "58407042",
    "pad_thai": "58137230",
    "fried_rice": "58150310",
    "veg_fried_rice": "58150110",
    "orange_chicken": "27146350",
    "general_tso": "27445150",
    "lo_mein_chicken": "58136160",
    "egg_roll": "58110130",
    "sushi_cali": "58151180",
    "sushi_avocado": "58151170",
    "chicken_grilled": "24123301",
    "chicken_baked": "24122131",
    "chicken_thigh": "24152230",
    "drumstick": "24142300",
    "steak": "21101000",
    "salmon": "26137120",
    "tilapia": "26158010",
    "shrimp": "26319123",
    "tuna_can": "26155110",
    "pork_chop": "22101000",
    "turkey_light": "24201020",
    "meatloaf": "27214100",
    "rice_white": "56205001",
    "rice_brown": "56205011",
    "black_beans": "41102020",
    "refried": "41205010",
    "mozz_sticks": "14660200",
    # snacks and sweets
    "chips": "71200100",
    "doritos": "54401110",
    "cheetos": "54401081",
    "pringles": "71200300",
    "tortilla_chips": "54401075",
    "pretzels": "54408015",
    "popcorn": "54403001",
    "almonds": "42100100",
    "peanuts": "42111000",
    "cashews": "42104100",
    "pistachios": "42114140",
    "trail_mix": "42500100",
    "sunflower": "43102100",
    "fiber_one_bar": "53710400",
    "kind_bar": "53710810",
    "clif_bar": "53720200",
    "string_cheese": "14107030",
    "cheddar": "14104100",
    "swiss": "14109010",
    "parmesan": "14108010",
    "goldfish": "54304020",
    "ritz": "54301030",
    "triscuit": "54337020",
    "rice_cake": "54318500",
    "hummus": "41205070",
    "guac": "63409015",
    "salsa": "74402100",
    "sour_cream": "12310100",
    "oreo": "53209015",
    "cookie_cc": "53206000",
    "cookie_bakery": "53206020",
    "brownie": "53204010",
    "ice_cream": "13110100",
    "ice_cream_choc": "13110110",
    "cheesecake": "53104500",
    "apple_pie": "53301000",
    "cupcake": "53105262",
    "reeses": "91705530",
    "kitkat": "91705080",
    "snickers": "91705520",
    "mms_peanut": "91746110",
    "gummies": "91745010",
    # condiments, dressings, toppings
    "mayo": "83107000",
    "ketchup": "74401010",
    "ranch": "83113500",
    "caesar_dressing": "83102000",
    "italian_dressing": "83106000",
    "honey_mustard_dip": "75506100",
    "lettuce_sand": "89902020",
    "tomato_sand": "89902070",
}

# ---------------------------------------------------------------------------------------
# Diary lines: typed fast into an app. (text, [(food key, amount), ...])

Item = tuple[str, Any]
DIARY: list[tuple[str, list[Item]]] = [
    (
        "2 scrambled eggs w/ butter + 1 slice wheat toast",
        [("egg_scr_butter", P("1 egg", 2)), ("wheat_toast", P("1 medium or regular slice"))],
    ),
    ("cheerios w 2% milk", [("cheerios", V()), ("milk_2", V("1 cup", 0.5))]),
    ("grande vanilla latte", [("latte_flav", P("1 medium"))]),
    (
        "big mac, med fries, lg coke",
        [
            ("big_mac", P("1 McDonald's Big Mac")),
            ("fries", P("1 medium fast food order")),
            ("coke", P("1 large drink")),
        ],
    ),
    ("banana", [("banana", V())]),
    ("1 c oatmeal made w water", [("oatmeal_water", P("1 cup, cooked"))]),
    ("pb&j on white", [("pbj", V())]),
    (
        "can of diet coke + 6in turkey sub",
        [("diet_coke", P("1 can (12 fl oz)")), ("turkey_white", P('1 regular or 6" submarine'))],
    ),
    ("sm bag doritos", [("doritos", P("1 small single serving bag"))]),
    ("2 slices pepperoni pizza (large)", [("pizza_pep", P("1 piece, large pizza", 2))]),
    ("bagel w cream cheese", [("bagel", V()), ("cream_cheese", V())]),
    ("greek yogurt 150g", [("greek_nf", G(150))]),
    ("chicken breast 6oz grilled", [("chicken_grilled", OZ(6))]),
    ("1 cup white rice", [("rice_white", P("1 cup, cooked"))]),
    ("steamed broccoli 1c", [("broccoli", P("1 cup"))]),
    ("coffee w/ half n half", [("coffee", V()), ("half_half", V())]),
    ("apple", [("apple", V())]),
    ("handful almonds", [("almonds", V())]),
    ("string cheese x2", [("string_cheese", P("1 stick", 2))]),
    ("turkey sandwhich on white with cheese", [("turkey_white_cheese", V())]),
    ("chipotle chicken bowl w rice", [("burrito_bowl_chicken", P("1 item, any size"))]),
    (
        "2 eggos w/ syrup 2 tbsp",
        [("waffle_frozen", P("1 waffle", 2)), ("syrup", P("1 tablespoon", 2))],
    ),
    ("leftover lasagna, 1 cup", [("lasagna", P("1 cup"))]),
    ("mac n cheese 1.5 cups", [("mac_cheese", P("1 cup", 1.5))]),
    ("bowl of chicken noodle soup", [("chicken_noodle", V())]),
    ("pint of beer", [("beer", FL(16))]),
    ("glass of red wine", [("red_wine", P("1 glass"))]),
    ("2 glasses white wine", [("white_wine", P("1 glass", 2))]),
    (
        "10 baby carrots w ranch 2tbsp",
        [("carrots", P("1 baby carrot", 10)), ("ranch", P("1 tablespoon", 2))],
    ),
    (
        "hummus 2 tbsp, celery 2 stalks",
        [("hummus", P("1 tablespoon", 2)), ("celery", P("1 stalk", 2))],
    ),
    (
        "whopper w cheese + sm fries",
        [("whopper_cheese", P("1 cheeseburger")), ("fries", P("1 small fast food order"))],
    ),
    ("10 pc mcnuggets", [("nuggets", P("1 nugget", 10))]),
    ("6 nuggets", [("nuggets", P("1 nugget", 6))]),
    ("egg mcmuffin + hashbrown", [("egg_ham_muffin", V()), ("hash_brown_ff", P("1 patty"))]),
    ("sausage mcmuffin w egg", [("egg_sausage_muffin", V())]),
    ("tall latte skim", [("latte_skim", P("1 small"))]),
    ("venti iced latte", [("iced_latte", P("1 large"))]),
    ("cappucino", [("cappuccino", V())]),
    ("frappuccino grande", [("frapp", P("1 medium"))]),
    (
        "coffee 16oz w 1 half&half cup",
        [("coffee", FL(16)), ("half_half", P("1 individual container (.5 fl oz)"))],
    ),
    (
        "2 cups coffee w 1 tbsp creamer each",
        [("coffee", P("1 cup (8 fl oz)", 2)), ("creamer", P("1 fl oz", 1))],
    ),
    ("20oz bottle of coke", [("coke", P("1 bottle (20 fl oz)"))]),
    ("gatorade 20 oz", [("gatorade", P("1 bottle (20 fl oz)"))]),
    ("red bull 8.4oz can", [("red_bull", P("1 can (8.4 fl oz)"))]),
    ("mocha venti", [("mocha", P("1 large"))]),
    ("sprite 12oz can", [("sprite", P("1 can (12 fl oz)"))]),
    ("mtn dew 500ml", [("mtn_dew", ML(500))]),
    ("sweet tea lg", [("sweet_tea", P("1 large drink"))]),
    ("OJ 8 oz", [("oj", FL(8))]),
    ("glass of oj", [("oj", V())]),
    ("glass of milk", [("milk_2", V())]),
    ("choc milk 1 cup", [("choc_milk", P("1 cup"))]),
    (
        "protein shake w/ 1 scoop whey in 12oz almond milk",
        [("whey", P("1 scoop, NFS")), ("almond_milk", FL(12))],
    ),
    ("strawberry banana smoothie 16 oz", [("smoothie", FL(16))]),
    ("1/2 c blueberries", [("blueberries", P("1 cup", 0.5))]),
    (
        "frosted flakes 1 cup + 1/2 c skim",
        [("frosted_flakes", P("1 cup")), ("milk_skim", P("1 cup", 0.5))],
    ),
    ("raisin bran w/ milk", [("raisin_bran", V()), ("milk_2", V("1 cup", 0.5))]),
    (
        "lucky charms 1.5c w whole milk",
        [("lucky_charms", P("1 cup", 1.5)), ("milk_whole", V("1 cup", 0.5))],
    ),
    (
        "granola 1/2 cup + greek yog 1 cup + blueberries",
        [("granola", P("1 cup", 0.5)), ("greek_nf", P("1 cup")), ("blueberries", V())],
    ),
    (
        "2 slices toast w butter",
        [
            ("white_toast", P("1 medium or regular slice", 2)),
            ("butter", V("Guideline amount per slice of bread/roll", 2)),
        ],
    ),
    (
        "wheat toast x2 with pb",
        [
            ("wheat_toast", P("1 medium or regular slice", 2)),
            ("pb", V("Guideline amount per slice of bread/roll", 2)),
        ],
    ),
    (
        "english muffin w/ butter and jam",
        [
            ("eng_muffin", V()),
            ("butter", V("Guideline amount per slice of bread/roll", 2)),
            ("jam", V("Guideline amount per slice of bread/roll", 2)),
        ],
    ),
    ("3 pancakes w syrup", [("pancakes", P("1 medium pancake", 3)), ("syrup", V())]),
    ("french toast 2 slices", [("french_toast", P("1 slice, any size", 2))]),
    ("bacon 3 slices", [("bacon", P("1 medium slice (yield after cooking)", 3))]),
    ("2 sausage links", [("sausage", P("1 breakfast size link", 2))]),
    ("2 fried eggs", [("egg_fried", P("1 egg", 2))]),
    ("hard boiled egg", [("egg_boiled", P("1 egg"))]),
    ("3 hb eggs", [("egg_boiled", P("1 egg", 3))]),
    ("croissant", [("croissant", V())]),
    ("glazed donut", [("donut_glazed", V())]),
    ("2 choc frosted donuts", [("donut_choc", P("1 doughnut", 2))]),
    ("pop tarts (2 in pack)", [("pop_tart", P("1 package (2 Pop Tarts)"))]),
    ("breakfast burrito egg & sausage", [("egg_sausage_burrito", V())]),
    ("bacon egg n cheese on a bagel", [("egg_bacon_bagel", V())]),
    ("ham sandwich wheat", [("ham_wheat", V())]),
    ("ham & cheese sammich", [("ham_white_cheese", V())]),
    ("grilled cheese + tomato soup", [("grilled_cheese", P("1 sandwich")), ("tomato_soup", V())]),
    ("blt", [("blt", V())]),
    ("BLT on wheat + chips", [("blt_wheat", V()), ("chips", V())]),
    (
        "tuna sandwich on wheat w/ lettuce",
        [("tuna_sand_wheat", V()), ("lettuce_sand", V("Guideline amount on regular sandwich"))],
    ),
    ("tuna melt", [("tuna_melt", V())]),
    ("chicken salad sandwich (wheat)", [("chicken_salad_sand", V())]),
    ("egg salad sandwich", [("egg_salad_sand", V())]),
    ("club sandwich w cheese", [("club", V())]),
    ("philly cheesesteak 6in", [("cheesesteak", P('1 regular or 6" submarine'))]),
    ("gyro", [("gyro", V())]),
    ("falafel pita", [("falafel_sand", V())]),
    ("chick fil a sandwich", [("chicken_sand", V())]),
    (
        "chicken tenders 3 pc + 2 tbsp honey mustard",
        [
            ("tenders", P("1 tender, strip, or finger", 3)),
            ("honey_mustard_dip", P("1 tablespoon", 2)),
        ],
    ),
    ("buffalo wings 6", [("wings_hot", P("1 drummette", 6))]),
    ("hot dog", [("hot_dog", V())]),
    (
        "2 hot dogs w ketchup",
        [
            ("hot_dog", P("1 sandwich", 2)),
            ("ketchup", V("Guideline amount on regular sandwich", 2)),
        ],
    ),
    ("corn dog", [("corn_dog", V())]),
    ("cheeseburger", [("cheeseburger", V())]),
    ("hamburger + fries (lg)", [("hamburger", V()), ("fries", P("1 large fast food order"))]),
    ("3 white castle sliders", [("slider", P("1 miniature hamburger", 3))]),
    ("whopper jr", [("whopper_jr", P("1 hamburger"))]),
    ("caesar salad w grilled chicken", [("chicken_caesar", V())]),
    ("mcdonalds crispy chicken caesar salad", [("chicken_caesar_fried", P("1 McDonald's salad"))]),
    ("side salad w/ italian", [("side_salad", P("1 side salad")), ("italian_dressing", V())]),
    (
        "salad 2 cups + 2 tbsp ranch",
        [("side_salad", P("1 cup", 2)), ("ranch", P("1 tablespoon", 2))],
    ),
    (
        "chicken garden salad, ranch packet",
        [("chicken_garden_salad", V()), ("ranch", P("1 packet"))],
    ),
    ("taco bell taco salad", [("taco_salad", P("1 Taco Bell taco salad"))]),
    ("2 beef tacos", [("taco_beef", P("1 small/regular", 2))]),
    ("lg chicken burrito", [("burrito_chicken", P("1 large"))]),
    ("beef burrito", [("burrito_beef", V())]),
    ("steak burrito bowl", [("burrito_bowl_beef", V())]),
    ("cheese quesadilla half", [("quesadilla_cheese", P("1 half circle"))]),
    ("chicken quesadilla whole", [("quesadilla_chicken", P("1 full circle"))]),
    ("nachos w beef", [("nachos", V())]),
    (
        "2 beef enchiladas + 1/2 c refried beans",
        [("enchilada_beef", P("1 enchilada, any size", 2)), ("refried", P("1 cup", 0.5))],
    ),
    ("chips and salsa", [("tortilla_chips", V()), ("salsa", V())]),
    ("chips & guac", [("tortilla_chips", V()), ("guac", V())]),
    ("cheese pizza 2 slices (med)", [("pizza_cheese", P("1 piece, medium pizza", 2))]),
    ("pizza", [("pizza_cheese", V())]),
    ("3 slices thin crust pepperoni", [("pizza_pep_thin", P("1 piece, NFS", 3))]),
    ("veggie pizza 1 slice lg", [("pizza_veg", P("1 piece, large pizza"))]),
    ("personal pepperoni pizza", [("pizza_pep", P('1 personal size pizza (5-7" diameter)'))]),
    ("kraft mac n cheese 1 cup", [("mac_box", P("1 cup"))]),
    (
        "spaghetti w meat sauce, 1 c pasta 1/2 c sauce",
        [("pasta", P("1 cup, cooked")), ("meat_sauce", P("1 cup", 0.5))],
    ),
    ("pasta w marinara (restaurant)", [("pasta_marinara", V())]),
    ("baked ziti w/ meat 1.5 c", [("pasta_meat_cheese", P("1 cup", 1.5))]),
    ("chef boyardee ravioli can", [("ravioli_canned", P("1 can (15 oz)"))]),
    (
        "spaghetti and meatballs, 3 meatballs + 1 c pasta",
        [("meatballs", P("1 meatball with sauce", 3)), ("pasta", P("1 cup, cooked"))],
    ),
    ("garlic bread 2 slices", [("garlic_bread", P("1 medium slice", 2))]),
    (
        "dinner roll w butter pat",
        [("roll", P("1 medium/regular/sandwich size roll")), ("butter", P("1 pat"))],
    ),
    ("can of chicken noodle soup", [("chicken_noodle_canned", P("1 can"))]),
    ("veg soup 1 cup", [("veg_soup", P("1 cup"))]),
    ("lentil soup bowl", [("lentil_soup", V())]),
    ("chili w beans 1.5 cups + cheddar", [("chili", P("1 cup", 1.5)), ("cheddar", V())]),
    ("cup noodles", [("ramen_cup", P("1 individual container"))]),
    ("ramen w chicken", [("ramen_chicken", V())]),
    ("pad thai chicken 2 cups", [("pad_thai", P("1 cup", 2))]),
    (
        "fried rice 1 c + orange chicken 1 c",
        [("fried_rice", P("1 cup")), ("orange_chicken", P("1 cup"))],
    ),
    ("panda express general tso + veg fried rice", [("general_tso", V()), ("veg_fried_rice", V())]),
    ("chicken lo mein", [("lo_mein_chicken", V())]),
    ("2 egg rolls", [("egg_roll", P("1 egg roll", 2))]),
    ("california roll 8 pc", [("sushi_cali", P("1 piece", 8))]),
    ("avocado roll 6pcs", [("sushi_avocado", P("1 piece", 6))]),
    (
        "salmon fillet baked + 1 c brown rice",
        [("salmon", P("1 small/regular fillet")), ("rice_brown", P("1 cup, cooked"))],
    ),
    ("tilapia 4 oz", [("tilapia", OZ(4))]),
    ("grilled shrimp 10 lg", [("shrimp", P("1 large/jumbo shrimp", 10))]),
    ("steak 8oz", [("steak", OZ(8))]),
    (
        "pork chop + mashed potatoes 1 cup + green beans",
        [("pork_chop", P("1 regular")), ("mashed", P("1 cup")), ("green_beans", V())],
    ),
    ("turkey breast 3 slices", [("turkey_light", P("1 medium slice", 3))]),
    ("meatloaf slice + mashed", [("meatloaf", P("1 medium slice")), ("mashed", V())]),
    ("chicken thigh baked x2", [("chicken_thigh", P("1 medium thigh", 2))]),
    ("drumsticks 3", [("drumstick", P("1 medium drumstick", 3))]),
    ("baked potato w sour cream", [("baked_potato", V()), ("sour_cream", V())]),
    ("sweet potato med", [("sweet_potato", P("1 medium"))]),
    ("corn on the cob", [("corn", P("1 regular ear"))]),
    ("canned tuna 1 can", [("tuna_can", P("1 standard can"))]),
    ("tuna pouch + 4 triscuits", [("tuna_can", P("1 pouch")), ("triscuit", P("1 cracker", 4))]),
    ("cottage cheese 1/2 c w pineapple", [("cottage", P("1 cup", 0.5)), ("pineapple", V())]),
    ("leftover stir fry veg + rice", [("stir_fry_veg", V()), ("rice_white", V())]),
    ("mozz sticks 4", [("mozz_sticks", P('1 piece or stick (4" x 1" x 3/4")', 4))]),
    ("lays", [("chips", V())]),
    ("med bag cheetos", [("cheetos", P("1 medium single serving bag"))]),
    ("pringles small can", [("pringles", P("1 small can"))]),
    ("pretzels 1oz", [("pretzels", OZ(1))]),
    ("microwave popcorn whole bag", [("popcorn", P("1 regular microwave bag"))]),
    ("popcorn 3 cups", [("popcorn", P("1 cup, popped", 3))]),
    ("peanuts 1 oz", [("peanuts", OZ(1))]),
    ("cashews handful", [("cashews", V())]),
    ("trail mix 1/4 cup", [("trail_mix", P("1 cup", 0.25))]),
    ("pistachios 30g", [("pistachios", G(30))]),
    ("sunflower seeds", [("sunflower", V())]),
    ("1 kind bar", [("kind_bar", P("1 bar"))]),
    ("clif bar", [("clif_bar", V())]),
    ("fiber one bar", [("fiber_one_bar", V())]),
    ("goldfish crackers sm bag", [("goldfish", P("1 small or medium single serving bag"))]),
    (
        "ritz crackers 5 + cheddar 2 slices",
        [("ritz", P("1 cracker", 5)), ("cheddar", P("1 slice", 2))],
    ),
    ("2 rice cakes w pb", [("rice_cake", P("1 cake", 2)), ("pb", P("1 tablespoon"))]),
    ("apple + 2 tbsp pb", [("apple", V()), ("pb", P("1 tablespoon", 2))]),
    ("grapes 1 cup", [("grapes", P("1 cup"))]),
    ("strawberries", [("strawberries", V())]),
    ("orange", [("orange", V())]),
    ("watermelon 2 cups", [("watermelon", P("1 cup", 2))]),
    ("1 mango", [("mango", P("1 mango"))]),
    ("applesauce cup", [("applesauce", P("1 snack size container"))]),
    ("half an avocado", [("avocado", P("1 fruit", 0.5))]),
    ("oreos x4", [("oreo", P("1 Oreo sandwich", 4))]),
    ("chocolate chip cookie lg (bakery)", [("cookie_bakery", P("1 large"))]),
    ("3 chips ahoy", [("cookie_cc", P("1 Nabisco Chips Ahoy!", 3))]),
    ("brownie", [("brownie", V())]),
    ("vanilla ice cream 2 scoops", [("ice_cream", P("1 scoop", 2))]),
    ("choc ice cream 1 c", [("ice_cream_choc", P("1 cup"))]),
    ("cheesecake slice", [("cheesecake", P("1 piece/slice, any size"))]),
    (
        "apple pie slice w/ vanilla ice cream",
        [("apple_pie", P("1 regular slice")), ("ice_cream", P("1 scoop"))],
    ),
    ("1 cupcake", [("cupcake", P("1 regular cupcake"))]),
    ("reeses cups (regular pack)", [("reeses", P("1 pouch/regular size"))]),
    ("kitkat", [("kitkat", V())]),
    ("snickers king size", [("snickers", P("1 large/king size"))]),
    ("peanut m&ms fun size x3", [("mms_peanut", P("1 fun/snack size", 3))]),
    ("gummy bears", [("gummies", V())]),
    ("light beer x3", [("light_beer", P("1 can or bottle (12 fl oz)", 3))]),
    ("2 beers", [("beer", P("1 can or bottle (12 fl oz)", 2))]),
    ("lemonade 12 oz", [("lemonade", FL(12))]),
    ("hot chocolate", [("hot_choc", V())]),
    ("apple juice box", [("apple_juice", P("1 juice box/pouch (6.75 fl oz)"))]),
    (
        "double espresso + choc croissant",
        [("espresso", P("1 espresso cup (2 fl oz)")), ("croissant_choc", P("1 croissant"))],
    ),
    ("decaf 12 oz w/ splash of half & half", [("decaf", FL(12)), ("half_half", V("1 fl oz"))]),
    ("coffee w 2 sugars", [("coffee", V()), ("sugar", P("1 individual packet", 2))]),
    ("mocha grande", [("mocha", P("1 medium"))]),
    ("oatmilk latte sm", [("latte_oat", P("1 small"))]),
]

# ---------------------------------------------------------------------------------------
# Narrative sentences: a meal recalled in a dietary interview.

NARRATIVE: list[tuple[str, list[Item]]] = [
    (
        "For breakfast I had a bowl of Cheerios with about half a cup of 2% milk and a banana.",
        [("cheerios", V()), ("milk_2", P("1 cup", 0.5)), ("banana", P("1 banana"))],
    ),
    (
        "This morning I ate 2 scrambled eggs made with butter alongside 2 slices of whole wheat toast.",  # noqa: E501
        [("egg_scr_butter", P("1 egg", 2)), ("wheat_toast", P("1 medium or regular slice", 2))],
    ),
    (
        "Around 3 I snacked on a medium apple and 1 tablespoon of peanut butter.",
        [("apple", P("1 medium")), ("pb", P("1 tablespoon"))],
    ),
    (
        "For lunch I had a turkey sandwich on wheat bread, paired with a small bag of plain potato chips.",  # noqa: E501
        [("turkey_wheat", V()), ("chips", P("1 small single serving bag"))],
    ),
    (
        "I think for dinner it was 170 grams of baked salmon with 150 g of brown rice.",
        [("salmon", G(170)), ("rice_brown", G(150))],
    ),
    (
        "Um, I had a grande latte on the way to work, that's all until lunch.",
        [("latte", P("1 medium"))],
    ),
    (
        "Last night I ate 2 slices of a large pepperoni pizza and washed it down with a can of Coke.",  # noqa: E501
        [("pizza_pep", P("1 piece, large pizza", 2)), ("coke", P("1 can (12 fl oz)"))],
    ),
    ("I drank 500 ml of Gatorade after my run.", [("gatorade", ML(500))]),
    ("My snack was 28 grams of almonds.", [("almonds", G(28))]),
    (
        "At lunch I had 1 cup of macaroni and cheese and 1 cup of steamed broccoli.",
        [("mac_cheese", P("1 cup")), ("broccoli", P("1 cup"))],
    ),
    (
        "For breakfast I made 1 cup of oatmeal with milk topped with half a cup of blueberries.",
        [("oatmeal_milk", P("1 cup, cooked")), ("blueberries", P("1 cup", 0.5))],
    ),
    (
        "I grabbed a Big Mac and a medium fries from McDonald's for lunch.",
        [("big_mac", P("1 McDonald's Big Mac")), ("fries", P("1 medium fast food order"))],
    ),
    (
        "In the afternoon I had a 150 g container of plain nonfat Greek yogurt.",
        [("greek_nf", G(150))],
    ),
    (
        "Dinner was a 6 oz grilled chicken breast with 1 cup of white rice and 1 cup of green beans.",  # noqa: E501
        [
            ("chicken_grilled", OZ(6)),
            ("rice_white", P("1 cup, cooked")),
            ("green_beans", P("1 cup")),
        ],
    ),
    ("I had a glass of red wine with dinner.", [("red_wine", P("1 glass"))]),
    ("I snacked on some grapes while watching TV.", [("grapes", V())]),
    (
        "For lunch I ate a chicken Caesar salad from Wendy's.",
        [("chicken_caesar", P("1 Wendy's salad"))],
    ),
    (
        "Breakfast was 2 frozen waffles with 2 tablespoons of syrup & a glass of orange juice.",
        [("waffle_frozen", P("1 waffle", 2)), ("syrup", P("1 tablespoon", 2)), ("oj", V())],
    ),
    ("I had 240 ml of 1% milk before bed.", [("milk_1", ML(240))]),
    (
        "For dinner we had spaghetti, about 2 cups of pasta with 1 cup of meat sauce.",
        [("pasta", P("1 cup, cooked", 2)), ("meat_sauce", P("1 cup"))],
    ),
    ("Mid-morning I ate a Clif bar.", [("clif_bar", P("1 bar"))]),
    (
        "I had a bagel with 2 tablespoons of cream cheese for breakfast.",
        [("bagel", P("1 regular")), ("cream_cheese", P("1 tablespoon", 2))],
    ),
    ("After the gym I drank a 12 oz can of Red Bull.", [("red_bull", P("1 can (12 fl oz)"))]),
    (
        "For lunch I had a tuna salad sandwich on white and a dill pickle.",
        [("tuna_sand", V()), ("pickle", V())],
    ),
    (
        "I ate 85 g of tortilla chips with 60 g of salsa.",
        [("tortilla_chips", G(85)), ("salsa", G(60))],
    ),
    (
        "We ordered Chinese; I had 1 cup of orange chicken and 1 cup of fried rice.",
        [("orange_chicken", P("1 cup")), ("fried_rice", P("1 cup"))],
    ),
    (
        "I had 3 slices of bacon and 2 fried eggs this morning.",
        [("bacon", P("1 medium slice (yield after cooking)", 3)), ("egg_fried", P("1 egg", 2))],
    ),
    ("Around 10 I had a medium banana.", [("banana", P("1 banana"))]),
    (
        "Dinner was a cheeseburger and a large order of fries, washed down with a medium Sprite.",
        [
            ("cheeseburger", V()),
            ("fries", P("1 large fast food order")),
            ("sprite", P("1 medium drink")),
        ],
    ),
    (
        "I had 200 g of grilled shrimp over 2 cups of side salad with 2 tablespoons of Italian dressing.",  # noqa: E501
        [
            ("shrimp", G(200)),
            ("side_salad", P("1 cup", 2)),
            ("italian_dressing", P("1 tablespoon", 2)),
        ],
    ),
    ("For a snack I had a small bag of Doritos.", [("doritos", P("1 small single serving bag"))]),
    (
        "I drank a 20 oz bottle of Mountain Dew in the afternoon.",
        [("mtn_dew", P("1 bottle (20 fl oz)"))],
    ),
    (
        "Lunch today: 1 cup of chicken noodle soup and 5 Ritz crackers.",
        [("chicken_noodle", P("1 cup")), ("ritz", P("1 cracker", 5))],
    ),
    ("I ate a slice of cheesecake for dessert.", [("cheesecake", P("1 piece/slice, any size"))]),
    (
        "My breakfast was 40 g of granola with 200 g of low-fat Greek yogurt.",
        [("granola", G(40)), ("greek_lf", G(200))],
    ),
    (
        "At about noon I had a chicken burrito bowl with rice from Chipotle.",
        [("burrito_bowl_chicken", P("1 item, any size"))],
    ),
    (
        "I had 2 beef tacos and a cup of refried beans at the taqueria.",
        [("taco_beef", P("1 small/regular", 2)), ("refried", P("1 cup"))],
    ),
    ("Before bed I had 2 scoops of vanilla ice cream.", [("ice_cream", P("1 scoop", 2))]),
    (
        "I had a cup of coffee with a tablespoon of liquid creamer.",
        [("coffee", P("1 cup (8 fl oz)")), ("creamer", P("1 fl oz", 0.5))],
    ),
    (
        "For dinner I had 8 ounces of steak, a medium baked potato and 1 cup of corn.",
        [("steak", OZ(8)), ("baked_potato", P("1 medium")), ("corn", P("1 cup"))],
    ),
    ("I snacked on 1 ounce of peanuts.", [("peanuts", OZ(1))]),
    ("Lunch was leftover lasagna, roughly 300 grams.", [("lasagna", G(300))]),
    (
        "Yesterday afternoon I ate an orange and a string cheese.",
        [("orange", P("1 fruit")), ("string_cheese", P("1 stick"))],
    ),
    (
        "For breakfast I had 3 medium pancakes topped with a pat of butter and some syrup.",
        [("pancakes", P("1 medium pancake", 3)), ("butter", P("1 pat")), ("syrup", V())],
    ),
    ("I had a 330 ml can of Coke with my lunch.", [("coke", ML(330))]),
    (
        "I ate 1 cup of strawberries and 1 cup of cantaloupe as a snack.",
        [("strawberries", P("1 cup")), ("cantaloupe", P("1 cup"))],
    ),
    ("Dinner: 2 cups of chicken pad Thai from the Thai place.", [("pad_thai", P("1 cup", 2))]),
    (
        "I had a grilled cheese sandwich and a cup of tomato soup for lunch.",
        [("grilled_cheese", P("1 sandwich")), ("tomato_soup", P("1 cup"))],
    ),
    (
        "I ate 113 g of canned tuna mixed with 1 tablespoon of mayonnaise.",
        [("tuna_can", G(113)), ("mayo", P("1 tablespoon"))],
    ),
    ("In the evening I had two light beers.", [("light_beer", P("1 can or bottle (12 fl oz)", 2))]),
    ("For a late snack I had 3 cups of popcorn.", [("popcorn", P("1 cup, popped", 3))]),
    (
        "This morning I had an Egg McMuffin and a hash brown from McDonald's.",
        [("egg_ham_muffin", P("1 regular")), ("hash_brown_ff", P("1 patty"))],
    ),
    ("I had a tall skinny latte mid-morning.", [("latte_skim", P("1 small"))]),
    (
        "For lunch I had a ham and cheese sandwich on white bread with an apple.",
        [("ham_white_cheese", V()), ("apple", V())],
    ),
    (
        "I ate 250 g of cottage cheese with 100 g of pineapple.",
        [("cottage", G(250)), ("pineapple", G(100))],
    ),
    (
        "At the party I had 2 slices of cheese pizza from a medium pizza and a cupcake.",
        [("pizza_cheese", P("1 piece, medium pizza", 2)), ("cupcake", P("1 regular cupcake"))],
    ),
    (
        "I had 4 tablespoons of hummus with 10 baby carrots.",
        [("hummus", P("1 tablespoon", 4)), ("carrots", P("1 baby carrot", 10))],
    ),
    (
        "Dinner was 2 beef enchiladas with some sour cream.",
        [("enchilada_beef", P("1 enchilada, any size", 2)), ("sour_cream", V())],
    ),
    ("I drank 16 ounces of orange juice with breakfast.", [("oj", FL(16))]),
    (
        "For lunch I had a 6-inch cheesesteak sub.",
        [("cheesesteak", P('1 regular or 6" submarine'))],
    ),
    (
        "I had 150 grams of pork chop, 200 grams of mashed potatoes and 80 grams of green beans for dinner.",  # noqa: E501
        [("pork_chop", G(150)), ("mashed", G(200)), ("green_beans", G(80))],
    ),
    ("Around 4 pm I ate a KIND bar.", [("kind_bar", P("1 bar"))]),
    (
        "I had a bowl of Frosted Flakes with milk.",
        [("frosted_flakes", V()), ("milk_2", V("1 cup", 0.5))],
    ),
    (
        "For dinner I had a 140 g tilapia fillet with 1 cup of rice.",
        [("tilapia", G(140)), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "I ate 6 chicken nuggets and a small fries.",
        [("nuggets", P("1 nugget", 6)), ("fries", P("1 small fast food order"))],
    ),
    (
        "Before lunch I drank a 16.9 oz bottle of Coke.",
        [("coke", P("1 bottle (16.9 fl oz or 500 ml)"))],
    ),
    ("I had 2 hard-boiled eggs for breakfast.", [("egg_boiled", P("1 egg", 2))]),
    ("In the afternoon I had a medium mocha from the coffee shop.", [("mocha", P("1 medium"))]),
    (
        "For lunch I ate 1 cup of vegetable soup with a dinner roll.",
        [("veg_soup", P("1 cup")), ("roll", P("1 medium/regular/sandwich size roll"))],
    ),
    (
        "I had a Whopper with cheese for dinner, and that was it.",
        [("whopper_cheese", P("1 cheeseburger"))],
    ),
    (
        "I had 60 g of oats cooked with water and 1 tablespoon of peanut butter stirred in.",
        [("oatmeal_water", G(60)), ("pb", P("1 tablespoon"))],
    ),
    ("Snack: 4 Oreos and a glass of milk.", [("oreo", P("1 Oreo sandwich", 4)), ("milk_2", V())]),
    ("I ate a California roll, 8 pieces, at the sushi counter.", [("sushi_cali", P("1 piece", 8))]),
    (
        "For breakfast I had a croissant and a cappuccino.",
        [("croissant", V()), ("cappuccino", V())],
    ),
    (
        "Dinner was 1.5 cups of chili with beans topped with shredded cheddar.",
        [("chili", P("1 cup", 1.5)), ("cheddar", V())],
    ),
    ("I had 2 glazed doughnuts in the break room.", [("donut_glazed", P("1 doughnut", 2))]),
    (
        "At lunch I had 100 g of hummus with 50 g of pretzels.",
        [("hummus", G(100)), ("pretzels", G(50))],
    ),
    (
        "I had a medium chicken breast, baked, with a cup of mashed potatoes.",
        [("chicken_baked", P("1 medium breast")), ("mashed", P("1 cup"))],
    ),
    ("For a snack I had 30 g of cashews and a pear.", [("cashews", G(30)), ("pear", P("1 fruit"))]),
    (
        "I drank 2 cups of coffee through the morning, each with a little single-serve container of half and half.",  # noqa: E501
        [
            ("coffee", P("1 cup (8 fl oz)", 2)),
            ("half_half", P("1 individual container (.5 fl oz)", 2)),
        ],
    ),
    (
        "Lunch was a BLT on wheat and a can of Sprite.",
        [("blt_wheat", V()), ("sprite", P("1 can (12 fl oz)"))],
    ),
    (
        "For dinner I ate 3 baked chicken drumsticks and 1 cup of corn.",
        [("drumstick", P("1 medium drumstick", 3)), ("corn", P("1 cup"))],
    ),
    ("I had a fruit smoothie, about 16 ounces, for breakfast.", [("smoothie", FL(16))]),
    ("After dinner I had a brownie.", [("brownie", V())]),
    (
        "I ate 1 cup of Raisin Bran with 1 cup of skim milk.",
        [("raisin_bran", P("1 cup")), ("milk_skim", P("1 cup"))],
    ),
    ("For lunch I had 2 cups of chicken lo mein.", [("lo_mein_chicken", P("1 cup", 2))]),
    (
        "I snacked on 2 rice cakes and a tablespoon of peanut butter.",
        [("rice_cake", P("1 cake", 2)), ("pb", P("1 tablespoon"))],
    ),
    (
        "My breakfast was a breakfast burrito with egg and sausage, plus a medium coffee.",
        [("egg_sausage_burrito", P("1 item, any size")), ("coffee", P("1 medium"))],
    ),
    (
        "I ate 45 grams of Cheerios with 120 ml of whole milk.",
        [("cheerios", G(45)), ("milk_whole", ML(120))],
    ),
    ("For dinner I had a bowl of ramen with chicken.", [("ramen_chicken", V())]),
    (
        "At snack time I enjoyed a juicy peach alongside a handful of almonds.",
        [("peach", P("1 fruit")), ("almonds", V())],
    ),
    (
        "I had 2 slices of white toast with butter and jam.",
        [
            ("white_toast", P("1 medium or regular slice", 2)),
            ("butter", V("Guideline amount per slice of bread/roll", 2)),
            ("jam", V("Guideline amount per slice of bread/roll", 2)),
        ],
    ),
    (
        "Lunch was a chicken quesadilla, half of it, with 2 tablespoons of guacamole.",
        [("quesadilla_chicken", P("1 half circle")), ("guac", P("1 tablespoon", 2))],
    ),
    ("I drank a large sweet tea from McDonald's.", [("sweet_tea", P("1 large drink"))]),
    (
        "For dinner I had 1 cup of baked ziti with meat and 2 medium slices of garlic bread.",
        [("pasta_meat_cheese", P("1 cup")), ("garlic_bread", P("1 medium slice", 2))],
    ),
    (
        "I ate a 200 g baked sweet potato with 5 g of butter.",
        [("sweet_potato", G(200)), ("butter", G(5))],
    ),
    (
        "I had a snack-size bag of Goldfish in the afternoon.",
        [("goldfish", P("1 small or medium single serving bag"))],
    ),
    (
        "For breakfast I ate 2 slices of French toast with syrup.",
        [("french_toast", P("1 slice, any size", 2)), ("syrup", V())],
    ),
    (
        "I had a hot dog at the ballgame and a 16-ounce beer.",
        [("hot_dog", P("1 sandwich")), ("beer", P("1 can or bottle (16 fl oz)"))],
    ),
    (
        "Dinner: 180 g of meatloaf and 1 cup of mashed potatoes.",
        [("meatloaf", G(180)), ("mashed", P("1 cup"))],
    ),
    (
        "I ate 3 chicken tenders with 2 tablespoons of ranch.",
        [("tenders", P("1 tender, strip, or finger", 3)), ("ranch", P("1 tablespoon", 2))],
    ),
    (
        "For lunch I had 250 grams of chicken noodle soup and a 30 g roll.",
        [("chicken_noodle", G(250)), ("roll", G(30))],
    ),
    ("At night I drank a 12-ounce bottle of beer.", [("beer", P("1 can or bottle (12 fl oz)"))]),
    ("I had a large latte with oat milk this morning.", [("latte_oat", P("1 large"))]),
    ("I ate a Snickers bar.", [("snickers", P("1 pouch/regular size"))]),
    (
        "For breakfast I had a 6 oz container of fruit yogurt and a cup of coffee.",
        [("yogurt_fruit", P("1 6 oz container")), ("coffee", P("1 cup (8 fl oz)"))],
    ),
    (
        "I snacked on a cup of watermelon and a cup of grapes.",
        [("watermelon", P("1 cup")), ("grapes", P("1 cup"))],
    ),
    (
        "For dinner I had 2 cups of beef burrito bowl with rice.",
        [("burrito_bowl_beef", P("1 cup", 2))],
    ),
    ("Um, I think I had some Pringles, maybe 30 grams.", [("pringles", G(30))]),
    ("Lunch was a club sandwich with cheese on white.", [("club", P("1 sandwich, any size"))]),
    ("I drank 350 ml of apple juice.", [("apple_juice", ML(350))]),
    (
        "For dinner we had 1 cup of general Tso chicken and 1 cup of white rice.",
        [("general_tso", P("1 cup")), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "I had a medium chocolate chip cookie from the bakery and a cup of 2% milk.",
        [("cookie_bakery", P("1 medium")), ("milk_2", P("1 cup"))],
    ),
    (
        "I ate 2 eggs scrambled in oil with 2 slices of bacon.",
        [("egg_scr_oil", P("1 egg", 2)), ("bacon", P("1 medium slice (yield after cooking)", 2))],
    ),
    ("During lunch I ate a falafel sandwich.", [("falafel_sand", P("1 sandwich, any size"))]),
    (
        "I had 120 g of raw broccoli with 30 g of ranch dressing as a snack.",
        [("broccoli_raw", G(120)), ("ranch", G(30))],
    ),
    (
        "For breakfast I had a Pop-Tart and a glass of chocolate milk.",
        [("pop_tart", P("1 Pop Tart")), ("choc_milk", V())],
    ),
    (
        "I had 2 cups of side salad with 2 tablespoons of Caesar dressing and 1 tablespoon of Parmesan.",  # noqa: E501
        [
            ("side_salad", P("1 cup", 2)),
            ("caesar_dressing", P("1 tablespoon", 2)),
            ("parmesan", P("1 tablespoon")),
        ],
    ),
    (
        "I ate a large apple and 20 almonds in the afternoon.",
        [("apple", P("1 large")), ("almonds", P("1 nut", 20))],
    ),
    (
        "For dinner I had a 5 oz salmon fillet and 1 cup of steamed broccoli.",
        [("salmon", OZ(5)), ("broccoli", P("1 cup"))],
    ),
    (
        "I drank a 500 ml bottle of Sprite with a turkey and cheese sandwich on white.",
        [("sprite", ML(500)), ("turkey_white_cheese", V())],
    ),
    (
        "For lunch I had 2 egg rolls and 1 cup of vegetable fried rice.",
        [("egg_roll", P("1 egg roll", 2)), ("veg_fried_rice", P("1 cup"))],
    ),
    (
        "I ate a slice of apple pie with a scoop of vanilla ice cream.",
        [("apple_pie", P("1 regular slice")), ("ice_cream", P("1 scoop"))],
    ),
    (
        "Breakfast: 1 cup of oatmeal made with water, a banana and a cup of coffee with a splash of half and half.",  # noqa: E501
        [
            ("oatmeal_water", P("1 cup, cooked")),
            ("banana", P("1 banana")),
            ("coffee", P("1 cup (8 fl oz)")),
            ("half_half", V("1 fl oz")),
        ],
    ),
    ("I had a cheese quesadilla for dinner.", [("quesadilla_cheese", V())]),
    ("I drank a 12 oz lemonade with lunch.", [("lemonade", FL(12))]),
    (
        "I ate 150 g of white rice and 120 g of black beans.",
        [("rice_white", G(150)), ("black_beans", G(120))],
    ),
    (
        "For lunch I had a chicken salad sandwich on wheat and a cup of grapes.",
        [("chicken_salad_sand", V()), ("grapes", P("1 cup"))],
    ),
    (
        "Snack was a medium bag of Cheetos and a 20 oz Gatorade.",
        [("cheetos", P("1 medium single serving bag")), ("gatorade", P("1 bottle (20 fl oz)"))],
    ),
    (
        "For dinner I had 6 buffalo wings with 2 tablespoons of ranch and 4 celery sticks.",
        [
            ("wings_hot", P("1 drummette", 6)),
            ("ranch", P("1 tablespoon", 2)),
            ("celery", P("1 stick", 4)),
        ],
    ),
    (
        "I ate 2 slices of whole wheat bread with 2 tablespoons of peanut butter.",
        [("wheat_bread", P("1 medium or regular slice", 2)), ("pb", P("1 tablespoon", 2))],
    ),
    (
        "At 11 I had a hard-boiled egg and a cup of cucumber slices.",
        [("egg_boiled", P("1 egg")), ("cucumber", P("1 cup"))],
    ),
    (
        "Lunch was 1 cup of lentil soup with a slice of white bread.",
        [("lentil_soup", P("1 cup")), ("white_bread", P("1 medium or regular slice"))],
    ),
    ("I had 75 g of gummy bears at the movies.", [("gummies", G(75))]),
    (
        "For breakfast I had a sausage McMuffin with egg and a small orange juice, about 8 ounces.",
        [("egg_sausage_muffin", P("1 regular")), ("oj", FL(8))],
    ),
    (
        "I ate 2 chicken thighs, baked, with a cup of brown rice.",
        [("chicken_thigh", P("1 medium thigh", 2)), ("rice_brown", P("1 cup, cooked"))],
    ),
    ("Around 2 I had a frappuccino, a small one.", [("frapp", P("1 small"))]),
    (
        "For dinner I had 2 cups of minestrone and 2 slices of garlic bread.",
        [("minestrone", P("1 cup", 2)), ("garlic_bread", P("1 medium slice", 2))],
    ),
    (
        "I ate a medium slice of meatloaf with half a cup of corn.",
        [("meatloaf", P("1 medium slice")), ("corn", P("1 cup", 0.5))],
    ),
    (
        "I had 3 ounces of turkey breast, 1 slice of Swiss cheese and 4 Triscuits.",
        [("turkey_light", OZ(3)), ("swiss", P("1 slice")), ("triscuit", P("1 cracker", 4))],
    ),
    ("I had 50 g of trail mix on my hike.", [("trail_mix", G(50))]),
    ("Dinner was a taco salad from Taco Bell.", [("taco_salad", P("1 Taco Bell taco salad"))]),
    ("I drank about 250 ml of chocolate milk after practice.", [("choc_milk", ML(250))]),
    (
        "For lunch I had a PB&J sandwich on white bread and a glass of milk.",
        [("pbj", P("1 sandwich")), ("milk_2", V())],
    ),
    (
        "I ate a corn dog and a large lemonade at the fair, maybe 20 ounces.",
        [("corn_dog", P("1 regular")), ("lemonade", FL(20))],
    ),
    (
        "I had 2 cups of Lucky Charms with 1 cup of 2% milk.",
        [("lucky_charms", P("1 cup", 2)), ("milk_2", P("1 cup"))],
    ),
    (
        "For dinner I had a thick pork chop and a cup of applesauce.",
        [("pork_chop", P("1 thick")), ("applesauce", P("1 cup"))],
    ),
    (
        "I ate 227 g of plain nonfat Greek yogurt stirred with 15 g of strawberry jam.",
        [("greek_nf", G(227)), ("jam", G(15))],
    ),
    (
        "For a snack I had a Fiber One bar and a cup of coffee with 2 packets of sugar.",
        [
            ("fiber_one_bar", P("1 bar")),
            ("coffee", P("1 cup (8 fl oz)")),
            ("sugar", P("1 individual packet", 2)),
        ],
    ),
    ("Dinner was 1 cup of canned ravioli.", [("ravioli_canned", P("1 cup"))]),
    (
        "I had a slice of veggie pizza from a large pizza and a side salad with ranch.",
        [
            ("pizza_veg", P("1 piece, large pizza")),
            ("side_salad", P("1 side salad")),
            ("ranch", V()),
        ],
    ),
    ("I snacked on 40 g of sunflower seeds.", [("sunflower", G(40))]),
    ("I had an egg salad sandwich on white for lunch.", [("egg_salad_sand", V())]),
    (
        "For breakfast I had a plain bagel, toasted, with 1 tablespoon of butter.",
        [("bagel", P("1 regular")), ("butter", P("1 tablespoon"))],
    ),
    ("I ate 3 White Castle sliders after the bar.", [("slider", P("1 miniature hamburger", 3))]),
    ("I had 100 grams of fried mozzarella sticks as an appetizer.", [("mozz_sticks", G(100))]),
    (
        "For lunch I had 1 cup of pasta with marinara from the Italian place.",
        [("pasta_marinara", P("1 cup"))],
    ),
    ("I drank 2 glasses of white wine at dinner.", [("white_wine", P("1 glass", 2))]),
    (
        "I ate 2 peaches and a cup of blueberries.",
        [("peach", P("1 fruit", 2)), ("blueberries", P("1 cup"))],
    ),
    (
        "For dinner I had 4 oz of grilled steak with 1 cup of Asian stir-fry vegetables.",
        [("steak", OZ(4)), ("stir_fry_veg", P("1 cup"))],
    ),
    (
        "At breakfast I had 1 cup of Honey Nut Cheerios with half a cup of almond milk.",
        [("honey_nut", P("1 cup")), ("almond_milk", P("1 cup", 0.5))],
    ),
    (
        "I had a small chicken burrito with beans for lunch.",
        [("burrito_chicken", P("1 small/regular"))],
    ),
    ("Around 9 pm I had 1 cup of chocolate ice cream.", [("ice_cream_choc", P("1 cup"))]),
    (
        "For lunch I had 90 g of mixed salad greens and 140 g of grilled chicken with 15 g of Caesar dressing.",  # noqa: E501
        [("side_salad", G(90)), ("chicken_grilled", G(140)), ("caesar_dressing", G(15))],
    ),
    ("I had a King-size Reese's at work.", [("reeses", P("1 large/king size"))]),
    (
        "I had 1 cup of corn flakes with 120 ml of skim milk.",
        [("corn_flakes", P("1 cup")), ("milk_skim", ML(120))],
    ),
    (
        "I had a double espresso and a small plain croissant.",
        [("espresso", P("1 espresso cup (2 fl oz)")), ("croissant", P("1 small croissant"))],
    ),
    (
        "Dinner was 2 cups of chicken noodle soup from the can.",
        [("chicken_noodle_canned", P("1 cup", 2))],
    ),
    (
        "I ate a gyro for lunch with a can of Coke.",
        [("gyro", P("1 sandwich, any size")), ("coke", P("1 can (12 fl oz)"))],
    ),
    (
        "For breakfast I had 2 pieces of whole wheat toast with 2 tablespoons of cream cheese.",
        [
            ("wheat_toast", P("1 medium or regular slice", 2)),
            ("cream_cheese", P("1 tablespoon", 2)),
        ],
    ),
    (
        "I had a 473 ml can of Monster Zero and a Subway chocolate chip cookie.",
        [("monster_lo", ML(473)), ("cookie_cc", P("1 Subway cookie"))],
    ),
    (
        "I ate 55 grams of pretzels and 1 string cheese.",
        [("pretzels", G(55)), ("string_cheese", P("1 stick"))],
    ),
    (
        "For dinner I had a large chicken breast, grilled, and a cup of green beans.",
        [("chicken_grilled", P("1 large breast")), ("green_beans", P("1 cup"))],
    ),
    (
        "For lunch I had a ham sandwich on wheat with lettuce, tomato and mayo.",
        [
            ("ham_wheat", V()),
            ("lettuce_sand", V("Guideline amount on regular sandwich")),
            ("tomato_sand", V("Guideline amount on regular sandwich")),
            ("mayo", V("Guideline amount on regular sandwich")),
        ],
    ),
    ("I had 2 cups of nachos with beef at the game.", [("nachos", P("1 cup", 2))]),
    ("This morning I drank a 20 oz hot chocolate.", [("hot_choc", FL(20))]),
    (
        "I ate a mango and a cup of pineapple chunks.",
        [("mango", P("1 mango")), ("pineapple", P("1 cup"))],
    ),
    ("I had 200 g of vanilla ice cream, which is a lot, I know.", [("ice_cream", G(200))]),
    (
        "My lunch was 1 cup of mac and cheese from a box and 10 baby carrots.",
        [("mac_box", P("1 cup")), ("carrots", P("1 baby carrot", 10))],
    ),
    (
        "I ate 2 chocolate-frosted doughnuts and drank a 16 ounce coffee.",
        [("donut_choc", P("1 doughnut", 2)), ("coffee", FL(16))],
    ),
    ("For dinner I had 2 cups of lasagna.", [("lasagna", P("1 cup", 2))]),
    ("I had a handful of pistachios and a glass of water.", [("pistachios", V()), ("water", V())]),
    (
        "For breakfast I had 2 medium pancakes with 3 tablespoons of syrup.",
        [("pancakes", P("1 medium pancake", 2)), ("syrup", P("1 tablespoon", 3))],
    ),
    (
        "Lunch was a tuna melt and a cup of tomato soup.",
        [("tuna_melt", V()), ("tomato_soup", P("1 cup"))],
    ),
    (
        "I had a medium Coke and a 10-piece McNuggets.",
        [("coke", P("1 medium drink")), ("nuggets", P("1 nugget", 10))],
    ),
    (
        "I ate 170 g of strawberries dipped in 30 g of sour cream.",
        [("strawberries", G(170)), ("sour_cream", G(30))],
    ),
    (
        "Um, for breakfast I think I had 2 eggs, fried, and a slice of toast with butter.",
        [
            ("egg_fried", P("1 egg", 2)),
            ("white_toast", P("1 medium or regular slice")),
            ("butter", V("Guideline amount per slice of bread/roll")),
        ],
    ),
    ("I snacked on 18 g of Goldfish.", [("goldfish", G(18))]),
    (
        "For lunch I had a grilled cheese on wheat with a dill pickle spear.",
        [("grilled_cheese_wheat", P("1 sandwich")), ("pickle", P("1 spear"))],
    ),
    (
        "I drank 300 ml of 2% milk and ate a banana.",
        [("milk_2", ML(300)), ("banana", P("1 banana"))],
    ),
    (
        "After work I had 2 glasses of red wine and some cheddar cheese, maybe 2 slices.",
        [("red_wine", P("1 glass", 2)), ("cheddar", P("1 slice", 2))],
    ),
    (
        "I had 1 cup of cottage cheese with a sliced peach.",
        [("cottage", P("1 cup")), ("peach", P("1 fruit"))],
    ),
    (
        "For breakfast I had 2 eggs scrambled in butter, 55 g each, alongside 28 g of whole wheat toast and 240 ml of orange juice.",  # noqa: E501
        [("egg_scr_butter", G(110)), ("wheat_toast", G(28)), ("oj", ML(240))],
    ),
    (
        "Lunch was 250 g of chicken pad Thai washed down with a 355 ml can of Sprite.",
        [("pad_thai", G(250)), ("sprite", ML(355))],
    ),
    (
        "Around 3 I snacked on 150 g of grapes & 21 g of cheddar.",
        [("grapes", G(150)), ("cheddar", G(21))],
    ),
    (
        "I had 180 g of plain nonfat Greek yogurt topped with 30 g of granola and 75 g of blueberries.",  # noqa: E501
        [("greek_nf", G(180)), ("granola", G(30)), ("blueberries", G(75))],
    ),
    (
        "Dinner was 200 g of lasagna paired with 80 g of garlic bread.",
        [("lasagna", G(200)), ("garlic_bread", G(80))],
    ),
    (
        "I ate 12 oz of beef steak at the steakhouse with a 300 g baked potato.",
        [("steak", OZ(12)), ("baked_potato", G(300))],
    ),
    (
        "For lunch I had 400 g of chicken noodle soup from a can, with 15 g of Ritz crackers.",
        [("chicken_noodle_canned", G(400)), ("ritz", G(15))],
    ),
    ("In the evening I drank 750 ml of beer over the game.", [("beer", ML(750))]),
    (
        "I had 125 g of cooked pasta topped with 130 g of meat sauce and 6 g of grated Parmesan.",
        [("pasta", G(125)), ("meat_sauce", G(130)), ("parmesan", G(6))],
    ),
    (
        "Breakfast: 2 slices of bacon, about 16 g, and 2 fried eggs, 110 g in all.",
        [("bacon", G(16)), ("egg_fried", G(110))],
    ),
    (
        "My snack was 40 g of Doritos and a 591 ml bottle of Mountain Dew.",
        [("doritos", G(40)), ("mtn_dew", ML(591))],
    ),
    (
        "I grabbed 85 g of chicken nuggets from Chick-fil-A and 110 g of fries.",
        [("nuggets", G(85)), ("fries", G(110))],
    ),
    (
        "For dinner I ate 140 g of grilled salmon with 100 g of steamed broccoli and 150 g of white rice.",  # noqa: E501
        [("salmon", G(140)), ("broccoli", G(100)), ("rice_white", G(150))],
    ),
    (
        "I had 120 g of banana and 32 g of peanut butter on 36 g of whole wheat bread.",
        [("banana", G(120)), ("pb", G(32)), ("wheat_bread", G(36))],
    ),
    ("At the office I drank 350 ml of latte made with 2% milk.", [("latte", ML(350))]),
    (
        "For lunch I had 230 g of macaroni and cheese alongside 90 g of green beans.",
        [("mac_cheese", G(230)), ("green_beans", G(90))],
    ),
    (
        "I ate 3 oz of grilled chicken and 2 oz of avocado on a 70 g salad of mixed vegetables.",
        [("chicken_grilled", OZ(3)), ("avocado", OZ(2)), ("side_salad", G(70))],
    ),
    ("Late at night I ate 100 g of chocolate ice cream.", [("ice_cream_choc", G(100))]),
    (
        "I had 60 g of Cheerios with 250 ml of almond milk.",
        [("cheerios", G(60)), ("almond_milk", ML(250))],
    ),
    (
        "For dinner I had 225 g of beef burrito bowl with rice and 30 g of guacamole.",
        [("burrito_bowl_beef", G(225)), ("guac", G(30))],
    ),
    ("I drank 473 ml of sweet tea with lunch.", [("sweet_tea", ML(473))]),
    (
        "For breakfast I had a 105 g bagel with 30 g of cream cheese and 12 oz of coffee.",
        [("bagel", G(105)), ("cream_cheese", G(30)), ("coffee", FL(12))],
    ),
    ("We split a pizza; I had 250 g of pepperoni pizza.", [("pizza_pep", G(250))]),
    ("I snacked on 45 g of trail mix & a 200 g apple.", [("trail_mix", G(45)), ("apple", G(200))]),
    (
        "Dinner was 170 g of meatloaf with 125 g of mashed potatoes and 80 g of corn.",
        [("meatloaf", G(170)), ("mashed", G(125)), ("corn", G(80))],
    ),
    (
        "I had 2 oz of turkey breast, 1 oz of Swiss cheese and 5 Triscuits.",
        [("turkey_light", OZ(2)), ("swiss", OZ(1)), ("triscuit", P("1 cracker", 5))],
    ),
    (
        "For lunch I ate 180 g of tuna salad sandwich on wheat and 28 g of potato chips.",
        [("tuna_sand_wheat", G(180)), ("chips", G(28))],
    ),
    (
        "I had 300 g of chili with beans topped with 28 g of shredded cheddar and 30 g of sour cream.",  # noqa: E501
        [("chili", G(300)), ("cheddar", G(28)), ("sour_cream", G(30))],
    ),
    ("After my workout I drank 400 ml of chocolate milk.", [("choc_milk", ML(400))]),
    (
        "I had 8 oz of cottage cheese with a cup of pineapple.",
        [("cottage", OZ(8)), ("pineapple", P("1 cup"))],
    ),
    (
        "For breakfast I ate 240 g of oatmeal made with milk, sweetened with 10 g of white sugar.",
        [("oatmeal_milk", G(240)), ("sugar", G(10))],
    ),
    (
        "I had 150 ml of red wine and 40 g of cashews before dinner.",
        [("red_wine", ML(150)), ("cashews", G(40))],
    ),
    (
        "Lunch was 200 g of chicken lo mein and an egg roll.",
        [("lo_mein_chicken", G(200)), ("egg_roll", P("1 egg roll"))],
    ),
    (
        "I ate 4 oz of baked tilapia with 1 cup of brown rice and 1 cup of green beans.",
        [("tilapia", OZ(4)), ("rice_brown", P("1 cup, cooked")), ("green_beans", P("1 cup"))],
    ),
    (
        "For breakfast I drank a 16 oz fruit smoothie and ate a 60 g croissant.",
        [("smoothie", FL(16)), ("croissant", G(60))],
    ),
    (
        "I had 2 slices of cheese pizza, about 240 g, and 500 ml of Coke.",
        [("pizza_cheese", G(240)), ("coke", ML(500))],
    ),
    (
        "My afternoon snack was 1 oz of pretzels and 2 tablespoons of hummus.",
        [("pretzels", OZ(1)), ("hummus", P("1 tablespoon", 2))],
    ),
    (
        "Dinner: 6 oz pork chop, 1 cup of applesauce, and a dinner roll.",
        [
            ("pork_chop", OZ(6)),
            ("applesauce", P("1 cup")),
            ("roll", P("1 medium/regular/sandwich size roll")),
        ],
    ),
    ("I had 90 g of Lucky Charms dry as a snack, no milk.", [("lucky_charms", G(90))]),
    (
        "For dinner I ate 2 beef tacos, about 210 g, and 65 g of refried beans.",
        [("taco_beef", G(210)), ("refried", G(65))],
    ),
    (
        "For dinner I ate 12 large grilled shrimp and 1 cup of brown rice.",
        [("shrimp", P("1 large/jumbo shrimp", 12)), ("rice_brown", P("1 cup, cooked"))],
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
    """A fifth of each (shape, measure) stratum held out, drawn with a fixed seed."""
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
