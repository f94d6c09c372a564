"""A dietitian's realism check of a plan, independent of the planner's own rules (test helper).

Every flag is recomputed from the food records' descriptions, categories and grams, with
its own word lists and gram limits (deliberately not the planner's tables), so a planner
that plans ingredients, odd amounts or protein-less dinners is caught:

- ``ingredient``: flour, dry/uncooked staples, raw meat/fish/eggs, baking items, yeast,
  powders, "as ingredient" forms, baby foods/formula, supplements, alcohol.
- ``addition``: sugar, honey, syrup, jam, oil, butter, shortening, dressing, condiments
  as an item beyond a typical amount (2 tbsp, ~40 g; oils and fats ~15 g).
- ``amount``: more than a person would serve (eggs > 4, bread > 3 slices (~130 g), a
  vegetable > 2 cups (~500 g), fruit > 300 g, a drink > 2 cups (~520 g), cheese/nuts/chips > ~60 g,
  meat/fish > ~10 oz (285 g), sweets > ~160 g, anything > 700 g).
- ``no_protein``: a lunch or dinner with under 15 g protein and no protein food.
- ``pairing``: fish or shellfish in the same meal as chocolate, candy or a dessert;
  breakfast cereal at dinner.
- ``organ``: organ meats or game the person did not ask for.
- ``garnish``: a garnish or condiment (lemon or lime, herbs, grated parmesan, bacon bits,
  croutons, sauces, salsa) beyond a garnish amount (~30 g, sauces ~1/4 cup), or as the
  biggest item of a meal; any item over 5 times USDA's own typical amount for that food
  (its "Quantity not specified" portion) when that amount is small (a garnish by data).
- ``fruit_count``: more than 3 whole fruits (counted units: apricots, plums, figs) in one
  item, or more than 2 large ones (units of 100 g or more).
- ``structure``: a lunch or dinner without a mixed dish and without a protein food and
  a grain, bread or vegetable side (by the food's category, in amounts that count).
- ``snack_core``: a lunch or dinner built on snack foods: its protein-richest item is a
  nut, seed, soy nut, chip or cracker.
- ``two_centres``: a lunch or dinner with two centres (meat, poultry or fish of 2 oz or
  more, or a main dish that is not a soup, salad or beans); ``fried``: two fried foods in
  one meal; ``two_drinks``: two drinks or yogurts (milk, juice, kefir, smoothie) in one
  meal. These came from a blind dietitian's review (data/planner/blind/REVIEW.md).
- ``two_starches`` (three starchy items on a plate), ``beans_on_beans``, ``kitchen_mismatch``
  (a side from one kitchen, fufu or a taco shell, beside a centre from none of it) and
  ``addition_alone`` (syrup with no pancakes, jam with no bread): from a second blind review
  (data/planner/blind/REVIEW2.md).
- ``unit``: a portion shown in an odd USDA unit (fast food order, a brand's serving,
  NLEA serving, "1 meal") when the food also has a common household unit.

Per week (``check_week``): ``repeat`` (the same lunch or dinner, or the same centre item
of lunches and dinners, on more days than a person expects in a week) and ``canned_fruit``
(canned fruit on more than two days a week, or twice in one day).

``summarise`` gives the share of meals flagged and the worst items (most often flagged).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.planner import FoodRecord

INGREDIENT = re.compile(
    r"(?<!from )\bdry\b(?!-roasted| roasted| curd| grated)|\buncooked\b|\bunprepared\b|"
    r"\bbaking\b|\byeast\b(?! bread| type)|\bpowder\b(?!.*made with)|as ingredient|"
    r"\bbaby\b|\binfant\b|formula|\bsupplement\b|\bgelatin, dry|\bcornstarch\b|"
    r"\bbeer\b|\bwine\b|\bliquor\b|\bvodka\b|\bwhiskey\b|\brum\b|\bgin\b|"
    r"\btallow\b|\blard\b|\bshortening\b|\bnori\b|\bnatto\b",
    re.IGNORECASE,
)
# Foods made with flour (not flour itself).
FLOUR_FOODS = re.compile(r"bread|tortilla|patty|roll|taco|pastr|cake|made with|ns as to")
RAW = re.compile(r"(?<!from )\braw\b", re.IGNORECASE)
ANIMAL_CATEGORIES = frozenset({"meat", "poultry", "fish", "eggs"})
# Additions (sweeteners, fats, dressings, condiments) and the most that is typical.
ADDITION_LIMITS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\b(?:peanut|nut|almond|cashew|seed|sunflower) butter\b", re.I), 40.0),
    (re.compile(r"\b(?:fruit|apple|pumpkin) butter\b", re.I), 42.0),
    (re.compile(r"\b(?:oil|butter|margarine|shortening|lard|ghee)\b", re.I), 16.0),
    (re.compile(r"\b(?:sugar|honey|syrup|molasses|jam|jelly|preserves|marmalade)\b", re.I), 42.0),
    (re.compile(r"\b(?:dressing|mayonnaise|ketchup|mustard|sauce|gravy|cream cheese)\b", re.I),
     62.0),
)  # fmt: skip
ADDITION_CATEGORIES = frozenset({"fats_oils", "condiments"})
MAIN_PROTEIN_CATEGORIES = frozenset({"meat", "poultry", "fish", "eggs", "legumes"})
ORGAN = re.compile(
    r"\b(?:liver|kidney(?! bean)|tripe|tongue|gizzard|chitterling|sweetbread|brain|heart|"
    r"venison|rabbit|squirrel|opossum|raccoon|bear|moose|caribou|frog|turtle)s?\b",
    re.IGNORECASE,
)
SWEET = re.compile(r"chocolate|candy|frosting", re.I)
# The checker's own words for a second review's findings (not the planner's tables).
SIDE_DISH = re.compile(r"soup|salad|\bbeans\b|chili|stew", re.I)
FRIED = re.compile(r"(?<!stir )\bfried\b|\bfries\b|tempura|\btots\b|battered|breaded", re.I)
# (matched on the name's head: "Jam or jelly, fruit juice sweetened" is no juice)
LIQUID = re.compile(r"\bmilk$|\bkefir\b|\bjuice$|\bsmoothie\b|^yogurt\b", re.I)
PLANT_CATEGORIES = frozenset({"vegetables", "fruits", "legumes", "grains", "nuts_seeds"})
# Garnishes and condiments by name (the checker's own list), with the most grams that is
# still a garnish amount; sauces and salsas may be a 1/4 cup.
GARNISH_LIMITS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"^(?:lemon|lime)s?\b(?!.*(?:pie|cake|souffle|cookie|sherbet))", re.I), 30.0),
    (re.compile(r"^(?:cilantro|parsley|basil|mint|chives|dill|garlic|ginger root|capers|"
                r"jalapeno peppers?, raw|bacon bits|croutons|cheese, parmesan|tamarind|"
                r"cherries, maraschino)(?:,|$)", re.I), 30.0),
    (re.compile(r"^(?:salsa|soy sauce|hot sauce|barbecue sauce|tomato sauce|pesto|gravy|"
                r"ketchup|mustard|tartar sauce|cocktail sauce|horseradish|chutney)(?:,|$)", re.I),
     70.0),
)  # fmt: skip
# An item above this multiple of USDA's own typical amount is out of proportion when that
# typical amount is itself small (garnish-size foods: under GARNISH_TYPICAL_G).
TYPICAL_MULTIPLE = 5.0
GARNISH_TYPICAL_G = 20.0
# Whole fruits: counted units (not cups, spoons or ounces) of a fruit item.
MEASURE_UNIT = re.compile(r"\b(?:cups?|tablespoons?|teaspoons?|tbsp|tsp|oz|g|servings?)\b", re.I)
MAX_SMALL_FRUITS, MAX_LARGE_FRUITS, LARGE_FRUIT_G = 3.0, 2.0, 100.0
# A main meal's side (grain, bread, vegetable) counts from this many grams.
SIDE_CATEGORIES = frozenset({"grains", "breads", "vegetables"})
MIN_SIDE_G = 40.0
# Snack-type foods by name: nuts, seeds, soy nuts, chips, crackers, trail mix, bars.
SNACK_FOOD = re.compile(
    r"\bnuts?\b|\bseeds?\b|\balmonds?\b|\bcashews?\b|\bpeanuts?\b(?! butter)|\bpecans?\b|"
    r"\bwalnuts?\b|pistachio|trail mix|\bchips\b|\bcrackers?\b|popcorn|pretzels?|"
    r"granola bar|\bbar\b",
    re.I,
)
# Portion words that are not household units: restaurant orders, brand names, labels.
ODD_UNIT = re.compile(
    r"\border\b|\bmeal\b|\bmenu\b|\bNLEA\b|\bentree\b|\bitem\b|"
    r"McDonald|Burger King|Wendy|Banquet|Lean Cuisine|Stouffer|Swanson|Michelina|Healthy Choice|"
    r"Weight Watchers|Armour|Little Debbie|Tastykake|Keebler|Kellogg|Drake|Nutri-Grain|Pop Tart|"
    r"\bGiant\b|Crackerful|single serving bag|container|package|packet|pouch"
)
COMMON_UNIT = re.compile(
    r"^1 (?:cup|slice|piece|small|medium|large|regular|tablespoon|oz|egg|fillet|breast|"
    r"thigh|drumstick|leg|wing|patty|link|sandwich|taco|burrito|muffin|roll|bar|cookie|"
    r"pancake|waffle|steak|chop|fruit)\b",
    re.I,
)
CANNED_FRUIT = re.compile(r"\bcanned\b|\bin syrup\b|juice pack|fruit cocktail", re.I)
MAX_CANNED_FRUIT_DAYS = 2
# Lunch and dinner: the same meal on more than this many days, or the same centre item on
# more than REPEAT_CENTRE_DAYS days, looks monotonous for a week's plan.
REPEAT_MEAL_DAYS = 1
REPEAT_CENTRE_DAYS = 2

# The FNDDS grid (test_planner_realism_partN.py): days planned per person, the flags never
# acceptable in a plan, and the largest share of meals with any flag.
GRID_DAYS = 3
SEVERE = ("ingredient", "organ", "no_protein")
MAX_FLAGGED_SHARE = 0.03


@dataclass
class Realism:
    """Flags found over many plans: per-meal counts and the flagged items."""

    meals: int = 0
    flagged_meals: int = 0
    weeks: int = 0
    flagged_weeks: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    items: Counter[str] = field(default_factory=Counter)

    @property
    def share(self) -> float:
        return self.flagged_meals / self.meals if self.meals else 0.0

    def summary(self, worst: int = 10) -> str:
        lines = [
            f"{self.flagged_meals}/{self.meals} meals flagged ({self.share:.1%}), "
            f"{self.flagged_weeks}/{self.weeks} plans with week flags; "
            + ", ".join(f"{k} {n}" for k, n in self.kinds.most_common())
        ]
        lines += [f"  {n} x {item}" for item, n in self.items.most_common(worst)]
        return "\n".join(lines)


def _item_flags(food: FoodRecord, grams: float, asked: frozenset[str]) -> list[str]:
    text = f"{food.name} {food.description}"
    flags: list[str] = []
    head = food.name.split(",")[0].lower()
    flour = "flour" in head and not FLOUR_FOODS.search(head)
    if (
        flour
        or INGREDIENT.search(text)
        or (food.category in ANIMAL_CATEGORIES and RAW.search(text))
    ):
        flags.append("ingredient")
    head_text = food.name.split(",")[0]
    dish = "sandwich" in head_text.lower() or " with " in head_text.lower()
    plain = food.category not in ("vegetables", "mixed_dishes", "breads")
    # The first matching kind of addition sets the limit (peanut butter before butter).
    matched = next((lim for pat, lim in ADDITION_LIMITS if pat.search(head_text)), None)
    if plain and not dish and matched is not None:
        if grams > matched:
            flags.append("addition")
    elif food.category in ADDITION_CATEGORIES and grams > 62.0:
        flags.append("addition")
    # Plants have hearts too (palm hearts, artichoke hearts): organ meats are animal foods.
    plant = food.category in PLANT_CATEGORIES
    if ORGAN.search(text) and "bean" not in text.lower() and not plant and not asked:
        flags.append("organ")
    name = text.lower()
    limit = 700.0
    if food.category == "eggs" and re.fullmatch(r"eggs?", name.split(",")[0].strip()):
        limit = 4 * 55.0  # plain eggs: at most 4
    elif food.category == "eggs":
        limit = 350.0  # an omelet or egg dish
    elif food.category == "breads" and "slice" in " ".join(p.label for p in food.portions):
        limit = 135.0
    elif food.category == "vegetables":
        limit = 500.0
    elif food.category == "beverages" or "milk" in name.split(",")[0]:
        limit = 520.0
    elif food.category in ("nuts_seeds", "snacks") or (
        food.category == "dairy" and name.startswith("cheese") and "cottage" not in name
    ):
        limit = 62.0
    elif food.category in ("meat", "poultry", "fish"):
        limit = 285.0
    elif food.category == "sweets":
        limit = 160.0
    elif food.category == "fruits":
        limit = 300.0  # about 1.5 cups or two large fruits
    if grams > limit + 1e-6:
        flags.append("amount")
    garnish = next((lim for pat, lim in GARNISH_LIMITS if pat.search(food.name)), None)
    typical = _usual_grams(food)
    too_much = garnish is not None and grams > garnish + 1e-6
    # Additions (honey, butter) have their own limits above; others by USDA's usual amount.
    small_usual = matched is None and typical is not None and typical < GARNISH_TYPICAL_G
    if too_much or (small_usual and grams > TYPICAL_MULTIPLE * (typical or 0.0)):
        flags.append("garnish")
    return flags


def _usual_grams(food: FoodRecord) -> float | None:
    """USDA's typical amount of the food as eaten ("Quantity not specified"), if known."""
    return next((p.grams for p in food.portions if p.label == "Quantity not specified"), None)


def is_garnish(food: FoodRecord) -> bool:
    """A garnish or condiment by the checker's word list or by USDA's small usual amount."""
    typical = _usual_grams(food)
    named = any(pat.search(food.name) for pat, _ in GARNISH_LIMITS)
    return named or (typical is not None and typical < GARNISH_TYPICAL_G)


def _unit_flags(food: FoodRecord, item: Mapping[str, Any]) -> list[str]:
    """``unit``: an odd display unit although the food has a common household one."""
    portion = str(item.get("portion") or "")
    if not ODD_UNIT.search(portion):
        return []
    common = any(COMMON_UNIT.match(p.label) and not ODD_UNIT.search(p.label) for p in food.portions)
    return ["unit"] if common else []


def _fruit_flags(food: FoodRecord, item: Mapping[str, Any]) -> list[str]:
    """``fruit_count``: too many whole fruits (counted units) in one item."""
    household = item.get("household") or {}
    unit = str(household.get("unit") or "")
    if food.category != "fruits" or not unit or MEASURE_UNIT.search(unit):
        return []
    amount = float(household.get("amount") or 0.0)
    each = float(item["grams"]) / amount if amount else 0.0
    most = MAX_LARGE_FRUITS if each >= LARGE_FRUIT_G else MAX_SMALL_FRUITS
    return ["fruit_count"] if amount > most + 1e-9 else []


def check_meal(
    meal: Mapping[str, Any],
    kind: str,
    foods: Mapping[str, FoodRecord],
    asked: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """(flag, item text) pairs for one meal of a plan; empty when it looks normal."""
    found: list[tuple[str, str]] = []
    items = [(foods[i["food_id"]], float(i["grams"])) for i in meal["items"]]
    for (food, grams), item in zip(items, meal["items"], strict=True):
        flags = _item_flags(food, grams, asked) + _unit_flags(food, item) + _fruit_flags(food, item)
        for flag in flags:
            found.append((flag, f"{food.name} ({grams:g} g)"))
    if items:
        biggest = max(zip(items, meal["items"], strict=True), key=lambda p: p[1].get("calories", 0))
        if len(items) > 1 and is_garnish(biggest[0][0]):
            found.append(("garnish", f"{kind} built on {biggest[0][0].name}"))
    if kind in ("lunch", "dinner"):
        names = ", ".join(f.name for f, _ in items)
        protein = sum(float(i["nutrients"]["protein"]) for i in meal["items"])
        has_protein_food = any(f.category in MAIN_PROTEIN_CATEGORIES and g >= 50 for f, g in items)
        if protein < 15.0 and not has_protein_food:
            found.append(("no_protein", f"{kind} of {names}"))
        # A meal's protein food for its structure: not a snack eaten by the handful.
        centre = any(
            f.category in MAIN_PROTEIN_CATEGORIES
            and g >= 50
            and not SNACK_FOOD.search(f.name.split(",")[0])
            for f, g in items
        )
        mixed = any(f.category == "mixed_dishes" and g >= 100 for f, g in items)
        side = any(f.category in SIDE_CATEGORIES and g >= MIN_SIDE_G for f, g in items)
        if not mixed and not (centre and side):
            found.append(("structure", f"{kind} of {names}"))
        by_protein = sorted(
            zip(items, meal["items"], strict=True),
            key=lambda p: -float(p[1]["nutrients"]["protein"]),
        )
        if by_protein:
            core = by_protein[0][0][0]
            head = core.name.split(",")[0]
            dish = re.search(r"sandwich|salad|stir|curry|with", head, re.I)
            if core.category in ("nuts_seeds", "snacks") or (SNACK_FOOD.search(head) and not dish):
                found.append(("snack_core", f"{kind} built on {core.name}"))
    if kind in ("lunch", "dinner"):
        # Two centres on one plate (a cheeseburger and a tuna fillet; beef wellington and
        # a sandwich): meat, poultry or fish of 2 oz or more, or a main dish with 10 g of
        # protein or more that is not a soup or salad (not ratatouille). Beans may come
        # beside one.
        centres = [
            f.name
            for (f, g), item in zip(items, meal["items"], strict=True)
            if (f.category in ("meat", "poultry", "fish") and g >= 56)
            or (
                f.category == "mixed_dishes"
                and float(item["nutrients"]["protein"]) >= 10
                and not SIDE_DISH.search(f.name)
            )
        ]
        if len(centres) > 1:
            found.append(("two_centres", " + ".join(centres)))
    if kind in ("lunch", "dinner"):
        centre_id = _centre(list(meal["items"]), foods)
        found += _plate_flags([f for f, _ in items], foods[centre_id] if centre_id else None)
    if kind == "breakfast":
        names = [f.name for f, _ in items]
        for name in names:
            wants = next((base for spread, base in ON_WHAT if spread.search(name)), None)
            if wants is not None and not any(wants.search(other) for other in names):
                found.append(("addition_alone", f"{name} with {', '.join(names)}"))
    fried = [f.name for f, _ in items if FRIED.search(f.name)]
    if len(fried) > 1:
        found.append(("fried", " + ".join(fried)))
    liquids = [f.name for f, _ in items if LIQUID.search(f.name.split(",")[0])]
    if len(liquids) > 1:
        found.append(("two_drinks", " + ".join(liquids)))
    has_fish = any(f.category == "fish" or "fish" in f.name.lower() for f, _ in items)
    sweets = [f for f, _ in items if f.category == "sweets" or SWEET.search(f.name)]
    if has_fish and sweets:
        found.append(("pairing", f"fish with {sweets[0].name}"))
    if kind == "dinner" and any("cereal" in f.name.lower() for f, _ in items):
        found.append(("pairing", "breakfast cereal at dinner"))
    return found


# A second blind review's plate problems (data/planner/blind/REVIEW2.md), by this checker's
# own words: two starches on one plate (a hamburger with tortillas, fufu with yuca fries),
# beans with beans, a side from one kitchen beside a centre from none of it (lefse with
# meat, a taco shell with tofu), and a spread with nothing to spread it on.
STARCH_WORDS = re.compile(
    r"^(?:rice|pasta|noodles?|spaghetti|macaroni|bread|rolls?|buns?|bagel|tortillas?|"
    r"potato\w*|sweet potato|yams?|fufu|yuca|cassava|couscous|quinoa|grits|polenta|"
    r"hamburger|cheeseburger|\w*burger|sandwich|\w* sandwich|pizza|lasagna|burrito|taco|"
    r"biscuits?|cornbread|naan|pita|crackers|lefse|millet|barley|corn\b|plantains?)\b",
    re.IGNORECASE,
)
BEAN_WORDS = re.compile(
    r"^(?!green|string|snap|wax|yellow|bean sprouts)(?:\w+ )?"
    r"(?:beans?|lentils?|chickpeas?|garbanzo|black-eyed peas|split peas|dal)\b",
    re.I,
)
KITCHENS = {
    "latin": re.compile(r"taco|tortilla|burrito|enchilada|tamale|yuca|plantain|mexican|"
                        r"puerto rican|cuban|jicama|refried|pupusa|arepa|huevos|ranchero|"
                        r"fajita|quesadilla|tostada|chile relleno|nacho", re.I),
    "asian": re.compile(r"chinese|japanese|korean|thai|vietnamese|filipino|teriyaki|"
                        r"stir|lo mein|chow mein|fried rice|dumpling|sushi|lychee|"
                        r"water che|bok choy|egg roll|kung pao|general tso", re.I),
    "indian": re.compile(r"indian|curry|naan|roti|chapp?at|paratha|puri|dosa|samosa|"
                         r"masala|tikka|paneer|biryani|dal\b", re.I),
    "african": re.compile(r"fufu|jollof|injera|egusi|jerk", re.I),
    "nordic": re.compile(r"lefse", re.I),
}  # fmt: skip
ON_WHAT = (
    (re.compile(r"syrup", re.I), re.compile(r"pancake|waffle|french toast", re.I)),
    (
        re.compile(r"^(?:jam|jelly|marmalade|fruit butter|cream cheese)", re.I),
        re.compile(r"bread|toast|bagel|english muffin|biscuit|pancake|waffle|roll", re.I),
    ),
)


def _plate_flags(foods: list[FoodRecord], centre: FoodRecord | None) -> list[tuple[str, str]]:
    """Flags on how a lunch's or dinner's items go together (see STARCH_WORDS ...)."""
    found: list[tuple[str, str]] = []
    names = [f.name for f in foods]
    starches = [n for n in names if STARCH_WORDS.search(n.split(",")[0])]
    if len(starches) > 2:  # two may be a big eater's roll beside the pasta
        found.append(("two_starches", " + ".join(starches)))
    beans = [n for n in names if BEAN_WORDS.search(n.split(",")[0])]
    if len(beans) > 1:
        found.append(("beans_on_beans", " + ".join(beans)))

    def kitchens(name: str) -> set[str]:
        return {k for k, words in KITCHENS.items() if words.search(name)}

    # A side's kitchen must be that of a main item on the plate (a protein food or a dish).
    mains = [f for f in foods if f.category in MAIN_PROTEIN_CATEGORIES | {"mixed_dishes"}]
    for food in foods:
        side = kitchens(food.name)
        if food in mains or not side or not mains:
            continue
        if not any(side & kitchens(main.name) for main in mains):
            names_of = centre.name if centre is not None else mains[0].name
            found.append(("kitchen_mismatch", f"{food.name} beside {names_of}"))
    return found


def _centre(items: list[Mapping[str, Any]], foods: Mapping[str, FoodRecord]) -> str | None:
    """The centre of a main meal: its protein-richest protein food or mixed dish."""
    centres = [
        i
        for i in items
        if foods[i["food_id"]].category in MAIN_PROTEIN_CATEGORIES | {"mixed_dishes"}
    ]
    if not centres:
        return None
    return max(centres, key=lambda i: float(i["nutrients"]["protein"]))["food_id"]


def check_week(
    plan: Mapping[str, Any], slots: Iterable[Any], foods: Mapping[str, FoodRecord]
) -> list[tuple[str, str]]:
    """(flag, text) pairs for a whole plan: monotonous main meals, canned fruit too often."""
    slots = list(slots)
    found: list[tuple[str, str]] = []
    same_meal: Counter[tuple[str, frozenset[str]]] = Counter()
    centre_days: dict[str, set[str]] = {}
    canned_days: Counter[str] = Counter()
    for day, meals in plan["weekly_plan"].items():
        for slot, meal in zip(slots, meals, strict=True):
            ids = [i["food_id"] for i in meal["items"]]
            for food_id in ids:
                food = foods[food_id]
                if food.category == "fruits" and CANNED_FRUIT.search(food.name):
                    canned_days[day] += 1
            if slot.kind not in ("lunch", "dinner"):
                continue
            same_meal[(slot.kind, frozenset(ids))] += 1
            centre = _centre(meal["items"], foods)
            if centre is not None:
                centre_days.setdefault(centre, set()).add(day)
    for (kind, ids), days in same_meal.items():
        if days > REPEAT_MEAL_DAYS:
            names = ", ".join(sorted(foods[i].name.split(",")[0] for i in ids))
            found.append(("repeat", f"the same {kind} ({names}) on {days} days"))
    for centre, days in centre_days.items():
        if len(days) > REPEAT_CENTRE_DAYS:
            found.append(("repeat", f"{foods[centre].name} at lunch/dinner on {len(days)} days"))
    if len(canned_days) > MAX_CANNED_FRUIT_DAYS or any(n > 1 for n in canned_days.values()):
        found.append(("canned_fruit", f"canned fruit {sum(canned_days.values())} times"))
    return found


def check_plans(
    plans: Iterable[tuple[Mapping[str, Any], Iterable[Any]]],
    foods: Mapping[str, FoodRecord],
    asked: frozenset[str] = frozenset(),
) -> Realism:
    """Realism over (plan, meal slots) pairs (slots: the request's ``meals``).

    Week flags (``check_week``) are counted in ``kinds`` and ``items`` and in
    ``flagged_weeks``; the meal share counts meal flags only.
    """
    result = Realism()
    for plan, slots in plans:
        slots = list(slots)
        week = check_week(plan, slots, foods)
        result.weeks += 1
        result.flagged_weeks += bool(week)
        for flag, text in week:
            result.kinds[flag] += 1
            result.items[f"{flag}: {re.sub(r' on [0-9]+ days$', '', text)}"] += 1
        for meals in plan["weekly_plan"].values():
            for slot, meal in zip(slots, meals, strict=True):
                result.meals += 1
                found = check_meal(meal, slot.kind, foods, asked)
                if found:
                    result.flagged_meals += 1
                for flag, text in found:
                    result.kinds[flag] += 1
                    result.items[f"{flag}: {re.sub(r' [(][^)]*g[)]$', '', text)}"] += 1
    return result
