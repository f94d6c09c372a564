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
   ``is_dish`` says the joined words name one food better than the parts.

It knows no foods itself: ``is_food_word`` and ``is_dish`` come from the matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from domain.analyser.lexicon import NUMBER_WORDS, SIZE_WORDS, TWO_WORD_UNITS, UNIT_ALIASES
from domain.analyser.parser import _normalise
from domain.analyser.quantity import read_quantity

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
)
# Clock times ("7 am", "12:30") are not amounts.
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?=\W|$)|\b\d{1,2}:\d\d\b"
)
_AND_A_HALF = re.compile(r"\b(a|an|one|1)\s+([a-z]+)\s+and\s+a\s+half\b")
_HYPHEN_UNIT = re.compile(r"(\d)-(gram|grams|g|ounce|ounces|oz|ml|fl|inch|cup|liter|litre)\b")
# Starbucks-style drink sizes people write instead of small/medium/large.
EXTRA_SIZES = {"tall": "small", "grande": "medium", "venti": "large", "kid": "small"}
# Vague amounts: no number, the food's default amount is used (see portions' table).
VAGUE_WORDS = frozenset({"some", "any", "bit", "little", "lot", "bunch"})
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
    article: bool = False  # the amount is only "a"/"an" ("a cheeseburger")
    source: list[str] = field(default_factory=list)  # words after "from"
    notes: list[str] = field(default_factory=list)

    @property
    def has_amount(self) -> bool:
        return self.quantity is not None or self.unit is not None


def normalise(text: str) -> str:
    """The shared parser normalisation plus the narrative forms ("10-ounce", "a cup and a half")."""
    text = text.replace("w/", " with ").replace("W/", " with ")
    text = _CLOCK.sub(" ", text.lower())
    text = _normalise(text)
    text = _HYPHEN_UNIT.sub(r"\1 \2", text)
    text = _AND_A_HALF.sub(r"1.5 \2", text)
    text = _CONTEXT.sub(",", text)
    return re.sub(r"[()\[\]{}\"!?:*~]", " ", text)


def _pieces(text: str) -> list[tuple[str, str]]:
    """(piece, joiner before it) for each piece of the normalised text."""
    out: list[tuple[str, str]] = []
    position, joiner = 0, ","
    for match in _JOINER_RE.finditer(text):
        piece = text[position : match.start()].strip()
        word = match.group(1)
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
    words = [w.strip(".'-") for w in piece.split()]
    words = [w for w in words if w]
    mention = Mention(text=piece, words=[], topping=joiner in _TOPPING_JOINERS)
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
        if pair in TWO_WORD_UNITS and mention.unit is None:
            mention.unit = TWO_WORD_UNITS[pair]
            i += 2
            continue
        size = SIZE_WORDS.get(word) or EXTRA_SIZES.get(word)
        if size and mention.size is None:
            mention.size = size
        elif word in UNIT_ALIASES and mention.unit is None and _unit_here(words, i, rest, mention):
            mention.unit = UNIT_ALIASES[word]
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
        ):
            # "goldfish crackers 30 g", "a crunchy 165 g apple": the number is the amount
            mention.quantity, mention.article = _number(word), False
        elif word not in _ARTICLES or rest:
            rest.append(word)
        i += 1
    if not rest and before:
        # "rice 200g", "orange juice 8 oz": the amount trails the food
        rest = before
    mention.words = [w for w in rest if w not in _ARTICLES]
    return mention


def _number(word: str) -> float | None:
    quantity = read_quantity([word])
    return quantity.value if quantity is not None and word not in ("a", "an") else None


def _unit_here(words: list[str], i: int, before: list[str], mention: Mention) -> bool:
    """A unit word is a unit when an amount or "of" is next to it, or it ends a bare piece."""
    word = words[i]
    if mention.quantity is not None and not before:
        return True  # "170 g orange", "2 slices pizza": right after the amount
    if i > 0 and _number(words[i - 1]) is not None:
        return True  # "a crunchy 165 g apple"
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


def find_mentions(
    text: str,
    is_food_word: Callable[[str], bool],
    is_dish: Callable[[list[str], list[str]], bool],
) -> list[Mention]:
    """The food mentions of ``text`` in order (pieces with no food word are filler)."""
    mentions: list[Mention] = []
    joined_last = False
    for piece, joiner in _pieces(normalise(text)):
        if _NEGATED.match(piece):
            continue
        if piece.startswith("from ") and mentions:
            # "two slices of pizza, from a medium pizza": where it came from, not a food
            extra = read_mention(piece[5:])
            mentions[-1].size = mentions[-1].size or extra.size
            continue
        mention = read_mention(piece, joiner)
        foodish = [w for w in mention.words if is_food_word(w)]
        if not foodish:
            previous = mentions[-1] if mentions else None
            if previous is not None and mention.has_amount and not previous.has_amount:
                previous.quantity, previous.unit = mention.quantity, mention.unit
                previous.size = previous.size or mention.size
                previous.text += ", " + piece
            elif previous is not None and mention.size and not mention.words:
                previous.size = previous.size or mention.size
            elif mention.has_amount and mention.words:
                mentions.append(mention)  # an amount of something unknown: reported unmatched
            continue
        previous = mentions[-1] if mentions else None
        if (
            previous is not None
            and joiner in ("and", "with", "on")
            and not mention.has_amount
            and not mention.vague
            and (not joined_last or joiner == "and")
            and is_dish(previous.words, mention.words)
        ):
            previous.words = previous.words + [joiner] + mention.words
            previous.text += f" {joiner} {piece}"
            joined_last = True
            continue
        joined_last = False
        # "with lettuce, tomato and mayo": what follows a topping joiner stays a topping
        if joiner == "and" and mentions and mentions[-1].topping and not mention.has_amount:
            mention.topping = True
        mentions.append(mention)
    return mentions
