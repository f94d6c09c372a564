"""Matching a mention's words to an FNDDS food as eaten.

Each food is indexed by the words of its USDA description (the part before the first
comma is its head: "Potato chips" in "Potato chips, plain"), its additional description
(other names, brands: "Pringles", "Goldfish") and its WWEIA category. A mention's words
score a food by rarity (inverse document frequency): words the food explains count for
it, words it does not explain count against it, and description words the mention did not
ask for cost a little, so the plainest food that covers the words wins ("chips" -> plain
potato chips, not barbecue flavored). Ties go to USDA's generic "NFS" foods.

What USDA's own texts say about defaults is used too:

- "X, NFS" (or "X, NS as to type") among a food's other names makes it the default for X
  ("Celery, raw": "celery, NFS"; "Italian dressing, NFS"); "NS source" marks the home
  recipe as the default when the text names no restaurant;
- a vegetable USDA lists raw and "fresh, cooked, no added fat", without calling the raw
  one its default, is the cooked one unless the text says raw;
- the mention's head noun (its last word, or X of "X with Y") used only as a modifier in a
  food's head is weak evidence ("spaghetti" is not "Spaghetti sauce"), and so is a word only
  the WWEIA category explains; what a food is without ("..., no sauce") explains nothing;
- a combination ("Whiskey and ginger ale") costs more the rarer its unnamed part;
- "NS as to skin eaten" among a food's other names makes it the default when the skin is
  not mentioned (the skin-not-eaten chicken breast);
- a brand said only in part ("Mountain Dew" of "Energy drink (Mountain Dew AMP)") gets an
  other name's credit, not a brand's; "other than X" says what a food is not;
- the head noun is the last word that is not a cooking word ("bagel toasted" is a bagel),
  and a measure word ("steak" of fish) excuses itself only beside another food word.

A stop word that begins several USDA names is kept before that word ("hot chocolate",
"soft drink"); a compound USDA mostly writes as two words ("meatloaf", "cheesesteak",
"oatmilk") is read as the two.

Spelling correction only touches a word that is not in the food vocabulary and only for a
slip of one letter (difflib, 0.84), so "buttered toast" never becomes "butterhead"; a
correction that lands on a meal word ("breakafst") is dropped, split compounds are joined
only when USDA never writes the two words side by side ("cole slaw"), and an unknown
hyphenated word is read as its parts ("hard-boiled").
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from domain.analyser.catalog import Food
from domain.analyser.lexicon import BRAND_FOODS, FORM_WORDS, PREPARATIONS, WORD_SYNONYMS
from domain.analyser.regional import FRUIT_CRISPS, REGIONAL_PHRASES, REGIONAL_WORDS
from domain.analyser.text import norm_tokens, singular

# Everyday words and brands -> the words USDA uses (applied word by word, then phrases).
EVERYDAY_WORDS: dict[str, str] = {
    **WORD_SYNONYMS,
    **REGIONAL_WORDS,  # British/Commonwealth words and home-kitchen dish names (regional.py)
    "sourdough": "sour dough", "steamed": "cooked",
    # brands people write for the food USDA files them under
    "yoplait": "yogurt", "chobani": "greek yogurt", "fage": "greek yogurt",
    "eggo": "waffle frozen", "reese": "chocolate candy peanut butter filled",
    "m&m": "chocolate candy candy shell",
    "pb&j": "peanut butter jelly sandwich",
    "pb": "peanut butter", "pbj": "peanut butter jelly sandwich", "guac": "guacamole",
    "oj": "orange juice", "mtn": "mountain", "mac": "macaroni", "n": "and",
    "choc": "chocolate", "veggie": "vegetable", "veg": "vegetable", "bbq": "barbecue",
    "hashbrown": "hash brown", "hashbrowns": "hash brown", "fry": "french fry",
    "penne": "pasta", "linguine": "pasta", "fettuccine": "pasta", "rigatoni": "pasta",
    "halfandhalf": "cream half and half", "boxed": "packaged", "sammich": "sandwich",
    "sandwhich": "sandwich", "skinny": "nonfat", "chix": "chicken",
    "brekkie": "breakfast", "burger": "hamburger", "coke": "cola soft drink",
    "pop": "soft drink", "soda": "soft drink", "ramen": "ramen noodle",
    "toast": "bread toasted", "mayo": "mayonnaise", "ketchup": "ketchup", "pepsi": "cola",
    "cheez": "cheese", "oatmeal": "oatmeal", "shake": "milk shake", "smoothy": "smoothie",
    "doughnut": "doughnut", "donut": "doughnut", "tater": "potato", "spuds": "potato",
    # a drink from the fountain is a soft drink; curries by their restaurant names are
    # USDA's "curry" (WWEIA: the dish, not the sauce), chana is the chickpea
    "fountain": "soft drink", "masala": "curry", "korma": "curry", "vindaloo": "curry",
    "tikka": "", "chana": "chickpeas", "philly": "sandwich", "queso": "cheese queso",
}  # fmt: skip
# Dish names whose words must not be mapped one by one ("french toast" is not bread).
KEEP_PAIRS = frozenset(
    {("french", "toast"), ("cinnamon", "toast"), ("texas", "toast"), ("big", "mac")}
    | {("chicken", "tender")}  # tenders, not tender chicken
    # a spirit "and soda" is USDA's "Vodka and soda" (soda water), not a soft drink
    | {(spirit, "soda") for spirit in ("vodka", "whiskey", "rum", "gin", "scotch", "bourbon")}
    | FRUIT_CRISPS  # "apple crisp" is the dessert, not potato chips
    | {("con", "carne"), ("chili", "carne")}  # chili con carne
)
# Whole phrases people use that USDA words differently (joined words -> USDA words).
EVERYDAY_PHRASES: dict[str, str] = {
    "black coffee": "coffee brewed", "coffee black": "coffee brewed", "coffee": "coffee brewed",
    "french fry": "french fries fast food",
    "chip": "potato chips", "garden salad": "assorted vegetables lettuce salad",
    "side salad": "assorted vegetables lettuce salad",
    "green salad": "assorted vegetables lettuce salad",
    "bud light": "beer light", "coors light": "beer light", "miller lite": "beer light",
    "raisin bran": "cereal bran flakes raisins", "sweet tea": "tea iced pre-sweetened sugar",
    # a bare name alone means its usual food: a hot dog in a bun, a garden salad, ranch
    # dressing, granola cereal
    "dog": "hot dog sandwich", "salad": "assorted vegetables lettuce salad",
    "ranch": "ranch dressing", "italian": "italian dressing", "caesar": "caesar dressing",
    "granola": "cereal granola", "spaghetti": "pasta spaghetti",
    "butter chicken": "chicken curry", "short stack": "pancakes",
    "meat sauce": "spaghetti sauce meat",
    # a "caramel macchiato" as coffee shops sell it is a flavored latte
    "caramel macchiato": "latte caramel", "marinara": "spaghetti sauce marinara",
    # a "protein bar" is USDA's nutrition bar, not the one brand whose name says protein bar
    "protein bar": "nutrition bar",
    **REGIONAL_PHRASES,  # British/Commonwealth names (regional.py)
}  # fmt: skip
# Correctly spelled English words one slip away from a food word, which the one-slip
# correction would otherwise turn into that food ("meant" -> meat, "raising" -> raisin):
# found by running the correction over the English prose of this repository and of meal
# descriptions. Inflections of food words ("larger", "sugary") are left to correction:
# they name the same thing.
NOT_TYPOS = frozenset(
    {
        "alone", "angle", "basis", "battery", "beacon", "bowel", "branded", "branched",
        "express", "horse",
        "brute", "carry", "chain", "chief", "classified", "consent", "contest", "count",
        "counter", "created", "current", "diary", "doing", "drill", "dying", "falling",
        "fetal", "filed", "fired", "granted", "learn", "meant", "panda", "planner", "plant",
        "purge", "raising", "refined", "renal", "retried", "rotated", "salon", "saved",
        "scope", "snake", "sparing", "speed", "tablet", "thing", "topic", "trial",
        "weather", "writing",
    }
)  # fmt: skip
# Shortest word read as two swapped letters of a food word ("diary" is no typo of dairy).
SWAP_MIN_LETTERS = 6
# Stop words an everyday name's USDA words still drop ("n" -> "and").
_MAPPED_STOPS = frozenset({"and", "with", "on", "in", "of", "the", "a", "an", "or"})
_ONE_WORD_PHRASES = frozenset(p for p in EVERYDAY_PHRASES if " " not in p)
# Foods whose names must begin with a stop word + a word for that pair to be kept whole.
MIN_NAME_FOODS = 2
# Shortest one-word compound read as USDA's two words ("meatloaf" -> "meat loaf").
MIN_SPLIT_LETTERS = 7
# Joiners of a dish "X with Y" whose head noun is X's ("spaghetti w/ meat sauce").
_DISH_JOINERS = frozenset({"with", "on", "in", "de", "con"})  # "pupusas de queso"
# Spaghetti in a dish ("spaghetti w/ meat sauce") is USDA's "Pasta with ..." (which lists
# "spaghetti, any shape pasta"); only "spaghetti sauce" is the sauce.
_PASTA_DISH = re.compile(r"\bspaghetti (?!sauce\b)(?=\w)")
# Where a food came from ("from the box", "from a can") in USDA's words; such hint words
# only add (HINT_WEIGHT x rarity) to the foods they describe.
SOURCE_WORDS = {"box": "packaged", "packet": "packaged", "can": "canned", "tin": "canned"}
HINT_WEIGHT = 0.6
_PHRASES = tuple(
    (phrase, None if " " not in phrase else re.compile(rf"\b{re.escape(phrase)}\b"), usda)
    for phrase, usda in EVERYDAY_PHRASES.items()
)
# Words that say nothing about which food: dropped from a mention before scoring.
STOP_WORDS = frozenset(
    {
        "i", "we", "me", "my", "our", "had", "have", "ate", "eat", "eaten", "drank", "enjoyed",
        "grabbed", "ordered", "got", "made", "make", "cooked", "just", "then", "also", "some",
        "of", "the", "a", "an", "and", "with", "on", "in", "for", "at", "as", "from", "to",
        "it", "was", "were", "is", "one", "delicious", "yummy", "tasty", "crunchy", "juicy",
        "fresh", "nice", "warm", "cold", "hot", "hearty", "quick", "little", "big", "huge",
        "late", "early", "so", "um", "uh", "like", "think", "maybe", "about", "around",
        "approx", "roughly", "or", "that", "this", "there", "up", "out", "down", "went",
        "woke", "before", "after", "during", "while", "by", "desk", "work", "home", "place",
        "takeout", "snack", "breakfast", "lunch", "dinner", "supper", "brunch", "meal",
        "morning", "noon", "night", "evening", "afternoon", "time", "today", "yesterday",
        "tonight", "really", "very", "side", "serving", "portion", "piece", "plate",
        "dipped", "dunked", "smothered",
        "glass", "cup", "bit", "lot", "ish", "x", "washed", "paired", "topped", "alongside",
        "along", "together", "plus", "too", "well", "having", "grab", "store", "bought",
        "took", "friend", "family", "wife", "husband", "kid", "son", "daughter", "mom", "dad",
        "party", "movie", "office", "coworker", "park", "porch", "beach", "game", "gym",
        "class", "meeting", "road", "trip", "weekend", "split", "shared", "probably", "top",
        "sliced", "diced", "chopped", "ripe", "fluffy", "tender", "savory", "creamy", "crispy",
        "soft", "chewy", "sipped", "munched", "snacked", "finished", "half", "full", "extra",
        "bottle", "can", "bag", "box", "packet", "container", "carton", "jar", "tub", "slice",
        "strip", "pc",
    }
)  # fmt: skip
# Words of USDA descriptions that cost nothing when the mention does not say them.
_FREE_WORDS = frozenset(
    {
        "nfs", "ns", "as", "to", "or", "and", "with", "of", "from", "no", "added", "fat",
        "type", "plain", "regular", "made", "cooked", "prepared", "fresh", "raw",
        "100%", "in", "on", "the", "any", "all", "other", "style", "flavor", "flavored",
        "restaurant", "fast", "food", "home", "not", "further", "specified", "without",
    }
)  # fmt: skip
# Where a food was made, when the text does not say: a small cost, so the home-made
# version wins a tie ("potato salad" is not "Potato salad, from restaurant").
_PLACE_WORDS = frozenset({"restaurant", "fast", "school", "cafeteria"})
_NS_SOURCE = re.compile(r"\bNS (?:as to )?source\b", re.IGNORECASE)
PLACE_COST = 0.2
# "NS as to skin eaten" in a food's other names: USDA codes this food when the skin is not
# mentioned ("Chicken breast, grilled, skin not eaten"); the words of what is not specified.
# Only the skin: USDA's other "NS as to" notes (type, fat, milk) sit on many siblings at once.
_NS_AS_TO = re.compile(r"\bNS as to (skin [a-z /]+?)(?:;|,|$)", re.IGNORECASE)
# Cost of a word in a food's head the mention did not ask for ("Whiskey and cola").
HEAD_EXTRA = 0.8
_INFANT_WORDS = frozenset({"toddler", "infant", "gerber", "jar"})
# How many foods a mention may fall back on when the best cannot be weighed as asked.
RANKED = 5
# Cost of a combination food ("X and Y") when the mention names only one part, plus a
# share of the rarity of the part not named ("ginger ale" is not "Whiskey and ginger ale").
COMBINATION_MISS = 1.5
COMBINATION_MISS_IDF = 0.5
# Credit of the mention's head noun when a food's head uses it only as a modifier
# ("spaghetti" in "Spaghetti sauce", "granola" in "Granola bar"), instead of 1.2.
MODIFIER_CREDIT = 0.5
# A cooking word USDA does not use for a food, credited when the food's name says the same
# cooking another way ("roasted" sweet potato: "baked"; "grilled": "broiled"), at this share.
PREP_CREDIT = 0.7
_SAME_COOKING = {
    word: frozenset(alt for alt in alternatives[1:] if alt not in ("cooked", "prepared"))
    for word, alternatives in PREPARATIONS.items()
}
# Bonus of USDA's default food for what was said: "NFS" in the description, or named
# "X, NFS" in its additional description ("Celery, raw": "celery, NFS").
GENERIC_BONUS = 0.3
# Bonus of the cooked form of a vegetable USDA lists both raw and "fresh, cooked, no added
# fat" without calling the raw one its default: broccoli and green beans are eaten cooked
# unless the text says raw, celery and cucumber (raw = "celery, NFS") raw.
COOKED_BONUS = 0.3
# USDA's packaged dinners ("Spaghetti and meatballs dinner, NFS, frozen meal") are meant
# only when the text says frozen (or a brand, which names the food by other words).
_FROZEN_MEAL = re.compile(r"\bfrozen (?:meal|dinner|entree)\b", re.IGNORECASE)
_FROZEN_WORDS = frozenset({"frozen", "tv", "microwave", "lean", "cuisine", "stouffer", "banquet"})
FROZEN_MEAL_COST = 1.5
# Cost of a food USDA files under a restaurant's name when the text names no restaurant.
BRAND_UNSAID = 2.0
_RESTAURANT_BRANDS = re.compile(
    r"\((?:[^)]*\b(?:burger king|mcdonald'?s|wendy'?s|taco bell|subway|kfc|popeyes|"
    r"chick-fil-a|arby'?s|sonic|dairy queen|white castle|jack in the box|pizza hut|"
    r"domino'?s|starbucks|dunkin'?|panera|chipotle)\b[^)]*)\)",
    re.IGNORECASE,
)


def _alternatives(description: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """Per part of a USDA name that lists alternatives of one noun ("Nutrition bar or meal
    replacement bar"), the words of each alternative."""
    found = []
    for part in description.lower().split(","):
        said = [norm_tokens(o) for o in part.split(" or ")]
        # (only names of one thing: each alternative ends in the same noun, so what "or"
        # joins is plain; "Ham or pork and potatoes" lists no two whole names)
        if len(said) > 1 and all(said) and len({tuple(o[-1:]) for o in said}) == 1:
            found.append(tuple(frozenset(o) - _FREE_WORDS for o in said))
    return tuple(found)


def _unsaid_alternatives(
    alternatives: tuple[tuple[frozenset[str], ...], ...], wanted: set[str]
) -> frozenset[str]:
    """The words of the alternatives not meant: USDA's "A or B" is either, so when the
    text says all of A, B's words cost nothing ("protein bar" is "Nutrition bar or meal
    replacement bar, NFS")."""
    unsaid: set[str] = set()
    for options in alternatives:
        best = max(options, key=lambda o: (len(o & wanted), -len(o - wanted)))
        if best <= wanted:
            unsaid |= set().union(*options) - best
    return frozenset(unsaid)


def _has_brand(entry: _Entry) -> bool:
    return bool(_RESTAURANT_BRANDS.search(entry.food.description))


# Foods a word must name to be read from a clipped spelling ("mozz", "chikn").
SHORTHAND_MIN_FOODS = 3
# Letters a clipped spelling leaves off at least ("mozz" of mozzarella).
SHORTHAND_CLIP = 4


def _keeps_order(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` with some letters left out (same first letter)."""
    letters = iter(word)
    return short[0] == word[0] and all(c in letters for c in short)


# Shortest brand (letters only) read however it is spaced or hyphenated ("cheez its").
MIN_BRAND_LETTERS = 5
# Credit of a word only a food's WWEIA category explains (its other names get 0.7).
CATEGORY_CREDIT = 0.35
# Bonus of a food whose WWEIA category is named by the mention's head noun.
CATEGORY_BONUS = 0.2
# Flavour words a food described as "flavored" explains ("vanilla latte" is the flavored
# latte, "caramel frappuccino" a flavored one): a kind of word, not a list of foods.
FLAVOURS = frozenset(
    {
        "vanilla", "caramel", "hazelnut", "mocha", "pumpkin", "peppermint", "cinnamon",
        "coconut", "almond", "toffee", "raspberry", "strawberry", "cherry", "peach", "lemon",
        "lime", "orange", "mango", "blueberry", "honey", "maple", "chai", "matcha",
    }
)  # fmt: skip
_FLAVOURED = frozenset({"flavored", "flavor"})
# Portion words of a raw vegetable sold to be eaten raw as a snack.
_SNACK_PACKS = frozenset({"bag", "package", "pack"})
# Joiners after which a food's head goes on about something else ("Spaghetti sauce with
# meat": the head noun is "sauce"); "or"/"and" list alternatives or parts.
_HEAD_CUT = re.compile(r" (?:with|in|on|from|for|without|made) ")
_PAREN = re.compile(r"\([^)]*\)")
# What a USDA food is described as being without: "..., no sauce", "without bun".
_NEGATED = re.compile(r"\b(?:no|without|excluding|except|other than)\s+([^,;]*)", re.IGNORECASE)


# Meats named in a text, and the words that say it was a meat substitute.
_MEAT_WORDS = frozenset(
    {"chicken", "beef", "pork", "turkey", "sausage", "bacon", "ham", "meatball", "burger",
     "hamburger", "steak", "fish", "shrimp", "meat", "jerky"}
)  # fmt: skip
_NO_MEAT_WORDS = frozenset(
    {"meatless", "vegetarian", "veggie", "vegan", "tofu", "soy", "plant", "imitation",
     "fake", "substitute", "beyond", "impossible", "seitan", "quorn", "gardein", "morningstar"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Entry:
    food: Food
    words: frozenset[str]  # description words
    head: frozenset[str]  # words before the first comma
    other: frozenset[str]  # additional description and category words
    brand: frozenset[str]  # words in the description's parentheses
    measures: frozenset[str]  # words of its USDA portions ("fillet", "ear", "wing")
    costly: frozenset[str]  # description words that cost when not asked for
    costly_head: frozenset[str]  # the same within the head
    sides: tuple[frozenset[str], ...]  # a combination's parts: "Whiskey and cola"
    generic: bool  # USDA's "NFS": the food meant when nothing more is said
    infant: bool  # baby food or juice: meant only when the text says so
    head_nouns: frozenset[str] = frozenset()  # what the food is: "sauce" of "Spaghetti sauce"
    generic_for: tuple[frozenset[str], ...] = ()  # "celery, NFS" in its other names
    flavored: bool = False  # described as flavored: explains a flavour word
    cooked_default: bool = False  # see COOKED_BONUS
    category: frozenset[str] = frozenset()  # WWEIA category words ("tap", "water")
    negated: frozenset[str] = frozenset()  # what it is without: "sauce" of "..., no sauce"
    named: frozenset[str] = frozenset()  # head plus the kind after an inverted one-word head
    source_default: bool = False  # "NS source": USDA's food when where it came from is not said
    aliases: frozenset[str] = frozenset()  # words of its additional description
    # the alternatives a part of its name lists ("Nutrition bar or meal replacement bar")
    alternatives: tuple[tuple[frozenset[str], ...], ...] = ()
    # "NS as to skin eaten" among its other names: USDA's food when that is not said
    default_unless: tuple[frozenset[str], ...] = ()
    frozen_meal: bool = False  # "..., frozen meal": a packaged dinner


def _head_nouns(head_text: str) -> frozenset[str]:
    """What a food is, from its USDA head: "sauce" of "Spaghetti sauce with meat",
    "omelet" and "egg" of "Egg omelet or scrambled egg", "bar" of "Cereal or granola bar"
    (a one-word alternative before "or" modifies the same noun)."""
    core = _HEAD_CUT.split(head_text.lower())[0]
    nouns: set[str] = set()
    for part in re.split(r" and ", core):
        alternatives = [norm_tokens(a) for a in part.split(" or ")]
        alternatives = [a for a in alternatives if a]
        if len(alternatives) > 1 and len(alternatives[0]) == 1 and len(alternatives[-1]) > 1:
            nouns.add(alternatives[-1][-1])
        else:
            nouns.update(a[-1] for a in alternatives)
    return frozenset(nouns)


def _unsaid_words(description: str) -> frozenset[str] | None:
    """The words of a description that only list what is not specified, when that is all
    it says after its head ("Cream, NS as to light, heavy, or half and half"); else None
    ("Carrots, NS as to form, cooked" also says cooked)."""
    parts = [p.strip().lower() for p in description.split(",")[1:]]
    unsaid = [p.startswith("ns as to") for p in parts]
    # all "NS as to", or one "NS as to" list of options and nothing after it ("..., heavy,
    # or half and half")
    listed = bool(parts) and unsaid[0] and sum(unsaid) == 1 and parts[-1].startswith("or ")
    if not parts or not (all(unsaid) or listed):
        return None
    return frozenset(norm_tokens(" ".join(parts)))


def _named_words(description: str) -> frozenset[str]:
    """The words that name a food: its head, and after an inverted one-word head also the
    next part ("Cheese, cottage, NFS" is cottage cheese as much as "Cottage cheese,
    farmer's" is)."""
    parts = description.split(",")
    head = norm_tokens(parts[0])
    if len(head) == 1 and len(parts) > 1:
        return frozenset(head + norm_tokens(parts[1]))
    return frozenset(head)


def _generic_phrases(additional: str, head: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The names this food is USDA's default for: "celery, NFS" in its additional
    description (a bare "NFS" names the food's own head)."""
    phrases = []
    for segment in additional.split(";"):
        words = set(norm_tokens(segment))
        if "nfs" in words:
            phrase = frozenset(words - {"nfs"} - _FREE_WORDS) or head
            if phrase:
                phrases.append(phrase)
        elif ", ns as to" in segment.lower():
            # "cheese sticks, NS as to type of cheese": the default cheese stick
            named = frozenset(norm_tokens(segment.lower().split(", ns as to")[0])) - _FREE_WORDS
            if named:
                phrases.append(named)
    return tuple(phrases)


_BRAND_FOODS = {key: norm_tokens(usda) for key, usda in BRAND_FOODS.items()}


def _brand_key(name: str) -> str:
    """A brand's letters and digits alone, without a plural or possessive "s"."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return key[:-1] if key.endswith("s") and len(key) > MIN_BRAND_LETTERS else key


def _hyphen_parts(description: str) -> frozenset[str]:
    """The parts of the description's hyphenated prefix words ("pre-sweetened" ->
    "sweetened"), which say the same food as the part alone."""
    return frozenset(
        singular(part)
        for token in norm_tokens(description)
        if token.startswith(("pre-", "non-", "un-", "semi-", "low-", "reduced-"))
        for part in token.split("-")[1:]
        if len(part) > 3
    )


class FnddsMatcher:
    """An index over FNDDS foods (``extra["food_code"]``), built once; read-only."""

    def __init__(self, foods: Iterable[Food]) -> None:
        self.entries: list[_Entry] = []
        for food in foods:
            extra = food.extra or {}
            description = _PAREN.sub(" ", food.description)
            # (with the parts of USDA's hyphenated words: "pre-sweetened" is "sweetened")
            words = frozenset(norm_tokens(description)) | _hyphen_parts(description)
            head = frozenset(norm_tokens(description.split(",")[0]))
            other = frozenset(
                norm_tokens(
                    (extra.get("additional_description") or "")
                    + " "
                    + (extra.get("wweia_category") or "")
                )
            )
            negated = frozenset(
                w for found in _NEGATED.findall(description) for w in norm_tokens(found)
            )
            # USDA's parentheses hold the brand or usual name ("KIND", "Ritz"): full credit
            brand = frozenset(norm_tokens(" ".join(re.findall(r"\(([^)]*)\)", food.description))))
            unsaid = _unsaid_words(description)
            # "NFS", or nothing said but what is not specified ("Chicken, NS as to part and
            # cooking method, NS as to skin eaten"): the food for the bare name
            generic = "nfs" in words or unsaid is not None
            negated |= unsaid or frozenset()
            head_text = description.split(",")[0]
            sides = tuple(frozenset(norm_tokens(side)) for side in head_text.split(" and "))
            head_nouns = _head_nouns(head_text)
            infant = (extra.get("wweia_category") or "").lower().startswith("baby")
            measures = frozenset(
                w for p in food.portions for w in norm_tokens(p.unit) if w.isalpha()
            )
            self.entries.append(
                _Entry(
                    food=food,
                    words=words,
                    head=head,
                    other=other - words - brand,
                    brand=brand,
                    measures=measures,
                    # what a food is without ("no sauce") costs nothing when not asked for
                    costly=words - _FREE_WORDS - negated,
                    alternatives=_alternatives(description),
                    # only the head's own noun phrase: "Pasta with tomato-based sauce" is pasta
                    costly_head=frozenset(norm_tokens(_HEAD_CUT.split(head_text.lower())[0]))
                    - _FREE_WORDS
                    - negated,
                    sides=sides,
                    generic=generic,
                    infant=infant,
                    head_nouns=head_nouns,
                    generic_for=_generic_phrases(
                        extra.get("additional_description") or "", head - _FREE_WORDS
                    ),
                    flavored=bool(words & _FLAVOURED),
                    category=frozenset(norm_tokens(extra.get("wweia_category") or "")),
                    named=_named_words(description),
                    aliases=frozenset(norm_tokens(extra.get("additional_description") or "")),
                    default_unless=tuple(
                        frozenset(norm_tokens(found)) - _FREE_WORDS
                        for found in _NS_AS_TO.findall(extra.get("additional_description") or "")
                    ),
                    source_default=bool(
                        _NS_SOURCE.search(extra.get("additional_description") or "")
                    ),
                    negated=negated - _FREE_WORDS,
                    frozen_meal=bool(_FROZEN_MEAL.search(food.description)),
                )
            )
        self._mark_cooked_defaults()
        # words some food is named by other than as a modifier of its head ("spaghetti" in
        # "Spaghetti and meatballs dinner", "granola" in "Cereal, granola"): only such a word
        # loses credit as a mere modifier of another food's head
        self.head_noun_words = frozenset(
            w for e in self.entries for w in e.head_nouns | (e.words - e.head)
        )
        # adjacent word pairs of USDA's texts, so "cole slaw" may be read as "coleslaw" but
        # "ice cream" is never glued together
        self._pairs = frozenset(
            pair
            for e in self.entries
            for text in (e.food.description, (e.food.extra or {}).get("additional_description"))
            if text
            for toks in (norm_tokens(text),)
            for pair in zip(toks, toks[1:], strict=False)
        )
        # a stop word that begins the name of several foods ("hot" of "Hot chocolate", "soft"
        # of "Soft drink", "split" of "Split pea soup") is kept before that word
        head_pairs: dict[tuple[str, str], int] = defaultdict(int)
        for e in self.entries:
            toks = norm_tokens(_PAREN.sub(" ", e.food.description).split(",")[0])
            for pair in set(zip(toks, toks[1:], strict=False)):
                # (not where an everyday phrase already names the food: "dog" is a hot dog)
                if pair[0] in STOP_WORDS and not {pair[1]} & (STOP_WORDS | _ONE_WORD_PHRASES):
                    head_pairs[pair] += 1
        self._name_pairs = frozenset(p for p, n in head_pairs.items() if n >= MIN_NAME_FOODS)
        self._postings: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(self.entries):
            for word in entry.words | entry.other | entry.brand:
                self._postings[word].append(i)
        total = max(len(self.entries), 1)
        self.idf = {w: math.log(total / len(p)) + 0.5 for w, p in self._postings.items()}
        # a combination's parts with the rarity of each part's rarest word (see _score)
        self._sides = [
            tuple((side, max((self.idf.get(w, 0.0) for w in side), default=0.0)) for side in sides)
            if len(sides := e.sides) > 1
            else ()
            for e in self.entries
        ]
        self.vocabulary = frozenset(self._postings)
        # USDA's brand and usual names in parentheses ("Cheez-It", "Sun Chips", "Fritos"),
        # keyed by their letters alone, so "cheez its", "sunchips" or "cheezit" find them
        self._brand_keys: dict[str, tuple[str, ...]] = {}
        for e in self.entries:
            for inside in re.findall(r"\(([^)]*)\)", e.food.description):
                for name in re.split(r"[,;/]| or ", inside):
                    key = _brand_key(name)
                    toks = norm_tokens(name)
                    if len(key) >= MIN_BRAND_LETTERS and toks:
                        self._brand_keys.setdefault(key, toks)
        # a one-word spelling of what USDA mostly writes as two ("meatloaf" is "Meat loaf"
        # in every meat-loaf food and only "Meatloaf sandwich" in one): read as the two
        # words when more foods write them apart than together
        pair_foods: dict[tuple[str, str], int] = defaultdict(int)
        for e in self.entries:
            toks = norm_tokens(_PAREN.sub(" ", e.food.description))
            for pair in set(zip(toks, toks[1:], strict=False)):
                pair_foods[pair] += 1
        self._split: dict[str, tuple[str, str]] = {}
        for word in self.vocabulary:
            if len(word) < MIN_SPLIT_LETTERS or not word.isalpha():
                continue
            splits = [
                (pair_foods[(word[:k], word[k:])], (word[:k], word[k:]))
                for k in range(3, len(word) - 2)
                if pair_foods.get((word[:k], word[k:]), 0) > len(self._postings[word])
            ]
            if splits:
                self._split[word] = max(splits)[1]
        # correction candidates by first letter and length: a slip rarely hits the first letter
        self._pool: dict[tuple[str, int], list[str]] = defaultdict(list)
        # (and onto the everyday words this module maps: "fettucine" is "fettuccine")
        for word in sorted(self.vocabulary | {w for w in EVERYDAY_WORDS if w.isalpha()}):
            if word.isalpha() and len(word) >= 4:
                self._pool[(word[0], len(word))].append(word)
        # food words of several foods: what a clipped spelling may stand for
        self._common_words = frozenset(
            w
            for w, p in self._postings.items()
            if len(p) >= SHORTHAND_MIN_FOODS and w.isalpha() and len(w) >= 5
        )
        self.rank_words = lru_cache(maxsize=8192)(self._rank_words)
        self.correct = lru_cache(maxsize=8192)(self._correct)
        self.is_food_word = lru_cache(maxsize=16384)(self._is_food_word)
        self._content_words = lru_cache(maxsize=32768)(self._content_words_uncached)

    def __len__(self) -> int:
        return len(self.entries)

    def _mark_cooked_defaults(self) -> None:
        """Mark "X, fresh, cooked, no added fat" where USDA lists "X, raw" without calling
        it X's default (see ``COOKED_BONUS``)."""
        by_name = {e.food.description.lower(): i for i, e in enumerate(self.entries)}
        for name, i in by_name.items():
            if not name.endswith(", fresh, cooked, no added fat"):
                continue
            raw = by_name.get(name.split(",")[0] + ", raw")
            if raw is None:
                continue
            raw_entry = self.entries[raw]
            if raw_entry.generic or raw_entry.generic_for:
                continue  # "Celery, raw" is "celery, NFS": raw is what a bare name means
            if raw_entry.measures & _SNACK_PACKS:
                continue  # sold raw in snack bags ("Carrots, raw": "1 single serving bag")
            self.entries[i] = replace(self.entries[i], cooked_default=True)
        for name, i in by_name.items():
            # a meat USDA lists as "X" and "X, raw" ("Beef, ground"): cooked unless said raw
            base = by_name.get(name.removesuffix(", raw")) if name.endswith(", raw") else None
            code = str(self.entries[i].food.extra.get("food_code") or "")
            if base is not None and code.startswith("2"):
                self.entries[base] = replace(self.entries[base], cooked_default=True)

    # --- words ------------------------------------------------------------------------
    def _is_food_word(self, word: str) -> bool:
        """Whether a raw word of the text names (part of) a food, after correction."""
        return bool(self.content_words([word]))

    def content_words(self, raw: Iterable[str]) -> tuple[str, ...]:
        """The mention's food words: everyday words mapped, stop words dropped, typos fixed."""
        return self._content_words(tuple(raw))

    def _content_words_uncached(self, raw: tuple[str, ...]) -> tuple[str, ...]:
        words: list[str] = []
        tokens = self._branded(self._glued(norm_tokens(" ".join(raw))))
        for i, token in enumerate(tokens):
            if (i and (tokens[i - 1], token) in KEEP_PAIRS) or (
                i + 1 < len(tokens) and (token, tokens[i + 1]) in KEEP_PAIRS
            ):
                words.append(token)  # "big mac", "french toast": kept as written
                continue
            if (
                token in STOP_WORDS
                and i + 1 < len(tokens)
                and (token, tokens[i + 1]) in self._name_pairs
            ):
                words.append(token)  # "hot chocolate", "soft drink": part of USDA's name
                continue
            if token not in EVERYDAY_WORDS and token not in self.vocabulary:
                fixed = self.correct(token)
                if fixed in EVERYDAY_WORDS:
                    token = fixed  # "fettucine": the everyday word it misspells
            mapped = EVERYDAY_WORDS.get(token, token)
            for word in norm_tokens(mapped):
                if word.isdigit() or (
                    word in STOP_WORDS
                    and (" " not in mapped or token in self.vocabulary or word in _MAPPED_STOPS)
                ):
                    # (the USDA words a written form USDA never uses maps to are kept,
                    # stop word or not: the "half" of "halfandhalf")
                    continue
                if word not in self.vocabulary:
                    fixed = self.correct(word)
                    if fixed is None or fixed in STOP_WORDS or fixed not in self.vocabulary:
                        continue  # "breakafst" is breakfast: a meal, not a food
                    word = fixed
                words.append(word)
        text = _PASTA_DISH.sub("pasta spaghetti ", " ".join(words))
        for phrase, pattern, usda in _PHRASES:
            if pattern is None:
                # a one-word phrase stands for the whole mention only ("chips", not
                # "tortilla chips")
                text = usda if text == phrase else text
            elif phrase in text:
                text = pattern.sub(usda, text)
        return tuple(dict.fromkeys(norm_tokens(text)))

    def by_name(self, description: str) -> Food | None:
        """The food of this exact USDA description (any case), if any."""
        if not hasattr(self, "_by_name"):
            self._by_name = {e.food.description.lower(): e.food for e in self.entries}
        return self._by_name.get(description.lower())

    def says(self, words: list[str]) -> bool:
        """Whether USDA's texts hold these words side by side ("taco bell", "subway")."""
        return all(w in self.vocabulary for w in words) and all(
            pair in self._pairs for pair in zip(words, words[1:], strict=False)
        )

    def _branded(self, tokens: list[str]) -> list[str]:
        """Tokens with a brand USDA names in parentheses written however people type it
        ("cheez its", "sunchips", "reeses") replaced by USDA's spelling of it."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for n in (3, 2, 1):
                part = tokens[i : i + n]
                if len(part) < n:
                    continue
                if n == 1 and part[0] in self.vocabulary:
                    continue  # a known word stays itself
                key = _brand_key("".join(part))
                if key in _BRAND_FOODS:
                    out.extend(_BRAND_FOODS[key])
                    i += n
                    break
                found = self._brand_keys.get(key)
                if found is not None:
                    out.extend(found)
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def _glued(self, tokens: tuple[str, ...]) -> list[str]:
        """Tokens with split compounds joined ("cole slaw" -> "coleslaw") and unknown
        hyphenated words split ("hard-boiled" -> "hard boiled")."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            joined = token + nxt
            if nxt and joined in self.vocabulary and (token, nxt) not in self._pairs:
                out.append(joined)
                i += 2
                continue
            if token in self._split:
                out.extend(self._split[token])
            elif (split := self._unknown_split(token)) is not None:
                out.extend(split)  # "cheesesteak", "oatmilk": USDA's "Cheese steak", "Oat milk"
            elif "-" in token and token not in self.vocabulary:
                out.extend(singular(part) for part in token.split("-") if part)
            else:
                out.append(token)
            i += 1
        return out

    def _unknown_split(self, token: str) -> tuple[str, str] | None:
        """An unknown word that is two words USDA writes side by side ("cheesesteak")."""
        if token in self.vocabulary or len(token) < MIN_SPLIT_LETTERS or not token.isalpha():
            return None
        for k in range(3, len(token) - 2):
            if (token[:k], token[k:]) in self._pairs:
                return token[:k], token[k:]
        return None

    def _correct(self, word: str) -> str | None:
        """A one-slip typo of a food word ("brocoli"); never for short or English words."""
        if not word.isalpha() or word in NOT_TYPOS:
            return None
        if len(word) < 5:
            return self._shorthand(word) if len(word) == 4 else None
        if len(word) >= SWAP_MIN_LETTERS:
            # two neighbouring letters swapped ("qunioa", "crarot"): difflib rates these
            # low, and in words this long such a swap rarely makes another English word
            swapped = {
                word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)
            }
            found_swaps = sorted(swapped & self.vocabulary)
            if len(found_swaps) == 1:
                return found_swaps[0]
        pool = [w for n in (-1, 0, 1) for w in self._pool.get((word[0], len(word) + n), ())]
        found = difflib.get_close_matches(word, pool, n=1, cutoff=0.84)
        return found[0] if found else self._shorthand(word)

    def _shorthand(self, word: str) -> str | None:
        """A clipped or vowel-dropped spelling of a common food word: the one such word
        it begins ("mozz" -> mozzarella) or whose letters it keeps in order with one or
        two left out ("chikn" -> chicken); None when no single word fits."""
        if len(word) < 4:
            return None
        common = self._common_words
        # a clip is much shorter than the word ("mozz", "choc"); an English word a few
        # letters short of a food word ("help", "gram", "core") is not one
        starts = [w for w in common if w.startswith(word) and len(w) >= len(word) + SHORTHAND_CLIP]
        if len(starts) == 1:
            return starts[0]
        if len(word) < 5 or sum(c in "aeiou" for c in word) > 1:
            return None  # a vowel-dropped spelling keeps at most one vowel ("chikn")
        kept = [
            w
            for n in (1, 2)
            for w in self._pool.get((word[0], len(word) + n), ())
            if w in common and _keeps_order(word, w)
        ]
        return kept[0] if len(kept) == 1 else None

    # --- matching ---------------------------------------------------------------------
    def match(
        self, raw: Iterable[str], hint: Iterable[str] = ()
    ) -> tuple[Food, float, tuple[str, ...]] | None:
        """The best food for a mention's raw words, its score and the words used.

        ``hint`` words (where the food came from: "from the box") only break ties.
        """
        ranked = self.ranked(raw, hint)
        return ranked[0] if ranked else None

    def ranked(
        self, raw: Iterable[str], hint: Iterable[str] = ()
    ) -> list[tuple[Food, float, tuple[str, ...]]]:
        """The best few foods, best first (the caller takes the first it can weigh)."""
        raw = list(raw)
        words = self.content_words(raw)
        if not words:
            return []
        head = self._dish_head(raw)
        hint_words = self.content_words([SOURCE_WORDS.get(w, w) for w in hint]) if hint else ()
        found = self.rank_words(words, hint_words, head)
        return [(self.entries[i].food, score, words) for i, score in found]

    def _dish_head(self, raw: list[str]) -> str:
        """The head noun of "X with Y" / "X on Y" / "X in Y" (the last food word of X:
        "spaghetti w/ meat sauce" is spaghetti); "" for one food or "X and Y"."""
        for i, word in enumerate(raw):
            if word in _DISH_JOINERS and i:
                before = self.content_words(raw[:i])
                # "eggs scrambled in butter": the eggs, not how they were cooked
                named = [w for w in before if w not in FORM_WORDS] or list(before)
                return named[-1] if named else ""
        return ""

    def match_words(
        self, words: tuple[str, ...], hint: tuple[str, ...] = ()
    ) -> tuple[int, float] | None:
        """The best food's index and score for content words."""
        found = self.rank_words(words, hint)
        return found[0] if found else None

    def _rank_words(
        self, words: tuple[str, ...], hint: tuple[str, ...] = (), head: str = ""
    ) -> tuple[tuple[int, float], ...]:
        """The best foods for content words; ``head`` is the head noun when the words
        are a dish "X with Y" (else their last word)."""
        wanted = set(words)
        rare = sorted(words, key=lambda w: -self.idf.get(w, 0.0))[:2]
        candidates: set[int] = set()
        for word in rare:
            candidates.update(self._postings.get(word, ()))
        scored: list[tuple[float, int]] = []
        rarity = [(w, self.idf.get(w, 1.0)) for w in wanted]
        infant_ok = bool(wanted & _INFANT_WORDS)
        # the head noun is the last word that names a food, not how it was cooked ("bagel
        # toasted" is a bagel, not toast)
        # a measure word excuses itself only beside another food word: "tilapia fillet"
        # is tilapia measured by the fillet, "grilled steak" names no fish with steaks
        measure_ok = len(wanted - FORM_WORDS) > 1
        head_word = head or next((w for w in reversed(words) if w not in FORM_WORDS), words[-1])
        for i in candidates:
            entry = self.entries[i]
            if entry.infant and not infant_ok:
                continue  # "baby carrots" are carrots, not baby food
            score = self._score(entry, wanted, head_word, bool(head), i, rarity, measure_ok)
            if hint:
                score += HINT_WEIGHT * sum(
                    self.idf.get(w, 0) for w in hint if w in entry.words or w in entry.other
                )
            scored.append((score, -i))
        scored.sort(reverse=True)
        return tuple((-i, score) for score, i in scored[:RANKED])

    def _score(
        self,
        entry: _Entry,
        wanted: set[str],
        head: str = "",
        dish: bool = False,
        index: int = -1,
        rarity: list[tuple[str, float]] | None = None,
        measure_ok: bool = True,
    ) -> float:
        """Higher is better: rare words explained, few words unasked for, the right head
        (``dish``: the head was read from "X with Y", so Y's nouns do not excuse it)."""
        score = 0.0
        if rarity is None:
            rarity = [(w, self.idf.get(w, 1.0)) for w in wanted]
        negated, described, head_words = entry.negated, entry.words, entry.head
        for word, idf in rarity:
            if word in negated:
                score -= 0.8 * idf  # "pork with sauce" is not "Barbecue pork, no sauce"
            elif word in described:
                if word not in head_words:
                    score += idf * (1.2 if word in entry.named else 1.0)
                elif (
                    word == head
                    and word not in entry.head_nouns
                    and word in self.head_noun_words
                    and (dish or not (entry.head_nouns & wanted))
                ):
                    score += MODIFIER_CREDIT * idf  # "spaghetti" is not "Spaghetti sauce"
                else:
                    score += 1.2 * idf
            elif word in entry.brand:
                # the whole brand name said ("Red Bull"): full credit; part of a longer
                # product name ("Mountain Dew" of "Mountain Dew AMP", "Snickers" of
                # "Snickers Marathon Protein Bar") is another product: an other name's credit
                score += idf if entry.brand <= wanted | _FREE_WORDS else 0.7 * idf
            elif word in entry.aliases:
                score += 0.7 * idf
            elif word in entry.other:
                # a WWEIA category word alone is weak, and no head noun ("Jams, syrups,
                # toppings" does not make a strawberry drink syrup a jam)
                score += (-0.8 if word == head else CATEGORY_CREDIT) * idf
            elif entry.flavored and word in FLAVOURS:
                score += 0.7 * idf  # "vanilla latte": the flavored latte
            elif measure_ok and word in entry.measures:
                continue  # "a tilapia fillet": the fillet is how it is measured
            elif word != head and word in FLAVOURS:
                score -= 0.3 * idf  # "strawberry jam": USDA's "Jam" is of any fruit
            elif word in _SAME_COOKING and _SAME_COOKING[word] & described:
                # "roasted sweet potato": USDA's baked one (its name for the same cooking)
                score += PREP_CREDIT * idf
            else:
                # the last word is the head noun: "strawberry yogurt" is a yogurt
                score -= (1.6 if word == head else 0.8) * idf
        brand = entry.brand - _FREE_WORDS
        if brand and not brand & wanted and not entry.generic and _has_brand(entry):
            score -= BRAND_UNSAID  # a chain's own food ("Burger King") when no chain is said
        if not (brand and brand <= wanted):
            # (a whole brand said names the product: "fritos" needs no "corn chips")
            unsaid = (
                _unsaid_alternatives(entry.alternatives, wanted)
                if entry.alternatives
                else frozenset()
            )
            score -= 0.45 * len(entry.costly - wanted - unsaid) + HEAD_EXTRA * len(
                entry.costly_head - wanted - unsaid
            )
        if not wanted & _PLACE_WORDS:
            if entry.words & _PLACE_WORDS:
                score -= PLACE_COST  # "potato salad" made at home unless a restaurant is said
            elif entry.source_default:
                score += GENERIC_BONUS  # USDA's "NS source" version: the home recipe
        if "meatless" in entry.words and wanted & _MEAT_WORDS and not wanted & _NO_MEAT_WORDS:
            # "fried chicken" is chicken: USDA's meat substitutes ("Chicken, meatless,
            # breaded, fried") only when the text says so
            score -= 2 * max(idf for word, idf in rarity if word in _MEAT_WORDS)
        if entry.frozen_meal and not wanted & _FROZEN_WORDS:
            score -= FROZEN_MEAL_COST  # "spaghetti n meatballs" is no TV dinner
        if entry.generic:
            score += GENERIC_BONUS
        elif entry.generic_for and any(
            head in phrase and phrase <= wanted for phrase in entry.generic_for
        ):
            # USDA names this food the default for what was said ("Italian dressing, NFS"
            # of "Italian dressing, made with vinegar and oil"): its other words cost nothing
            score += GENERIC_BONUS + 0.45 * len(entry.costly - entry.head - wanted)
        if entry.cooked_default:
            score += COOKED_BONUS
        if entry.default_unless and any(
            unsaid and not unsaid & wanted for unsaid in entry.default_unless
        ):
            score += GENERIC_BONUS  # the skin (milk, ...) not said: USDA's default
        if head in entry.category:
            score += CATEGORY_BONUS  # "water" is tap water (WWEIA "Tap water"), not tonic
        sides = self._sides[index] if index >= 0 else ()
        if sides:
            missed = [rarity for side, rarity in sides if not (side & wanted)]
            if missed:
                # a combination of foods when only one of them was named ("ginger ale" is not
                # "Whiskey and ginger ale", "mac and cheese" not "Beef and macaroni")
                score -= COMBINATION_MISS + COMBINATION_MISS_IDF * max(missed)
        return score

    def dish(self, left: list[str], right: list[str]) -> bool:
        """Whether "left and/with right" names one food better than its parts."""
        lw, rw = self.content_words(left), self.content_words(right)
        if not lw or not rw:
            return False
        both = self.content_words([*left, *right])  # read together: "spaghetti marinara"
        found_joined = self.rank_words(both, (), lw[-1])
        joined = found_joined[0] if found_joined else None
        alone = self.match_words(lw)
        if joined is None or alone is None:
            return False
        entry = self.entries[joined[0]]
        known = entry.words | entry.other | entry.brand
        covers = set(rw) <= known and set(lw) <= known
        # the dish must itself join its parts ("Chili with meat and beans"); "Pancake syrup"
        # holds both words but is not "pancakes with syrup"
        text = entry.food.description.lower()
        joins = [text.find(" with "), text.find(" and "), text.find(" on ")]
        if set(lw) <= entry.head:
            # "Nachos, beef or pork", "Burrito, chicken": what comes after the head's comma
            # is what the dish is made with
            joins.append(text.find(","))
        found = [i for i in joins if i >= 0]
        if not found:
            return False
        # what is joined may be named after the join or among the dish's other names
        # ("Pasta with tomato-based sauce" lists "marinara")
        after = set(norm_tokens(text[min(found) :])) | entry.other
        # (or the food named alone already holds it: "a hot dog on a bun" is USDA's "Hot dog
        # sandwich, NFS, on white bun", as "hot dog" alone is)
        better = joined[1] > alone[1] + 1.0 or joined[0] == alone[0]
        return covers and bool(set(rw) & after) and better
