"""Build the fourth blind meal-text evaluation set (issue #11): ``data/analyser/blind4/``.

Written by a fourth author, independently of the analyser and of the earlier blind sets'
texts (other voices: older adults, parents logging a child's food, British, Australian
and Canadian English, voice dictation, home cooking from many kitchens, gym and metric
loggers). Every text below was typed by hand without reading the analyser (its code, tables,
tests or development data). Every number comes from the USDA FNDDS 2021-2023 CSVs in
``shared/data/fndds``: the food codes name FNDDS foods, the amounts name FNDDS household
portions (looked up by their exact USDA description) or state grams, ounces, fluid ounces
or millilitres, and the expected nutrients are FNDDS per-100 g values x grams / 100.

    python scripts/build_blind4_meals.py            # write dev.json and holdout.json
    python scripts/build_blind4_meals.py --check    # exit 1 if the files are out of date

The truth rule is in ``data/analyser/blind4/README.md`` (the same rule as blind2).
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
OUT_DIR = REPO / "data" / "analyser" / "blind4"
SEED = 4_2026_1130
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
    "Health-Bite fourth blind meal set for issue #11, typed by hand by a fourth author without "
    "reading the analyser. Truth: USDA FNDDS 2021-2023 foods and household portions "
    "(shared/data/fndds); expected = sum of FNDDS per-100 g values x grams / 100, computed by "
    "scripts/build_blind4_meals.py."
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
SPLASH = V("1 fl oz")  # a splash of milk or half and half


def SPREAD(slices: float = 1) -> V:  # noqa: N802 - reads like the other amounts
    return V("Guideline amount per slice of bread/roll", slices)


# ---------------------------------------------------------------------------------------
# FNDDS foods used below: key -> 8-digit FNDDS food code. The descriptions are read from
# fndds_foods.csv when the files are built.

FOODS: dict[str, str] = {
    "tea_milk": "92306800",
    "tea": "92302000",
    "green_tea": "92303010",
    "coffee": "92101000",
    "latte": "92101900",
    "cafe_leche": "92101850",
    "half_half": "12120100",
    "creamer": "12210200",
    "sugar": "91101010",
    "milk_whole": "11111000",
    "milk_2": "11112110",
    "milk_1": "11112210",
    "milk_skim": "11113000",
    "porridge_milk": "56203066",
    "porridge_water": "56203056",
    "oats_raw": "57602100",
    "bacon": "22601000",
    "can_bacon": "22501010",
    "sausage": "25221405",
    "beans_baked": "41201010",
    "egg_fried": "31105005",
    "egg_boiled": "31103010",
    "egg_scr": "32129990",
    "egg_white": "32400065",
    "toast_white": "51101010",
    "toast_ww": "51300120",
    "bread_ww": "51300110",
    "butter": "81101000",
    "marg": "81102020",
    "jam": "91402000",
    "marmalade": "91404000",
    "vegemite": "75236500",
    "tomato_cooked": "74201001",
    "mushrooms": "75219021",
    "crisps": "71200100",
    "graham": "54102010",
    "shortbread": "53239000",
    "choc_biscuit": "53244010",
    "jacket": "71508001",
    "jacket_butter": "71508005",
    "cheddar": "14104100",
    "cod_fried": "26109140",
    "haddock_fried": "26117140",
    "chips": "71400990",
    "peas": "75224030",
    "shepherds": "27311510",
    "mince": "21500100",
    "mash": "71501000",
    "roast_potato": "71104030",
    "yorkshire": "52311010",
    "gravy_beef": "28500040",
    "gravy_chicken": "28500000",
    "carrots": "73102220",
    "sausage_roll": "27560350",
    "meat_pie": "27317010",
    "chicken_pie": "27347100",
    "scone": "52105100",
    "crumpet": "51186010",
    "weetabix": "57417000",
    "fizzy": "92400000",
    "cola": "92410310",
    "diet_cola": "92410320",
    "lemonade_soda": "92410510",
    "squash": "92511015",
    "beer": "93101000",
    "wine_red": "93401010",
    "wine_white": "93401020",
    "custard": "13210300",
    "apple_crisp": "53415100",
    "trifle": "13252590",
    "milo": "11526000",
    "donut": "53521110",
    "donut_hole": "53520100",
    "maple_syrup": "91300100",
    "pancakes": "55100005",
    "waffle": "55200020",
    "cornflakes": "57134000",
    "bran_flakes": "57207000",
    "cheerios": "57123000",
    "granola": "57227000",
    # Hispanic
    "tortilla_corn": "52215100",
    "tortilla_flour": "52215200",
    "black_beans": "41102010",
    "rice_white": "56205001",
    "rice_brown": "56205011",
    "tamale_pork": "58103125",
    "tamale_chicken": "58103130",
    "pupusa_cheese": "58105100",
    "pupusa_meat": "58105110",
    "plantain_fried": "71900200",
    "plantain_boiled": "71900100",
    "empanada_beef": "58116117",
    "empanada_chicken": "58116125",
    "flan": "13210350",
    "chilaquiles": "58100360",
    "huevos_rancheros": "32105180",
    "pozole": "28315150",
    "arepa": "52220110",
    "chicken_stew_mex": "27141050",
    "picadillo": "27118120",
    "steak_flank": "21101160",
    "beans_rice": "58160100",
    "tomato_rice": "58160520",
    "soupy_rice": "58155410",
    # South Asian
    "dal": "41305050",
    "roti": "51300175",
    "naan": "51108100",
    "paratha": "51300185",
    "puri": "51300180",
    "chicken_curry": "27146150",
    "beef_curry": "27116100",
    "fish_curry": "27150320",
    "biryani_chicken": "27243100",
    "biryani_veg": "58160000",
    "samosa": "58124500",
    "idli": "55702000",
    "dosa": "55702100",
    "palak_paneer": "72125310",
    "chana_saag": "72125500",
    "chickpeas": "41301990",
    "lentil_curry": "41311030",
    "yogurt_plain": "11411100",
    "paneer": "14110050",
    # East Asian / Filipino / Caribbean / West African
    "fried_rice": "58150310",
    "fried_rice_chicken": "58150320",
    "garlic_rice": "58150110",
    "congee": "56205101",
    "congee_egg": "58157330",
    "miso_soup": "41601070",
    "potsticker": "58111110",
    "ramen_bowl": "58407034",
    "ramen_instant": "58407030",
    "bibimbap": "58150100",
    "kimchi": "75502520",
    "tofu_veg": "41812500",
    "chow_mein_chicken": "27343910",
    "egg_roll": "58110130",
    "spring_roll": "58110110",
    "california_roll": "58151180",
    "teriyaki_chicken": "27145000",
    "bok_choy": "75210020",
    "adobo_rice": "58150530",
    "goat": "23150100",
    "oxtail": "21301000",
    "fufu": "71970200",
    "okra": "75220021",
    "chicken_thigh": "24152230",
    "chicken_drum": "24142300",
    "beef_kabob": "27410250",
    "cassava": "71930120",
    # kids
    "nuggets": "24198736",
    "mac_box": "58145112",
    "pbj": "42302015",
    "apple": "63101000",
    "banana": "63107010",
    "orange": "61119010",
    "grapes": "63123000",
    "mango": "63129010",
    "goldfish": "54304020",
    "string_cheese": "14107030",
    "apple_juice": "64104010",
    "oj": "61210220",
    "yogurt_tube": "11436100",
    "animal_crackers": "53240000",
    "applesauce": "63101110",
    "hot_dog": "25210110",
    "hot_dog_bun": "51154010",
    "fish_sticks": "26100270",
    "baby_carrots": "73101010",
    "pizza_cheese": "58106210",
    "grilled_cheese": "14640002",
    "oreo": "53209015",
    "ketchup": "74401010",
    # older adults
    "veg_soup": "75649110",
    "saltines": "54325000",
    "tuna_sand_white": "27550720",
    "tuna_sand_wheat": "27550735",
    "cottage": "14201010",
    "peaches_canned": "63135140",
    "prunes": "62122100",
    "english_muffin": "51186010",
    "pot_roast": "21407000",
    "meatloaf": "27214100",
    "chicken_breast_roast": "24122131",
    "green_beans": "75205033",
    "jello": "91501010",
    "pudding_vanilla": "13230110",
    "pudding_choc": "13230130",
    "ensure": "95103000",
    "roll": "51150000",
    "apple_pie": "53301000",
    "ice_cream": "13110100",
    "oatmeal_cookie": "53233010",
    "chicken_noodle": "58403010",
    "tomato_soup": "74602010",
    "ham_deli": "25230210",
    "swiss": "14109010",
    "pea_carrot": "73111220",
    "salmon": "26137120",
    "cod_baked": "26109120",
    "sweet_potato": "73403010",
    "corn": "75216120",
    "broccoli": "72201212",
    "broccoli_fresh": "72201211",
    "peanut_butter": "42202000",
    "iced_tea": "92305040",
    # gym
    "chicken_grilled": "24123301",
    "whey": "95230000",
    "greek_nonfat": "11411420",
    "greek_fruit": "11434020",
    "protein_bar": "53729000",
    "almonds": "42101000",
    "turkey_ground": "24207000",
    "tuna_can": "26155110",
    "quinoa": "56204005",
    "avocado": "63105010",
    "steak_sirloin": "21102150",
    "blueberries": "63203010",
    "strawberries": "63223020",
    "rice_cake": "54318500",
    "olive_oil": "82104000",
}

DIARY: list[tuple[str, list[tuple[str, Any]]]] = [
    # British, Irish, Australian, Canadian kitchens
    (
        "2 rashers of bacon, 2 fried eggs and a slice of white toast",
        [
            ("bacon", P("1 medium slice (yield after cooking)", 2)),
            ("egg_fried", P("1 egg", 2)),
            ("toast_white", P("1 medium or regular slice")),
        ],
    ),
    (
        "porridge made with milk, 1 cup, and a cuppa",
        [("porridge_milk", P("1 cup, cooked")), ("tea_milk", V())],
    ),
    (
        "2 weetabix with half a cup of semi skimmed milk",
        [("weetabix", P("1 rectangular biscuit", 2)), ("milk_2", P("1 cup", 0.5))],
    ),
    (
        "beans on toast - 1 cup beans, 2 slices wholemeal toast",
        [("beans_baked", P("1 cup")), ("toast_ww", P("1 medium or regular slice", 2))],
    ),
    (
        "jacket potato with beans and cheese",
        [("jacket", V()), ("beans_baked", V()), ("cheddar", V())],
    ),
    ("large jacket spud w butter", [("jacket_butter", P("1 large"))]),
    ("fish and chips from the chippy", [("cod_fried", V()), ("chips", V())]),
    (
        "haddock large fillet, chips, mushy peas 1 cup",
        [("haddock_fried", P("1 large fillet")), ("chips", V()), ("peas", P("1 cup"))],
    ),
    (
        "shepherds pie 1 cup and peas 1/2 cup",
        [("shepherds", P("1 cup")), ("peas", P("1 cup", 0.5))],
    ),
    ("mince and tatties", [("mince", V()), ("mash", V())]),
    (
        "sunday roast - 3 slices roast chicken, 2 roast potatoes, a yorkshire pud, gravy",
        [
            ("chicken_breast_roast", P("1 medium slice", 3)),
            ("roast_potato", P("1 medium", 2)),
            ("yorkshire", P("1 popover")),
            ("gravy_chicken", V()),
        ],
    ),
    ("sausage roll from greggs", [("sausage_roll", V())]),
    ("meat pie w tomato sauce", [("meat_pie", V()), ("ketchup", V())]),
    (
        "a packet of crisps and a fizzy drink",
        [("crisps", P("1 small single serving bag")), ("fizzy", P("1 can (12 fl oz)"))],
    ),
    (
        "2 digestives with my tea",
        [
            (
                "graham",
                P("1 large rectangular piece or 2 squares or 4 small rectangular pieces", 2),
            ),
            ("tea_milk", V()),
        ],
    ),
    ("cuppa w milk + 1 sugar", [("tea_milk", V()), ("sugar", P("1 teaspoon"))]),
    ("tea white no sugar x3 cups", [("tea_milk", P("1 cup", 3))]),
    ("scone with jam", [("scone", P("1 regular")), ("jam", V())]),
    ("2 crumpets with butter", [("crumpet", P("1 crumpet", 2)), ("butter", SPREAD(2))]),
    (
        "vegemite on toast 2 slices",
        [("toast_white", P("1 medium or regular slice", 2)), ("vegemite", V())],
    ),
    ("flat white", [("latte", V())]),
    ("medium flat white and a banana", [("latte", P("1 medium")), ("banana", P("1 banana"))]),
    (
        "double double large",
        [
            ("coffee", P("1 large")),
            ("half_half", P("1 individual container (.5 fl oz)", 2)),
            ("sugar", P("1 individual packet", 2)),
        ],
    ),
    (
        "peameal bacon 2 slices on a crumpet",
        [("can_bacon", P("1 slice", 2)), ("crumpet", P("1 crumpet"))],
    ),
    (
        "pancakes with maple syrup, 3 medium",
        [("pancakes", P("1 medium pancake", 3)), ("maple_syrup", V())],
    ),
    ("pint of lager", [("beer", ML(568))]),
    ("2 glasses of red wine", [("wine_red", P("1 glass", 2))]),
    ("apple crumble and custard", [("apple_crisp", V()), ("custard", V())]),
    ("trifle 1 cup", [("trifle", P("1 cup"))]),
    ("glass of squash", [("squash", V())]),
    ("a milo with milk", [("milo", V())]),
    (
        "chipolatas x4, 1 grilled tomato, mushrooms",
        [
            ("sausage", P("1 breakfast size link", 4)),
            ("tomato_cooked", P("1 whole")),
            ("mushrooms", V()),
        ],
    ),
    (
        "toast and marmalade, 2 slices",
        [("toast_white", P("1 medium or regular slice", 2)), ("marmalade", SPREAD(2))],
    ),
    ("3 choc biscuits", [("choc_biscuit", P("1 small", 3))]),
    ("shortbread finger x2", [("shortbread", P("1 small", 2))]),
    ("chicken pie individual", [("chicken_pie", P("1 individual pie"))]),
    ("cornflakes w milk", [("cornflakes", V()), ("milk_2", CEREAL_MILK)]),
    ("glass of lemonade (the fizzy kind) 330ml", [("lemonade_soda", ML(330))]),
    (
        "bacon butty",
        [
            ("roll", P("1 medium/regular/sandwich size roll")),
            ("bacon", TOPPING),
            ("butter", SPREAD(1)),
        ],
    ),
    ("1 timbit box?? prob 5 timbits", [("donut_hole", P("1 miniature", 5))]),
    # older adults, full sentences typed into the app
    (
        "For my lunch I had a bowl of homemade vegetable soup and two saltine crackers",
        [("veg_soup", V()), ("saltines", P("1 cracker", 2))],
    ),
    (
        "Breakfast was one cup of bran flakes with half a cup of skim milk and six prunes",
        [("bran_flakes", P("1 cup")), ("milk_skim", P("1 cup", 0.5)), ("prunes", P("1 prune", 6))],
    ),
    (
        "One English muffin with a pat of butter and a cup of decaf coffee",
        [
            ("english_muffin", P("1 muffin")),
            ("butter", P("1 pat")),
            ("coffee", P("1 cup (8 fl oz)")),
        ],
    ),
    (
        "Half a cup of cottage cheese with two peach halves",
        [("cottage", P("1 cup", 0.5)), ("peaches_canned", P("1 half", 2))],
    ),
    (
        "Tuna salad sandwich on wheat bread and a cup of tomato soup",
        [("tuna_sand_wheat", P("1 regular")), ("tomato_soup", P("1 cup"))],
    ),
    (
        "Two slices of meatloaf, a cup of mashed potatoes and half a cup of green beans",
        [
            ("meatloaf", P("1 medium slice", 2)),
            ("mash", P("1 cup")),
            ("green_beans", P("1 cup", 0.5)),
        ],
    ),
    (
        "Pot roast with carrots and potatoes",
        [("pot_roast", V()), ("carrots", V()), ("roast_potato", V())],
    ),
    ("A small dish of vanilla pudding", [("pudding_vanilla", P("1 snack size container"))]),
    ("One bottle of Ensure, vanilla", [("ensure", P("1 bottle (8 fl oz)"))]),
    (
        "A slice of apple pie with one scoop of vanilla ice cream",
        [("apple_pie", P("1 regular slice")), ("ice_cream", P("1 scoop"))],
    ),
    (
        "Baked chicken breast, a medium sweet potato, a cup of broccoli",
        [
            ("chicken_breast_roast", P("1 medium breast")),
            ("sweet_potato", P("1 medium")),
            ("broccoli", P("1 cup")),
        ],
    ),
    (
        "Cup of coffee with a little half and half",
        [("coffee", P("1 cup (8 fl oz)")), ("half_half", SPLASH)],
    ),
    (
        "Two oatmeal raisin cookies and a glass of milk",
        [("oatmeal_cookie", P("1 medium", 2)), ("milk_2", P("1 cup"))],
    ),
    ("Chicken noodle soup, one can of Campbells", [("chicken_noodle", P("1 can"))]),
    ("Jello, a snack cup", [("jello", P("1 snack size container"))]),
    (
        "A poached egg on one slice of whole wheat toast",
        [("egg_boiled", P("1 egg")), ("toast_ww", P("1 medium or regular slice"))],
    ),
    (
        "Baked cod fillet, half a cup of peas and carrots, a dinner roll",
        [
            ("cod_baked", P("1 small/regular fillet")),
            ("pea_carrot", P("1 cup", 0.5)),
            ("roll", P("1 medium/regular/sandwich size roll")),
        ],
    ),
    (
        "Ham and swiss on a roll",
        [
            ("roll", P("1 medium/regular/sandwich size roll")),
            ("ham_deli", TOPPING),
            ("swiss", P("1 slice")),
        ],
    ),
    ("Glass of white wine with supper", [("wine_white", P("1 glass"))]),
    ("A medium orange and a handful of almonds", [("orange", P("1 fruit")), ("almonds", V())]),
    ("Stewed prunes, about 8", [("prunes", P("1 prune", 8))]),
    (
        "Oatmeal with water, one cup, brown sugar one teaspoon",
        [("porridge_water", P("1 cup, cooked")), ("sugar", P("1 teaspoon"))],
    ),
    # parents logging a child's food
    (
        "lily lunch: 6 nuggets, apple slices, juice box",
        [
            ("nuggets", P("1 nugget", 6)),
            ("apple", V()),
            ("apple_juice", P("1 juice box/pouch (6.75 fl oz)")),
        ],
    ),
    (
        "kids mac n cheese 1/2 cup + 1 string cheese",
        [("mac_box", P("1 cup", 0.5)), ("string_cheese", P("1 stick"))],
    ),
    (
        "son - pb&j + a banana + milk 1 cup",
        [("pbj", P("1 sandwich")), ("banana", P("1 banana")), ("milk_whole", P("1 cup"))],
    ),
    ("toddler snack goldfish small bag", [("goldfish", P("1 small or medium single serving bag"))]),
    (
        "ava bfast cheerios 1 cup w whole milk",
        [("cheerios", P("1 cup")), ("milk_whole", CEREAL_MILK)],
    ),
    (
        "yogurt tube and 10 grapes for max",
        [("yogurt_tube", P("1 tube")), ("grapes", P("1 grape", 10))],
    ),
    ("daughter ate 4 fish sticks & some peas", [("fish_sticks", P("1 stick", 4)), ("peas", V())]),
    (
        "hot dog in a bun w ketchup (kid)",
        [("hot_dog", P("1 regular")), ("hot_dog_bun", P("1 hot dog bun")), ("ketchup", TOPPING)],
    ),
    (
        "animal crackers single bag, apple juice fun size box",
        [
            ("animal_crackers", P("1 single serving bag")),
            ("apple_juice", P("1 fun size box (4.23 fl oz)")),
        ],
    ),
    ("applesauce pouch", [("applesauce", P("1 pouch"))]),
    (
        "8 baby carrots + string cheese (school snack)",
        [("baby_carrots", P("1 baby carrot", 8)), ("string_cheese", P("1 stick"))],
    ),
    ("1 slice cheese pizza for jack, small pizza", [("pizza_cheese", P("1 piece, small pizza"))]),
    (
        "kid grilled cheese + tomato soup cup",
        [("grilled_cheese", P("1 sandwich")), ("tomato_soup", P("1 cup"))],
    ),
    ("2 oreos after school", [("oreo", P("1 Oreo sandwich", 2))]),
    ("baby girl ate half a banana", [("banana", P("1 banana", 0.5))]),
    (
        "1 small pancake n half a cup of strawberries (toddler)",
        [("pancakes", P("1 small pancake")), ("strawberries", P("1 cup", 0.5))],
    ),
    ("sippy cup of whole milk ~4 oz", [("milk_whole", FL(4))]),
    (
        "frozen waffle x2 w syrup for the boys (each)",
        [("waffle", P("1 waffle", 2)), ("maple_syrup", V())],
    ),
    # Hispanic home cooking
    ("arroz con frijoles 1 cup", [("beans_rice", P("1 cup"))]),
    ("2 tamales de puerco", [("tamale_pork", P("1 item, any size", 2))]),
    ("tamal de pollo", [("tamale_chicken", V())]),
    ("3 pupusas revueltas", [("pupusa_meat", P("1 item, any size", 3))]),
    ("pupusa de queso x2", [("pupusa_cheese", P("1 item, any size", 2))]),
    ("platanos fritos 4 slices", [("plantain_fried", P("1 slice", 4))]),
    ("maduros", [("plantain_fried", V())]),
    ("tostones 6 pcs", [("plantain_fried", P("1 slice", 6))]),
    ("empanada de carne large", [("empanada_beef", P("1 regular/large"))]),
    ("3 small chicken empanadas", [("empanada_chicken", P("1 small/individual", 3))]),
    ("flan", [("flan", V())]),
    ("cafe con leche 1 cup", [("cafe_leche", P("1 cup (8 fl oz)"))]),
    ("chilaquiles 1 cup, 1 fried egg", [("chilaquiles", P("1 cup")), ("egg_fried", P("1 egg"))]),
    ("huevos rancheros 2 eggs", [("huevos_rancheros", P("1 egg", 2))]),
    ("pozole rojo 2 cups", [("pozole", P("1 cup", 2))]),
    ("arepa", [("arepa", V())]),
    ("pollo guisado w white rice", [("chicken_stew_mex", V()), ("rice_white", V())]),
    (
        "picadillo 1 cup + rice 1 cup",
        [("picadillo", P("1 cup")), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "carne asada 6 oz, 3 corn tortillas",
        [("steak_flank", OZ(6)), ("tortilla_corn", P("1 medium", 3))],
    ),
    ("frijoles negros 1/2 taza", [("black_beans", P("1 cup", 0.5))]),
    ("2 flour tortillas lg", [("tortilla_flour", P("1 large", 2))]),
    # South Asian
    ("dal 1 cup 2 rotis", [("dal", P("1 cup")), ("roti", P('1 medium chappatti or roti (7")', 2))]),
    ("chicken curry and rice", [("chicken_curry", V()), ("rice_white", V())]),
    ("chicken biryani 2 cups, raita", [("biryani_chicken", P("1 cup", 2)), ("yogurt_plain", V())]),
    ("veg biryani", [("biryani_veg", V())]),
    ("2 samosas (big ones)", [("samosa", P("1 regular/large", 2))]),
    ("masala chai", [("tea_milk", V())]),
    (
        "chai 1 cup + 2 parle g",
        [("tea_milk", P("1 cup")), ("shortbread", P("1 miniature/bite size", 2))],
    ),
    ("4 idli with sambar", [("idli", P("1 item", 4)), ("dal", V())]),
    ("masala dosa large", [("dosa", P("1 large"))]),
    ("plain dosa x2 medium", [("dosa", P("1 medium", 2))]),
    ("palak paneer 1 cup 1 naan", [("palak_paneer", P("1 cup")), ("naan", P('1 Naan (10" dia)'))]),
    ("aloo paratha 2", [("paratha", P("1 paratha", 2))]),
    ("2 puri with chole", [("puri", P('1 puri (approx 4-4/5" dia)', 2)), ("chickpeas", V())]),
    (
        "fish curry 1 cup rice 1 cup",
        [("fish_curry", P("1 cup")), ("rice_white", P("1 cup, cooked"))],
    ),
    ("chana saag", [("chana_saag", V())]),
    ("lentil curry 1.5 cups", [("lentil_curry", P("1 cup", 1.5))]),
    # East Asian, Filipino
    ("fried rice 2 cups", [("fried_rice", P("1 cup", 2))]),
    ("chicken fried rice", [("fried_rice_chicken", V())]),
    ("congee w egg 2 cups", [("congee_egg", P("1 cup", 2))]),
    ("plain congee 1 bowl", [("congee", V())]),
    ("miso soup 1 cup", [("miso_soup", P("1 cup"))]),
    ("6 potstickers", [("potsticker", P("1 item, any size", 6))]),
    ("ramen bowl from the ramen place", [("ramen_bowl", V())]),
    ("instant noodles 1 pack", [("ramen_instant", P("1 individual container"))]),
    ("bibimbap + kimchi", [("bibimbap", V()), ("kimchi", V())]),
    (
        "tofu stir fry w veg 1 cup, brown rice 1 cup",
        [("tofu_veg", P("1 cup")), ("rice_brown", P("1 cup, cooked"))],
    ),
    ("chicken chow mein 1.5 cup", [("chow_mein_chicken", P("1 cup", 1.5))]),
    ("2 egg rolls", [("egg_roll", P("1 egg roll", 2))]),
    ("california roll 8 pcs", [("california_roll", P("1 piece", 8))]),
    (
        "teriyaki chicken thigh x2 + rice",
        [("teriyaki_chicken", P("1 chicken thigh with sauce", 2)), ("rice_white", V())],
    ),
    ("bok choy 1 cup", [("bok_choy", P("1 cup"))]),
    ("green tea", [("green_tea", V())]),
    ("chicken adobo with rice 2 cups", [("adobo_rice", P("1 cup", 2))]),
    ("pancit", [("chow_mein_chicken", V())]),
    ("lumpia x5 small", [("egg_roll", P("1 miniature roll", 5))]),
    (
        "longsilog - 2 longganisa, garlic rice 1 cup, 1 fried egg",
        [
            ("sausage", P("1 breakfast size link", 2)),
            ("garlic_rice", P("1 cup")),
            ("egg_fried", P("1 egg")),
        ],
    ),
    ("mango 1 whole", [("mango", P("1 mango"))]),
    # Caribbean, West African
    (
        "rice and peas 1 cup, jerk chicken 2 drumsticks",
        [("beans_rice", P("1 cup")), ("chicken_drum", P("1 medium drumstick", 2))],
    ),
    ("curry goat w rice", [("goat", V()), ("rice_white", V())]),
    ("oxtail 1 cup", [("oxtail", P("1 cup"))]),
    ("jamaican beef patty", [("empanada_beef", V())]),
    ("fried plantain 1 cup", [("plantain_fried", P("1 cup"))]),
    ("jollof rice 2 cups", [("tomato_rice", P("1 cup", 2))]),
    ("jollof & chicken thigh", [("tomato_rice", V()), ("chicken_thigh", P("1 medium thigh"))]),
    ("fufu 1 cup w okra soup", [("fufu", P("1 cup, cooked")), ("okra", V())]),
    ("suya skewer", [("beef_kabob", P("1 shishkabob"))]),
    ("boiled plantain 1 whole", [("plantain_boiled", P("1 whole"))]),
    ("cassava 1 cup", [("cassava", P("1 cup"))]),
    ("puff puff 3 (small)", [("donut_hole", P("1 miniature", 3))]),
    # gym and metric loggers
    (
        "chicken breast 200g, rice 150g, broccoli 100g",
        [("chicken_grilled", G(200)), ("rice_white", G(150)), ("broccoli", G(100))],
    ),
    (
        "oats 80g + 1 scoop whey + 250ml milk",
        [("oats_raw", G(80)), ("whey", P("1 scoop, NFS")), ("milk_skim", ML(250))],
    ),
    ("greek yog 0% 170g, blueberries 50g", [("greek_nonfat", G(170)), ("blueberries", G(50))]),
    ("post wo shake 2 scoops gold standard", [("whey", P("1 scoop Gold Standard", 2))]),
    ("6 egg whites scrambled", [("egg_white", P("1 egg white", 6))]),
    ("sweet potato 250g chicken 180g", [("sweet_potato", G(250)), ("chicken_grilled", G(180))]),
    ("protein bar", [("protein_bar", V())]),
    (
        "2 tbsp pb, 1 banana, 2 rice cakes",
        [
            ("peanut_butter", P("1 tablespoon", 2)),
            ("banana", P("1 banana")),
            ("rice_cake", P("1 cake", 2)),
        ],
    ),
    ("almonds 30g", [("almonds", G(30))]),
    (
        "turkey mince 5% 125g cooked, quinoa 1 cup",
        [("turkey_ground", G(125)), ("quinoa", P("1 cup, cooked"))],
    ),
    (
        "tuna 1 can (standard) + 1/2 avocado",
        [("tuna_can", P("1 standard can")), ("avocado", P("1 fruit", 0.5))],
    ),
    ("sirloin 8oz, baked potato medium", [("steak_sirloin", OZ(8)), ("jacket", P("1 medium"))]),
    (
        "salmon fillet 150g + 1 cup brown rice",
        [("salmon", G(150)), ("rice_brown", P("1 cup, cooked"))],
    ),
    ("whey 30g in water", [("whey", G(30))]),
    (
        "cottage cheese 1 cup + 1 cup strawbs",
        [("cottage", P("1 cup")), ("strawberries", P("1 cup"))],
    ),
    (
        "3 whole eggs + 3 whites scrambled",
        [("egg_scr", P("1 egg", 3)), ("egg_white", P("1 egg white", 3))],
    ),
    ("greek yogurt w fruit 150 g", [("greek_fruit", G(150))]),
    ("1 tbsp olive oil for cooking", [("olive_oil", P("1 tablespoon"))]),
    # plain everyday lines, US measures
    (
        "2 scrambled eggs, 1 slice whole wheat toast",
        [("egg_scr", P("1 egg", 2)), ("toast_ww", P("1 medium or regular slice"))],
    ),
    ("1 cup granola w 1/2 cup 1% milk", [("granola", P("1 cup")), ("milk_1", P("1 cup", 0.5))]),
    (
        "an apple and 1 tbsp peanut butter",
        [("apple", P("1 medium")), ("peanut_butter", P("1 tablespoon"))],
    ),
    ("coffee w cream and sugar", [("coffee", V()), ("half_half", SPLASH), ("sugar", V())]),
    ("12 oz can coke", [("cola", P("1 can (12 fl oz)"))]),
    ("diet coke 20 oz bottle", [("diet_cola", P("1 bottle (20 fl oz)"))]),
    ("glass of oj", [("oj", V())]),
    (
        "1 cup blueberries and 1 cup plain greek yogurt",
        [("blueberries", P("1 cup")), ("greek_nonfat", P("1 cup"))],
    ),
    ("2 beers", [("beer", P("1 can or bottle (12 fl oz)", 2))]),
    ("a few crackers w cheddar", [("saltines", V()), ("cheddar", V())]),
    (
        "grilled chkn breast, green beans, baked potato",
        [("chicken_grilled", V()), ("green_beans", V()), ("jacket", V())],
    ),
    ("corn on the cob 2 ears", [("corn", P("1 regular ear", 2))]),
    ("1/2 cup vanilla ice cream", [("ice_cream", P("1 cup", 0.5))]),
    ("2 glazed donuts", [("donut", P("1 doughnut", 2))]),
    ("banana", [("banana", V())]),
    ("large apple", [("apple", P("1 large"))]),
    (
        "bowl of cheerios with 2% milk and a sliced banana",
        [("cheerios", V()), ("milk_2", CEREAL_MILK), ("banana", P("1 banana"))],
    ),
    (
        "2 hot dogs with buns",
        [("hot_dog", P("1 regular", 2)), ("hot_dog_bun", P("1 hot dog bun", 2))],
    ),
    ("iced tea sweetened 16 oz", [("iced_tea", FL(16))]),
    ("chocolate pudding cup", [("pudding_choc", P("1 snack size container"))]),
    # voice dictated, no punctuation, typos
    (
        "two fried eggs and some bacon and a cup of coffee black",
        [("egg_fried", P("1 egg", 2)), ("bacon", V()), ("coffee", P("1 cup (8 fl oz)"))],
    ),
    (
        "i had a tuna sandwich on white bread and a bag of chips",
        [("tuna_sand_white", P("1 regular")), ("crisps", P("1 small single serving bag"))],
    ),
    (
        "one cup of white rice and one cup of chicken curry",
        [("rice_white", P("1 cup, cooked")), ("chicken_curry", P("1 cup"))],
    ),
    ("a bowl of oatmeal with a banana", [("porridge_water", V()), ("banana", P("1 banana"))]),
    (
        "three chicken nuggets and half an apple for the baby",
        [("nuggets", P("1 nugget", 3)), ("apple", P("1 medium", 0.5))],
    ),
    (
        "a glass of milk and two chocolate chip cookies",
        [("milk_2", V()), ("choc_biscuit", P("1 medium", 2))],
    ),
    (
        "scrambeld eggs 2 with cheddar 1 slice",
        [("egg_scr", P("1 egg", 2)), ("cheddar", P("1 slice"))],
    ),
    ("brocoli 1 cup steamed", [("broccoli_fresh", P("1 cup"))]),
    ("sweet potatoe medium", [("sweet_potato", P("1 medium"))]),
    ("yoghurt pot plain 4 oz", [("yogurt_plain", P("1 4 oz container"))]),
    ("tortila chips? no - 2 corn tortilas", [("tortilla_corn", P("1 medium", 2))]),
    ("samosa 1 sml", [("samosa", P("1 small/individual"))]),
    ("spagetti? no, pancit 1 cup", [("chow_mein_chicken", P("1 cup"))]),
    ("cofee 2 cups w milk splash", [("coffee", P("1 cup (8 fl oz)", 2)), ("milk_2", SPLASH)]),
    ("grapes a handful", [("grapes", V())]),
    (
        "peanut buter toast 1 slice",
        [("toast_white", P("1 medium or regular slice")), ("peanut_butter", SPREAD(1))],
    ),
    ("strawberies 10", [("strawberries", P("1 fruit", 10))]),
    ("a plate of jollof rice", [("tomato_rice", V())]),
    ("some fried rice and 2 egg rolls", [("fried_rice", V()), ("egg_roll", P("1 egg roll", 2))]),
    ("a bit of custard", [("custard", V())]),
    ("wine", [("wine_red", V())]),
    ("orange juice 250ml", [("oj", ML(250))]),
    ("kimchi fried rice 1 cup", [("fried_rice", P("1 cup"))]),
]

NARRATIVE: list[tuple[str, list[tuple[str, Any]]]] = [
    (
        "For my lunch I had a bowl of homemade vegetable soup and two saltine crackers, and that was plenty.",
        [("veg_soup", V()), ("saltines", P("1 cracker", 2))],
    ),
    (
        "This morning I had my usual, a cup of porridge made with milk and a cup of tea with milk.",
        [("porridge_milk", P("1 cup, cooked")), ("tea_milk", P("1 cup"))],
    ),
    (
        "Well, for tea last night we had fish and chips, I had a large fillet of haddock and some chips.",
        [("haddock_fried", P("1 large fillet")), ("chips", V())],
    ),
    (
        "I made my grandson a peanut butter and jelly sandwich and he drank a juice box with it.",
        [("pbj", P("1 sandwich")), ("apple_juice", P("1 juice box/pouch (6.75 fl oz)"))],
    ),
    (
        "After the gym I had 200 grams of grilled chicken and 150 grams of white rice.",
        [("chicken_grilled", G(200)), ("rice_white", G(150))],
    ),
    (
        "My daughter had six chicken nuggets and about half a cup of macaroni and cheese for dinner.",
        [("nuggets", P("1 nugget", 6)), ("mac_box", P("1 cup", 0.5))],
    ),
    (
        "I think I had two slices of toast with marmalade and a cuppa, nothing else really.",
        [
            ("toast_white", P("1 medium or regular slice", 2)),
            ("marmalade", SPREAD(2)),
            ("tea_milk", V()),
        ],
    ),
    (
        "At my sister's we had chicken biryani, I probably had two cups, and a bit of raita on the side.",
        [("biryani_chicken", P("1 cup", 2)), ("yogurt_plain", V())],
    ),
    (
        "Um so breakfast was 2 idlis and a cup of sambar and then a cup of chai.",
        [("idli", P("1 item", 2)), ("dal", P("1 cup")), ("tea_milk", P("1 cup"))],
    ),
    (
        "For supper I had a slice of meatloaf, some mashed potatoes and a few green beans.",
        [("meatloaf", P("1 medium slice")), ("mash", V()), ("green_beans", V())],
    ),
    (
        "I had a 330 ml can of fizzy drink and a packet of crisps on the train home.",
        [("fizzy", ML(330)), ("crisps", P("1 small single serving bag"))],
    ),
    (
        "We went for a Sunday roast and I had roast beef, two roast potatoes, a Yorkshire pudding and gravy.",
        [
            ("pot_roast", V()),
            ("roast_potato", P("1 medium", 2)),
            ("yorkshire", P("1 popover")),
            ("gravy_beef", V()),
        ],
    ),
    (
        "Lunch today was a jacket potato with baked beans, about half a cup of beans.",
        [("jacket", V()), ("beans_baked", P("1 cup", 0.5))],
    ),
    (
        "I had a flat white and a scone with jam at the café around eleven.",
        [("latte", V()), ("scone", P("1 regular")), ("jam", V())],
    ),
    (
        "My mom made pupusas and I ate three of the cheese ones.",
        [("pupusa_cheese", P("1 item, any size", 3))],
    ),
    (
        "For dinner I ate two pork tamales and a cup of black beans.",
        [("tamale_pork", P("1 item, any size", 2)), ("black_beans", P("1 cup"))],
    ),
    (
        "I had 250 ml of orange juice and two scrambled eggs before church.",
        [("oj", ML(250)), ("egg_scr", P("1 egg", 2))],
    ),
    (
        "I weighed it out, 80 grams of oats cooked with water, plus one scoop of whey stirred in.",
        [("oats_raw", G(80)), ("whey", P("1 scoop, NFS"))],
    ),
    (
        "Last night I had a plate of jollof rice with a chicken thigh and some fried plantain.",
        [("tomato_rice", V()), ("chicken_thigh", P("1 medium thigh")), ("plantain_fried", V())],
    ),
    (
        "My husband and I split a large pizza, I had two slices of the cheese.",
        [("pizza_cheese", P("1 piece, large pizza", 2))],
    ),
    (
        "Honestly I just had a banana and a coffee with a splash of milk on the way out.",
        [("banana", P("1 banana")), ("coffee", V()), ("milk_2", SPLASH)],
    ),
    (
        "For breakfast I had one cup of bran flakes with half a cup of skim milk.",
        [("bran_flakes", P("1 cup")), ("milk_skim", P("1 cup", 0.5))],
    ),
    (
        "I gave the baby half a jar, well about 90 grams, of applesauce and a few cheerios.",
        [("applesauce", G(90)), ("cheerios", V())],
    ),
    (
        "We had curry goat and rice and peas at my auntie's, a good cup of each.",
        [("goat", P("1 cup")), ("beans_rice", P("1 cup"))],
    ),
    (
        "I had a big bowl of pho, no wait, it was ramen, from the place near work.",
        [("ramen_bowl", V())],
    ),
    (
        "After my run I drank a 500 ml bottle of chocolate milk, well it was Milo.",
        [("milo", ML(500))],
    ),
    (
        "Dinner was 150 g of baked salmon and 200 g of roasted sweet potato.",
        [("salmon", G(150)), ("sweet_potato", G(200))],
    ),
    (
        "I had a pint of lager and a packet of crisps at the pub.",
        [("beer", ML(568)), ("crisps", P("1 small single serving bag"))],
    ),
    (
        "At lunch I had a tuna sandwich on white and a cup of tomato soup.",
        [("tuna_sand_white", P("1 regular")), ("tomato_soup", P("1 cup"))],
    ),
    (
        "I snacked on about 30 grams of almonds and an apple in the afternoon.",
        [("almonds", G(30)), ("apple", P("1 medium"))],
    ),
    (
        "For my evening meal I had a chicken pie, one of the individual ones, with some peas.",
        [("chicken_pie", P("1 individual pie")), ("peas", V())],
    ),
    (
        "i had two rotis and a cup of dal for dinner and then some rice",
        [
            ("roti", P('1 medium chappatti or roti (7")', 2)),
            ("dal", P("1 cup")),
            ("rice_white", V()),
        ],
    ),
    (
        "so this morning i had 2 weetabix with milk and a cup of tea",
        [
            ("weetabix", P("1 rectangular biscuit", 2)),
            ("milk_2", CEREAL_MILK),
            ("tea_milk", P("1 cup")),
        ],
    ),
    (
        "yesterday i had a meat pie and a can of coke at the footy",
        [("meat_pie", P("1 individual pie")), ("cola", P("1 can (12 fl oz)"))],
    ),
    (
        "i ate a big plate of rice and beans and two fried eggs on top",
        [("beans_rice", V()), ("egg_fried", P("1 egg", 2))],
    ),
    (
        "for lunch i had 6 oz of grilled chicken breast cooked in 1 tablespoon of olive oil",
        [("chicken_grilled", OZ(6)), ("olive_oil", P("1 tablespoon"))],
    ),
    (
        "my son had one slice of cheese pizza and half a cup of grapes",
        [("pizza_cheese", P("1 piece, medium pizza")), ("grapes", P("1 cup", 0.5))],
    ),
    (
        "I had a cup of congee with egg and a small plate of bok choy.",
        [("congee_egg", P("1 cup")), ("bok_choy", V())],
    ),
    (
        "We ordered Chinese and I had about a cup and a half of chicken chow mein and one egg roll.",
        [("chow_mein_chicken", P("1 cup", 1.5)), ("egg_roll", P("1 egg roll"))],
    ),
    (
        "My wife made chicken adobo, I had about 2 cups with the rice.",
        [("adobo_rice", P("1 cup", 2))],
    ),
    (
        "I had 5 lumpia, the little ones, and a cup of garlic rice.",
        [("egg_roll", P("1 miniature roll", 5)), ("garlic_rice", P("1 cup"))],
    ),
    (
        "For dinner I had 8 ounces of sirloin steak and a medium baked potato with butter.",
        [("steak_sirloin", OZ(8)), ("jacket_butter", P("1 medium"))],
    ),
    (
        "I drank a 355 ml can of diet coke and ate a protein bar at my desk.",
        [("diet_cola", ML(355)), ("protein_bar", P("1 bar"))],
    ),
    (
        "I had a cup of cottage cheese with half a cup of canned peaches for lunch.",
        [("cottage", P("1 cup")), ("peaches_canned", P("1 cup", 0.5))],
    ),
    (
        "This evening I had two glasses of red wine with some cheese and crackers.",
        [("wine_red", P("1 glass", 2)), ("cheddar", V()), ("saltines", V())],
    ),
    (
        "For pudding we had apple crumble and a cup of custard.",
        [("apple_crisp", V()), ("custard", P("1 cup"))],
    ),
    (
        "I had fufu with okra soup, about a cup of fufu.",
        [("fufu", P("1 cup, cooked")), ("okra", V())],
    ),
    (
        "My little one had a yogurt tube and a handful of goldfish crackers at snack time.",
        [("yogurt_tube", P("1 tube")), ("goldfish", V())],
    ),
    (
        "I had two medium pancakes with a tablespoon of maple syrup and a cup of coffee.",
        [
            ("pancakes", P("1 medium pancake", 2)),
            ("maple_syrup", P("1 tablespoon")),
            ("coffee", P("1 cup (8 fl oz)")),
        ],
    ),
    (
        "At the mosque we had a samosa and a cup of chai after prayers.",
        [("samosa", V()), ("tea_milk", P("1 cup"))],
    ),
    (
        "I ate 170 grams of plain greek yogurt with 75 grams of blueberries.",
        [("greek_nonfat", G(170)), ("blueberries", G(75))],
    ),
    (
        "I had a bowl of miso soup and eight pieces of california roll.",
        [("miso_soup", V()), ("california_roll", P("1 piece", 8))],
    ),
    (
        "i had 3 egg whites and 1 whole egg scrambled and 1 slice of wholemeal toast",
        [
            ("egg_white", P("1 egg white", 3)),
            ("egg_scr", P("1 egg")),
            ("toast_ww", P("1 medium or regular slice")),
        ],
    ),
    (
        "Breakfast was two rashers of bacon, two chipolatas and a fried egg, then a cuppa.",
        [
            ("bacon", P("1 medium slice (yield after cooking)", 2)),
            ("sausage", P("1 breakfast size link", 2)),
            ("egg_fried", P("1 egg")),
            ("tea_milk", V()),
        ],
    ),
    (
        "I had shepherd's pie for tea, a proper individual one.",
        [("shepherds", P("1 individual pie"))],
    ),
    (
        "We had mince and mash, I'd say a cup of mince and a cup of mash.",
        [("mince", P("1 cup")), ("mash", P("1 cup"))],
    ),
    (
        "I had a 150 g pot of fruit greek yogurt and a banana.",
        [("greek_fruit", G(150)), ("banana", P("1 banana"))],
    ),
    (
        "Um I had like two cups of fried rice and some kimchi on the side.",
        [("fried_rice", P("1 cup", 2)), ("kimchi", V())],
    ),
    (
        "I had a bottle of Ensure in the morning because I wasn't hungry.",
        [("ensure", P("1 bottle (8 fl oz)"))],
    ),
    (
        "For dinner I had baked cod, about 5 ounces, with half a cup of peas and carrots.",
        [("cod_baked", OZ(5)), ("pea_carrot", P("1 cup", 0.5))],
    ),
    (
        "My kids each had a hot dog in a bun, I'm logging my son's, he had ketchup on it.",
        [("hot_dog", P("1 regular")), ("hot_dog_bun", P("1 hot dog bun")), ("ketchup", TOPPING)],
    ),
    (
        "I had two chicken empanadas, the big ones, from the bakery.",
        [("empanada_chicken", P("1 regular/large", 2))],
    ),
    (
        "After work I had 2 cans of beer, the 12 ounce ones.",
        [("beer", P("1 can or bottle (12 fl oz)", 2))],
    ),
    (
        "I had a mug of cafe con leche, about 12 ounces, and a piece of toast with butter.",
        [
            ("cafe_leche", FL(12)),
            ("toast_white", P("1 medium or regular slice")),
            ("butter", SPREAD(1)),
        ],
    ),
    (
        "At the food truck I had three carne asada tacos, so three corn tortillas and maybe 4 ounces of steak.",
        [("tortilla_corn", P("1 medium", 3)), ("steak_flank", OZ(4))],
    ),
    (
        "I had a large masala dosa and a coffee at the South Indian place.",
        [("dosa", P("1 large")), ("coffee", V())],
    ),
    (
        "I drank 500 ml of skim milk with 2 scoops of whey after lifting.",
        [("milk_skim", ML(500)), ("whey", P("1 scoop, NFS", 2))],
    ),
    (
        "I had palak paneer with half a naan at the buffet.",
        [("palak_paneer", V()), ("naan", P('1 Naan (10" dia)', 0.5))],
    ),
    ("I ate a 250 gram tub of cottage cheese as my snack.", [("cottage", G(250))]),
    (
        "We had oxtail stew with rice, I'd guess 200 grams of oxtail and a cup of rice.",
        [("oxtail", G(200)), ("rice_white", P("1 cup, cooked"))],
    ),
    (
        "My daughter only ate four fish sticks and a few baby carrots tonight.",
        [("fish_sticks", P("1 stick", 4)), ("baby_carrots", V())],
    ),
    (
        "I had a chicken curry, around 300 grams, and 100 grams of basmati rice.",
        [("chicken_curry", G(300)), ("rice_white", G(100))],
    ),
    (
        "I had a slice of apple pie and a cup of tea with milk in the afternoon.",
        [("apple_pie", P("1 regular slice")), ("tea_milk", P("1 cup"))],
    ),
    (
        "I had 2 pieces of boiled plantain and 100 grams of fried fish.",
        [("plantain_boiled", P("1 slice", 2)), ("cod_fried", G(100))],
    ),
    ("For breakfast I had a large flat white, 473 ml, and nothing else.", [("latte", ML(473))]),
    (
        "this morning i had one crumpet with butter and a glass of orange juice",
        [("crumpet", P("1 crumpet")), ("butter", SPREAD(1)), ("oj", V())],
    ),
    (
        "last night i had a can of chicken noodle soup and some crackers",
        [("chicken_noodle", P("1 can")), ("saltines", V())],
    ),
    (
        "for dinner i had 100 g of tofu stir fry and 200 g of brown rice",
        [("tofu_veg", G(100)), ("rice_brown", G(200))],
    ),
    (
        "I had 2 tostones and a cup of picadillo with rice, maybe a cup of rice.",
        [
            ("plantain_fried", P("1 slice", 2)),
            ("picadillo", P("1 cup")),
            ("rice_white", P("1 cup, cooked")),
        ],
    ),
    (
        "I had a bowl of pozole that my neighbor brought over, probably two cups.",
        [("pozole", P("1 cup", 2))],
    ),
    (
        "After dinner I had a scoop of vanilla ice cream and a couple of shortbread biscuits.",
        [("ice_cream", P("1 scoop")), ("shortbread", P("1 small", 2))],
    ),
    (
        "I had a suya skewer and a bottle of beer at the party.",
        [("beef_kabob", P("1 shishkabob")), ("beer", P("1 can or bottle (12 fl oz)"))],
    ),
    (
        "I had 120 g of tuna in water mixed with half an avocado.",
        [("tuna_can", G(120)), ("avocado", P("1 fruit", 0.5))],
    ),
    (
        "At brunch I had huevos rancheros with two eggs and a cafe con leche.",
        [("huevos_rancheros", P("1 egg", 2)), ("cafe_leche", V())],
    ),
    (
        "I had chilaquiles, about 250 grams, with a fried egg on top.",
        [("chilaquiles", G(250)), ("egg_fried", P("1 egg"))],
    ),
    (
        "Tonight I had six potstickers and a cup of miso soup.",
        [("potsticker", P("1 item, any size", 6)), ("miso_soup", P("1 cup"))],
    ),
    (
        "I made a protein shake with 30 grams of whey and 300 ml of 1% milk.",
        [("whey", G(30)), ("milk_1", ML(300))],
    ),
    (
        "I had a medium apple and 2 tablespoons of peanut butter as my afternoon snack.",
        [("apple", P("1 medium")), ("peanut_butter", P("1 tablespoon", 2))],
    ),
    (
        "I had 2 slices of whole wheat toast with vegemite and a cup of black tea.",
        [("toast_ww", P("1 medium or regular slice", 2)), ("vegemite", V()), ("tea", P("1 cup"))],
    ),
    (
        "I had about 6 ounces of grilled chicken thigh, jerk style, and a cup of rice and peas.",
        [("chicken_thigh", OZ(6)), ("beans_rice", P("1 cup"))],
    ),
    (
        "For lunch I had 3 cups of lentil curry, no, 1 cup, and two puris.",
        [("lentil_curry", P("1 cup")), ("puri", P('1 puri (approx 4-4/5" dia)', 2))],
    ),
    (
        "We had bibimbap at the Korean place and I had a little kimchi.",
        [("bibimbap", V()), ("kimchi", V())],
    ),
    (
        "I gave my toddler 4 oz of whole milk and half a banana before nap.",
        [("milk_whole", FL(4)), ("banana", P("1 banana", 0.5))],
    ),
    (
        "I had a sausage roll and a 500 ml bottle of cola from the petrol station.",
        [("sausage_roll", P("1 pig in blanket")), ("cola", ML(500))],
    ),
    (
        "I had a Greek yogurt with fruit, the 5.3 oz cup, and a cup of green tea.",
        [("greek_fruit", P("1 5.3 oz container")), ("green_tea", P("1 cup"))],
    ),
    (
        "For supper I had a baked chicken breast, about 140 grams, and a cup of broccoli.",
        [("chicken_breast_roast", G(140)), ("broccoli", P("1 cup"))],
    ),
    (
        "I had porridge with water, 40 grams of oats, and a sliced banana.",
        [("oats_raw", G(40)), ("banana", P("1 banana"))],
    ),
    (
        "I had two scones with jam at the garden centre and a pot of tea.",
        [("scone", P("1 regular", 2)), ("jam", V()), ("tea", V())],
    ),
    (
        "My son ate a grilled cheese and drank a cup of milk.",
        [("grilled_cheese", P("1 sandwich")), ("milk_whole", P("1 cup"))],
    ),
    (
        "I had a lot of pancit at the party, maybe 2 cups, and three lumpia.",
        [("chow_mein_chicken", P("1 cup", 2)), ("egg_roll", P("1 egg roll", 3))],
    ),
    (
        "i had 1 cup of fish curry and 200 g of cassava",
        [("fish_curry", P("1 cup")), ("cassava", G(200))],
    ),
    (
        "I had a 20 oz bottle of Diet Coke and two glazed donuts this morning, not my finest.",
        [("diet_cola", P("1 bottle (20 fl oz)")), ("donut", P("1 doughnut", 2))],
    ),
    (
        "We had tea at four, I had two digestive biscuits and a cup of tea with milk.",
        [
            (
                "graham",
                P("1 large rectangular piece or 2 squares or 4 small rectangular pieces", 2),
            ),
            ("tea_milk", P("1 cup")),
        ],
    ),
    ("I had 150 grams of chicken adobo with rice, the rice mixed in.", [("adobo_rice", G(150))]),
    (
        "I think I ate about 10 strawberries and a string cheese.",
        [("strawberries", P("1 fruit", 10)), ("string_cheese", P("1 stick"))],
    ),
    ("I had an arepa with some cheese for breakfast.", [("arepa", V()), ("cheddar", V())]),
    (
        "I had 2 cups of vegetable soup and a bread roll.",
        [("veg_soup", P("1 cup", 2)), ("roll", P("1 medium/regular/sandwich size roll"))],
    ),
    (
        "I had a medium sweet potato and 4 ounces of ground turkey.",
        [("sweet_potato", P("1 medium")), ("turkey_ground", OZ(4))],
    ),
    (
        "I had one cup of chana saag and a roti.",
        [("chana_saag", P("1 cup")), ("roti", P('1 medium chappatti or roti (7")'))],
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
