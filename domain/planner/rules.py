"""What a plan may contain: meal slots, restrictions and realistic serving steps.

Restrictions and slot suitability become variable bounds in the MILP (a food that fails
them is never a variable), so a plan cannot break them whatever the solver does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from domain.diet import SOFT_PREFERENCES, build_restrictions
from domain.diet import Restrictions as DietRestrictions
from domain.planner.foods import FoodRecord, Portion


@dataclass(frozen=True)
class Restrictions:
    """Foods the person must never get: the person's diet restrictions plus dislikes.

    ``diet`` comes from the one vocabulary (``domain.diet.build_restrictions``: diet tags
    a food must carry, allergen tags it must be known to lack, name fragments of
    allergies with no tag). ``avoid_ids``: disliked food ids / NDB numbers; disliked
    names join ``diet.avoid_words``.
    """

    diet: DietRestrictions = field(default_factory=DietRestrictions)
    avoid_ids: frozenset[str] = frozenset()

    @property
    def diets(self) -> frozenset[str]:
        return self.diet.diets

    @property
    def allergens(self) -> frozenset[str]:
        return self.diet.allergens

    @property
    def avoid_words(self) -> tuple[str, ...]:
        return self.diet.avoid_words

    @property
    def other_preferences(self) -> tuple[str, ...]:
        """Preferences that exclude no food (low_carb, low_sodium): targets use them."""
        return tuple(sorted(p for p in self.diet.preferences if p in SOFT_PREFERENCES))

    @classmethod
    def build(
        cls,
        diets: Iterable[str] = (),
        allergies: Iterable[str] = (),
        disliked: Iterable[str] = (),
    ) -> Restrictions:
        """Normalise profile-style lists (``dietary_preferences``, ``allergies``, dislikes).

        An allergy with no catalog tag is matched by name, so it still excludes foods.
        A disliked entry is an id/NDB number or a name substring.
        """
        ids: set[str] = set()
        words: list[str] = []
        for raw in disliked:
            text = str(raw).strip()
            if text.isdigit():
                ids.add(text)
            elif text:
                words.append(text.lower())
        diet = build_restrictions(list(diets), list(allergies))
        if words:
            diet = diet.merged(DietRestrictions(avoid_words=tuple(words)))
        return cls(diet, frozenset(ids))

    def allows(self, food: FoodRecord) -> bool:
        """True when the food satisfies every restriction (unknown allergens never do), and
        its name names nothing the restrictions exclude (see :data:`NAME_DOUBTS`)."""
        if food.id in self.avoid_ids or (food.ndb_no and food.ndb_no in self.avoid_ids):
            return False
        if name_doubts(food.name) & (self.diet.allergens | _diet_exclusions(self.diet.diets)):
            return False
        return self.diet.allows_tags(
            food.diet_tags,
            food.allergen_tags,
            food.unknown_allergens,
            f"{food.name} {food.description}",
        )

    def describe(self) -> str:
        """Short words for messages, e.g. ``vegan, tree-nut-free``."""
        text = self.diet.describe()
        ids = [f"without food {i}" for i in sorted(self.avoid_ids)]
        if not ids:
            return text
        return ", ".join(([] if text == "unrestricted" else [text]) + ids)

    def as_dict(self) -> dict[str, list[str]]:
        """JSON-ready copy for the plan's inputs."""
        return {
            **self.diet.as_dict(),
            "avoid_ids": sorted(self.avoid_ids),
            "other_preferences": list(self.other_preferences),
        }


# A plan is read by its food names: a dietitian would not serve "Bacon bits" to a
# vegetarian, "Chinese pancake" or "Cereal, O's" to a coeliac, or "Garlic bread" to someone
# avoiding milk, whatever USDA's recipe for that entry says (real products often differ:
# meatless bacon bits, wheat in pancakes, malt in corn flakes, butter in garlic bread). So
# a name word that usually means an excluded ingredient excludes the food unless the name
# says otherwise ("meatless", "gluten free", "dairy free"). Tag -> (name words, unless).
NAME_DOUBTS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "meat": (
        re.compile(
            r"\b(bacon|ham|beef|pork|chicken|turkey|sausages?|pepperoni|salami|veal|lamb|"
            r"meat|meatballs?|hot ?dogs?|frankfurters?|chorizo|jerky|gelatin|lard|"
            r"prosciutto|pastrami|bologna|gummy|gummies|marshmallows?|fruit snacks)\b",
            re.IGNORECASE,
        ),
        re.compile(r"meatless|vegetarian|vegan|imitation|meat substitute|veggie", re.I),
    ),
    "fish": (
        re.compile(r"\b(fish|tuna|salmon|sardines?|anchov\w*|cod|tilapia|trout)\b", re.I),
        re.compile(r"imitation|fish-free|vegan", re.I),
    ),
    "shellfish": (
        re.compile(r"\b(shrimp|crab|clams?|oysters?|lobster|scallops?|mussels?)\b", re.I),
        re.compile(r"imitation", re.I),
    ),
    "gluten": (
        re.compile(
            r"\b(pancakes?|waffles?|breads?|cereal|granola|biscuits?|muffins?|cakes?|"
            r"cookies?|crackers?|pasta|noodles?|tortillas?|pitas?|bagels?|rolls?|buns?|"
            r"croutons?|pretzels?|dumplings?|wontons?|batter|breaded|malt\w*|barley|rye|"
            r"couscous|seitan|stuffing|pie|pastry|croissants?|sandwich\w*|pizza|meatloaf|"
            r"gravy|salisbury|wellington|corn pone|licorice|liquorice)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"gluten[- ]free|corn tortilla|tortillas?, corn|rice noodles?|rice cakes?|"
            r"rice paper|rice pasta|mung bean|potato pancake|corn bread|cornbread",
            re.IGNORECASE,
        ),
    ),
    "milk": (
        re.compile(
            r"\b(garlic bread|butter|cheese\w*|cream\w*|milk|yogurt|whey|ranch|alfredo|"
            r"au gratin|custard|pudding|queso|paneer|ghee|naan|paratha|garlic rolls?|"
            r"roll, garlic|cornbread|corn bread|corn pone|bread, high protein)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"dairy[- ]free|non-?dairy|(soy|almond|coconut|oat|rice|cashew|plant-based)"
            r"[ -]?(milk|yogurt|cheese|creamer)|peanut butter|nut butter|apple butter|"
            r"almond butter|cocoa butter|cream of tartar|butternut|buttermilk-free",
            re.IGNORECASE,
        ),
    ),
    "egg": (
        re.compile(
            r"\b(eggs?|mayonnaise|mayo|meringue|custard|quiche|french toast|wellington|"
            r"cornbread|corn bread|corn pone|bread, gluten free|roll, gluten free)\b",
            re.I,
        ),
        re.compile(r"egg-free|eggless|vegan", re.I),
    ),
    "soy": (
        re.compile(
            r"\b(soy\w*|tofu|edamame|miso|tempeh|teriyaki|ramen|bread, high protein)\b", re.I
        ),
        None,
    ),
    "peanuts": (re.compile(r"\bpeanuts?\b", re.I), None),
    "tree_nuts": (
        re.compile(
            r"\b(almonds?|walnuts?|pecans?|cashews?|pistachios?|hazelnuts?|macadamia|"
            r"praline|nutella|marzipan|pesto)\b",
            re.IGNORECASE,
        ),
        None,
    ),
    "sesame": (re.compile(r"\b(sesame|tahini|hummus|falafel|trail mix|halva)\b", re.I), None),
    # For halal (domain.diet): names that usually mean pork or alcohol.
    "pork": (
        re.compile(
            r"\b(pork|ham|bacon|lard|pepperoni|salami|prosciutto|pancetta|chorizo|carbonara|"
            r"sausages?|hot ?dogs?|frankfurters?|bologna|kielbasa|bratwurst|mortadella|spam|"
            r"pigs?|gelatin|marshmallows?|luncheon meat|carnitas|chicharrones?)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"meatless|vegetarian|vegan|imitation|veggie|plant-based|"
            r"\b(turkey|chicken|beef)( or (turkey|chicken|beef))?,? (bacon|ham|sausages?|"
            r"pepperoni|salami|hot ?dogs?|frankfurters?|bologna)\b|"
            r"^(bacon|ham|salami|sausages?|pepperoni|hot ?dogs?|frankfurters?|bologna),? "
            r"(turkey|chicken|beef)\b",
            re.IGNORECASE,
        ),
    ),
    "alcohol": (
        re.compile(
            r"\b(wines?|beers?|ales?|rum|vodka|whiske?y|bourbon|brandy|liqueurs?|sake|mirin|"
            r"sherry|marsala|tiramisu|beer-battered|champagne|sangria|cocktails?|margaritas?|"
            r"daiquiris?|martinis?|teriyaki|scampi|fondue)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"(root|ginger|birch) beer|ginger ale|wine vinegar|fruit cocktail|shrimp cocktail|"
            r"cocktail sauce|juice cocktail|cocktail onions",
            re.IGNORECASE,
        ),
    ),
}
NAME_DOUBTS["wheat"] = NAME_DOUBTS["gluten"]


@cache
def name_doubts(name: str) -> frozenset[str]:
    """The tags (allergens, ``meat``) a food's name suggests it holds (:data:`NAME_DOUBTS`).

    Cached: every plan asks it of every food in the catalog, and names do not change."""
    found = set()
    for tag, (words, unless) in NAME_DOUBTS.items():
        if words.search(name) and not (unless and unless.search(name)):
            found.add(tag)
    return frozenset(found)


def _diet_exclusions(diets: frozenset[str]) -> frozenset[str]:
    """Name-doubt tags a diet excludes (vegetarian: meat and fish; vegan: also milk, egg;
    halal: pork and alcohol)."""
    out: set[str] = set()
    if diets & {"vegetarian", "vegan", "pescatarian"}:
        out.add("meat")
    if diets & {"vegetarian", "vegan"}:
        out |= {"fish", "shellfish"}
    if "vegan" in diets:
        out |= {"milk", "egg"}
    if "gluten_free" in diets:
        out.add("gluten")
    if "halal" in diets:
        out |= {"pork", "alcohol"}
    return frozenset(out)


# --- meal slots ------------------------------------------------------------------------------

# Slot kind -> catalog meal tags that may fill it (no steak for a snack).
SLOT_TAGS: dict[str, frozenset[str]] = {
    "breakfast": frozenset({"breakfast"}),
    "lunch": frozenset({"main", "side"}),
    "dinner": frozenset({"main", "side"}),
    "snack": frozenset({"snack"}),
}


@dataclass(frozen=True)
class MealSlot:
    """One meal of the day: its share of the day's energy and the allowed window."""

    name: str
    kind: str  # breakfast / lunch / dinner / snack
    share: float
    low: float
    high: float
    min_items: int = 2
    max_items: int = 4

    @property
    def needs_main(self) -> bool:
        """Lunch and dinner are built around one or two main dishes."""
        return self.kind in ("lunch", "dinner")


def _slot(name: str, kind: str, share: float, min_items: int = 2, max_items: int = 5) -> MealSlot:
    # Window: share +- 5 points, so meals stay recognisable yet leave the solver room.
    return MealSlot(name, kind, share, max(share - 0.05, 0.0), share + 0.05, min_items, max_items)


DEFAULT_MEALS: tuple[MealSlot, ...] = (
    _slot("breakfast", "breakfast", 0.25),
    _slot("lunch", "lunch", 0.35),
    _slot("dinner", "dinner", 0.30),
    _slot("snack", "snack", 0.10, min_items=1, max_items=3),
)
THREE_MEALS: tuple[MealSlot, ...] = (
    _slot("breakfast", "breakfast", 0.30),
    _slot("lunch", "lunch", 0.35),
    _slot("dinner", "dinner", 0.35),
)
FIVE_MEALS: tuple[MealSlot, ...] = (
    _slot("breakfast", "breakfast", 0.25),
    _slot("morning snack", "snack", 0.075, min_items=1, max_items=2),
    _slot("lunch", "lunch", 0.30),
    _slot("afternoon snack", "snack", 0.075, min_items=1, max_items=2),
    _slot("dinner", "dinner", 0.30),
)


def meals_for_count(count: int) -> tuple[MealSlot, ...]:
    """The default slots for 3, 4 or 5 meals a day."""
    options = {3: THREE_MEALS, 4: DEFAULT_MEALS, 5: FIVE_MEALS}
    if count not in options:
        raise ValueError("meals_per_day must be 3, 4 or 5.")
    return options[count]


# Per category: at most this many items in one meal (variety inside a meal).
CATEGORY_CAP = {"vegetables": 2, "fruits": 2}
DEFAULT_CATEGORY_CAP = 1
# Food groups never planned as items of their own.
UNPLANNED_GROUPS = frozenset({"Spices and Herbs", "Baby Foods"})


def suits(food: FoodRecord, slot: MealSlot) -> bool:
    """True when a food may appear in the slot (its meal tags meet the slot's)."""
    return food.food_group not in UNPLANNED_GROUPS and bool(food.meals & SLOT_TAGS[slot.kind])


# --- meal structure --------------------------------------------------------------------------

# An ingredient record (starter catalog) has no derived role: its category stands in.
CATEGORY_ROLE: dict[str, str] = {
    "meat": "protein",
    "poultry": "protein",
    "fish": "protein",
    "eggs": "protein",
    "legumes": "protein",
    "mixed_dishes": "mixed",
    "grains": "starch",
    "breads": "starch",
    "vegetables": "veg",
    "fruits": "fruit",
    "dairy": "dairy",
    "beverages": "drink",
    "snacks": "snack",
    "nuts_seeds": "snack",
    "sweets": "sweet",
    "fats_oils": "addition",
    "condiments": "addition",
}
# Roles that anchor a lunch or dinner (a protein food, or a mixed dish holding one).
MAIN_ROLES = frozenset({"protein", "mixed"})
# Roles that can be the base of a breakfast (not just a drink, fruit or topping).
BREAKFAST_BASE = frozenset({"breakfast", "protein", "dairy", "starch", "mixed"})
# A garnish (lemon wedge, grated parmesan, lettuce leaves) only comes beside one of these.
GARNISH_BASES = frozenset({"protein", "mixed", "starch", "veg", "breakfast", "dairy", "snack"})
# Canned fruit: at most one a day and on at most this many days a week (fresh fruit first).
CANNED_FRUIT_DAYS = 2
# At most this many items of a role in one meal (no two steaks, one starch, one topping).
ROLE_CAP: dict[str, int] = {
    "protein": 1,
    "mixed": 2,  # a sandwich and a soup
    "starch": 1,
    "veg": 2,
    "fruit": 1,
    "breakfast": 1,
    "dairy": 1,
    "drink": 1,
    "snack": 1,
    "sweet": 1,
    "addition": 1,
    "garnish": 1,  # a lemon wedge or grated parmesan beside the meal, one at most
}
# Flags (domain.fndds_meals) of foods planned only when the person asks for them.
ASKED_FLAGS = frozenset({"organ", "game"})
# Every lunch and dinner holds at least this much protein (a real protein source).
MAIN_MEAL_PROTEIN_G = 15.0


# WWEIA codes of foods that may come beside a meal's centre (beans beside a burrito, a
# soup before a sandwich) without making a second centre.
BESIDE_CENTRE_CODES = frozenset({"2802", "3802", "3804", "3806", "3808"})


def is_centre(food: FoodRecord) -> bool:
    """True for a lunch or dinner centre: a protein food or a mixed dish (a food as eaten),
    not beans, a soup or a salad, which may come beside one. One centre a meal: nobody
    plates a cheeseburger with a tuna fillet."""
    if food.kind != "food_as_eaten" or food.wweia_code in BESIDE_CENTRE_CODES:
        return False
    if "salad" in food.name.lower():
        return False
    # A vegetable dish with a main dish's protein (chana saag, palak paneer) is a centre too.
    hearty = food.category == "mixed_dishes" and protein_share(food) >= MIXED_PROTEIN_SHARE
    return food_role(food) in MAIN_ROLES or hearty


def protein_share(food: FoodRecord) -> float:
    """The share of a food's energy that comes from protein (4 kcal/g)."""
    return 4.0 * float(food.protein or 0.0) / food.kcal if food.kcal > 0 else 0.0


# A mixed dish is a real protein source when at least this share of its energy is protein
# (a chicken burrito, chili); pasta with tomato sauce or pad thai need a protein food.
MIXED_PROTEIN_SHARE = 0.16


def protein_source(food: FoodRecord) -> bool:
    """True for a protein food, or a mixed dish with MIXED_PROTEIN_SHARE of its energy
    from protein (foods as eaten); ingredient records: any main-role food."""
    role = food_role(food)
    if role == "protein" or food.kind != "food_as_eaten":
        return role in MAIN_ROLES
    return role == "mixed" and protein_share(food) >= MIXED_PROTEIN_SHARE


def food_role(food: FoodRecord) -> str:
    """The food's role in a meal: derived for foods as eaten, else from its category."""
    return food.role or CATEGORY_ROLE.get(food.category, "")


# --- serving steps ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Serving:
    """How a food is served: ``count`` x ``label`` (``grams`` each), count in [lo, hi].

    For foods as eaten a step is a whole or half household unit: ``unit`` is USDA's
    portion ("1 cup", "1 slice") and ``fraction`` 1.0 or 0.5 of it per step.
    """

    label: str
    grams: float
    lo: int
    hi: int
    unit: str = ""
    fraction: float = 1.0

    def household(self, count: int) -> str:
        """``count`` steps in household words: "1.5 cups", "2 slices", "1 medium"."""
        if not self.unit:
            return f"{count} x {self.label}"
        amount = count * self.fraction
        return household_text(amount, self.unit)


# Ingredient records (starter catalog): category -> (typical serving g, largest amount
# per meal g, smallest sensible amount g)
CATEGORY_SERVING: dict[str, tuple[float, float, float]] = {
    "meat": (85, 300, 60),
    "poultry": (85, 300, 60),
    "fish": (85, 300, 60),
    "eggs": (50, 200, 40),
    "dairy": (30, 300, 15),
    "grains": (100, 350, 25),
    "breads": (30, 200, 25),
    "vegetables": (80, 400, 40),
    "fruits": (120, 400, 50),
    "legumes": (90, 350, 30),
    "nuts_seeds": (28, 60, 10),
    "fats_oils": (14, 30, 5),
    "beverages": (240, 500, 100),
    "sweets": (40, 120, 15),
    "mixed_dishes": (200, 500, 100),
    "snacks": (28, 85, 15),
    "condiments": (15, 60, 10),
}
DEFAULT_SERVING = (100.0, 400.0, 25.0)


# --- the one portion-cap table ---------------------------------------------------------------

# Largest amount of ONE item in ONE meal that a person would find normal, and the smallest
# amount worth serving. cap class -> (unit word, most units, most grams when the food has
# no such unit, least grams). "serving" means USDA's default ("Quantity not specified").
PORTION_CAPS: dict[str, tuple[str, float, float, float]] = {
    "sweetener": ("tablespoon", 2, 40, 7),  # honey, jam, syrup: at most 2 tbsp
    "dressing": ("tablespoon", 2, 30, 7),  # salad dressing, oil: at most 2 tbsp
    "spread": ("tablespoon", 2, 30, 7),  # cream cheese, butter, sour cream
    "eggs": ("egg", 4, 200, 50),  # at most 4 eggs
    "bread": ("slice", 3, 120, 25),  # at most 3 slices of bread a meal
    "starch": ("cup", 1.5, 280, 60),  # rice, pasta, potatoes: at most 1.5 cups cooked
    "veg": ("cup", 2, 300, 40),  # vegetables: at most 2 cups an item
    "protein": ("oz", 8, 227, 56),  # meat, fish, tofu: 2-8 oz cooked
    "mixed": ("serving", 2, 600, 100),  # a main dish: at most ~2 servings
    # Fruit: 1 cup an item (USDA's cup-equivalent); whole fruits are counted too
    # (MAX_FRUIT_COUNT).
    "fruit": ("cup", 1, 200, 60),
    "drink": ("cup", 1.5, 360, 120),  # milk, coffee, tea: at most 1.5 cups
    "sweet_drink": ("cup", 1, 250, 120),  # juice, chocolate milk, smoothies: 1 cup
    "dairy": ("cup", 1, 250, 60),  # yogurt, cottage cheese: 1 cup
    "cheese": ("oz", 2, 57, 14),
    "nuts": ("oz", 1.5, 43, 14),
    "dried_fruit": ("cup", 0.5, 80, 15),  # raisins, dried apricots: at most 1/2 cup
    "fried_side": ("cup", 1, 150, 40),  # fries, tots, fried vegetables: at most 1 cup
    "snack": ("oz", 2, 57, 14),  # chips, crackers, bars
    "sweet": ("serving", 2, 150, 20),  # cake, cookies, ice cream
    "breakfast": ("serving", 2, 300, 30),  # cereal, oatmeal, pancakes
    # Garnishes (domain.fndds_meals: USDA's usual amount under 20 g): at most twice that
    # usual amount ("serving" here is USDA's default portion), 2 units at most.
    "garnish": ("serving", 2, 40, 2),
}
_UNIT_WORDS = {
    "tablespoon": r"tablespoons?|tbsp",
    "egg": r"eggs?|large|medium",
    "slice": r"(?:[a-z /]+ )?slices?",
    "cup": r"cups?",
}
OZ_GRAMS = 28.35
INGREDIENT_CAPPED = frozenset({"sweetener", "dressing", "spread"})
SWEETENER_WORDS = re.compile(r"honey|sugar|syrup|jam|jelly|preserves|molasses|marmalade")
MAX_COUNT = 4  # counted units (pieces, slices, figs) in one item: eggs <= 4, bread <= 3
MAX_DISH_COUNT = 1.5  # counted mixed dishes (sandwiches, burritos) in one item
SWEET_MAX_KCAL = 250.0  # energy of one sweet item (cake, candy, juice, sweet drink)
# Energy needs above PORTION_SCALE_KCAL a day scale the caps (at most MAX_PORTION_SCALE x).
PORTION_SCALE_KCAL = 2400.0
MAX_PORTION_SCALE = 1.6
# Spreads, sweeteners, dressings, garnishes, eggs and bread keep the table's amounts
# whatever the energy need; the other caps grow with it.
UNSCALED_CAPS = frozenset(
    {
        "sweetener",
        "dressing",
        "spread",
        "garnish",
        "eggs",
        "bread",
        "nuts",
        "dried_fruit",
        "dairy",
        "sweet_drink",
        "fried_side",
        "fruit",
        "drink",
        "breakfast",  # 2 cups of granola is a day's cereal, whatever the energy need
    }
)
_ONE_PER_PERSON = re.compile(
    r"sandwich|burger|burrito|wrap\b|\bsub\b|hoagie|hot dog|calzone|stromboli|quesadilla|"
    r"chimichanga|gyro|pot pie|frozen meal|dinner\b",
    re.IGNORECASE,
)
# Whole fruits in one item: 3 small ones (apricots, plums, figs), 2 from LARGE_FRUIT_G
# (a medium apple or orange, half a grapefruit).
MAX_FRUIT_COUNT, MAX_LARGE_FRUIT_COUNT, LARGE_FRUIT_G = 3, 2, 100.0
GARNISH_COUNT = 2  # lemon wedges, onion slices, lettuce leaves
# A food whose usual amount (USDA's "Quantity not specified" portion) is under this is
# garnish-size whatever its role (crackers, evaporated milk, seeds): at most
# SMALL_FOOD_MULTIPLE times that amount in one item, and never a meal's biggest item
# (domain.planner.model).
GARNISH_SIZE_G = 20.0
SMALL_FOOD_MULTIPLE = 4.0
# Vegetable and starch sides: at most this many times USDA's usual amount in one item.
SIDE_ROLES = frozenset({"veg", "starch"})
SIDE_MULTIPLE = 2.5
# At lunch and dinner, the items that make the meal's structure count from these amounts
# (grams of one item): a protein food of 2 oz, a mixed dish of 100 g, 40 g of vegetables.
STRUCTURE_MIN_G: dict[str, float] = {"protein": 56.0, "mixed": 100.0, "veg": 40.0}
# A vegetable dish recorded among mixed dishes (a salad) counts as a dish's amount.
MIXED_DISH_MIN_G = 100.0
DEFAULT_PORTION = "Quantity not specified"


def cap_class(food: FoodRecord) -> str:
    """The food's row in :data:`PORTION_CAPS` (role refined by category and WWEIA code)."""
    role = food_role(food)
    text = food.name.lower()
    if role == "garnish":
        return "garnish"
    if role == "addition":
        if food.category in ("sweets", "fruits") or food.wweia_code in ("8802", "8806"):
            return "sweetener"
        if food.wweia_code == "8012" or food.category == "fats_oils":
            return "dressing"
        return "spread"
    if role == "sweet" and SWEETENER_WORDS.search(text.split(",")[0]):
        return "sweetener"  # honey, sugar, syrup, jam among an ingredient list's sweets
    if role == "protein" and (food.category == "eggs" or food.wweia_code == "2502"):
        return "eggs" if "egg" in text else "protein"
    if role == "starch" and food.category == "breads":
        return "bread"
    if role in SIDE_ROLES and "fried" in food.flags:
        return "fried_side"
    if role == "fruit" and food.wweia_code == "6016":
        return "dried_fruit"
    if role == "drink" and "sweet" in food.flags:
        return "sweet_drink"
    cheese = "cheese" in text and "cottage" not in text
    if role == "dairy" and (food.wweia_code == "1602" or cheese):
        return "cheese"
    if role == "snack" and food.category == "nuts_seeds":
        return "spread" if "butter" in text else "nuts"  # peanut butter: 2 tbsp
    return role if role in PORTION_CAPS else "mixed"


def _default_grams(food: FoodRecord) -> float | None:
    return next((p.grams for p in food.portions if p.label == DEFAULT_PORTION), None)


def garnish_size(food: FoodRecord) -> bool:
    """True for a food as eaten whose usual amount is under :data:`GARNISH_SIZE_G`."""
    usual = _default_grams(food)
    return food.kind == "food_as_eaten" and usual is not None and usual < GARNISH_SIZE_G


def structure_min_grams(food: FoodRecord) -> float:
    """Grams from which an item counts for a lunch's or dinner's structure (0: any)."""
    least = STRUCTURE_MIN_G.get(food_role(food), 0.0)
    if food.category == "mixed_dishes" and least:
        least = max(least, MIXED_DISH_MIN_G)
    return least


def _unit_grams(food: FoodRecord, unit: str) -> float | None:
    if unit == "oz":
        return OZ_GRAMS
    if unit == "serving":
        return _default_grams(food)
    pattern = re.compile(rf"^1 (?:{_UNIT_WORDS.get(unit, unit)})\b", re.IGNORECASE)
    # Snack-size and crust-not-eaten slices are not the unit a cap counts in (they held
    # white bread to one 28 g slice a meal).
    grams = [
        p.grams
        for p in food.portions
        if pattern.match(p.label) and not _PARTIAL_UNIT.search(p.label)
    ]
    return min(grams) if grams else None


def portion_cap_grams(food: FoodRecord) -> tuple[float, float]:
    """(most grams, least grams) of one item in one meal, from :data:`PORTION_CAPS`."""
    unit, most_units, fallback, least = PORTION_CAPS[cap_class(food)]
    grams = _unit_grams(food, unit)
    most = most_units * grams if grams else fallback
    # A unit that is itself huge (a "cup" of a dense dish, a big default serving) never
    # lifts the cap far above the table's gram figure.
    return min(most, (1.0 if unit == "serving" else 1.5) * fallback), least


# Units that are not a serving one would plate (whole packages, pounds, whole pies ...).
_BULK_UNIT = re.compile(
    r"\b(lb|lbs|pound|package|pkg|container|can|jar|bottle|bag|box|loaf|pie|cake|recipe|"
    r"yield|melon|head|quart|gallon|pint|batch|pizza|stalk|bunch|NLEA)\b",
    re.IGNORECASE,
)
# FNDDS portion wordings that are not household units one would serve by.
_NOT_HOUSEHOLD = re.compile(
    r"yields|cubic inch|surface inch|linear inch|fl oz|guideline|topping|crust not eaten|"
    r"snack-size|calorie|pot\b|pizza\b|\bcan\b|bottle|jar\b|package|bag\b|tub\b|pouch|box|"
    r"loaf|whole|gallon|quart|pint|batch|recipe|packet|drink\b|miniature|bite size|chip\b|"
    r"cracker\b|pretzel\b|nut\b|piece/slice|dipping|tray|bowl|lb\b|pound|container|school|"
    r"individual|\bdry\b|\braw\b|\bfruit\b",
    re.IGNORECASE,
)
# Portion wordings a person would not serve by although USDA lists them: restaurant orders,
# brand names (capitalised words), frozen-meal and label units. Used only when a food has
# no other household unit.
_ODD_UNIT = re.compile(
    r"\border\b|\bmeal\b|\bmenu\b|\bNLEA\b|\bentree\b|\bitem\b|\btreat\b|\bstack\b|"
    r"^1 (?:[a-z/-]+ )*[A-Z]"
)
# Common household units: preferred over any other wording when one fits.
_COMMON_UNIT = re.compile(
    r"^1 (?:(?:small|medium|large|regular|thin|thick)(?: or [a-z]+)? )?"
    r"(?:cup|slice|piece|tablespoon|oz|egg|fillet|breast|thigh|drumstick|leg|wing|patty|link|"
    r"sandwich|taco|burrito|muffin|roll|bar|cookie|pancake|waffle|steak|chop|fruit|"
    r"small|medium|large|regular)\b",
    re.IGNORECASE,
)
_PARTIAL_UNIT = re.compile(r"snack-size|crust not eaten", re.IGNORECASE)
_MEASURES = re.compile(r"^1 (?:cup|tablespoon|teaspoon|oz)\b", re.IGNORECASE)
_WHOLE_ONLY = re.compile(r"\b(?:egg|slice|link|strip)s?\b", re.IGNORECASE)


def portion_scale(kcal: float) -> float:
    """How much larger than the table's caps one item may be for a person who needs
    ``kcal`` a day: 1 up to PORTION_SCALE_KCAL, then in proportion, at most
    MAX_PORTION_SCALE (a 4,000 kcal rower eats 2.5 cups of rice, not 1.5)."""
    return min(MAX_PORTION_SCALE, max(1.0, kcal / PORTION_SCALE_KCAL))


def serving_for(food: FoodRecord, scale: float = 1.0) -> Serving:
    """A realistic serving step for a food, bounded by :data:`PORTION_CAPS` (``scale``
    times the table's largest amounts: see :func:`portion_scale`).

    Foods as eaten: the household unit from USDA's portion list ("1 cup", "1 slice",
    "1 medium") closest to USDA's default serving, in whole units (eggs, slices) or half
    units (measures, large items); USDA's default serving ("1 serving") when no household
    unit fits. Ingredient records: see :func:`_ingredient_serving`.
    """
    most, least = portion_cap_grams(food)
    scaled = cap_class(food) not in UNSCALED_CAPS
    if scaled:
        most *= scale
    if "sweet" in food.flags and food.kcal > 0:
        # A king-size candy bar (515 kcal) or a large frozen coffee drink is not a snack a
        # dietitian plans: a sweet stays a treat-sized item whatever the energy need.
        most = min(most, SWEET_MAX_KCAL * 100.0 / food.kcal)
        least = min(least, most)
    usual = _default_grams(food)
    if usual is not None and food.kind == "food_as_eaten":
        # USDA's usual amount is always servable: the category's least never forces more
        # (8 lemon wedges, 3 cups of lettuce), nor lifts a garnish past its cap.
        least = min(least, usual)
        if garnish_size(food) and PORTION_CAPS[cap_class(food)][0] != "tablespoon":
            most = min(most, SMALL_FOOD_MULTIPLE * usual)
        elif food_role(food) in SIDE_ROLES:
            # A side is at most a few of USDA's usual amounts: not 2 cups of water chestnuts.
            most = max(min(most, SIDE_MULTIPLE * usual), least)
    if food.kind != "food_as_eaten":
        # Ingredient records (the fallback catalog) keep their category's amounts except
        # for the additions a review flagged (105 g honey): every cap there made the
        # solves ~30 % slower for little gain, as plans use foods as eaten when loaded.
        capped = cap_class(food) in INGREDIENT_CAPPED
        return _ingredient_serving(food, most if capped else math.inf)
    if PORTION_CAPS[cap_class(food)][0] == "tablespoon":
        # Spreads, syrups and dressings are served by the spoon, never by the cup.
        spoon = _unit_grams(food, "tablespoon") or most / 2
        hi = max(1, math.floor(most / spoon + 1e-9))
        return Serving("1 tablespoon", spoon, 1, hi, unit="1 tablespoon", fraction=1.0)
    typical = _default_grams(food) or CATEGORY_SERVING.get(food.category, DEFAULT_SERVING)[0]
    garnish = cap_class(food) == "garnish"
    best: Portion | None = None
    best_score = math.inf
    for portion in food.portions:
        label = portion.label
        if not label.startswith("1 ") or _NOT_HOUSEHOLD.search(label):
            continue
        if not (1.0 if garnish else 5.0) <= portion.grams <= most:
            continue
        score = abs(math.log(portion.grams / typical))
        # Common units first, odd wordings ("1 fast food order", "1 Lean Cuisine meal")
        # only when nothing else fits: a tier added to the closeness score.
        if _ODD_UNIT.search(label):
            score += 20.0
        elif not _COMMON_UNIT.match(label):
            score += 1.0
        if score < best_score:
            best, best_score = portion, score
    if best is not None:
        unit, grams = _short_unit(best.label), best.grams
        halves = bool(_MEASURES.match(unit)) or (grams >= 100 and not _WHOLE_ONLY.search(unit))
        if garnish:
            halves = False  # a wedge, a tablespoon, a leaf: whole units
    elif (cup := _fluid_cup(food)) is not None and cup <= most:
        unit, grams, halves = "1 cup", cup, True  # drinks listed by the fl oz only
    elif (1.0 if garnish else 10.0) <= (_default_grams(food) or 0.0) <= most:
        grams = _default_grams(food) or typical
        unit, halves = "1 serving", True  # USDA's default serving, by the half
    else:
        unit, grams, halves = "1 oz", OZ_GRAMS, True
    step = grams / 2 if halves else grams
    lo = max(1, math.ceil(least / step - 1e-9))
    hi = math.floor(most / step + 1e-9)
    per = 0.5 if halves else 1.0
    if not _MEASURES.match(unit):
        # Counted things (figs, slices, pieces): at most MAX_COUNT of them in one item,
        # fewer whole fruits, two garnish units.
        count: float = MAX_COUNT
        if garnish:
            count = GARNISH_COUNT
        elif food_role(food) == "mixed" and _ONE_PER_PERSON.search(f"{unit} {food.name}"):
            count = MAX_DISH_COUNT  # 1.5 sandwiches or burritos at most
        elif food_role(food) == "fruit":
            count = MAX_LARGE_FRUIT_COUNT if grams >= LARGE_FRUIT_G else MAX_FRUIT_COUNT
        if scaled:
            count = count * scale
        hi = min(hi, int(count / per + 1e-9))
    elif garnish:
        hi = min(hi, GARNISH_COUNT)
    lo = min(lo, max(hi, 1))  # the cap wins over the least amount
    return Serving(unit, step, lo, max(lo, hi), unit=unit, fraction=per)


def _fluid_cup(food: FoodRecord) -> float | None:
    """Grams of 1 cup (8 fl oz) of a drink USDA lists by the fluid ounce only, else None."""
    ounces = [p.grams for p in food.portions if re.match(r"^1 fl oz\b(?!.*with ice)", p.label)]
    return 8.0 * ounces[0] if ounces else None


def _short_unit(label: str) -> str:
    """USDA's wording without its notes: "1 cup, cooked, diced" -> "1 cup"."""
    head = re.split(r"[,(]", label, maxsplit=1)[0].strip()
    return head or label


_SIZE_WORDS = frozenset(
    {"small", "medium", "large", "regular", "extra", "jumbo", "thin", "thick", "oz", "fl"}
)


def _plural(word: str) -> str:
    if word.lower() in _SIZE_WORDS or not word.isalpha():
        return word
    if word.endswith(("half", "loaf", "leaf")):
        return word[:-1] + "ves"
    if word.endswith(("ch", "sh", "s", "x")) or word.endswith(("tato", "mato")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def household_text(amount: float, unit: str) -> str:
    """``1.5`` x "1 cup" -> "1.5 cups"; ``2`` x "1 medium slice" -> "2 medium slices"."""
    words = unit.split(" ", 1)[1] if unit.startswith("1 ") else unit
    if amount > 1:
        parts = words.split(" ")
        # Pluralise the noun: the first word that is not a size ("2 medium thighs").
        for i, word in enumerate(parts):
            # Capitalised words are adjectives ("Italian tomato"), not the noun.
            if word[:1].isupper() or word.lower() in _SIZE_WORDS or word.lower() == "or":
                continue
            if word.isalpha():
                parts[i] = _plural(word)
                break
        words = " ".join(parts)
    return f"{amount:g} {words}"


def _ingredient_serving(food: FoodRecord, cap: float) -> Serving:
    """A serving step for an ingredient record (starter catalog), capped at ``cap`` grams.

    Catalog portions that fit the food's category (not bulk units, not above the
    per-meal maximum) are scored by closeness to the typical serving, smaller being
    preferred over larger; a portion over 1.3x the typical serving and >= 100 g is
    halved ("0.5 cup"). With no sensible portion, a 10 g step (dense foods) or 25 g.
    """
    typical, most, least = CATEGORY_SERVING.get(food.category, DEFAULT_SERVING)
    if "drink" in food.meals and food.category in ("dairy", "beverages"):
        typical, most, least = 240.0, 500.0, 100.0
    most = max(min(most, cap), least)
    best: Portion | None = None
    best_score = math.inf
    for portion in food.portions:
        if not 5.0 <= portion.grams <= most or _BULK_UNIT.search(portion.label):
            continue
        ratio = math.log(portion.grams / typical)
        score = abs(ratio) * (1.5 if ratio > 0 else 1.0)
        if score < best_score:
            best, best_score = portion, score
    if best is not None:
        label, grams = best.label, best.grams
        if grams > 1.3 * typical and grams >= 100.0:
            label, grams = _half(label), grams / 2.0
    else:
        step = 10.0 if typical <= 30 else 25.0
        label, grams = f"{step:g} g", step
    lo = max(1, math.ceil(least / grams - 1e-9))
    hi = max(lo, math.floor(most / grams + 1e-9))
    return Serving(label, grams, lo, hi)


def _half(label: str) -> str:
    amount, _, unit = label.partition(" ")
    try:
        return f"{float(amount) / 2:g} {unit}".strip()
    except ValueError:
        return f"0.5 x {label}"


@dataclass
class VarietyLedger:
    """Days on which each food has been planned so far this week."""

    days_used: dict[str, list[int]] = field(default_factory=dict)

    def record(self, food_id: str, day: int) -> None:
        self.days_used.setdefault(food_id, []).append(day)

    def count(self, food_id: str) -> int:
        return len(self.days_used.get(food_id, ()))

    def used_on(self, food_id: str, day: int) -> bool:
        return day in self.days_used.get(food_id, ())
