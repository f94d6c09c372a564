"""Grams of an FNDDS food for a mention's amount, from USDA's own portions.

- Stated grams, kilograms, pounds: used exactly; ounces of a solid are USDA's 28.35 g.
- Millilitres, fluid ounces (and ounces of a drink): through the food's ``1 fl oz``
  portion (``1 fl oz (no ice)`` first), else its cup / 8.
- Cups, tablespoons, teaspoons: the food's portion of that measure, else converted from
  another volume portion of the same food.
- Counted units ("a small bag", "2 slices", "a can") and bare counts ("a medium apple",
  "2 eggs"): the portion naming that unit; a size word rules out portions of another size.
  A portion named by a modifier of the food rather than its head noun is another thing
  ("1 string" of string cheese is a shred; "1 popcorn chicken" is no chicken tender);
  of a portion listing alternatives ("1 tender, strip, or finger", "1 can or bottle")
  only the best-fitting one counts; "thick"/"thin" pick USDA's "1 thick"/"1 thin".
- No amount or a vague one: ``DEFAULT_AMOUNTS`` below, the one table of assumptions.
  An unquantified addition takes the amount of what it is added to (``base_kind``, from
  the WWEIA category of that food): USDA's guideline amount on a sandwich or per slice of
  bread, half a cup of milk on cereal, a fluid ounce of milk in coffee, else its default.
- A size word for a food measured by the cup only: ``SIZED_DEFAULTS`` ("a big salad").
- Containers without a size ("a bottle of beer"): USDA's "NFS" or first-listed container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from domain.analyser.catalog import Food, Portion
from domain.analyser.lexicon import COUNT_UNITS, GRAMS_PER, ML_PER, UNIT_ALIASES
from domain.analyser.mentions import Mention
from domain.analyser.regional import PIECE_VOCAB, piece_words
from domain.analyser.text import norm_tokens

QNS = "Quantity not specified"
FL_OZ_ML = 29.5735
OZ_G = 28.35
# Vague or missing amounts -> which USDA portion stands for them, in order of preference.
# "qns" is USDA's "Quantity not specified" (its default amount for the food).
DEFAULT_AMOUNTS: dict[str, tuple[str, ...]] = {
    "none": ("qns",),  # no amount at all: "some fries", "kiwi"
    "glass": ("1 glass", "qns"),  # "a glass of red wine" is USDA's glass; of milk its default
    "bowl": ("1 bowl", "qns"),
    "handful": ("1 handful", "qns"),
    "plate": ("1 plate", "qns"),
    # small pours and spoonfuls added to something else
    "splash": ("1 fl oz", "1 tablespoon"),
    "dollop": ("1 tablespoon", "qns"),
    "drizzle": ("1 teaspoon", "1 tablespoon"),
    # an unquantified addition: what it is added to decides (see ``base_kind``)
    "topping": ("qns", "1 tablespoon"),  # "salad with ranch", "chicken with rice"
    # USDA's guideline amount, else its default amount (a listed side is not a spoonful)
    "on sandwich": (
        "guideline amount on regular sandwich",
        "guideline amount per slice of bread/roll",
        "qns",
    ),
    "on bread": ("guideline amount per slice of bread/roll", "qns"),  # x slices
    # "crackers w/ cheddar": a cracker-size slice per cracker; peanut butter: a tablespoon
    "on crackers": ("1 cracker-size", "1 tablespoon", "qns"),
    "in coffee": ("1 fl oz", "1 tablespoon"),  # milk in coffee or tea: a splash
    "on cereal": ("1/2 cup",),  # milk poured on cereal: half a cup
}
# A size word for a food USDA measures by volume only: WWEIA category -> size -> (count,
# portion). A large salad is a main-dish bowl of three cups, a small one USDA's side salad.
SIZED_DEFAULTS: dict[str, dict[str, tuple[float, str]]] = {
    "lettuce salads": {"large": (3.0, "1 cup"), "small": (1.0, "1 side salad")},
}
# WWEIA categories of what an addition is put on -> its kind ("on sandwich", ...).
_BASE_KINDS: tuple[tuple[str, str], ...] = (
    ("sandwich", "on sandwich"), ("burger", "on sandwich"),
    ("yeast bread", "on bread"), ("rolls and buns", "on bread"),
    ("bagels and english muffins", "on bread"), ("biscuits, muffins", "on bread"),
    ("cracker", "on crackers"), ("ready-to-eat cereal", "on cereal"),
    ("coffee", "in coffee"), ("tea", "in coffee"),
)  # fmt: skip
# Addition portions meant once per slice or cracker of what they are on.
_PER_PIECE = ("guideline amount per slice", "1 cracker-size")
# Foods whose halves are spread separately: "an English muffin with butter" is two
# guideline amounts per slice of bread.
_HALVED = ("bagels and english muffins",)
# Kinds that only apply to some additions: milk on cereal, milk in coffee.
_MILK_ONLY = frozenset({"on cereal", "in coffee"})
_SIZES = ("extra large", "extra-large", "small", "medium", "large", "jumbo", "mini", "miniature")
# Portions that are never a bare count of the food ("2 eggs" is not 2 cubic inches).
_NOT_COUNTS = re.compile(
    # (whole words: "1 cupcake" is a count, "1 cup" is not)
    r"^(1 (cup|fl oz|tablespoon|teaspoon|oz|cubic inch|surface inch|pint|quart|gallon|liter)\b"
    r"|guideline|quantity not specified|1 100 calorie)"
)
_PAREN = re.compile(r"\([^)]*\)")
_MEASURE_NAMES = {"cup": "1 cup", "tbsp": "1 tablespoon", "tsp": "1 teaspoon"}


@dataclass(frozen=True)
class Weighed:
    """Grams and how they were found (the USDA portion or the stated measure)."""

    grams: float
    portion: str
    note: str | None = None
    fits: bool = True  # False: the size or unit asked for was not found, a default was used


def _find(food: Food, wanted: str) -> Portion | None:
    wanted = wanted.lower()
    for portion in food.portions:
        if portion.unit.lower() == wanted:
            return portion
    for portion in food.portions:
        if portion.unit.lower().startswith(wanted):
            return portion
    return None


def grams_per_fl_oz(food: Food) -> float | None:
    """Grams of one fluid ounce of the food (no ice first), else from its cup."""
    for name in ("1 fl oz (no ice)", "1 fl oz", "1 fl oz (nfs)"):
        found = _find(food, name)
        if found is not None and found.unit.lower().startswith("1 fl oz"):
            return found.gram_weight
    cup = _find(food, "1 cup")
    return cup.gram_weight / 8 if cup is not None else None


def is_drink(food: Food) -> bool:
    """A food measured by fluid ounces: its "oz" are fl oz."""
    return any(p.unit.lower().startswith("1 fl oz") for p in food.portions)


def _volume(food: Food, ml: float, label: str) -> Weighed | None:
    per_floz = grams_per_fl_oz(food)
    if per_floz is None:
        return None
    return Weighed(ml / FL_OZ_ML * per_floz, label)


def _measure(food: Food, unit: str, count: float, words: set[str]) -> Weighed | None:
    """Cups, tablespoons, teaspoons: USDA's portion of that measure, else converted."""
    name = _MEASURE_NAMES.get(unit)
    if name is not None:
        options = [p for p in food.portions if p.unit.lower().startswith(name)]
        options = [
            p for p in options if not p.unit.lower()[len(name) :].lstrip().startswith(("cup", "/"))
        ]
        if options:
            best = max(options, key=lambda p: _word_fit(p, words) - 0.01 * p.seq)
            return Weighed(count * best.gram_weight, best.unit)
    ml = count * ML_PER[unit]
    for other, other_ml in (("cup", ML_PER["cup"]), ("tbsp", ML_PER["tbsp"])):
        portion = _find(food, _MEASURE_NAMES[other])
        if portion is not None:
            return Weighed(
                ml / other_ml * portion.gram_weight, f"{count:g} {unit} via {portion.unit}"
            )
    return _volume(food, ml, f"{count:g} {unit}")


def _word_fit(portion: Portion, words: set[str]) -> float:
    """How well a portion's words fit the mention ("shredded" cheese, "cooked" rice)."""
    own = set(norm_tokens(portion.unit)) - {"1", "cup", "nfs", "tablespoon", "teaspoon"}
    return len(own & words) - 0.3 * len(own - words)


def _size_of(text: str) -> str | None:
    text = text.lower()
    for size in _SIZES:
        if re.search(rf"\b{size}\b", text):
            return {"extra-large": "extra large", "miniature": "mini"}.get(size, size)
    return None


# How thick a cut is: USDA sizes some chops and steaks "1 thick" / "1 thin".
_THICKNESS = frozenset({"thick", "thin"})
# Unit words that stand in for each other in USDA's portion names.
_SAME_UNIT = {
    "slice": {"slice", "piece"}, "piece": {"piece", "slice"}, "strip": {"strip", "slice"},
    "can": {"can"}, "bottle": {"bottle"}, "bag": {"bag", "package", "packet", "pouch"},
    "packet": {"packet", "package", "pouch"}, "package": {"package", "packet", "pouch"},
    "container": {"container", "cup"}, "stick": {"stick", "bar"}, "bar": {"bar"},
    "box": {"box", "pouch", "carton"}, "carton": {"carton", "box"},
}  # fmt: skip
# Words of a portion name that do not make it a different portion ("1 can or bottle").
_PLAIN_WORDS = frozenset({"1", "nfs", "any", "size"})
_UNIT_NAME_WORDS = _PLAIN_WORDS | {"or"} | {w for same in _SAME_UNIT.values() for w in same}


def _counted(food: Food, mention: Mention, words: set[str]) -> Portion | None:
    """The portion a count means, by unit word and size; a unit the food lacks
    ("6 pc nuggets") falls back to the bare count ("1 nugget"). "Small" of a food USDA
    sizes "miniature" but never "small" ("5 small lumpia": "1 miniature roll") is that
    (not when USDA has a "fun size" or "snack size": that is its small one)."""
    if mention.size == "small":
        sizes = {_size_of(p.unit) for p in food.portions}
        snack = any(w in p.unit.lower() for p in food.portions for w in ("fun", "snack"))
        if "small" not in sizes and "mini" in sizes and not snack:
            mention = replace(mention, size="mini")
    found = _counted_by(food, mention, words, mention.unit)
    if found is None and mention.unit is not None:
        found = _counted_by(food, mention, words, None)
    return found


def _named_by_modifier(own: set[str], words: set[str], head: str) -> bool:
    """A portion named as a thing by a modifier of the food, not its head noun: "1 string"
    of mozzarella is a shred, not a string cheese; "1 popcorn chicken" is not a chicken
    tender ("1 breakfast size link" names a unit, and stays)."""
    said_food = own & words - _UNIT_WORDS  # "link" of "sausage links" is a unit all the same
    return bool(said_food) and bool(head) and head not in own and not own & _UNIT_WORDS


@lru_cache(maxsize=65536)
def _plain_tokens(text: str) -> frozenset[str]:
    """Tokens without apostrophes ("McDonald's" and "mcdonalds" alike); cached, as the
    same portion names are read for every mention."""
    return frozenset(norm_tokens(text.replace("'", "").replace("\u2019", "")))


@lru_cache(maxsize=65536)
def _place_words(description: str, unit: str) -> frozenset[str]:
    """The words of a portion name that are neither the food's own nor a unit or size:
    "taco bell" of "1 Taco Bell taco salad", "oreo" of "1 Oreo sandwich"."""
    place = _plain_tokens(_PAREN.sub(" ", unit)) - _plain_tokens(description) - _UNIT_WORDS
    return place - _PLAIN_WORDS - {"or", "regular", "medium", "small", "large"}


@lru_cache(maxsize=65536)
def _brand_words(description: str, unit: str) -> frozenset[str]:
    """The capitalised names in a portion name that the food's own name does not hold:
    the brand of "1 Tastykake Oatmeal Raisin Bar", the "Oreo" of "1 Oreo sandwich"."""
    names = re.findall(r"\b[A-Z][a-z]+[A-Za-z]*\b", _PAREN.sub(" ", unit))
    return frozenset(norm_tokens(" ".join(names))) - _plain_tokens(description) - _UNIT_WORDS


def _named_place(food: Food, said: set[str], head: str) -> Portion | None:
    """A portion named after the restaurant or brand the text names ("1 Taco Bell taco
    salad", "1 Wendy's salad", "1 Subway cookie")."""
    for portion in food.portions:
        place = _place_words(food.description, portion.unit)
        # all of it said ("1 Oreo sandwich", not "Oreo mini"), never "1 string" of string cheese
        if (
            place
            and place <= said
            and not _named_by_modifier(set(_plain_tokens(portion.unit)), said, head)
        ):
            return portion
    return None


@lru_cache(maxsize=16384)
def _alternatives(name: str) -> tuple[frozenset[str], ...]:
    """The alternatives a portion name lists ("tender", "strip", "finger")."""
    return tuple(
        frozenset(norm_tokens(alt)) for alt in _ALTERNATIVES.split(plain_text(name)) if alt
    )


def plain_text(name: str) -> str:
    """A portion name without its parentheses and leading count ("1 can or bottle")."""
    return re.sub(r"^\s*1\s+", "", _PAREN.sub(" ", name.lower())).strip()


# Words that name a unit, not a food ("link", "slice", "stick").
_UNIT_WORDS = COUNT_UNITS | frozenset(UNIT_ALIASES) | {"pouch", "tube", "pod", "sleeve", "cone"}
# How a portion name lists alternatives ("1 tender, strip, or finger").
_ALTERNATIVES = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+")


def _counted_by(food: Food, mention: Mention, words: set[str], unit: str | None) -> Portion | None:
    # the mention's head food word ("cheese" of "string cheese"), when it was matched
    head = mention.head
    best: tuple[float, int] | None = None
    chosen: Portion | None = None
    typical = _typical_grams(food)
    for portion in food.portions:
        name = portion.unit.lower()
        if _NOT_COUNTS.match(name):
            continue
        own = set(norm_tokens(portion.unit))
        plain = set(norm_tokens(_PAREN.sub(" ", portion.unit)))  # without "(12 fl oz)"
        score = 0.0
        if unit is not None:
            if not (_SAME_UNIT.get(unit, {unit}) & own):
                continue
            score += 3.0
        size = _size_of(name)
        if mention.size is not None:
            if size is not None and size != mention.size:
                continue  # "small bag" never weighs the large bag
            score += 2.0 if size == mention.size else 0.0
            if size is None and mention.size == "medium" and "regular" in own:
                score += 2.0  # "a regular pork chop", "a medium one": USDA's "1 regular"
        else:
            score += {None: 1.0, "medium": 1.5, "regular": 1.5}.get(size, 0.0)
            if "regular" in own:
                score += 0.5
            if size is not None and _is_typical(portion, typical):
                score += TYPICAL_SIZE_BONUS  # no size said: the size USDA calls typical
            if "nfs" in own:
                score += 1.2  # "1 piece, NFS": USDA's portion for a size not given
            elif plain - {"1"} <= words and (not head or head in plain):
                score += 0.6  # exactly "1 waffle": the plain count
        # with a unit asked, container words ("1 can or bottle") do not set portions apart
        ignored = _UNIT_NAME_WORDS if unit is not None else _PLAIN_WORDS
        said = own & words
        if unit is None and _named_by_modifier(own, words - PIECE_VOCAB, head):
            score -= 0.6 * len(said)
        else:
            score += 0.6 * len(said)
        # "1 tender, strip, or finger", "1 can or bottle": one of the alternatives is meant,
        # so only the best-fitting one's unsaid words count
        alternatives = _alternatives(name)
        if alternatives:
            score -= 0.2 * min(len(alt - words - ignored) for alt in alternatives)
        brand = _brand_words(food.description, portion.unit)
        if brand and not brand & words:
            score -= 1.0  # a brand's own portion ("1 Tastykake Oatmeal Raisin Bar") unsaid
        if {"slice", "piece", "bite", "cracker-size", "chip"} & own and not (own & words):
            score -= 1.5 if unit is None else 0.0
        key = (score, -portion.seq)
        if best is None or key > best:
            best, chosen = key, portion
    return chosen


# No size said, and USDA sizes the unit ("1 small single serving bag", "1 medium ..."):
# the size whose weight is USDA's own "Quantity not specified" amount (its typical serving)
# outranks the medium one. A packet of crisps is the 28 g bag USDA defaults to.
TYPICAL_SIZE_BONUS = 1.6


def _typical_grams(food: Food) -> float | None:
    """USDA's "Quantity not specified" weight of the food, if it lists one."""
    for portion in food.portions:
        if portion.unit == QNS:
            return portion.gram_weight
    return None


def _is_typical(portion: Portion, typical: float | None) -> bool:
    return typical is not None and abs(portion.gram_weight - typical) <= 0.02 * typical


def _default(food: Food, kind: str) -> Weighed | None:
    for wanted in DEFAULT_AMOUNTS[kind]:
        portion = _find(food, QNS if wanted == "qns" else wanted)
        if portion is not None:
            return Weighed(portion.gram_weight, portion.unit, f"no amount given: {portion.unit}")
    return None


def base_kind(base: Food) -> tuple[str, float] | None:
    """What kind of base an addition goes on or in, and how many spreads it takes
    (slices of bread, halves of a bagel); from the base food's WWEIA category."""
    category = ((base.extra or {}).get("wweia_category") or "").lower()
    for marker, kind in _BASE_KINDS:
        if marker in category:
            return kind, 2.0 if category.startswith(_HALVED) else 1.0
    return None


def _is_milk(food: Food) -> bool:
    category = ((food.extra or {}).get("wweia_category") or "").lower()
    return category.startswith(("milk,", "plant-based milk", "flavored milk"))


def _addition(food: Food, mention: Mention) -> Weighed | None:
    """An unquantified addition ("w/ mayo", "with ranch", "2% milk" on cereal)."""
    kind = mention.base or "topping"
    if kind in _MILK_ONLY and not _is_milk(food):
        kind = "topping"
    if kind == "on cereal":
        cup = _find(food, "1 cup")
        if cup is not None:
            return Weighed(cup.gram_weight / 2, "1/2 cup", "milk on cereal: half a cup")
        kind = "topping"
    found = _default(food, kind)
    if found is not None and found.portion.lower().startswith(_PER_PIECE):
        count = mention.base_count  # one per slice of bread, one per cracker
        return Weighed(found.grams * count, found.portion, f"{count:g} x {found.portion}")
    return found


def weigh(food: Food, mention: Mention) -> Weighed | None:
    """Grams of ``food`` for ``mention``; None when no USDA portion fits."""
    count = 1.0 if mention.quantity is None else mention.quantity
    unit = mention.unit
    words = set(norm_tokens(" ".join(mention.words)))
    words |= piece_words(words)  # "2 weetabix": USDA's "1 rectangular biscuit"
    if unit in ("g", "kg", "mg", "lb"):
        return Weighed(count * GRAMS_PER[unit], f"{count:g} {unit}")
    if unit == "oz":
        if is_drink(food):
            return _volume(food, count * FL_OZ_ML, f"{count:g} fl oz")
        return Weighed(count * OZ_G, f"{count:g} oz")
    if unit in ("ml", "cl", "dl", "l", "floz", "pint", "quart"):
        return _volume(food, count * ML_PER[unit], f"{count:g} {unit}")
    if unit in ("cup", "tbsp", "tsp"):
        return _measure(food, unit, count, words)
    if unit == "serving" and "side" in words:
        # "a side salad": USDA's "1 side salad"; "a side of coleslaw": its usual amount
        side = next((p for p in food.portions if "side" in p.unit.lower().split()), None)
        if side is not None:
            return Weighed(count * side.gram_weight, side.unit)
        found = _default(food, "none")
        if found is not None:
            return Weighed(count * found.grams, found.portion, found.note)
    if unit in ("glass", "bowl", "handful", "splash", "dollop", "drizzle") or (
        unit == "serving" and mention.quantity is None
    ):
        found = _default(food, unit if unit in DEFAULT_AMOUNTS else "none")
        if found is not None and mention.quantity is not None and found.portion != QNS:
            return Weighed(count * found.grams, found.portion)
        return found
    if unit is None and mention.size is None and not mention.topping:
        said = words | _plain_tokens(" ".join(mention.source))
        place = _named_place(food, said, mention.head)
        if place is not None:
            # "a taco salad from Taco Bell": USDA's "1 Taco Bell taco salad"
            return Weighed(count * place.gram_weight, place.unit)
    if unit is None and mention.inches is not None:
        by_inches = _by_inches(food, mention.inches)
        if by_inches is not None:
            return Weighed(count * by_inches.gram_weight, by_inches.unit)
    if mention.quantity is None and unit is None and mention.size is None and not mention.topping:
        said_portion = _said_portion(food, words)
        if said_portion is not None:
            # "cheese quesadilla full", "hashbrown patty": a word naming one of USDA's
            # portions of the food (not a word of the food's own name) is that portion
            return Weighed(said_portion.gram_weight, said_portion.unit)
    if mention.quantity is None and unit is None:
        if mention.topping and mention.size is None:
            return _addition(food, mention)
        if mention.size is None:
            return _default(food, "none")
    if unit is None and mention.size is None and words & _THICKNESS:
        # "a thick pork chop": USDA's "1 thick" portion, a size of its own
        for word in sorted(words & _THICKNESS):
            found = _find(food, f"1 {word}")
            if found is not None and found.unit.lower() == f"1 {word}":
                return Weighed(count * found.gram_weight, found.unit)
    if mention.article and unit is None and mention.size is None:
        # "a cheeseburger": USDA's one-size portion, else its default amount
        for name in ("1 regular", "1 item, any size"):
            found = _find(food, name)
            if found is not None and found.unit.lower() == name:
                return Weighed(found.gram_weight, found.unit)
        typical = _typical_grams(food)
        named = [
            p
            for p in food.portions
            if set(norm_tokens(p.unit)) & words
            and (_size_of(p.unit) in (None, "medium") or _is_typical(p, typical))
            # not a portion for someone else ("a soft drink" is no "1 child/senior drink")
            and not (set(norm_tokens(p.unit)) & _FOR_SOMEONE) - words
            and not _named_by_modifier(set(norm_tokens(p.unit)), words - PIECE_VOCAB, mention.head)
        ]
        if named:  # "a fried chicken thigh" -> "1 thigh" (a sizeless one first)
            # (USDA's typical size first: "a soft drink" is its 12 fl oz small drink)
            best = min(
                named,
                key=lambda p: (
                    not (_size_of(p.unit) and _is_typical(p, typical)),
                    _size_of(p.unit) is not None,
                    p.seq,
                ),
            )
            return Weighed(best.gram_weight, best.unit)
        found = _default(food, "none")
        if found is not None:
            return found
    if unit is None and mention.size is not None:
        sized = _sized_default(food, mention.size)
        if sized is not None:
            return Weighed(count * sized.grams, sized.portion, sized.note)
    portion = _counted(food, mention, words)
    if portion is None and unit == "serving":
        # "a plate of jollof", "2 plates of rice and beans": a serving USDA does not weigh
        # is its default amount, once per plate
        found = _default(food, "none")
        if found is not None:
            return Weighed(count * found.grams, found.portion, found.note)
    if portion is None:
        found = _default(food, "none") if mention.quantity is None else None
        return replace(found, fits=False) if found is not None else None
    # a unit the food has no portion of ("1 shot" of a mixed drink) was not really met
    fits = unit is None or bool(_SAME_UNIT.get(unit, {unit}) & set(norm_tokens(portion.unit)))
    return Weighed(count * portion.gram_weight, portion.unit, fits=fits)


_INCH_RANGE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?\s*(?:\"|inch)")


# Portion words that say nothing about which portion ("1 cup", "1 piece, NFS").
_PORTION_PLAIN = frozenset(
    {"1", "nfs", "any", "size", "or", "of", "cup", "tablespoon", "teaspoon", "fl", "oz",
     "piece", "item", "quantity", "not", "specified", "a", "with", "without", "no", "ice",
     "regular", "small", "medium", "large", "extra", "mini", "cooked", "raw", "yield"}
)  # fmt: skip


def _said_portion(food: Food, words: set[str]) -> Portion | None:
    """The one USDA portion of the food named by a word of the mention that is neither
    the food's own word nor a plain measure word; None when none or several are."""
    own = set(norm_tokens(food.description)) | set(
        norm_tokens((food.extra or {}).get("additional_description") or "")
    )
    found = []
    for portion in food.portions:
        distinct = set(norm_tokens(_PAREN.sub(" ", portion.unit))) - _PORTION_PLAIN - own
        if distinct & words:
            found.append(portion)
    return found[0] if len(found) == 1 else None


def _by_inches(food: Food, inches: float) -> Portion | None:
    """The whole-item portion USDA names by the inches said ('1 regular or 6" submarine',
    '1 small pizza (8-10" diameter)'); not a piece or a surface inch of it."""
    for portion in food.portions:
        name = portion.unit.lower()
        if "piece" in name or "surface" in name or "slice" in name:
            continue
        for low, high in _INCH_RANGE.findall(name):
            if float(low) <= inches <= float(high or low):
                return portion
    return None


# Portions named for someone ("1 child/senior drink"): only when the text says so.
_FOR_SOMEONE = frozenset({"child", "senior", "kid", "toddler", "infant", "baby"})


def _sized_default(food: Food, size: str) -> Weighed | None:
    """A size word for a food USDA measures by the cup only ("a big salad"): the
    ``SIZED_DEFAULTS`` amount of its WWEIA category."""
    if any(_size_of(p.unit) for p in food.portions):
        return None  # USDA has sized portions of its own: those decide
    category = ((food.extra or {}).get("wweia_category") or "").lower()
    for marker, sizes in SIZED_DEFAULTS.items():
        if marker in category and size in sizes:
            count, name = sizes[size]
            portion = _find(food, name)
            if portion is not None:
                return Weighed(count * portion.gram_weight, name, f"{size}: {count:g} x {name}")
    return None
