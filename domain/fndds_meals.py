"""Where an FNDDS food belongs in a day's meals, derived from its WWEIA category and description.

No hand lists of food names: USDA's WWEIA food category (what kind of food it is as eaten)
decides the meal slots and the food's *role* in a meal's structure; a few description
words USDA uses consistently ("as ingredient", "dry mix", "not reconstituted", "raw",
organ names...) remove foods that are not eaten as they are or that a person must ask for.

Meal tags are the catalog's vocabulary (``core.catalog.tags.MEALS``): ``breakfast``,
``main`` (lunch/dinner centre), ``side`` (lunch/dinner side), ``snack``, ``drink``.
Roles (structure of a meal, used by ``domain.planner``):

- ``protein``  a protein food (meat, poultry, fish, eggs, beans, tofu)
- ``mixed``    a mixed dish that holds protein and starch (pizza, burrito, pasta dish, soup)
- ``starch``   grains and starches (rice, pasta, bread, potatoes)
- ``veg``      vegetables and salads
- ``fruit``    fruit
- ``breakfast`` a breakfast base (cereal, oatmeal, pancakes, breakfast sandwich)
- ``dairy``    yogurt, cottage cheese, cheese
- ``drink``    milk, juice, coffee, tea, smoothies
- ``snack``    chips, crackers, bars, nuts
- ``sweet``    cakes, cookies, ice cream, pudding
- ``addition`` a small named addition (honey, jam, syrup, salad dressing, cream cheese)
- ``garnish``  a food USDA records as eaten in garnish amounts (its default "Quantity not
  specified" portion under ``GARNISH_TYPICAL_G``: lemon and lime wedges, grated parmesan,
  bacon bits, raw leafy greens, onion slices; and snack foods used by the spoonful, under
  ``SPRINKLE_TYPICAL_G``: flax and chia seeds, croutons; dried vegetables such as
  sun-dried tomatoes): planned only beside a food it
  goes with, never as a meal's main item or as its vegetable, at most twice USDA's usual
  amount

A food with no meal tags is never planned as an item. Flags: ``organ`` and ``game``
(planned only when asked for), ``with_veg`` (a mixed dish whose description names
vegetables, so it stands for a main meal's vegetables), ``canned`` (canned fruit, limited
across the week), ``retagged`` (the food's meal tags were changed from its category's by
the data rules below, so the derived tags replace the stored ones). ``typicality_cost``
makes common foods win.

Two rules use USDA's own amounts (the food's default portion and energy density), so they
hold for foods no list names: a garnish-size food becomes a ``garnish``; a protein food
eaten by the handful (default portion <= ``SNACK_TYPICAL_G`` and energy-dense: soy nuts,
wasabi peas, jerky, pork rinds) becomes a ``snack``, never a lunch's core.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# WWEIA number -> (meal tags, role). A number not listed (or with no tags) is never planned:
# 2010 organ meats and 2008 game are listed but flagged (ORGAN_WORDS, GAME_WORDS,
# FLAG_CODES), so they are planned only for a person who asks for them.
#   never: fats and oils (8002, 8004), mayonnaise and condiments (8010, 8402-8412), sugar
#   (8802, by description) and sweeteners (8804), baby foods and formulas (9002-9404),
#   supplements and meal replacements (7208, 5404, 9802), alcohol (7502-7506), sugary
#   soft/fruit/energy drinks and waters (7102-7206, 7702-7804), "not in a category"
#   as-ingredient codes (9999), olives and pickles (8408), vegetables on a sandwich (6489).
WWEIA_MEALS: dict[str, tuple[tuple[str, ...], str]] = {
    # milk and dairy
    **dict.fromkeys(("1002", "1004", "1006", "1008"), (("breakfast", "drink", "snack"), "drink")),
    **dict.fromkeys(("1202", "1204", "1206", "1208"), (("snack", "drink"), "drink")),
    "1402": (("snack",), "drink"),  # milk shakes and dairy drinks
    "1602": (("snack",), "dairy"),  # cheese
    "1604": (("breakfast", "snack"), "dairy"),  # cottage / ricotta cheese
    "1820": (("breakfast", "snack"), "dairy"),
    "1822": (("breakfast", "snack"), "dairy"),
    "1902": (("breakfast", "drink"), "drink"),  # plant-based milk
    "1904": (("breakfast", "snack"), "dairy"),
    # protein foods
    "2002": (("main",), "protein"),
    "2004": (("main",), "protein"),
    "2006": (("main",), "protein"),
    "2008": (("main",), "protein"),  # lamb, goat, game: game flagged
    "2010": (("main",), "protein"),  # organ meats: flagged
    "2202": (("main",), "protein"),
    "2204": (("main",), "protein"),
    "2206": (("main",), "protein"),
    "2402": (("main",), "protein"),
    "2404": (("main",), "protein"),
    "2502": (("breakfast", "main"), "protein"),  # eggs and omelets
    "2602": (("main",), "protein"),  # cold cuts
    "2604": (("breakfast",), "protein"),  # bacon
    "2606": (("main",), "protein"),  # frankfurters
    "2608": (("breakfast", "main"), "protein"),  # sausages
    "2802": (("main", "side"), "protein"),  # beans, peas, legumes
    "2804": (("snack",), "snack"),  # nuts and seeds
    "2806": (("main",), "protein"),  # soy and meat alternatives
    # mixed dishes
    **dict.fromkeys(
        (
            "3002",
            "3004",
            "3006",
            "3102",
            "3202",
            "3204",
            "3206",
            "3208",
            "3402",
            "3404",
            "3406",
            "3502",
            "3506",
            "3602",
            "3702",
            "3703",
            "3704",
            "3720",
            "3730",
            "3740",
            "3742",
            "3744",
            "3804",
            "3806",
            "3808",
        ),  # fmt: skip
        (("main",), "mixed"),
    ),
    "3104": (("side",), "veg"),  # vegetable dishes
    "3504": (("main",), "mixed"),  # nachos
    "3706": (("breakfast",), "breakfast"),  # egg / breakfast sandwiches
    # Peanut butter and jelly sandwiches: a snack or a child's lunch, not the centre of an
    # adult's lunch or dinner (a jelly sandwich holds 5 g of protein).
    "3722": (("snack",), "snack"),
    # grains
    "4002": (("side",), "starch"),
    "4004": (("side",), "starch"),
    "4202": (("breakfast", "side"), "starch"),  # yeast breads (toast)
    "4204": (("side",), "starch"),
    "4206": (("breakfast",), "breakfast"),  # bagels, English muffins
    "4208": (("side",), "starch"),
    "4402": (("breakfast",), "breakfast"),  # biscuits, muffins, quick breads
    "4404": (("breakfast",), "breakfast"),  # pancakes, waffles, French toast
    "4602": (("breakfast",), "breakfast"),
    "4604": (("breakfast",), "breakfast"),
    "4802": (("breakfast",), "breakfast"),  # oatmeal
    "4804": (("breakfast",), "breakfast"),  # grits, cooked cereals
    # snacks and sweets
    **dict.fromkeys(
        ("5002", "5004", "5006", "5008", "5202", "5204", "5402"), (("snack",), "snack")
    ),
    **dict.fromkeys(
        ("5502", "5504", "5506", "5702", "5704", "5802", "5804", "5806"), (("snack",), "sweet")
    ),  # fmt: skip
    # fruit
    **dict.fromkeys(
        (
            "6002",
            "6004",
            "6006",
            "6008",
            "6009",
            "6011",
            "6012",
            "6014",
            "6018",
            "6020",
            "6022",
            "6024",
        ),  # fmt: skip
        (("breakfast", "snack", "side"), "fruit"),
    ),
    "6016": (("snack",), "fruit"),  # dried fruit
    # vegetables
    **dict.fromkeys(
        (
            "6402",
            "6404",
            "6406",
            "6407",
            "6409",
            "6410",
            "6411",
            "6412",
            "6413",
            "6414",
            "6416",
            "6420",
            "6430",
            "6432",
        ),  # fmt: skip
        (("side",), "veg"),
    ),
    **dict.fromkeys(("6418", "6802", "6804", "6806"), (("side",), "starch")),
    # beverages
    # Juices at breakfast only; with lunch and dinner the drinks are milk, coffee or tea.
    **dict.fromkeys(("7002", "7004", "7006"), (("breakfast",), "drink")),
    "7008": (("breakfast",), "drink"),  # vegetable juice
    "7220": (("breakfast", "snack"), "drink"),  # smoothies
    **dict.fromkeys(("7302", "7304"), (("breakfast", "drink", "snack"), "drink")),
    # small named additions
    "8006": (("breakfast",), "addition"),  # cream cheese, sour cream
    "8012": (("side",), "addition"),  # salad dressings (oils removed by description)
    "8806": (("breakfast",), "addition"),  # jams, syrups
    "8802": (("breakfast",), "addition"),  # honey (sugar itself removed by description)
}

# Description patterns (lower case) that keep a food out of the plan whatever its
# category: not eaten as it is, an ingredient form, or a supplement.
NEVER_PATTERNS: tuple[str, ...] = (
    r"as ingredient",
    r"(?<!from )dry mix(?!.*made)",
    r"not reconstituted",
    r"\bconcentrate\b(?!.*reconstituted)",
    r"\bpowder\b(?!.*made with)",
    r"\buncooked\b",
    r"^flour\b",
    r"\bbaking (?:powder|soda|chocolate|mix)\b",
    r"^yeast\b",
    r"\bbaby\b",
    r"\binfant\b",
    r"\btoddler\b",
    r"^formula\b",
    r"\bsupplement\b",
    r"meal replacement",
    r"^(?:[a-z]+ )?oil\b",
    r"\bshortening\b",
    r"^lard\b",
    r"\btallow\b",
    r"^sugar\b",
    r"^(?:spices?|seasoning|herbs?)\b",
    r"^topping from",
    r"\bfilling\b",
    r"batter or dough|\bdough\b",
    r"\byolk only\b",  # a recipe's part: nobody plates two egg yolks
    r"^(?:chicken|turkey) skin\b",  # a part left on the plate, not a dish
    r"^coconut milk\b",  # a cooking liquid (curries, rice), not a drink
    r"^(?:sesame|poppy) seeds?\b|^tahini\b",  # cooking ingredients, not a snack
    r"\bpaste\b",  # almond paste, bean paste: baking and cooking ingredients
    r"^cranberry sauce\b",  # a condiment for a roast, not an item of its own
    r"^candy, cotton\b",  # fairground floss, not a planned snack
    r"\bmasa harina\b",  # a corn flour, whatever it is cooked into
    r"^soybean curd cheese\b",  # fermented bean curd: a condiment by the cube, not a protein
    # "Meat, NFS" or potted meat: a dietitian names the meat, and a reviewer cannot tell
    # a client what to buy.
    r"^meat, (?:ground, )?nfs$|^meat spread|potted meat",
    # Raw sprouts carry a food-safety warning for older adults, pregnancy and children
    # (FDA); a plan does not serve them to anyone.
    r"^(?:[a-z]+ )?sprouts, (?:raw|nfs)\b",
    # Foods made with alcohol (cheese with wine, veal marsala): not for every plan.
    r"\b(?:wine|beer|marsala|liqueur|rum|brandy|bourbon|sherry)\b",
)
# Sweet additions (WWEIA 8802 sugars and honey, 8806 jams, syrups, toppings) a person puts
# on food at the table; the rest of those categories are cooking sweeteners, drink syrups,
# icings, dips and pie fillings, which a plan never serves as items.
TABLE_SWEET = re.compile(
    r"^(?:jam|jelly|marmalade|fruit butter|honey|pancake syrup|syrup, nfs|maple syrup)\b"
)
# Vegetables and fruit that are cooked before eating (FNDDS still lists their raw form):
# a raw plantain or winter squash is an ingredient, not a side.
COOKED_BEFORE_EATING = re.compile(
    r"^(?:plantain|squash, winter|winter squash|pumpkin|rhubarb|potato|yuca|cassava|taro|"
    r"breadfruit|eggplant|okra|artichoke|parsnips?|turnip|rutabaga|lima beans|sweet potato|yam|"
    r"chayote|burdock|lotus root|corn|asparagus|green beans|beets|brussels sprouts|"
    r"broccoli raab|cactus|kohlrabi|dandelion greens|mustard greens)\b"
    r"(?!.*\b(?:cooked|baked|boiled|fried|roasted|canned|mashed|stewed|steamed|grilled)\b)"
)
# Fried foods (deep- or pan-fried, battered, breaded): at most one a day and a few a
# week (domain.planner), so a fried side is not every meal's vegetable.
FRIED_WORDS = re.compile(
    r"(?<!stir )(?<!stir-)\bfried\b|\bfries\b|tempura|\btots\b|battered|breaded|"
    r"fritters?|hush ?pupp|\bpuris?\b|frybread|fry bread|\bchimichanga|\bfritos?\b|"
    r"\btostones\b|\bcroquettes?\b|\bpakoras?\b|\bsamosas?\b|\bempanadas?\b"
)
# Drinks sweetened as sold or served: a snack at most, and a sweet (at most once a day).
SWEET_DRINK = re.compile(
    r"chocolate|flavored|sweetened|with sugar|frozen|mocha|lemonade|juice drink|frappe|"
    r"caramel|vanilla|sweet tea|horchata|eggnog|malted"
)
UNSWEET = re.compile(r"unsweetened|sugar[- ]free|no sugar|diet\b")
# Salad dressings sweet enough to count as a sweet (and to stay out of low-carb plans).
SWEET_DRESSING = re.compile(r"honey|fruit|french|catalina|raspberry|poppy ?seed|sweet|asian")
SWEET_VEG = re.compile(r"candied|glazed|sweetened|marshmallow")  # candied yams
SWEET_FRUIT = re.compile(
    r"pudding|marshmallow|whipped|sweetened|candied|glazed|ambrosia|\bbaked\b|chocolate|"
    r"in syrup"
)
# Seeds eaten by the spoonful on oatmeal or yogurt (flax, chia, hemp); sesame and poppy
# seeds and tahini are cooking ingredients (NEVER_PATTERNS).
SPRINKLE_SEEDS = re.compile(r"^(?:flax|flaxseed|chia|hemp)\b")
# WWEIA codes of sweet foods as eaten: dried fruit (6016), fruit juices (7002-7006), PB&J
# (3722), honey, jams and syrups (8802, 8806); sweets and sweetened drinks are told by
# their role and wording. At most one a day, a few a week (domain.planner).
SWEET_CODES = frozenset({"6016", "7002", "7004", "7006", "3722", "8802", "8806"})
# Raw forms matter only for protein foods: raw fruit and vegetables are eaten as they are.
RAW_PROTEIN = re.compile(r"(?<!from )\braw\b|\bsashimi\b|\bceviche\b|\btartare\b")
ORGAN_WORDS = re.compile(
    r"\b(?:liver|kidney(?! beans?)|tripe|heart|tongue|gizzards?|chitterlings|sweetbreads?|brains?|"
    r"giblets|menudo|mondongo|blood|haggis|pate|pâté|oxtails?|feet|hocks?|neck bones?|bones|"
    r"cow head|head cheese)\b|, backs?$"
)
GAME_WORDS = re.compile(
    r"\b(?:venison|deer|elk|moose|rabbit|squirrel|bear|bison|buffalo|goat|opossum|raccoon|"
    r"alligator|frog|turtle|beaver|muskrat|armadillo|caribou|antelope|wild boar|pheasant|"
    r"quail|dove|duck egg|goose egg|"
    r"seal|whale|walrus|squab|ostrich|emu)\b"
)
# WWEIA codes whose foods are flagged, so planned only for a person who asks for them.
FLAG_CODES = {"2010": "organ"}


# Words of a mixed dish's description that say it holds vegetables (it then stands for the
# vegetable part of a main meal).
VEG_WORDS = re.compile(
    r"vegetable|salad|lettuce|tomato|broccoli|carrot|spinach|peppers?\b|greens|cabbage|"
    r"stir.?fr|onion|mushroom|zucchini|squash|eggplant|peas\b|corn\b|okra|bean sprouts|"
    r"chop suey|primavera|ratatouille|jambalaya|gumbo|chili|minestrone|kale|cauliflower"
)


# USDA's default portion ("Quantity not specified") under this many grams: a garnish.
GARNISH_TYPICAL_G = 20.0
GARNISH_ROLES = frozenset({"fruit", "veg", "protein", "dairy"})
# Snack foods eaten by the spoonful (USDA's usual amount under this: flax and chia seeds,
# croutons) are sprinkled on something, so they are garnishes too; crackers and rice cakes
# (usual amount 12-18 g, counted pieces) stay snacks.
SPRINKLE_TYPICAL_G = 10.0
DRIED = re.compile(r"\bdried\b|\bdehydrated\b")
# A protein food whose default portion is at most this and whose energy density is at
# least SNACK_KCAL_100G is eaten as a snack (a handful of soy nuts, a strip of jerky).
SNACK_TYPICAL_G = 30.0
SNACK_KCAL_100G = 330.0
CANNED_FRUIT = re.compile(r"\bcanned\b|\bin syrup\b|juice pack|fruit cocktail")


@dataclass(frozen=True)
class MealFit:
    """Where a food fits: meal tags (empty: never planned), role, flags (organ, game)."""

    meals: tuple[str, ...]
    role: str
    flags: tuple[str, ...] = ()  # "organ", "game"; "with_veg": a mixed dish holding vegetables

    @property
    def planned(self) -> bool:
        return bool(self.meals)


_NEVER = re.compile("|".join(f"(?:{p})" for p in NEVER_PATTERNS))
NOT_PLANNED = MealFit((), "")


def meal_fit(
    wweia_code: str,
    description: str,
    *,
    typical_grams: float | None = None,
    kcal: float | None = None,
) -> MealFit:
    """Meal tags and structure role of an FNDDS food (see the module docstring).

    ``typical_grams`` (USDA's default portion) and ``kcal`` (per 100 g), when given, apply
    the garnish and snack-type rules.
    """
    entry = WWEIA_MEALS.get(str(wweia_code))
    if entry is None:
        return NOT_PLANNED
    meals, role = entry
    text = description.lower()
    if _NEVER.search(text):
        return NOT_PLANNED
    if role in ("protein", "mixed") and (RAW_PROTEIN.search(text) or re.search(r"\bdry\b", text)):
        return NOT_PLANNED  # raw meat or fish, dry textured vegetable protein
    if wweia_code in ("8802", "8806") and not TABLE_SWEET.search(text):
        return NOT_PLANNED
    cooked_first = role in ("veg", "starch", "fruit") and COOKED_BEFORE_EATING.search(text)
    if cooked_first and (re.search(r"\braw\b", text) or wweia_code == "6018"):
        return NOT_PLANNED
    head = text.split(",")[0]
    spread = re.search(r"\bsauce\b|\bbutter\b", head) and "applesauce" not in head
    if role in ("fruit", "protein", "snack") and spread:
        # Cranberry sauce, apple butter, soy nut butter: a spread, by the spoon.
        meals, role = (("breakfast",) if role == "fruit" else ("snack",)), "addition"
    if role == "mixed" and re.search(r"\bdessert\b|\bpudding\b|^soup, fruit", text):
        meals, role = ("snack",), "sweet"  # rice dessert, fruit soup: sweets, not a main
    if role == "fruit" and head.startswith("applesauce"):
        meals = ("snack",)  # a snack cup, not a side with clams or a breakfast item
    if "drink" in meals and SWEET_DRINK.search(text) and not UNSWEET.search(text):
        # A sweet drink is a snack, not something served with lunch or dinner.
        meals = tuple(m for m in meals if m != "drink") or ("snack",)
    if role == "addition" and re.search(r"\boil\b", text) and "dressing" not in text:
        return NOT_PLANNED
    flags: list[str] = []
    if wweia_code in FLAG_CODES:
        flags.append(FLAG_CODES[wweia_code])
    if role == "mixed" and VEG_WORDS.search(text):
        flags.append("with_veg")
    if role in ("protein", "mixed"):
        if ORGAN_WORDS.search(text) and "organ" not in flags:
            flags.append("organ")
        if GAME_WORDS.search(text):
            flags.append("game")
    if role == "fruit" and CANNED_FRUIT.search(text):
        flags.append("canned")
    # A fried egg is an everyday breakfast, not a deep-fried food.
    if role != "snack" and wweia_code != "2502" and FRIED_WORDS.search(text):
        flags.append("fried")
    # Sweetened drinks lost their "drink" tag above (served as snacks); vegetable juice
    # (7008) is not sweet.
    sweet_drink = role == "drink" and "drink" not in meals and wweia_code != "7008"
    # A sweet salad dressing, or fruit made a dessert (with pudding, marshmallows, candied).
    sweetened = (
        (wweia_code == "8012" and SWEET_DRESSING.search(text) is not None)
        or (role == "fruit" and SWEET_FRUIT.search(text) is not None)
        or (role == "veg" and SWEET_VEG.search(text) is not None)
    )
    if role == "sweet" or wweia_code in SWEET_CODES or sweet_drink or sweetened:
        flags.append("sweet")
    sprinkled = role == "snack" and (typical_grams or math.inf) < SPRINKLE_TYPICAL_G
    sprinkled = sprinkled or (role == "snack" and SPRINKLE_SEEDS.search(text) is not None)
    # Dried vegetables (sun-dried tomatoes, dried peppers) season a dish: not a side.
    sprinkled = sprinkled or (role == "veg" and DRIED.search(text) is not None)
    garnish_size = role in GARNISH_ROLES and (typical_grams or math.inf) < GARNISH_TYPICAL_G
    if garnish_size or sprinkled:
        # Eaten in garnish amounts: beside a meal's foods, never its centre.
        meals = tuple(dict.fromkeys("side" if m == "main" else m for m in meals))
        if role == "snack" and SPRINKLE_SEEDS.search(text):
            meals = ("breakfast",)  # on oatmeal or yogurt, not a snack of seeds or a side
        role = "garnish"
        flags.append("retagged")
    elif (
        role == "protein"
        and "main" in meals
        and typical_grams is not None
        and typical_grams <= SNACK_TYPICAL_G
        and (kcal or 0.0) >= SNACK_KCAL_100G
    ):
        meals, role = ("snack",), "snack"
        flags.append("retagged")
    return MealFit(meals, role, tuple(flags))


def typicality_cost(description: str, wweia_code: str) -> float:
    """A small cost on unusual foods so common ones win (0 for USDA's generic "NFS" foods).

    USDA names its generic, most-reported form of a food "..., NFS" (not further
    specified); every extra qualifier (a comma-separated part, "from restaurant", a brand
    style, "Puerto Rican style") makes the food more specific, so less typical.
    """
    text = description.lower()
    if text.endswith("nfs") or ", nfs" in text:
        return 0.0
    parts = text.count(",") + text.count("(") + text.count(" with ")
    cost = 0.004 + 0.003 * min(parts, 5)
    if re.search(r"style|restaurant|fast food|school|frozen meal|lunchable|canned", text):
        cost += 0.006
    if wweia_code == "2008":
        cost += 0.01  # lamb and goat are eaten less often than beef, pork and poultry
    return round(cost, 4)


# How familiar a side is, from the catalog itself: USDA describes the grains and
# vegetables people eat often in many forms (rice: 150 foods, broccoli: 22, carrots: 22)
# and the rare ones once (millet, buckwheat groats, artichoke, water chestnut). A side
# whose first word heads fewer than FAMILIAR_FORMS foods costs up to FAMILIAR_COST more,
# so a plate's starch is rice or potatoes before millet. Fruit is left out: USDA lists
# each fruit in a few forms whether common (grapes) or not (guava); its WWEIA category
# tells instead (domain.planner.pairing).
FAMILIAR_FORMS = 20
FAMILIAR_COST = 0.012
FAMILIAR_ROLES = frozenset({"starch", "veg"})


def head_word(description: str) -> str:
    """The first word of a description, lower case ("Rice, brown, cooked" -> "rice")."""
    return re.split(r"[ ,]", description.strip().lower(), maxsplit=1)[0]


def familiarity_cost(forms: int) -> float:
    """Extra typicality cost for a side whose head word names ``forms`` catalog foods."""
    if forms >= FAMILIAR_FORMS:
        return 0.0
    return round(FAMILIAR_COST * (1.0 - math.log(max(forms, 1)) / math.log(FAMILIAR_FORMS)), 4)
