"""Finding food mentions in free text: diary lines and narrative recall sentences.

"During my snack time, I enjoyed a medium apple alongside a small bag of chips." holds two
mentions: "a medium apple" and "a small bag of chips". The finder

1. normalises the text (fractions, "200g", "10-ounce", "w/", "&", "a cup and a half");
2. cuts it at joiners ("and", "with", "alongside", "paired with", "topped with", commas,
   sentence ends), remembering whether a piece followed a topping joiner;
3. reads each piece's amount, size and unit, and keeps only the words after the amount
   (narrative openers such as "I enjoyed" stand before it);
4. glues back pieces that hold no food of their own: a bare amount ("goldfish 30g",
   "sweet potato, medium") belongs to the piece before it, and "and"/"with" inside a
   dish name ("mac and cheese", "chili with beans") is kept when the caller's
   ``is_dish`` says the joined words name one food better than the parts;
5. reads "X on Y" as X put on Y when both sides name food ("avocado on toast"), unless
   ``is_dish`` says it is one food ("turkey sandwich on wheat"); food words before an
   amount stay with the piece ("salmon 5 oz baked"); a stated amount after a vague one
   replaces it ("a glass of orange juice, about 250 ml"); a hedged weight or volume after
   a food is its amount ("a small orange juice, about 8 ounces", "2 eggs, 55 g each",
   "110 g in all"), and "each" after a count multiplies an addition ("2 coffees w 1 tbsp
   creamer each");
6. reads an hour before the speaker as a time ("around 10 I had ..."), a place or event
   as no food ("at the sushi counter", "over the game"), a cooking word alone as how the
   food before it was cooked ("a chicken breast, grilled"), "from a box" as where it came
   from, and "applesauce cup" as the single-serve cup it is sold in.

It knows no foods itself: ``is_food_word`` and ``is_dish`` come from the matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from domain.analyser.lexicon import (
    NUMBER_WORDS,
    PREP_ALIASES,
    PREPARATIONS,
    SIZE_WORDS,
    TWO_WORD_UNITS,
    UNIT_ALIASES,
)
from domain.analyser.parser import _normalise
from domain.analyser.quantity import read_quantity
from domain.analyser.regional import rewrite

# Joiners that start a new item; the topping ones mark what follows as an addition.
_TOPPING_JOINERS = ("topped with", "served with", "with", "on top", "drizzled with")
_JOINERS = (
    "washed down with", "washed it down with", "paired with", "topped with", "served with",
    "drizzled with", "along with", "together with", "alongside", "followed by", "as well as",
    "with", "and then", "and", "plus", "then", "also", "+", "w", "in",
)  # fmt: skip
_JOINER_RE = re.compile(
    r"\s*(?:(?:[,;!?\n]|(?<!\d)\.|\.(?!\d))+\s*|\b("
    + "|".join(re.escape(j) for j in _JOINERS if j not in ("+", "in"))
    # "scrambled in 1 tsp butter", "dipped in two tablespoons of hummus": "in" + an amount
    + r"|in(?= (?:a|an|\d[\d./]*|one|two|three|some) ))\b|\+|\s/\s)\s*"
)
# Context phrases that tell when or where, never what: dropped before cutting.
_MEALS = (
    r"(?:breakfast|brunch|lunch|dinner|supper|snack|dessert|a snack|my snack|lunchtime|snack time)"
)
_CONTEXT = re.compile(
    r"\b(?:for|at|during|as|after|before|with)\s+(?:my\s+|a\s+|the\s+)?"
    + _MEALS
    + r"(?:\s+time)?\b"
    r"|\b(?:this|in the|late at|at|around|at around)\s+"
    r"(?:morning|afternoon|evening|night|noon|midnight)\b"
    r"|\b(?:" + _MEALS + r")\s+(?:was|were|is)\b"
    r"|\bon (?:my|the|our) way(?: home| to work| to school| out)?\b|\bto drink\b"
    r"|\bat (?:home|work|the office|my desk|school)\b|\bin the car\b"
    # where it was eaten: "at the sushi counter", "after the bar", "over the game", "on my
    # hike" (a place or an event, never a food)
    r"|\b(?:at|after|over|during|on|before)\s+(?:the|my|a|our)\s+(?:[a-z']+\s+)?"
    r"(?:counter|bar|game|games|movies|movie|theater|fair|park|hike|beach|gym|stadium|"
    r"concert|party|show|match|meeting|office|mall|airport|game|ballpark|festival)\b"
    # eating out and travelling: "at the pub", "at the South Indian place", "on the train"
    r"|\b(?:at|in|on)\s+(?:the|my|a|our)\s+(?:[a-z']+\s+){0,2}?"
    r"(?:place|restaurant|cafe|caf\u00e9|pub|diner|canteen|takeaway|chippy|food truck|"
    r"truck|stall|station|train|bus|plane|flight|ferry|wedding|picnic|cinema|church|"
    r"temple|mosque|market|fete|fair|barbecue|bbq|cookout|potluck)\b"
    r"(?:\s+(?:near|down|by|across|round|around|up|next to)\s+(?:the\s+|my\s+)?[a-z']+)?"
    # at someone's home, and a child's school day
    r"|\bat (?:my|our|the) (?:[a-z]+'s|neighbou?r'?s?)(?: house| place)?(?=\W|$)"
    r"|\bat (?:grandma|grandpa|nana|nan|gran|granny|mum|mom|dad|auntie|aunt|uncle)'?s\b"
    r"|\b(?:after|before) school\b|\bschool snack\b"
)
# Clock times ("7 am", "12:30") are not amounts.
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?=\W|$)|\b\d{1,2}:\d\d\b"
)
# A bare hour before the speaker ("around 10 I had a banana", "at 11, a boiled egg") is a
# time of day, not a count: "around"/"at"/"by" + a number + a pronoun or a break.
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight"
_HOUR = re.compile(
    # ("prunes, about 8" after a food and a comma is a count)
    r"\b(?:around|at|by|(?<!, )about|after|until|till)\s+(?:\d{1,2}(?:\.\d\d)?|(?:"
    + _HOUR_WORDS
    + r")(?:[ -]?thirty|[ -]?fifteen|[ -]?forty[ -]?five)?)"
    r"(?:\s+o'?clock)?"
    r"(?=\s*(?:,|\.|:|-|$|(?:i|we|my|our|he|she|they|in the|this|that|last|at night)\b))"
)
# Labels and numbers that are no amount of food: "meal 3:", carbohydrate counted by a
# person with diabetes ("a 15 g carb snack", "carbs ~30", "I bolused for 60 grams").
_NOT_AMOUNTS = re.compile(
    r"\bmeal\s*#?\d+\b"
    r"|\b\d+(?:\.\d+)?\s*(?:g|grams?)\s+(?:of\s+)?(?:carbs?|carbohydrates?|cho)\b"
    r"|\b(?:carbs?|carbohydrates?)\s*(?:~|about|around|=|:|were|was)?\s*~?\s*\d+(?:\.\d+)?"
    r"(?:\s*(?:g|grams?)\b)?"
    r"|\b(?:bolus(?:ed)?|dosed|covered)\s+(?:for\s+)?(?:about\s+|~)?\d+(?:\.\d+)?"
    r"(?:\s*(?:g|grams?)\b)?(?:\s+(?:of\s+)?carbs?\b)?"
)
# "two 12 oz cans of beer", "1 bottle (20 oz)": so many containers of the size said.
_NUMBER_NAMES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}
_SIZED_CONTAINERS = re.compile(
    r"\b(\d+|one|two|three|four|five|six)\s+(\d+(?:\.\d+)?)[- ]?(?:fl\.?\s*)?"
    r"(?:oz|ounces?)\s+(?:cans?|bottles?)\b"
    r"|\b(\d+|one|a|an)\s+(?:cans?|bottles?)\s*\(\s*(\d+(?:\.\d+)?)\s*(?:fl\.?\s*)?"
    r"(?:oz|ounces?)\s*\)"
)


def _sized_containers(match: re.Match[str]) -> str:
    count, size = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    number = _NUMBER_NAMES.get(count) or float(count)
    return f" {float(number) * float(size):g} oz "


_ON_THE_ROCKS = re.compile(
    r"\b(?:on the rocks|over ice|with ice|on ice)\b(?!\s*(?:cream|pop|milk))"
)
_SNACK_SIZE = re.compile(r"\bsnack[- ]size(?:d)?\s+|\bsnack(?= (?:bag|pack|package|box)\b)")
# A small addition said straight after a food ("lg coffee splash of half n half"): a new
# item, as if a joiner stood before it.
_SPLASH = re.compile(r"(\w+)\s+((?:a\s+)?(?:splash|dash|dollop|drizzle|squirt|touch)\s+of)\b")
_AFTER_SPLASH = re.compile(
    r"\b(?:w|with|and|\+)?\s*((?:oat |soy |almond |skim |whole |2% )?milk|cream|creamer|"
    r"halfandhalf)\s+(?:splash|dash)\b"
)
_SPLASH_JOINERS = frozenset({"with", "w", "and", "a", "of", "in", "plus", "some", "little", "just"})


def _split_splash(match: re.Match[str]) -> str:
    before, addition = match.group(1), match.group(2)
    if before in _SPLASH_JOINERS or before.isdigit():
        return match.group(0)
    return f"{before} with {addition}"


# Diary lines with no punctuation between items ("dal 1 cup 2 rotis", "sweet potato 250g
# chicken 180g"): a food whose amount trails it is closed by that amount, when another
# amount (or food words and their amount) follows. Not "1 cup 2% milk".
_TRAILING_UNITS = (
    r"(?:g|grams?|kg|oz|ounces?|ml|cups?|tbsps?|tsps?|tablespoons?|teaspoons?|slices?|"
    r"pieces?|scoops?|pcs?)"
)
_AMOUNT = r"\d+(?:\.\d+|/\d+)?"
_NOT_FOOD_BEFORE = (
    r"(?!(?:a|an|the|of|i|had|have|ate|eat|drank|drink|with|and|or|about|around|maybe|"
    r"was|is|were|some|my|our|just|like|approx|roughly|nearly|almost|only|over|under|"
    r"another|then|plus|also|w)\b)"
)
_NEXT_AMOUNT = re.compile(
    rf"(\b{_NOT_FOOD_BEFORE}[a-z][a-z'-]*\s+{_AMOUNT}\s*{_TRAILING_UNITS})\s+"
    rf"(?=(?:{_AMOUNT}\s*[a-z]|(?:{_NOT_FOOD_BEFORE}[a-z][a-z'-]*\s+){{1,3}}"
    rf"{_AMOUNT}\s*{_TRAILING_UNITS}\b))"
)
_AND_A_HALF = re.compile(r"\b(a|an|one|1)\s+([a-z]+)\s+and\s+a\s+half\b")
# "a double cheeseburger" is USDA's "Double cheeseburger", not two; "a double shot" counts.
_NAME_NUMBERS = frozenset({"double", "triple", "single"})
_WITH_N = re.compile(r"\b(with|w)\s+([a-z]+)\s+n\s+([a-z]+)\b")
_QUARTER_POUND = re.compile(r"\bquarter[ -]pound")
_HALF_AND_HALF = re.compile(r"\bhalf[ -](?:and|&|n)[ -]half\b")
# "a single-serve container of half and half" is USDA's "1 individual container"
_SINGLE_SERVE = re.compile(r"\bsingle[- ]serv(?:e|ing)(?= container| cup| tub)")
_INCHES = re.compile(r"\b\d+(?:\.\d+)?\s*(?:-\s*)?(?:inch|inches|in\b|\")")
_INCH_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_INCH_WORD = re.compile(r"^inch(\d+(?:\.\d+)?)$")
_HYPHEN_UNIT = re.compile(
    r"(\d)-(gram|grams|g|ounce|ounces|oz|ml|fl|inch|cup|liter|litre|piece|pc|count|ct)\b"
)
# Starbucks-style drink sizes people write instead of small/medium/large.
EXTRA_SIZES = {"tall": "small", "grande": "medium", "venti": "large", "kid": "small"}
# Two-word units of this reader: a "side cup" of a dip, a "little cup" of creamer are
# small containers.
UNIT_PAIRS = {
    ("side", "cup"): "container", ("side", "cups"): "container",
    ("little", "cup"): "container", ("little", "cups"): "container",
}  # fmt: skip
# Two-word sizes on packaging.
SIZE_PAIRS = {("king", "size"): "large", ("family", "size"): "large", ("fun", "size"): "small"}
# Names that begin with a size word.
NAMES_WITH_SIZE_WORDS = frozenset({("big", "mac")})
# Vague amounts: no number, the food's default amount is used (see portions' table).
VAGUE_WORDS = frozenset({"some", "any", "bit", "little", "lot", "bunch"})
# Units of a stated weight or volume, and vague units such a statement makes precise.
STATED_UNITS = frozenset({"g", "kg", "mg", "lb", "oz", "ml", "cl", "dl", "l", "floz"})
VAGUE_UNITS = frozenset({"glass", "bowl", "handful", "serving", "plate", "splash", "dollop"})
# Units that also name the food ("a granola bar", "a hamburger patty").
FOOD_UNITS = frozenset({"bar", "patty", "roll", "pie", "cookie", "cake", "sandwich", "link"})
# Containers that may follow the food they hold ("apple juice box", "chips bag").
_CONTAINERS = frozenset(
    {"bag", "bags", "box", "can", "bottle", "packet", "container", "carton", "jar"}
)
# Units the shared parser does not know, used only here.
EXTRA_UNITS = {
    "ear": "ear", "ears": "ear", "drumstick": "drumstick", "wing": "wing", "splash": "splash",
    "dash": "splash", "dollop": "dollop", "drizzle": "drizzle",
}  # fmt: skip
# Diary abbreviations of units, read only right after an amount ("1 sl cheese").
SHORT_UNITS = {"sl": "slice", "pk": "packet", "pack": "packet", "packs": "packet", "pkt": "packet"}
_TIMES = re.compile(r"^x(\d+)$|^(\d+)x$")
# A piece that says what was NOT eaten ("no fries", "without cheese") is no mention.
_NEGATED = re.compile(r"^(?:no|without|hold the|minus|skipped|skip|not)\b")
_ARTICLES = frozenset({"a", "an", "of", "the", "my", "our"})
# Words that hedge or scope an amount said after the food ("about 8 ounces", "maybe 20
# ounces", "110 g in all", "55 g each"): none of them names food.
_HEDGES = frozenset(
    {"about", "maybe", "around", "roughly", "approximately", "approx", "like", "probably",
     "perhaps", "nearly", "almost", "just", "over", "under", "in", "all", "total", "each",
     "altogether", "apiece", "or", "so", "i", "think", "guess", "say"}
)  # fmt: skip
_EACH = frozenset({"each", "apiece"})
# Words of a piece that says only how much of the food before was eaten ("had about a cup
# and a half", "so I ate two of them", "two thick slices"): none of them names food.
_AMOUNT_FILLER = frozenset(
    {"had", "ate", "eat", "eaten", "drank", "drink", "have", "got", "took", "finished",
     "we", "it", "of", "then", "only", "ended", "up", "eating", "having", "served",
     "myself", "me", "out", "kept", "good", "full"}
)  # fmt: skip
_THICKNESS_WORDS = frozenset({"thick", "thin"})
# Self-corrections: a piece that is only one of these takes back what was just said; one
# that begins with them says what it was instead ("no - 2 corn tortillas", "well it was
# Milo"). A bare "no X" stays a negation ("no fries").
_CORRECTIONS = frozenset(
    {"no", "no wait", "wait", "sorry", "i mean", "actually", "no actually", "or rather",
     "make that", "scratch that", "correction", "oops"}
)  # fmt: skip
_CORRECTION = re.compile(
    r"^(?:no\s*-+|no,?\s+wait|wait|sorry|i mean|actually|make that|scratch that|or rather|"
    r"well,?(?=\s+(?:it was|it's|they were|actually)\b))\s*,?\s*"
)
_NO_SUGAR = re.compile(r"\b(?:no|without|w/o|minus) sugar\b(?!\s+added)")
_COUNT_WHOLE = re.compile(r"\b(\d+)\s+whole(?=\s*(?:,|;|\.|$))")
_MID_CORRECTION = re.compile(r"\s*[?!]+\s*(?=(?:no|wait|actually|sorry)\b)")
_RESTATED = re.compile(r"^(?:it was|it's|they were|it were|that was|i had|i meant)\s+")
# Who a food was for ("10 grapes for max", "syrup for the boys"): not food words.
_FOR_WHOM = re.compile(r"\s+for\s+(?:the\s+|my\s+|our\s+)?([a-z']+)(\s+each)?\s*$")


def _for_whom(piece: str, is_food_word: Callable[[str], bool]) -> str:
    """The piece without a closing "for <someone>" when food was named before it."""
    found = _FOR_WHOM.search(piece)
    if found is None or found.group(1) in _MEAL_NAMES:
        return piece
    head = piece[: found.start()]
    if not any(is_food_word(w) for w in head.split() if w not in _ARTICLES):
        return piece
    return head + (found.group(2) or "")


_MEAL_NAMES = frozenset(
    {"breakfast", "brunch", "lunch", "dinner", "supper", "snack", "dessert", "two", "one",
     "later", "now", "tomorrow", "the", "a"}
)  # fmt: skip
_KIND_OF = re.compile(
    r"^(?:the|a|an)\s+([a-z][a-z' -]*?)\s+(?:kind|one|type|version|variety|flavor)$"
)
# Words between "of it" and what it was served with ("350 grams of it over rice").
_ANAPHORA_JOINS = frozenset({"over", "with", "on", "in", "and"})
# Preparation words alone in a piece ("a chicken breast, grilled, and ...") describe the
# food before them; they are never a food of their own. Not "mashed" (potatoes), "canned",
# "dried": diary lines use those alone for a food ("meatloaf + mashed").
_PREP_WORDS = (frozenset(PREPARATIONS) | frozenset(PREP_ALIASES)) - {
    "mashed",
    "canned",
    "dried",
    "dry",
    "smoked",
    "raw",
    "fresh",
    "uncooked",
}


@dataclass
class Mention:
    """One food mention: its words, amount, unit and size, and how it was introduced."""

    text: str
    words: list[str]
    quantity: float | None = None
    unit: str | None = None
    size: str | None = None
    vague: bool = False
    topping: bool = False
    base: str | None = None  # what a topping goes on: a kind from ``fndds_portions``
    base_count: float = 1.0  # how many slices or halves it is spread on
    trailing: bool = False  # the amount follows the food words ("marinara 2 cups")
    base_next: bool = False  # put on the next mention ("avocado on toast")
    joiner: str = ""  # the joiner before it ("with", "in", "on", ",")
    before: list[str] = field(default_factory=list)  # words before the amount
    article: bool = False  # the amount is only "a"/"an" ("a cheeseburger")
    source: list[str] = field(default_factory=list)  # words after "from"
    head: str = ""  # its head food word once matched ("cheese" of "string cheese")
    inches: float | None = None  # a size said in inches ("6in sub", "12 inch pizza")
    notes: list[str] = field(default_factory=list)

    @property
    def has_amount(self) -> bool:
        return self.quantity is not None or self.unit is not None


def normalise(text: str) -> str:
    """The shared parser normalisation plus the narrative forms ("10-ounce", "a cup and a half")."""
    text = text.replace("w/", " with ").replace("W/", " with ")
    text = _CLOCK.sub(" ", rewrite(text.lower()))
    text = _NOT_AMOUNTS.sub(" , ", text)
    text = _SIZED_CONTAINERS.sub(_sized_containers, text)
    text = _MID_CORRECTION.sub(", ", text)  # "chips? no - 2 tortillas": a new piece
    text = _NO_SUGAR.sub(" ", text)  # "tea no sugar": what was not in it is no food
    text = _COUNT_WHOLE.sub(r"\1", text)  # "mango 1 whole": one mango, not whole milk
    text = _HOUR.sub(" , ", text)
    text = _normalise(text)
    text = _HYPHEN_UNIT.sub(r"\1 \2", text)
    text = _AND_A_HALF.sub(r"1.5 \2", text)
    text = _QUARTER_POUND.sub("quarter-pound", text)  # a name or a patty size, not 1/4
    text = _HALF_AND_HALF.sub("halfandhalf", text)  # the cream, not two halves
    text = _WITH_N.sub(r"\1 \2 and \3", text)  # "coffee w cream n sugar": two additions
    text = _SINGLE_SERVE.sub("individual", text)  # USDA's "1 individual container"
    # "a 6 inch sub", "12-inch pizza": a size, not a count (kept as a word for USDA's
    # portions named by inches: '1 regular or 6" submarine', '1 small pizza (8-10")')
    text = _INCHES.sub(lambda m: f" inch{_INCH_NUMBER.match(m.group(0)).group(0)} ", text)
    text = _CONTEXT.sub(",", text)
    text = _ON_THE_ROCKS.sub(" ", text)  # a drink served over ice: weighed without it
    text = _SNACK_SIZE.sub("small ", text)  # "a snack bag of pretzels": USDA's small bag
    text = _AFTER_SPLASH.sub(r", splash of \1", text)  # "coffee w milk splash"
    text = _SPLASH.sub(_split_splash, text)
    text = _NEXT_AMOUNT.sub(r"\1, ", text)
    return re.sub(r"[()\[\]{}\"!?:*~]", " ", text)


def _pieces(text: str) -> list[tuple[str, str]]:
    """(piece, joiner before it) for each piece of the normalised text."""
    out: list[tuple[str, str]] = []
    position, joiner = 0, ","
    for match in _JOINER_RE.finditer(text):
        piece = text[position : match.start()].strip()
        word = {"w": "with"}.get(match.group(1) or "", match.group(1))  # "eggs w cheese"
        if piece:
            out.append((piece, joiner))
            joiner = word or ","
        elif word:
            joiner = word  # ", and": the word says more than the comma
        position = match.end()
    tail = text[position:].strip()
    if tail:
        out.append((tail, joiner))
    return out


def read_mention(piece: str, joiner: str = "") -> Mention:
    """The amount, unit, size and food words of one piece."""
    left, sep, tail = piece.partition(" from ")
    found: Mention | None = None
    if sep and _amount_start(tail.split()) is not None and left.strip():
        # "cheese from a box", "a slice from a large pizza": where it came from (its
        # article or count is not an amount of the food), read as after the food's words
        found = read_mention(left, joiner)
    if sep and found is not None and found.words:
        found.text = piece
        tail_words = [w.strip(".'-") for w in tail.split()]
        found.source = [w for w in tail_words if w and w not in _ARTICLES]
        sizes = [SIZE_WORDS.get(w) or EXTRA_SIZES.get(w) for w in tail_words]
        found.size = found.size or next((z for z in sizes if z), None)
        return found
    words = [w.strip(".'-") for w in piece.split()]
    words = [w for w in words if w]
    mention = Mention(text=piece, words=[], topping=joiner in _TOPPING_JOINERS, joiner=joiner)
    start = _amount_start(words)
    before: list[str] = []
    if start is not None:
        before, words = words[:start], words[start:]
        if words[0] in VAGUE_WORDS:
            mention.vague = True
            words = words[1:]
        else:
            quantity = read_quantity(words)
            if quantity is not None and words[0] in ("a", "an") and quantity.used == 1:
                again = read_quantity(words[1:])
                if again is not None and words[1][:1].isdigit():
                    quantity, quantity.used = again, again.used + 1
            if quantity is not None:
                mention.article = words[0] in ("a", "an") and quantity.used == 1
                mention.quantity = quantity.value
                mention.notes.extend(quantity.notes)
                words = words[quantity.used :]
    rest: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        if (
            pair is not None
            and mention.unit is None
            and (pair in TWO_WORD_UNITS or pair in UNIT_PAIRS)
        ):
            mention.unit = TWO_WORD_UNITS.get(pair) or UNIT_PAIRS[pair]
            i += 2
            continue
        inch = _INCH_WORD.match(word)
        if inch:
            mention.inches = float(inch.group(1))
            i += 1
            continue
        size = SIZE_WORDS.get(word) or EXTRA_SIZES.get(word)
        if pair in SIZE_PAIRS and mention.size is None:
            mention.size = SIZE_PAIRS[pair]  # "king size"
            i += 2
            continue
        if size and pair in NAMES_WITH_SIZE_WORDS:
            rest.append(word)  # "big mac" is a name, not a size
        elif size and mention.size is None:
            mention.size = size
        elif word in UNIT_ALIASES and mention.unit is None and _unit_here(words, i, rest, mention):
            mention.unit = UNIT_ALIASES[word]
            if word == "side":
                rest.append(word)  # "a side salad": USDA's "1 side salad" when it has one
            if mention.unit in FOOD_UNITS:
                rest.append(word)  # "two KIND bars": the bar is also what was eaten
        elif (
            word in SHORT_UNITS
            and mention.unit is None
            and mention.quantity is not None
            and not rest
        ):
            mention.unit = SHORT_UNITS[word]
        elif _TIMES.match(word) and (mention.quantity is None or mention.article):
            found = _TIMES.match(word)
            assert found is not None
            mention.quantity, mention.article = float(found.group(1) or found.group(2)), False
        elif word in EXTRA_UNITS and mention.unit is None and words[i + 1 : i + 2] == ["of"]:
            mention.unit = EXTRA_UNITS[word]  # "an ear of corn"
        elif word == "from" and rest:
            # "from dominos", "from the box": where it came from, a hint, not the food
            tail = words[i + 1 :]
            mention.source = [w for w in tail if w not in _ARTICLES]
            sizes = [SIZE_WORDS.get(w) or EXTRA_SIZES.get(w) for w in tail]
            mention.size = mention.size or next((z for z in sizes if z), None)
            break
        elif (
            (mention.quantity is None or mention.article)
            and mention.unit is None
            and (_number(word) is not None)
            and not (
                word in _NAME_NUMBERS and i + 1 < len(words) and words[i + 1] not in UNIT_ALIASES
            )
        ):
            # "goldfish crackers 30 g", "a crunchy 165 g apple": the number is the amount
            mention.quantity, mention.article = _number(word), False
        elif word not in _ARTICLES or rest:
            rest.append(word)
        i += 1
    if not rest and before:
        # "rice 200g", "orange juice 8 oz": the amount trails the food
        rest = before
        mention.trailing = True
    elif before:
        mention.before = [w for w in before if w not in _ARTICLES]
    mention.words = [w for w in rest if w not in _ARTICLES]
    if (
        len(mention.words) > 1
        and mention.words[-1] == "cup"  # "peanut butter cups" are candy
        and mention.unit is None
        and (mention.quantity is None or mention.article)
    ):
        # "applesauce cup", "a yogurt cup": the single-serve cup it is sold in, not a
        # measuring cup (USDA's "1 snack size container", "1 individual container")
        mention.words = mention.words[:-1]
        mention.unit = "container"
    if "cob" in mention.words and mention.unit is None:
        mention.unit = "ear"  # "corn on the cob": an ear of corn
    return mention


def _counts(piece: str) -> bool:
    """Whether a piece starts with a count ("eight pieces", "2 slices"), not "a" or "half"."""
    first = piece.split()[0] if piece.split() else ""
    return first not in ("a", "an", "half") and _number(first) is not None


def _number(word: str) -> float | None:
    quantity = read_quantity([word])
    return quantity.value if quantity is not None and word not in ("a", "an") else None


def _unit_here(words: list[str], i: int, before: list[str], mention: Mention) -> bool:
    """A unit word is a unit when an amount or "of" is next to it, or it ends a bare piece."""
    word = words[i]
    if mention.quantity is not None and not before:
        return True  # "170 g orange", "2 slices pizza": right after the amount
    if mention.quantity is not None and all(w in _THICKNESS_WORDS for w in before):
        return True  # "2 thick slices": how thick, then the unit
    if i > 0 and (_number(words[i - 1]) is not None or _TIMES.match(words[i - 1])):
        return True  # "a crunchy 165 g apple", "tea x3 cups"
    if before and word not in _CONTAINERS:
        return False  # "reese's peanut butter cups": a unit after the food needs a number
    if word in ("c", "l", "g") and len(words) > i + 1 and words[i + 1] != "of":
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt == "of" or not before:
        return True
    # "turkey sandwich 2 slices" or "chips bag": a unit after the food words
    return word not in ("bar", "roll", "cake", "pie", "cookie", "sandwich", "side", "square")


def _amount_start(words: list[str]) -> int | None:
    """Where the amount begins: the first number, number word, article or vague word."""
    for i, word in enumerate(words):
        if word in VAGUE_WORDS and i + 1 < len(words):
            return i
        if _number(word) is not None or word in ("a", "an", "half"):
            return i
        if word in NUMBER_WORDS and word not in ("single", "double", "triple", "pair"):
            return i
    return None


def _split_on(
    pieces: list[tuple[str, str]], is_food_word: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """Pieces cut again at "on" when food stands on both sides ("avocado on toast",
    "turkey sandwich on wheat"), not in "snacked on carrots" or "corn on the cob"."""
    out: list[tuple[str, str]] = []
    for piece, joiner in pieces:
        left, sep, right = piece.partition(" on ")
        if sep and _has_food(left, is_food_word) and _has_food(right, is_food_word):
            out.extend([(left, joiner), (right, "on")])
        else:
            out.append((piece, joiner))
    return out


def _has_food(text: str, is_food_word: Callable[[str], bool]) -> bool:
    return any(
        is_food_word(w) for w in text.split() if w not in _ARTICLES and w not in UNIT_ALIASES
    )


def find_mentions(
    text: str,
    is_food_word: Callable[[str], bool],
    is_dish: Callable[[list[str], list[str]], bool],
) -> list[Mention]:
    """The food mentions of ``text`` in order (pieces with no food word are filler)."""
    mentions: list[Mention] = []
    joined_last = False
    each_next = False  # "2 coffees, each with a creamer": the next amount is per coffee
    described_next = False  # "300 grams of it, pepperoni": the next piece may say what kind
    correcting = False  # "3 cups of curry, no, 1 cup", "pho, no wait, it was ramen"
    for piece, joiner in _split_on(_pieces(normalise(text)), is_food_word):
        if piece in _CORRECTIONS:
            correcting = bool(mentions)
            continue
        fixed = _CORRECTION.match(piece)
        if fixed and piece[fixed.end() :].strip() and mentions:
            piece, correcting = piece[fixed.end() :].strip(), True
        if correcting:
            piece = _RESTATED.sub("", piece) or piece
        if _NEGATED.match(piece):
            correcting = False
            continue
        piece = _for_whom(piece, is_food_word)
        if piece in _EACH:
            each_next = True
            continue
        if piece.startswith("from ") and mentions:
            # "two slices of pizza, from a medium pizza": where it came from, not a food
            extra = read_mention(piece[5:])
            mentions[-1].size = mentions[-1].size or extra.size
            continue
        kind = _KIND_OF.match(piece)
        if kind and mentions:
            # "a cup of Greek yogurt, the fruit kind": what kind the food before was
            mentions[-1].words = mentions[-1].words + kind.group(1).split()
            mentions[-1].text += ", " + piece
            continue
        mention = read_mention(piece, joiner)
        if correcting:
            correcting = False
            if any(is_food_word(w) for w in mention.words + mention.before):
                # "a bowl of pho, no wait, it was ramen": the food said instead, in the
                # amount said before unless it says its own
                wrong = mentions.pop()
                if not mention.has_amount or (mention.article and wrong.has_amount):
                    mention.quantity, mention.unit = wrong.quantity, wrong.unit
                    mention.size = mention.size or wrong.size
                    mention.article, mention.vague = wrong.article, wrong.vague
                    mention.inches = mention.inches or wrong.inches
            elif mention.has_amount:
                # "3 cups of lentil curry, no, 1 cup": the amount said instead
                wrong = mentions[-1]
                wrong.quantity, wrong.unit = mention.quantity, mention.unit
                wrong.size, wrong.article, wrong.vague = mention.size, False, mention.vague
                wrong.text += ", " + piece
                continue
        previous = mentions[-1] if mentions else None
        if (
            previous is not None
            and joiner == ","
            and not mention.has_amount
            and mention.words
            and all(w in _PREP_WORDS or w in _ARTICLES for w in mention.words)
        ):
            # "a large chicken breast, grilled": how the food before was cooked
            previous.words = previous.words + mention.words
            previous.text += ", " + piece
            continue
        if (
            previous is not None
            and mention.unit in STATED_UNITS
            and previous.unit not in STATED_UNITS
            and all(w in _HEDGES for w in mention.words + mention.before)
        ):
            # "a small orange juice, about 8 ounces", "2 slices of bacon, about 16 g",
            # "2 eggs, 55 g each": a stated weight or volume after the food is its amount
            # (the whole amount, or per piece when it says "each")
            each = any(w in _EACH for w in mention.words + mention.before)
            count = previous.quantity if each and previous.quantity else 1.0
            assert mention.quantity is not None or mention.unit is not None
            previous.quantity = (mention.quantity or 1.0) * count
            previous.unit = mention.unit
            previous.article = False
            previous.text += ", " + piece
            continue
        each = each_next or bool(_EACH & {*mention.words, *mention.before})
        each_next = False
        if (
            mention.words[-1:]
            and mention.words[-1] in _EACH
            and mention.quantity
            and mention.quantity > 1
        ):
            # "2 cups coffee each w 1 tbsp creamer": "each" ends the counted food's piece and
            # is said of what comes with it
            mention.words = mention.words[:-1]
            mention.text = mention.text.rsplit(" ", 1)[0]
            each, each_next = False, True
        if each and mention.words and previous is not None:
            mention.words = [w for w in mention.words if w not in _EACH]
            mention.before = [w for w in mention.before if w not in _EACH]
            if (
                mention.quantity is not None
                and mention.unit not in STATED_UNITS
                and previous.quantity
                and previous.quantity > 1
                and any(is_food_word(w) for w in mention.words)
            ):
                # "2 cups of coffee w 1 tbsp creamer each": one per cup
                mention.quantity *= previous.quantity
        if (
            mention.words[:1] in (["it"], ["them"])
            and mention.has_amount
            and mentions
            and not any(is_food_word(w) for w in mention.before)
        ):
            # "we had gumbo, I had 350 grams of it over rice", "a plate of it": the amount
            # of the food before (a vague one says no more than that food's default)
            previous = mentions[-1]
            if (
                mention.unit is None
                and mention.quantity is not None
                and mention.quantity >= 1
                and (not previous.has_amount or previous.article)
            ):
                # "we got wings and I ate 6 of them": a count of the food before
                previous.quantity, previous.article = mention.quantity, False
            elif mention.unit is not None and (
                mention.unit not in VAGUE_UNITS or not previous.has_amount
            ):
                if mention.unit in VAGUE_UNITS:
                    previous.vague = True
                else:
                    previous.quantity, previous.unit = mention.quantity, mention.unit
                    previous.size = mention.size or previous.size
                    previous.article = False
            previous.text += ", " + piece
            rest = mention.words[1:]
            while rest and rest[0] in _ANAPHORA_JOINS:
                rest = rest[1:]
            if rest and is_dish(previous.words, rest):
                previous.words = previous.words + ["with"] + rest
            elif rest:
                mentions.append(Mention(text=" ".join(rest), words=rest, joiner=joiner))
            described_next = True
            continue
        if (
            described_next
            and previous is not None
            and not mention.has_amount
            and is_dish(previous.words, mention.words)
        ):
            # "I had 300 grams of it, pepperoni": what kind the food before was
            previous.words = previous.words + ["with"] + mention.words
            previous.text += ", " + piece
            described_next = False
            continue
        described_next = False
        food_before = [i for i, w in enumerate(mention.before) if is_food_word(w)]
        if food_before:
            # "salmon 5 oz baked": the food stands before the amount, the rest describes it
            mention.words = mention.before[food_before[0] :] + mention.words
        thickness = [w for w in mention.words if w in _THICKNESS_WORDS]
        amount_only = (
            mention.has_amount
            and not mention.vague
            and all(
                w in _HEDGES or w in _AMOUNT_FILLER or w in _THICKNESS_WORDS
                for w in mention.words + mention.before
            )
        )
        foodish = [] if amount_only else [w for w in mention.words if is_food_word(w)]
        if not foodish:
            if amount_only:
                mention.words = []
            previous = mentions[-1] if mentions else None
            if (
                len(mentions) >= 2
                and previous is not None
                and previous.joiner in ("and", "with")
                and not previous.has_amount
                and not mentions[-2].has_amount
                and mention.quantity is not None
                and mention.unit in (None, "slice", "piece")
                and not mention.words
            ):
                # "toast and marmalade, 2 slices", "pancakes with syrup, 3 medium": a count
                # said after a food and what goes with it counts the food
                previous = mentions[-2]
            # "a glass of orange juice, about 250 ml", "a California roll, eight pieces": the
            # amount said after it is the amount
            refines = previous is not None and (
                (mention.unit in STATED_UNITS and previous.unit in VAGUE_UNITS)
                # "a bowl of pozole, probably two cups", "a lot of pancit, maybe 2 cups": a
                # measure said after a vague amount is the amount
                or (
                    (
                        previous.unit in VAGUE_UNITS
                        or previous.vague
                        or (previous.article and bool(VAGUE_WORDS & set(previous.words)))
                    )
                    and mention.unit is not None
                    and mention.unit not in VAGUE_UNITS
                    and mention.quantity is not None
                    and all(w in _HEDGES for w in mention.words + mention.before)
                )
                or (
                    previous.article
                    and previous.unit is None
                    and not mention.words
                    and _counts(piece)
                )
                # "we shared a tiramisu, so I had half a piece", "a bowl of chili, I ate a
                # cup": an amount said alone after a food said with only "a" is how much
                or (
                    amount_only
                    and mention.quantity is not None
                    and mention.unit not in VAGUE_UNITS
                    and (previous.article or previous.vague or previous.unit in VAGUE_UNITS)
                    and previous.unit not in STATED_UNITS
                )
            )
            if previous is not None and mention.has_amount and (not previous.has_amount or refines):
                if previous.vague and mention.unit is not None:
                    previous.vague = False
                previous.quantity, previous.unit = mention.quantity, mention.unit
                previous.size = previous.size or mention.size
                previous.article = previous.article and mention.article
                previous.words = previous.words + [w for w in thickness if w not in previous.words]
                previous.text += ", " + piece
            elif previous is not None and mention.size and not mention.words:
                previous.size = previous.size or mention.size
            elif mention.has_amount and mention.words:
                mentions.append(mention)  # an amount of something unknown: reported unmatched
            continue
        previous = mentions[-1] if mentions else None
        if (
            previous is not None
            and joiner in ("and", "with", "on", "in")
            and (
                (not mention.has_amount and joiner != "in")
                or (mention.trailing and not previous.has_amount)  # "spaghetti w/ sauce 2 cups"
                or (joiner == "on" and mention.article)  # "hot dog on a bun"
                # "a hot dog in a bun", "beans in a tortilla": what holds it
                or (joiner == "in" and mention.article and mention.unit is None)
            )
            and not mention.vague
            and (not joined_last or joiner == "and")
            and is_dish(previous.words, mention.words)
        ):
            previous.words = previous.words + [joiner] + mention.words
            previous.text += f" {joiner} {piece}"
            previous.source = previous.source or mention.source  # "... from a box"
            previous.base_next = False
            if mention.trailing and mention.has_amount:
                previous.quantity, previous.unit = mention.quantity, mention.unit
                previous.size = previous.size or mention.size
            joined_last = True
            continue
        joined_last = False
        if joiner == "on" and previous is not None:
            # "avocado on toast": what stands before "on" is put on this
            previous.base_next = True
            previous.topping = previous.topping or not previous.has_amount
        # "with lettuce, tomato and mayo": what follows a topping joiner stays a topping
        if joiner in ("and", ",") and mentions and mentions[-1].topping and not mention.has_amount:
            mention.topping = True
        mentions.append(mention)
    return mentions
