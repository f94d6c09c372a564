"""Which foods go together on one plate: the pairing rules of a lunch, dinner or breakfast.

A second blind dietitian's review found the week's numbers right but its plates odd: a
General Tso chicken with raw peas, jicama, a banana and candied sweet potato; tilapia
with fufu and yuca fries; beans with beans; jelly with no bread. The rules here describe
a plate the way a dietitian builds one, from the food's description and WWEIA category
(no lists of single foods):

- **cuisine**: a side that belongs to a cuisine (fufu, lefse, jicama, naan, a taco shell)
  comes only beside a centre of that cuisine; sides of no particular cuisine (rice,
  broccoli, a roll) go with anything;
- **one starch**: a plate holds one grain or starchy food, counting the one inside a
  sandwich, burger, pizza, pasta or rice dish;
- **one legume**: beans beside a bean dish, or two kinds of beans, is one too many;
- **where sides belong**: everyday fresh fruit only (no fruit sauces, dessert fruit or
  lychees) and no raw vegetables that are normally cooked at a main meal;
- **additions on their base**: syrup on pancakes or waffles, jam on bread or a bagel,
  cream cheese on a bagel, honey on those or on oatmeal or yogurt.

:mod:`domain.planner.model` turns these into rows of the day's model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from domain.planner.foods import FoodRecord
from domain.planner.rules import BESIDE_CENTRE_CODES, MealSlot, food_role

# Cuisine -> words of a food's name that place it in that cuisine. A dish named for a
# country or made of a staple of one cuisine; tofu, rice and beans belong to all of them.
CUISINE_WORDS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(
        r"\b(mexican|puerto rican|cuban|dominican|salvadoran|colombian|peruvian|"
        r"tacos?|taco shell|burritos?|enchiladas?|tamales?|quesadillas?|tostadas?|"
        r"fajitas?|nachos?|tortillas?|refried|frijoles|plantains?|tostones|maduros|yuca|"
        r"cassava|pupusas?|arepas?|empanadas?|mole|pozole|chile relleno|jicama|chayote|"
        r"bolillo|arroz|pastelillos?|mofongo|sofrito|chimichangas?|flautas?|gorditas?|"
        r"sopes?|huevos|chilaquiles|carnitas|barbacoa|al pastor|menudo|picadillo)\b",
        re.IGNORECASE,
    ),
    "east_asian": re.compile(
        r"\b(chinese|japanese|korean|thai|vietnamese|filipino|asian|stir[- ]?fr\w*|"
        r"teriyaki|kung pao|general tso|sweet and sour|lo mein|chow mein|chop suey|"
        r"fried rice|egg rolls?|spring rolls?|dumplings?|wontons?|pot ?stickers?|sushi|"
        r"tempura|miso|bok choy|water che\w*nuts?|bamboo shoots?|lychee|seaweed|nori|"
        r"kimchi|pad thai|pho|ramen|udon|soba|jai|adobo|pancit|lumpia|bibimbap|bulgogi|"
        r"szechuan|hunan|mandarin|moo shu|egg foo|lemongrass|satay|bao)\b",
        re.IGNORECASE,
    ),
    "south_asian": re.compile(
        r"\b(indian|pakistani|curry|dal|dhal|masala|tikka|paneer|naan|roti|chapp?att?i|"
        r"parathas?|puris?|dosas?|idli|samosas?|biryani|pakoras?|vadas?|raita|chana|"
        r"saag|korma|vindaloo|tandoori|papad|upma|poha|kheer|pulao|pilau|sambar)\b",
        re.IGNORECASE,
    ),
    "african_caribbean": re.compile(
        r"\b(fufu|jollof|egusi|jerk|ackee|callaloo|injera|ethiopian|nigerian|ghanaian|"
        r"kenkey|banku|moi moi|suya|oxtail|roti, caribbean|johnny ?cakes?)\b",
        re.IGNORECASE,
    ),
    "middle_eastern": re.compile(
        r"\b(hummus|falafel|pita|gyros?|shawarma|tabb?ouleh?|couscous|kabobs?|kebabs?|"
        r"baba ghanoush|tzatziki|dolmas?|kibbeh|fattoush|greek|mediterranean|"
        r"lebanese|turkish|armenian|persian)\b",
        re.IGNORECASE,
    ),
    "nordic": re.compile(r"\b(lefse|lutefisk|lingonberr\w*)\b", re.IGNORECASE),
}


@cache
def cuisine_of_name(name: str) -> str:
    """The cuisine a food's name places it in (:data:`CUISINE_WORDS`), or ``""``."""
    for kind, words in CUISINE_WORDS.items():
        if words.search(name):
            return kind
    return ""


def cuisine(food: FoodRecord) -> str:
    """The food's cuisine (``""``: none in particular, goes with anything)."""
    return cuisine_of_name(food.name) if food.kind == "food_as_eaten" else ""


# WWEIA mixed-dish categories whose foods hold their grain or starch: rice and pasta
# dishes, macaroni and cheese, fried rice and noodles, dumplings and sushi, burritos and
# tacos, nachos, pizza, and every kind of sandwich and burger.
STARCHY_DISH_CODES = frozenset(
    {"3202", "3204", "3206", "3402", "3406", "3502", "3504", "3602", "3702", "3703", "3704",
     "3720", "3722", "3730", "3740", "3742", "3744"}
)  # fmt: skip
STARCHY_DISH_WORDS = re.compile(
    r"\b(rice|noodles?|pasta|spaghetti|macaroni|lasagna|ravioli|tortellini|gnocchi|"
    r"bread|buns?|rolls?|sandwich\w*|burgers?|tortillas?|tacos?|burritos?|enchiladas?|"
    r"tamales?|pizza|dumplings?|potato\w*|biscuits?|pot pie|pie|stuffing|couscous|"
    r"grits|polenta|quinoa|barley|fufu|yuca|cassava|plantains?|crust|crepes?|starchy|"
    r"pancakes?|waffles?|wraps?|pita|naan|roti|dosas?)\b",
    re.IGNORECASE,
)


# Vegetables a dietitian counts as the plate's starch (USDA files sweet potatoes and corn
# among vegetables): with rice or a roll beside them, a plate has two starches.
STARCHY_VEG = re.compile(r"^(?:sweet potato|potato|yam|corn|plantain|yuca|cassava|taro)\b", re.I)


def is_starchy(food: FoodRecord) -> bool:
    """True for a plate's starch: a grain or starch, a starchy vegetable, or a mixed dish
    holding one (:func:`holds_starch`)."""
    role = food_role(food)
    if role == "starch":
        return True
    if role == "veg" and food.kind == "food_as_eaten":
        return bool(STARCHY_VEG.search(food.name))
    return holds_starch(food)


def holds_starch(food: FoodRecord) -> bool:
    """True for a mixed dish that holds its grain or starch (a sandwich, pasta, pizza, a
    rice dish, stew with potatoes), so a plate needs no other starch beside it."""
    role = food_role(food)
    if food.kind != "food_as_eaten" or role not in ("mixed", "breakfast", "veg"):
        return False
    if role == "veg" and food.wweia_code != "3104":  # vegetable dishes: casseroles
        return False
    # Soups, salads and bean dishes beside a sandwich keep their own starch small (chicken
    # noodle soup with a sandwich is a classic lunch).
    if food.wweia_code in BESIDE_CENTRE_CODES:
        return False
    return food.wweia_code in STARCHY_DISH_CODES or bool(STARCHY_DISH_WORDS.search(food.name))


LEGUME_WORDS = re.compile(
    r"^(?:[a-z]+ )?(beans?|lentils?|chickpeas?|garbanzo|black-eyed peas|cowpeas|"
    r"split peas|pigeon peas|dal|dhal|hummus|refried|frijoles|chili)\b",
    re.IGNORECASE,
)


# Cuisines whose plates hold beans beside the centre: rice and beans, dal with a curry,
# chickpeas with a kebab, rice and peas with jerk chicken.
LEGUME_CUISINES = frozenset({"latin", "south_asian", "middle_eastern", "african_caribbean"})
BAKED_BEANS = re.compile(r"^(?:baked beans|beans, baked|pork and beans)", re.IGNORECASE)


def is_legume(food: FoodRecord) -> bool:
    """True for beans, lentils and dishes made mainly of them (the head of the name)."""
    if food.kind != "food_as_eaten":
        return food.category == "legumes"
    if food.wweia_code == "2802":
        return True
    # Dishes named for their beans (chili, dal, refried beans); green beans are vegetables.
    dish = food_role(food) in ("protein", "mixed")
    return dish and bool(LEGUME_WORDS.search(food.name.split(",")[0]))


# WWEIA 6018 "other fruits" (guava, lychee, passion fruit, kumquat, figs): eaten as a
# snack by those who like them, not the fruit a dietitian puts beside lunch.
OTHER_FRUITS = "6018"
SLICED_BREAD = "4202"  # WWEIA yeast breads (rolls and buns are 4204)
# Sandwiches, burgers and pizza (WWEIA): a plate of beans does not come beside them.
HANDHELD_CODES = frozenset(
    {"3602", "3702", "3703", "3704", "3720", "3722", "3730", "3740", "3742", "3744"}
)


FRUIT_SAUCE = re.compile(r"\bapplesauce\b|\bsauce\b", re.IGNORECASE)
# Raw vegetables served as a side at lunch or dinner: the crudités and salad vegetables
# people eat raw; other raw vegetables (summer squash, cabbage, peas, banana peppers) are
# cooked first or only sliced into a dish.
RAW_SIDES = re.compile(
    r"^(?:carrots?|tomato\w*|cucumber|celery|broccoli|cauliflower|peppers, (?:raw|sweet)|"
    r"raw vegetable|avocado|radish\w*|coleslaw|cabbage salad|lettuce salad|salad)\b",
    re.IGNORECASE,
)


def fits_slot(food: FoodRecord, slot: MealSlot) -> bool:
    """Where a food belongs in a meal of this kind (foods as eaten):

    - lunch and dinner: no garnish on its own (a lemon wedge or sun-dried tomatoes are
      part of a dish, not an item), fruit only fresh and everyday (no fruit sauce, no
      dessert fruit, no WWEIA "other fruits");
    - breakfast: no garlic bread, no dessert fruit or WWEIA "other fruits" (a cuisine's
      breakfast, a dosa or arepa, stays: its additions and one-cuisine rule are in the model).
    """
    if food.kind != "food_as_eaten":
        return True
    role = food_role(food)
    if slot.needs_main:
        if role == "garnish":
            return False
        if slot.kind == "dinner" and food.wweia_code == SLICED_BREAD:
            return False  # a roll with dinner; sliced bread is for sandwiches and toast
        if role in ("veg", "starch") and re.search(r"\braw\b", food.name, re.I):
            return bool(RAW_SIDES.search(food.name))
        if role == "fruit":
            return (
                not FRUIT_SAUCE.search(food.name)
                and "sweet" not in food.flags
                and food.wweia_code != OTHER_FRUITS
            )
        return True
    if slot.kind == "breakfast":
        if role in ("breakfast", "starch") and "garlic" in food.name.lower():
            return False  # garlic bread is for dinner
        if role == "fruit" and (food.wweia_code == OTHER_FRUITS or "sweet" in food.flags):
            return False  # baked bananas, fruit in syrup: a dessert, not breakfast fruit
    return True


# Breakfast additions and the foods they go on (WWEIA codes): syrup on pancakes, waffles
# and French toast (4404); jam on toast (4202), a bagel or English muffin (4206), a biscuit
# (4402) or pancakes; cream cheese on a bagel or toast; honey also on oatmeal (4802) and
# yogurt (1820, 1822, 1904). An addition with no listed base is never planned at breakfast.
ADDITION_BASES: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"syrup", re.I), frozenset({"4404"})),
    (re.compile(r"^honey", re.I),
     frozenset({"4202", "4206", "4404", "4802", "1820", "1822", "1904"})),
    (re.compile(r"^(?:jam|jelly|marmalade|fruit butter)", re.I),
     frozenset({"4202", "4206", "4402", "4404"})),
    (re.compile(r"cream cheese|cheese spread", re.I), frozenset({"4202", "4206"})),
    (re.compile(r"whipped", re.I), frozenset({"4404"})),
    # Flax, chia and hemp seeds (garnishes): stirred into oatmeal, cereal or yogurt.
    (re.compile(r"^(?:flax|flaxseed|chia|hemp)", re.I),
     frozenset({"4802", "4602", "4604", "1820", "1822", "1904"})),
)  # fmt: skip


def breakfast_base_test(addition: FoodRecord) -> Callable[[FoodRecord], bool] | None:
    """For a breakfast addition, a test of the foods it may go on; None when the food is
    not one of :data:`ADDITION_BASES` (the model's general rule applies)."""
    for words, codes in ADDITION_BASES:
        if words.search(addition.name):
            # On the American breakfast foods they go with: no jam on a dosa or a Chinese
            # pancake.
            return lambda food, codes=codes: food.wweia_code in codes and not cuisine(food)
    if addition.kind == "food_as_eaten" and food_role(addition) == "addition":
        return lambda food: False  # sour cream at breakfast: nothing it goes on
    return None
