"""What an FNDDS food contains (allergens, gluten, meat, any animal product), from its recipe.

Derived from data, not from the food's name: every FNDDS food lists its recipe as SR Legacy
ingredients (NDB numbers) or other FNDDS foods (8-digit codes, followed recursively). An SR
ingredient is judged by its SR food group (``FOOD_DES.txt``'s ``FdGrp_Cd``: dairy and egg,
poultry, finfish and shellfish, legumes, nuts and seeds, cereal grains, baked products ...)
together with the words of its USDA description ("Peanut butter", "Flour, wheat",
"Sauce, worcestershire"). What cannot be settled goes to ``unknown``, which counts as
present for anyone it could harm:

- a vague ingredient (margarine-like spreads, sauces, branded candy and snack bars, mixed
  fast-food and restaurant items) may hold several allergens;
- an ingredient we do not recognise at all may hold anything;
- an "NFS" (not further specified) food whose recipe is USDA's blend of alternatives
  (several ingredients summing to 100 g, e.g. "Table fat, NFS" = butter + margarine) only
  *contains* what every alternative contains; the rest is unknown.

Besides the allergen tags of :mod:`domain.diet` four flags are derived: ``meat`` (meat,
poultry and slaughter products: lard, tallow, meat broth, gelatin), ``animal`` (any
animal product: meat, fish, shellfish, milk, egg, honey), and for ``halal``:

- ``pork``: pork and pork products. Contained: SR food group 10 (pork products) and pork
  words in an SR ingredient's or FNDDS food's description (pork, ham, bacon, lard, boar,
  chorizo, pepperoni, salami, prosciutto, pancetta, kielbasa, ... unless another animal
  names it: "Bacon, turkey", "turkey ham", "meatless"). Unknown: any meat whose animal is
  not named (gelatin, marshmallows, drippings, "Frankfurter, meat and poultry", "sausage
  topping", a restaurant dish with unknown meat, broth of no named kind).
- ``alcohol``: alcoholic drinks and foods made with them. Contained: "Alcoholic
  beverage, ..." and the words wine, beer, ale, lager, stout, liqueur, liquor, spirits,
  rum, vodka, whiskey, bourbon, gin, brandy, cognac, tequila, sake, mirin, sherry,
  marsala, vermouth, champagne, hard cider, vanilla extract (not the alcohol-free
  imitation) in an ingredient's or FNDDS food's description (not root/ginger beer, ginger
  ale or wine vinegar). Unknown: non-alcoholic wine and beer (USDA's stand-in for the
  wine of Veal Marsala or cheese fondue; dealcoholised drinks keep up to 0.5 %),
  tiramisu, teriyaki (commercial sauces are often made with mirin or wine), scampi and
  piccata (usually with white wine), and anything unrecognised.

Diet tags then come from :func:`domain.diet.diet_tags_from_contents` (``halal``: neither
``pork`` nor ``alcohol``, known or unknown). Halal slaughter is not in USDA's data, so a
``halal`` tag never means certified meat.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from domain.diet import CONTENT_TAGS, DIET_TAGS, GLUTEN, diet_tags_from_contents
from domain.fndds import FnddsFood, FnddsIngredient

MEAT = "meat"
ANIMAL = "animal"
PORK = "pork"
ALCOHOL = "alcohol"
FLAGS: tuple[str, ...] = (*CONTENT_TAGS, MEAT, ANIMAL, PORK, ALCOHOL)
_ANIMAL_SOURCES = frozenset({"milk", "egg", "fish", "shellfish", MEAT})
_EVERYTHING = frozenset(FLAGS)


@dataclass(frozen=True)
class Contents:
    """What a food is known to contain and what it might contain (flags from ``FLAGS``)."""

    contains: frozenset[str] = frozenset()
    unknown: frozenset[str] = frozenset()

    def normalised(self) -> Contents:
        """Wheat implies gluten, pork implies meat, an animal source implies ``animal``;
        unknown loses known."""
        contains, unknown = set(self.contains), set(self.unknown)
        for tags in (contains, unknown):
            if "wheat" in tags:
                tags.add(GLUTEN)
            if PORK in tags:
                tags.add(MEAT)
            if tags & _ANIMAL_SOURCES:
                tags.add(ANIMAL)
        return Contents(frozenset(contains), frozenset(unknown - contains))

    def plus(self, other: Contents) -> Contents:
        """Both at once (a recipe holds every ingredient)."""
        return Contents(self.contains | other.contains, self.unknown | other.unknown).normalised()

    @property
    def allergens(self) -> list[str]:
        """Content tags (allergens and gluten) known to be present, vocabulary order."""
        return [t for t in CONTENT_TAGS if t in self.contains]

    @property
    def unknown_allergens(self) -> list[str]:
        """Content tags that could not be settled."""
        return [t for t in CONTENT_TAGS if t in self.unknown]

    @property
    def diet_tags(self) -> list[str]:
        """Diet tags earned (unknown counts as present), in ``DIET_TAGS`` order."""
        present = self.contains | self.unknown
        tags = diet_tags_from_contents(
            self.contains & set(CONTENT_TAGS),
            self.unknown & set(CONTENT_TAGS),
            meat=MEAT in present,
            animal=ANIMAL in present,
            pork=PORK in present,
            alcohol=ALCOHOL in present,
        )
        return [t for t in DIET_TAGS if t in tags]


def _contents(contains: Iterable[str] = (), unknown: Iterable[str] = ()) -> Contents:
    return Contents(frozenset(contains), frozenset(unknown)).normalised()


NOTHING = Contents()
UNRECOGNISED = _contents(unknown=_EVERYTHING)


# --- SR food groups -------------------------------------------------------------------------


@dataclass
class SrIndex:
    """SR ingredient lookup: NDB number -> food group, and description head -> group.

    Built from ``FOOD_DES.txt`` when the SR folder is there; otherwise empty, and groups
    fall back to the NDB number's prefix (``source`` says which).
    """

    groups: dict[str, str] = field(default_factory=dict)  # "01077" -> "0100"
    heads: dict[str, str] = field(default_factory=dict)  # "tomatoes" -> "1100"
    source: str = "NDB-number prefixes (no SR FOOD_DES.txt available)"

    def group_of(self, code: str, description: str) -> str:
        """The SR food group of an ingredient, or "" when it cannot be told."""
        padded = code.zfill(5)
        if padded in self.groups:
            return self.groups[padded]
        if self.heads:
            head = description.split(",")[0].strip().lower()
            for candidate in (head, head + "s", head + "es", head.removesuffix("s")):
                if candidate in self.heads:
                    return self.heads[candidate]
        return _prefix_group(code)


# NDB numbers of the SR groups start with the group's two digits (01077 is dairy); some
# ranges are not groups (27xxx sauces, 32xxx meals, 33xxx formulas, 4xxxx additions), and
# 9xxxxx codes are reduced-sodium variants of 0xxxx/1xxxx foods (907028 = ham, group 07).
_PREFIX_GROUPS = {f"{n:02d}" for n in (*range(1, 23), 25, 35, 36)}
_PREFIX_ALIASES = {"27": "06", "32": "22", "33": "03"}


def _prefix_group(code: str) -> str:
    if len(code) <= 5:
        prefix = code.zfill(5)[:2]
    elif len(code) == 6 and code.startswith("9") and not code.startswith("999"):
        prefix = code[1:3]
    else:
        return ""
    prefix = _PREFIX_ALIASES.get(prefix, prefix)
    return f"{prefix}00" if prefix in _PREFIX_GROUPS else ""


def read_sr_index(usda_folder: Path | None) -> SrIndex:
    """Food groups of every SR28 food from ``FOOD_DES.txt``; empty when it is missing."""
    path = None if usda_folder is None else usda_folder / "FOOD_DES.txt"
    if path is None or not path.is_file():
        return SrIndex()
    groups: dict[str, str] = {}
    head_counts: dict[str, Counter[str]] = {}
    with path.open(encoding="cp1252", newline="") as handle:
        for line in handle:
            fields = [f.strip("~") for f in line.rstrip("\r\n").split("^")]
            if len(fields) < 3:
                continue
            groups[fields[0]] = fields[1]
            head = fields[2].split(",")[0].strip().lower()
            head_counts.setdefault(head, Counter())[fields[1]] += 1
    heads = {head: counts.most_common(1)[0][0] for head, counts in head_counts.items()}
    return SrIndex(groups, heads, "SR28 FOOD_DES.txt food groups")


# --- rules over ingredient descriptions -----------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """Words in an ingredient description and what they settle (``unless`` vetoes)."""

    pattern: re.Pattern[str]
    contains: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    unless: re.Pattern[str] | None = None

    def applies(self, text: str) -> bool:
        """True when the words are there and nothing vetoes them."""
        return bool(self.pattern.search(text)) and not (self.unless and self.unless.search(text))


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# Phrases that look like an allergen word but are not one ("peanut butter" is not dairy,
# "oyster crackers" hold no oyster, "without peanuts"): removed before the rules run, or
# cut to the word that matters ("almond milk" -> "almond", "coconut meat" -> "coconut").
_NEUTRAL = _re(
    r"\b(without|no)\b[^,(]*"
    r"|\bcream of (wheat|rice|tartar)\b|\bcream soda\b|\bbutternut\b|\beggplant\b|\bnutmeg\b"
    r"|\bwater chestnuts?\b|\boyster, soda\b|\bbreading removed\b"
    r"|\brolls?, hamburger( or hot ?dog)?\b|\b(hot ?dog|hamburger) (rolls?|buns?)\b"
)
_KEEP_FIRST_WORD = _re(
    r"\b(almond|soy|rice|oat|coconut|cashew|hemp|plant-based|non-dairy)[ -]?milks?\b"
    r"|\b(peanut|almond|cashew|sesame|seed|nut|fruit|apple|cocoa|shea) butters?\b"
    r"|\b(coconut|crab|lobster) ?meat\b"
)


def _clean(description: str) -> str:
    """The description, lower-cased, with look-alike phrases neutralised."""
    text = _NEUTRAL.sub(" ", description.lower())
    return _KEEP_FIRST_WORD.sub(lambda m: next(g for g in m.groups() if g), text)


_GLUTEN_FREE = _re(r"gluten[- ]+free")

SHELLFISH = Rule(
    _re(
        r"\b(shellfish|shrimp|prawns?|crabs?|lobsters?|crayfish|crawfish|clams?|oysters?|"
        r"mussels?|scallops?|squid|calamari|octopus|crustaceans|mollusks|conch|abalone|"
        r"whelks?|snails?|escargot|scampi)\b"
    ),
    contains=("shellfish",),
)
RULES: tuple[Rule, ...] = (
    Rule(
        _re(
            r"\b(milk|milkfat|cheeses?|butter|buttermilk|cream|yogurts?|whey|casein|"
            r"caseinate|kefir|ghee|lactose|custard|puddings?|ice creams?|eggnog|sherbet|"
            r"dulce de leche|alfredo|queso|mozzarella|parmesan|ricotta)\b"
        ),
        contains=("milk",),
    ),
    Rule(_re(r"non[- ]?dairy|whitener|creamer|cream substitute|imitation"), unknown=("milk",)),
    Rule(
        _re(r"\b(eggs?|egg whites?|yolks?|eggnog|mayonnaise|mayo|meringue|custard|souffle)\b"),
        contains=("egg",),
    ),
    Rule(_re(r"\bice creams?\b|\bfrozen custard\b"), unknown=("egg",)),
    Rule(
        _re(
            r"\b(fish|finfish|salmon|tuna|cod|anchov(y|ies)|sardines?|trout|herring|mackerel|"
            r"tilapia|halibut|pollock|catfish|flounder|haddock|perch|bass|snapper|swordfish|"
            r"carp|whiting|roe|caviar|surimi|worcestershire)\b"
        ),
        contains=("fish",),
    ),
    Rule(_re(r"\bcaesar\b"), unknown=("fish", "egg", "milk")),
    SHELLFISH,
    Rule(
        _re(
            r"\b(almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|filberts?|"
            r"macadamias?|brazil ?nuts|pine nuts|pignolia|chestnuts?|pralines?|marzipan|"
            r"coconuts?)\b"
        ),
        contains=("tree_nuts",),
    ),
    Rule(_re(r"\bpeanuts?\b"), contains=("peanuts",)),
    # "Nuts" with no kind named could be tree nuts or peanuts.
    Rule(
        _re(r"\bnuts?\b"),
        unknown=("tree_nuts", "peanuts"),
        unless=_re(
            r"\b(almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|"
            r"macadamia|brazilnuts|pine nuts|chestnuts|coconut|peanuts?)\b"
        ),
    ),
    Rule(
        _re(
            r"\b(wheat|flours?|semolina|durum|couscous|bulgur|farina|spelt|kamut|triticale|"
            r"seitan|breads?|breaded|breading|batter|crumbs|croutons?|pasta|macaroni|"
            r"spaghetti|noodles?|vermicelli|lasagna|ravioli|tortellini|dumplings?|wontons?|"
            r"potstickers?|pretzels?|crackers?|biscuits?|cookies?|cakes?|pies?|pastry|pastries|"
            r"phyllo|croissants?|muffins?|bagels?|pita|naan|chapati|roti|paratha|pizza|"
            r"pancakes?|waffles?|doughnuts?|rolls?|buns?|graham|matzo|zwieback|stuffing|"
            r"cones?|wafers?|breadsticks?|focaccia|egg rolls?|ramen|lo mein|chow mein|"
            r"french toast|tortillas?)\b"
        ),
        contains=("wheat",),
        unless=_re(
            r"gluten[- ]+free|\brice (noodles|cakes?|crackers|flour|paper)|rice cake|"
            r"\bcorn\b[^,]*\btortillas?|tortillas?, [^,]*\bcorn\b|cellophane|mung|masa|"
            r"taco shells|popcorn, cakes|(rice|corn|soy|potato|buckwheat|chickpea|almond|"
            r"coconut|tapioca) (flour|starch)|flour, (rice|corn|soy|potato|buckwheat|"
            r"chickpea|almond|coconut)|made from soy(?! and wheat)|leavening|\bpotato chips\b"
        ),
    ),
    Rule(_re(r"\bgravy\b|\bhydrolyzed\b"), unknown=("wheat", "soy")),
    Rule(
        _re(r"\b(barley|rye|malt|malted|pumpernickel|triticale|beers?|ale|lager|stout)\b"),
        contains=(GLUTEN,),
        unless=_GLUTEN_FREE,
    ),
    # Oats are often contaminated with wheat: unknown unless stated gluten-free.
    Rule(
        _re(r"\b(oats?|oatmeal|oat bran|granola|muesli)\b"), unknown=(GLUTEN,), unless=_GLUTEN_FREE
    ),
    Rule(_re(r"\b(multi-?grain|mixed-grain|whole grain|seeded)\b"), unknown=(GLUTEN, "sesame")),
    Rule(
        _re(
            r"\b(soy|soya|soybeans?|soyburgers?|soymilk|tofu|tempeh|miso|natto|edamame|shoyu|tamari)\b"
        ),
        contains=("soy",),
        # Highly refined soybean oil and shortening are exempt from allergen labelling.
        unless=_re(r"\b(oil|shortening)\b"),
    ),
    Rule(_re(r"\b(teriyaki|hoisin)\b"), contains=("soy",), unknown=("wheat",)),
    Rule(_re(r"\b(sesame|tahini|halvah?|hummus)\b"), contains=("sesame",)),
    Rule(
        _re(
            r"\b(beef|pork|ham|hamburgers?|bacon|chicken|turkey|lamb|veal|mutton|venison|"
            r"bison|sausages?|salami|pepperoni|bologna|frankfurters?|hot ?dogs?|meat|meats|"
            r"meatballs?|lard|tallow|gelatin|marshmallows?|jerky|chorizo|prosciutto|pastrami|"
            r"drippings|liver|pate|scrapple|headcheese|giblets|animal fat|bacon grease|"
            r"kielbasa|bratwurst|knackwurst|mortadella|braunschweiger|spam|corn dogs?)\b"
        ),
        contains=(MEAT,),
        unless=_re(r"\b(meatless|vegetarian|veggie|imitation|meat extender)\b"),
    ),
    Rule(
        _re(r"\b(broth|stock|bouillon)\b"),
        unknown=(MEAT,),
        unless=_re(r"\b(fish|vegetable|beef|chicken|pork|turkey)\b"),
    ),
    Rule(_re(r"\bhoney\b"), contains=(ANIMAL,)),
)

# --- pork and alcohol (for halal) -----------------------------------------------------------

# Words that always mean pig.
_PORK_ALWAYS = _re(
    r"\b(pork|porcine|pigs?|piglets?|hogs?|boar|swine|suckling|lard|lardons?|chitterlings|"
    r"chitlins|cracklings?|chicharr[oó]n(es)?|carnitas|cerdo|lech[oó]n|bacon grease|"
    r"scrapple|headcheese|souse)\b"
)
# Words that mean pork unless another animal (or no animal) is named with them.
_PORK_USUALLY_WORDS = (
    r"hams?|bacon|prosciutto|pancetta|guanciale|chorizo|pepperoni|salami|spam|mortadella|"
    r"braunschweiger|liverwurst|kielbasa|bratwurst|knackwurst|knockwurst|thuringer|"
    r"cervelat|andouille|capicola|coppa|soppressata|tocino|char siu|canadian bacon"
)
_PORK_USUALLY = _re(rf"\b({_PORK_USUALLY_WORDS})\b")
_OTHER_ANIMAL = r"(turkey|chicken|beef|veal|lamb|mutton|goat|duck|bison|venison)"
_NOT_PIG = _re(
    r"\b(meatless|vegetarian|veggie|vegan|imitation|plant[- ]based|soy-based|meat substitute)\b"
    rf"|\b{_OTHER_ANIMAL}(,\s*|[ -]+)({_PORK_USUALLY_WORDS})\b"
    rf"|^\s*({_PORK_USUALLY_WORDS})\b[^;]*\b{_OTHER_ANIMAL}\b"
)
PORK_RULES: tuple[Rule, ...] = (
    Rule(_PORK_ALWAYS, contains=(PORK,), unless=_re(r"\b(meatless|imitation|vegetarian)\b")),
    Rule(_PORK_USUALLY, contains=(PORK,), unless=_NOT_PIG),
)

# Phrases that look like an alcohol word but are not one.
_NOT_ALCOHOL = _re(
    r"\b(root|ginger|birch) beers?\b|\bginger ales?\b|\b(\w+ )?sour mix\b|\bmargarita mix\b"
    r"|\bmalt(ed)? (drink|milk|powder)"
    r"|\b(wine|cider|malt|rice|sherry|champagne|balsamic) vinegar\b|\bvinegar, \w+ wine\b"
    r"|\bbeer nuts\b|\bcheese, brick\b|\bsugar alcohols?\b"
)
_NON_ALCOHOLIC = _re(r"\bnon-?alcoholic\b|\b(no|without) alcohol\b|\balcohol[- ]free\b")
_ALCOHOL_WORDS = _re(
    r"\b(alcoholic|alcohol|wines?|beers?|ales?|lagers?|stouts?|liqueurs?|liquors?|spirits|"
    r"rum|vodka|whiske?y|bourbon|gin|brandy|cognac|tequila|mezcal|sake|saki|mirin|sherry|"
    r"marsala|vermouth|champagne|prosecco|schnapps|kahlua|kirsch|grappa|ouzo|sambuca|"
    r"absinthe|soju|shochu|cachaca|pisco|hard cider|hard lemonade|malt liquor|"
    r"malt beverage|sangria|gluhwein|glogg|bourguignon(ne)?|au vin|vanilla extract)\b"
)
ALCOHOL_RULES: tuple[Rule, ...] = (
    Rule(_ALCOHOL_WORDS, contains=(ALCOHOL,), unless=_NON_ALCOHOLIC),
    # De-alcoholised wine and beer keep up to 0.5 %, and USDA cooks with them in place of
    # wine (Veal Marsala, cheese fondue); sauces usually made with wine or mirin.
    Rule(
        _re(
            r"\bnon-?alcoholic\b.*\b(wines?|beers?)\b|\b(wines?|beers?|malt beverage)\b.*"
            r"\bnon-?alcoholic\b"
        ),
        unknown=(ALCOHOL,),
    ),
    Rule(_re(r"\b(tiramisu|teriyaki|scampi|piccata|fondue|flamb[eé]e?d?)\b"), unknown=(ALCOHOL,)),
)


def _alcohol_contents(description: str) -> Contents:
    """What a description's words say about alcohol (read before :func:`_clean`, which
    drops "no alcohol" and would leave "Vanilla extract, imitation, " behind)."""
    text = _NOT_ALCOHOL.sub(" ", description.lower())
    found = NOTHING
    for rule in ALCOHOL_RULES:
        if rule.applies(text):
            found = found.plus(_contents(rule.contains, rule.unknown))
    return found


def description_contents(description: str) -> Contents:
    """What a food's own name settles about pork and alcohol ("Veal Marsala", "Cheese,
    with wine", "Ham, NFS"), whatever its recipe lists: USDA's recipes stand in
    non-alcoholic wine or leave the wine out, and a reviewer reads the name."""
    text = _clean(description)
    found = NOTHING
    for rule in PORK_RULES:
        if rule.applies(text):
            found = found.plus(_contents(rule.contains, rule.unknown))
    # "Hot dog, NFS" is whatever hot dog was eaten, whatever meat USDA's recipe picked.
    if _UNSPECIFIED_SAUSAGE.search(text) and not (
        _NAMED_ANIMAL.search(text) or _NOT_PIG.search(text)
    ):
        found = found.plus(_contents(unknown=(PORK,)))
    return found.plus(_alcohol_contents(description))


# A meat whose animal is not named may be pork: these name only other animals.
_NAMED_ANIMAL = _re(
    r"\b(beef|veal|lamb|mutton|goat|chicken|turkey|duck|goose|poultry|venison|deer|bison|"
    r"buffalo|elk|moose|rabbit|caribou|quail|pheasant|ostrich|emu|squab|cornish|"
    r"fish|seafood|shrimp|crab|tuna|salmon|tallow|hamburgers?|cheeseburgers?)\b"
)
_MIXED_MEAT = _re(
    r"\bmeat and poultry\b|\bmeat[- ]filled\b|\bwith meat\b|\bmixed meats?\b|"
    r"\bmeat (&|and) sauce\b|\bmeat sauce\b|\bmeat topping\b|"
    r"\bmeat and vegetable\b|\bgelatin\b|\bmarshmallows?\b|\bdrippings\b|\bpate\b"
)
_UNSPECIFIED_SAUSAGE = _re(
    r"\b(hot ?dogs?|frankfurters?|wieners?|sausages?|bologna|luncheon meat|cold cuts?|"
    r"meatballs?|corn ?dogs?)\b"
)
_SPECIES_GROUPS = ("0500", "1300", "1500", "1700")  # poultry, beef, fish, lamb/veal/game


def _settle_pork(group: str, text: str, found: Contents) -> Contents:
    """Pork unknown where meat is (or may be) there but its animal is not named."""
    if PORK in found.contains or MEAT not in found.contains | found.unknown:
        return found
    if group in _SPECIES_GROUPS and not _PORK_ALWAYS.search(text):
        return found  # the SR group names the animal (boar is game but pig)
    if _NAMED_ANIMAL.search(text) and not _MIXED_MEAT.search(text):
        return found
    return found.plus(_contents(unknown=(PORK,)))


# Meatless products (veggie burgers, meatless sausage) often bind with egg, milk, wheat.
_MEAT_ALTERNATIVE = _re(r"\b(meatless|vegetarian|veggie|meat extender|imitation)\b")
_SWEET_BAKED = _re(
    r"\b(cakes?|cookies?|muffins?|pancakes?|waffles?|doughnuts?|danish|croissants?|pastry|"
    r"pastries|pies?|brownies?|biscuits?|buns?|sweet rolls?|cream puff|eclair|toaster|tart|"
    r"stuffing|cornbread|french toast|crust|phyllo|graham|wafers?|ladyfingers|macaroon)\b"
)
_CHOCOLATE_CANDY = _re(
    r"\b(chocolate|fudge|caramels?|toffee|nougat|frostings?|candies|candy|confection\w*|"
    r"butterscotch)\b"
)
_PLAIN_SWEET = _re(r"\b(unsweetened|cocoa, dry|hard|gumdrops|gum|starch jelly)\b")
_BRAND = re.compile(r"\b[A-Z][A-Z'&]{2,}")  # SR spells brand names in capitals (KELLOGG'S)
_NUTRIENT_ADDITIVE = _re(r"as ingredient$|^vitamin b composite")
_SIMPLE_SNACK = _re(
    r"\b(chips|popcorn|rice cakes?|pork skins|jerky|pretzels|crackers|sticks|puffs|twists)\b"
)
_FLAVOURED = _re(r"flavou?r|coated|coating|cheese|nacho|barbecue|\bbars?\b|granola|bites|treats")
_MEAT_FREE_DISH = _re(
    r"\b(cheese|vegetables?|potato(es)?|fries|smoothie|ice cream|yogurt|coleslaw|beans|"
    r"french toast|hush puppies|onion rings|breadstick|mozzarella)\b"
)
_SAUCE_PLAIN = _re(
    r"\b(salsa|tabasco|pepper|horseradish|wasabi|chili sauce|enchilada|sweet and sour|"
    r"duck|cocktail|ketchup|dip, bean|tomato, canned)\b"
)
_SAUCE_SET = ("milk", "egg", "soy", "wheat", "fish", "shellfish", MEAT)
_MIXED_SET = ("milk", "egg", "soy", "wheat", "sesame")
_SNACK_SET = ("milk", "egg", "soy", "wheat", "peanuts", "tree_nuts", "sesame")


def _group_contents(group: str, text: str, raw: str) -> Contents:
    """What the SR food group says about an ingredient, before its own words."""
    if group == "0100":
        # Dairy and egg products: eggs (and egg substitutes) are egg, the rest milk.
        return _contents(("egg",) if re.match(r"eggs?\b|egg substitute", text) else ("milk",))
    if group in ("0500", "0700", "1000", "1300", "1700"):
        spread = ("egg", "milk") if re.search(r"\b(spread|salad)\b", text) else ()
        return _contents((MEAT,), spread)
    if group == "1500":
        shellfish = SHELLFISH.applies(text)
        return _contents(("shellfish",) if shellfish else ("fish",))
    if group == "1200":
        if re.search(r"\b(seeds?|flaxseed|chia|sunflower|pumpkin|squash)\b", text):
            return NOTHING
        return _contents(("tree_nuts",))
    if group == "1600" and _MEAT_ALTERNATIVE.search(text):
        return _contents(unknown=("milk", "egg", "wheat", "soy"))
    if group == "0400":
        if re.search(r"margarine|vegetable oil spread|butter replacement|\bspread\b", text):
            return _contents(unknown=("milk",))
        if "dressing" in text and not re.search(r"vinegar and oil|mayo", text):
            return _contents(unknown=("milk", "egg"))
        return NOTHING
    if group == "1800":
        wheat = (
            () if re.search(r"gluten[- ]+free|leavening|\bcorn\b|taco shells", text) else ("wheat",)
        )
        sweet = ("milk", "egg", "soy") if _SWEET_BAKED.search(text) else ()
        return _contents(wheat, sweet)
    if group in ("0800", "2000"):
        if re.search(
            r"\b(rice|corn|cornmeal|cornstarch|hominy|quinoa|millet|buckwheat|amaranth|sorghum|"
            r"teff|tapioca|wild rice|arrowroot|grits|oats?|oat bran|oatmeal|wheat|flour|pasta|"
            r"noodles|macaroni|couscous|bulgur|barley)\b",
            text,
        ):
            return NOTHING  # the words settle it (rules below)
        return _contents(unknown=("wheat",))
    if group == "1900":
        if _BRAND.search(raw):
            return _contents(unknown=(*_SNACK_SET, MEAT))  # branded candy (gelatin too)
        if _CHOCOLATE_CANDY.search(text) and not _PLAIN_SWEET.search(text):
            return _contents(unknown=("milk", "soy"))
        return NOTHING
    if group in ("2500", "0300"):
        if group == "0300" and re.search(r"formula|pediasure", text):
            return _contents(("soy",) if "soy" in text else ("milk",))
        if _BRAND.search(raw) or (group == "2500" and not _SIMPLE_SNACK.search(text)):
            return _contents(unknown=_SNACK_SET)
        if group == "2500" and _FLAVOURED.search(text):
            return _contents(unknown=_SNACK_SET)
        if group == "0300" and re.search(
            r"biscuit|cookie|snack|puffs|melts|\bbars?\b|cereal", text
        ):
            return _contents(unknown=_MIXED_SET)
        return NOTHING
    if group == "1400":
        if re.search(r"shake|meal replacement|nutritional|protein|whitener|cocoa|chocolate", text):
            return _contents(unknown=("milk", "soy"))
        return NOTHING
    if group == "0600":
        return NOTHING if _SAUCE_PLAIN.search(text) else _contents(unknown=_SAUCE_SET)
    if group in ("2100", "2200", "3600"):
        unknown: tuple[str, ...] = _MIXED_SET
        if "chinese" in text:
            unknown += ("fish", "shellfish", "peanuts", "tree_nuts")
        if not _MEAT_FREE_DISH.search(text):
            unknown += (MEAT,)
        return _contents(unknown=unknown)
    if group in ("0200", "0900", "1100", "1400", "1600", "3500"):
        return NOTHING
    return UNRECOGNISED


def ingredient_contents(code: str, description: str, index: SrIndex) -> Contents:
    """What one SR ingredient holds, from its food group and its description's words."""
    text = _clean(description)
    if _NUTRIENT_ADDITIVE.search(text):
        return NOTHING  # "Vitamin D as ingredient": a nutrient, not a food
    group = index.group_of(code, description)
    base = _group_contents(group, text, description)
    words = _word_contents(text)
    if base is UNRECOGNISED and words is not NOTHING:
        base = NOTHING  # no group, but the words name what it is ("Cheese, cotija")
    alcohol = _alcohol_contents(description)
    found = _settle_pork(group, text, base.plus(words).plus(alcohol))
    if group == "1000":
        found = found.plus(_contents((PORK,)))  # SR pork products
    if _GLUTEN_FREE.search(text):
        found = Contents(found.contains - {"wheat", GLUTEN}, found.unknown - {"wheat", GLUTEN})
    return found


def sr_food_contents(ndb_no: str, description: str, group_code: str) -> Contents:
    """What one SR food holds, by the same rules as a recipe ingredient (its SR group
    given, e.g. from ``FOOD_DES.txt`` or an import): the starter catalog and SR imports
    derive their ``halal`` tag from it."""
    index = SrIndex(groups={ndb_no.zfill(5): group_code}, source="given")
    return ingredient_contents(ndb_no, description, index)


def halal_from_contents(contents: Contents) -> bool:
    """Known free of pork and alcohol (unknown counts as present): the ``halal`` tag."""
    return not {PORK, ALCOHOL} & (contents.contains | contents.unknown)


def _word_contents(text: str) -> Contents:
    """What the (cleaned) description's words settle, over every rule (pork too)."""
    found = NOTHING
    for rule in (*RULES, *PORK_RULES):
        if rule.applies(text):
            found = found.plus(_contents(rule.contains, rule.unknown))
    return found


# --- whole foods ----------------------------------------------------------------------------


def is_blend_of_alternatives(food: FnddsFood) -> bool:
    """An "NFS" food whose recipe is USDA's mix of alternatives (parts summing to 100 g)."""
    if "NFS" not in food.description or len(food.ingredients) < 2:
        return False
    return abs(sum(i.grams for i in food.ingredients) - 100.0) <= 1.5


class Deriver:
    """Derives :class:`Contents` for every FNDDS food, following FNDDS ingredients."""

    def __init__(self, foods: Mapping[str, FnddsFood], index: SrIndex) -> None:
        self.foods = foods
        self.index = index
        self._memo: dict[str, Contents] = {}
        self._active: set[str] = set()
        self._sr_memo: dict[str, Contents] = {}

    def of_ingredient(self, ingredient: FnddsIngredient) -> Contents:
        """One recipe line: an SR ingredient, or an FNDDS food followed recursively."""
        if ingredient.is_fndds_food:
            if ingredient.code in self.foods:
                return self.of_food(ingredient.code)
            return UNRECOGNISED
        key = ingredient.code
        if key not in self._sr_memo:
            self._sr_memo[key] = ingredient_contents(key, ingredient.description, self.index)
        return self._sr_memo[key]

    def of_food(self, food_code: str) -> Contents:
        """A food's contents: the union of its ingredients (a blend: their intersection)."""
        if food_code in self._memo:
            return self._memo[food_code]
        if food_code in self._active:
            return UNRECOGNISED  # a recipe cycle cannot be settled
        food = self.foods[food_code]
        self._active.add(food_code)
        try:
            parts = [self.of_ingredient(i) for i in food.ingredients]
        finally:
            self._active.discard(food_code)
        if not parts:
            result = UNRECOGNISED
        elif is_blend_of_alternatives(food):
            common = frozenset.intersection(*(p.contains for p in parts))
            anything = frozenset().union(*(p.contains | p.unknown for p in parts))
            result = Contents(common, anything - common).normalised()
        else:
            result = NOTHING
            for part in parts:
                result = result.plus(part)
        # The food's own name may settle pork or alcohol its recipe leaves out.
        if parts:
            result = result.plus(description_contents(food.description))
        self._memo[food_code] = result
        return result


def derive_all(foods: Iterable[FnddsFood], index: SrIndex) -> dict[str, Contents]:
    """Contents of every food, keyed by food code."""
    by_code = {f.food_code: f for f in foods}
    deriver = Deriver(by_code, index)
    return {code: deriver.of_food(code) for code in by_code}
