"""Splitting meal text into items and reading each item's amount, unit, size and name.

"2 eggs and a slice of toast, 1 cup of rice with grilled chicken" becomes four
``ParsedItem``s. The parser knows nothing about the catalog except the dish names that
contain a separator word ("macaroni and cheese", "spaghetti with meat sauce"), which
are kept whole when they stand as an item of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from domain.analyser.lexicon import (
    NUMBER_WORDS,
    PREP_ALIASES,
    PREPARATIONS,
    SIZE_WORDS,
    TWO_WORD_UNITS,
    UNICODE_FRACTIONS,
    UNIT_ALIASES,
)
from domain.analyser.quantity import number, read_quantity

SOFT_SEPARATORS = frozenset({"and", "with", "&", "plus", "n", "w/", "on", "over"})
# Before a unit/name: words that may stand between the amount and the food.
_PREFIX_WORDS = frozenset({"of", "a", "an"})

_HARD_SPLIT = re.compile(r"[\n\r;:,+|•]+|\s-\s(?=\D)|\.\s+|\s/\s")
_UNICODE_FRACTION = re.compile("(\\d?)([" + "".join(UNICODE_FRACTIONS) + "])")
_GLUED_UNIT = re.compile(r"(\d(?:\.\d+)?)([a-z]{1,11})\b")
_DECIMAL_COMMA = re.compile(r"(\d),(\d)")
_AND_A_HALF = re.compile(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r") and a half\b")
_TIMES = re.compile(r"\bx\s?(\d+)\b|\b(\d+)\s?x\b")
_SPACED_DASH_RANGE = re.compile(r"(\d)\s*[-–]\s*(\d)")
_PUNCT = re.compile(r"[()\[\]{}\"!?:*~]")


@dataclass
class ParsedItem:
    """One item of a meal: what was written, and what the parser read from it."""

    text: str
    name: str
    quantity: float | None = None
    unit: str | None = None
    size: str | None = None
    preparations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    addition: bool = False  # introduced by "with" and given no amount


def _normalise(text: str) -> str:
    """Lower-case, unify fractions, numbers glued to units and range dashes."""
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", " - ")
    text = _UNICODE_FRACTION.sub(
        lambda m: (m.group(1) + " " if m.group(1) else "") + UNICODE_FRACTIONS[m.group(2)],
        text,
    )
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _SPACED_DASH_RANGE.sub(r"\1-\2", text)
    text = _AND_A_HALF.sub(
        lambda m: f"{m.group(1) if m.group(1)[0].isdigit() else int(NUMBER_WORDS[m.group(1)])} 1/2",
        text,
    )
    text = _GLUED_UNIT.sub(_unglue, text)
    text = text.replace(" & ", " and ").replace(" w/ ", " with ")
    return text


def _unglue(match: re.Match[str]) -> str:
    """ "200g" -> "200 g", "12oz" -> "12 oz"; "1st" or "7up" stay as they are."""
    unit = match.group(2)
    if unit in UNIT_ALIASES or unit in ("floz", "x"):
        return f"{match.group(1)} {unit}"
    return match.group(0)


class MealParser:
    """Parses meal text; ``protected`` are dish names containing "and"/"with"."""

    def __init__(self, protected: Iterable[str] = ()) -> None:
        phrases = {tuple(p.split()) for p in protected if len(p.split()) > 1}
        self._protected = sorted(phrases, key=len, reverse=True)
        self._first_words = {p[0] for p in self._protected}

    # --- splitting ------------------------------------------------------------------------
    def split(self, text: str) -> list[tuple[str, bool]]:
        """The item texts of a meal, each with whether it followed "with"."""
        items: list[tuple[str, bool]] = []
        for chunk in _HARD_SPLIT.split(_normalise(text)):
            words = _PUNCT.sub(" ", chunk).split()
            if not words:
                continue
            keep = self._protected_positions(words)
            current: list[str] = []
            after_with = False
            for i, word in enumerate(words):
                if word in SOFT_SEPARATORS and i not in keep and not _inside_number(words, i):
                    if current:
                        items.append((" ".join(current), after_with))
                    # "coffee with milk and sugar": both follow "with"
                    current, after_with = [], after_with or word in ("with", "w/")
                    continue
                current.append(word)
            if current:
                items.append((" ".join(current), after_with))
        return [(t, w) for t, w in items if t.strip(" .-")]

    def _protected_positions(self, words: list[str]) -> set[int]:
        """Separator positions inside a dish name that stands as an item of its own."""
        keep: set[int] = set()
        if not self._protected:
            return keep
        n = len(words)
        for start in range(n):
            if words[start] not in self._first_words:
                continue
            for phrase in self._protected:
                end = start + len(phrase)
                if tuple(words[start:end]) != phrase:
                    continue
                if end < n and words[end] not in SOFT_SEPARATORS:
                    continue
                if not _item_starts_at(words, start):
                    continue
                keep.update(i for i in range(start, end) if words[i] in SOFT_SEPARATORS)
                break
        return keep

    # --- one item ----------------------------------------------------------------------
    def parse_item(self, text: str, after_with: bool = False) -> ParsedItem:
        """Read amount, unit, size and preparation from one item's text."""
        words = [w.strip(".") for w in text.split()]
        words = [w for w in words if w]
        item = ParsedItem(text=text, name="")
        quantity = read_quantity(words)
        if quantity is not None and words[0] in ("a", "an") and quantity.used == 1:
            # "a 12 oz beer", "an 8 oz steak": the article is not the amount
            again = read_quantity(words[1:])
            if again is not None and number(words[1].split("-")[0]) is not None:
                quantity = again
                quantity.used += 1
        if quantity is not None:
            item.quantity = quantity.value
            item.notes.extend(quantity.notes)
            words = words[quantity.used :]
        else:
            words = self._trailing_amount(words, item)
        words = self._read_size_and_unit(words, item)
        if item.quantity is None:
            words = self._trailing_amount(words, item)
        name_words: list[str] = []
        for word in words:
            prep = PREP_ALIASES.get(word, word)
            if prep in PREPARATIONS and prep not in item.preparations:
                item.preparations.append(prep)
                name_words.append(word)  # kept in the name too: "baked beans" is a food
            elif word in SIZE_WORDS and item.size is None and item.unit is None:
                item.size = SIZE_WORDS[word]
            else:
                name_words.append(word)
        item.name = " ".join(name_words).strip()
        item.addition = after_with and item.quantity is None and item.unit is None
        return item

    def _read_size_and_unit(self, words: list[str], item: ParsedItem) -> list[str]:
        """Consume "[of] [size] unit [of]" after the amount ("a large slice of")."""
        i = 0
        while i < len(words) and words[i] in _PREFIX_WORDS and item.quantity is not None:
            i += 1
        if i + 1 < len(words) and words[i] == "extra" and words[i + 1] in ("large", "big", "small"):
            item.size, i = "extra " + SIZE_WORDS[words[i + 1]], i + 2
        elif i < len(words) and words[i] in ("extra-large", "x-large"):
            item.size, i = "extra large", i + 1
        elif i < len(words) and words[i] in SIZE_WORDS:
            item.size, i = SIZE_WORDS[words[i]], i + 1
        unit, used = _unit_at(words, i)
        # a unit word directly before a separator is the food itself ("a can" alone is odd,
        # but "2 slices" with no food is kept as an unmatched item by the matcher)
        if unit is not None and (i + used < len(words) or item.quantity is not None):
            item.unit = unit
            i += used
            while i < len(words) and words[i] in _PREFIX_WORDS:
                i += 1
        return words[i:]

    @staticmethod
    def _trailing_amount(words: list[str], item: ParsedItem) -> list[str]:
        """ "chicken breast 200 g", "coffee 250ml", "eggs x2", "rice (1 cup)"."""
        text = " ".join(words)
        times = _TIMES.search(text)
        if times and item.quantity is None:
            item.quantity = float(times.group(1) or times.group(2))
            return (text[: times.start()] + text[times.end() :]).split()
        for size in (3, 2):
            if len(words) > size - 1:
                tail = words[-size:]
                quantity = number(tail[0])
                unit, used = _unit_at(tail, 1)
                if quantity is not None and unit is not None and 1 + used == len(tail):
                    item.quantity, item.unit = quantity, unit
                    return words[:-size]
        return words


def _unit_at(words: list[str], i: int) -> tuple[str | None, int]:
    """The canonical unit at ``words[i]`` and how many words it spans."""
    if i >= len(words):
        return None, 0
    if i + 1 < len(words) and (words[i], words[i + 1]) in TWO_WORD_UNITS:
        return TWO_WORD_UNITS[(words[i], words[i + 1])], 2
    return UNIT_ALIASES.get(words[i]), (1 if words[i] in UNIT_ALIASES else 0)


def _inside_number(words: list[str], i: int) -> bool:
    """ "2 and 1/2": an "and" joining a whole number and a fraction is not a separator."""
    return (
        words[i] == "and"
        and 0 < i < len(words) - 1
        and number(words[i - 1]) is not None
        and "/" in words[i + 1]
    )


def _item_starts_at(words: list[str], start: int) -> bool:
    """True if only an amount, unit or size stands between the item's start and ``start``."""
    i = start - 1
    while i >= 0 and words[i] not in SOFT_SEPARATORS:
        word = words[i]
        if not (
            number(word) is not None
            or word in NUMBER_WORDS
            or word in UNIT_ALIASES
            or word in SIZE_WORDS
            or word in _PREFIX_WORDS
            or "-" in word
            and number(word.split("-")[0]) is not None
        ):
            return False
        i -= 1
    return True
