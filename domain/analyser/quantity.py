"""Reading amounts: numbers, decimals, fractions, mixed numbers, words and ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.analyser.lexicon import NUMBER_WORDS, VAGUE_NUMBERS

_NUMBER = re.compile(r"^\d+(?:\.\d+)?$|^\.\d+$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_RANGE = re.compile(r"^(\d+(?:\.\d+)?|\d+/\d+)-(\d+(?:\.\d+)?|\d+/\d+)$")


@dataclass
class Quantity:
    """An amount read from the start of an item, and how many words it took."""

    value: float
    used: int
    notes: list[str] = field(default_factory=list)


def number(token: str) -> float | None:
    """A single numeric token ("2", "1.5", "1/2") as a float, else None."""
    if _NUMBER.match(token):
        return float(token)
    match = _FRACTION.match(token)
    if match and int(match.group(2)) != 0:
        return int(match.group(1)) / int(match.group(2))
    return None


def _simple(tokens: list[str], i: int) -> tuple[float, int] | None:
    """A number at ``tokens[i]``: a numeral, a fraction, a mixed number or a number word."""
    if i >= len(tokens):
        return None
    value = number(tokens[i])
    if value is not None:
        # "1 1/2": a whole number followed by a proper fraction
        if value == int(value) and i + 1 < len(tokens) and _FRACTION.match(tokens[i + 1]):
            fraction = number(tokens[i + 1])
            if fraction is not None and fraction < 1:
                return value + fraction, 2
        return value, 1
    word = tokens[i]
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word], 1
    return None


def read_quantity(tokens: list[str]) -> Quantity | None:
    """Read the amount at the start of ``tokens``; None when the item starts with a name.

    Handles "2", "1.5", "1/2", "1 1/2", "two", "a", "half a", "a half", "a dozen",
    "half a dozen", "a couple of", "a few" (assumed 3, noted), and ranges "2-3",
    "2 - 3", "2 to 3", "2 or 3", read as their midpoint (noted).
    """
    if not tokens:
        return None
    first = tokens[0]
    if first in VAGUE_NUMBERS or (
        first in ("a", "an") and tokens[1:2] and tokens[1] in VAGUE_NUMBERS
    ):
        word = first if first in VAGUE_NUMBERS else tokens[1]
        used = 1 if first in VAGUE_NUMBERS else 2
        value = VAGUE_NUMBERS[word]
        return Quantity(value, used, [f'"{word}" read as {value:g}'])
    match = _RANGE.match(first)
    if match:
        low, high = number(match.group(1)), number(match.group(2))
        if low is not None and high is not None and high >= low:
            mid = (low + high) / 2
            return Quantity(mid, 1, [f"range {first} read as its midpoint {mid:g}"])
    start = _simple(tokens, 0)
    if start is None:
        return None
    value, used = start
    # ranges written with words or a spaced dash
    if used < len(tokens) and tokens[used] in ("-", "to", "or"):
        end = _simple(tokens, used + 1)
        if end is not None and end[0] >= value and first not in ("a", "an"):
            low, high = value, end[0]
            mid = (low + high) / 2
            text = " ".join(tokens[: used + 1 + end[1]])
            return Quantity(mid, used + 1 + end[1], [f"range {text} read as its midpoint {mid:g}"])
    # "half a", "half an", "a half", "half a dozen", "a dozen", "a couple (of)", "2 dozen"
    rest = tokens[used:]
    if first == "half" and rest[:1] in (["a"], ["an"]):
        used += 1
        rest = tokens[used:]
    elif first in ("a", "an") and rest[:1] in (
        ["half"],
        ["quarter"],
        ["dozen"],
        ["couple"],
        ["pair"],
    ):
        value = NUMBER_WORDS[rest[0]]
        used += 1
        rest = tokens[used:]
    if rest[:1] == ["dozen"] and value != 12:
        value *= 12
        used += 1
        rest = tokens[used:]
    if rest[:2] == ["and", "a"] and tokens[used + 2 : used + 3] == ["half"]:
        value += 0.5
        used += 3
    return Quantity(value, used)
