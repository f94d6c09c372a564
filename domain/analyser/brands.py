"""Restaurant chains in a meal's text: what they sell, in USDA's words.

A chain named in a mention ("kfc original recipe breast", "popeyes 2 pc dark") ranks that
mention's foods by the chain's kind of food as hints (the fried, coated, fast-food breast),
and stands for the food when nothing else is named ("a whataburger"). A chain or a
restaurant named anywhere in the meal ("canes combo - tenders, fries, slaw", "chips and
salsa at the mexican place") makes every food of the meal a restaurant one: only the place
words ("fast food", "restaurant") are passed to the other mentions.
"""

from __future__ import annotations

import re

from domain.analyser.lexicon import CHAIN_FOODS
from domain.analyser.text import norm_tokens

# Words before a chain key that make it a food ("candy cane", "sugar cane").
_NOT_CHAIN_BEFORE = frozenset({"candy", "sugar"})
# Places that are restaurants without a chain's name.
_RESTAURANT = re.compile(
    r"\b(?:restaurant|diner|drive[- ]?thr(?:u|ough)|food truck|"
    r"(?:the|a)\s+(?:mexican|chinese|thai|indian|italian|japanese|sushi|greek|burger|"
    r"taco|pizza|bbq|barbecue|korean|vietnamese|mediterranean)\s+(?:place|spot|restaurant|joint))\b"
)
_FAST_FOOD = re.compile(r"\bfast[- ]food\b")
PLACE_WORDS = frozenset({"fast", "food", "restaurant"})


def _key(words: list[str]) -> str:
    key = re.sub(r"[^a-z0-9]", "", "".join(words).lower())
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def find_chain(words: list[str]) -> tuple[list[str], str, list[str]] | None:
    """(the words without the chain's, what the chain sells, the chain's words) when
    ``words`` name a chain."""
    tokens = list(norm_tokens(" ".join(words)))
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            key = _key(tokens[i : i + n])
            if key not in CHAIN_FOODS or (i and tokens[i - 1] in _NOT_CHAIN_BEFORE):
                continue
            return tokens[:i] + tokens[i + n :], CHAIN_FOODS[key], tokens[i : i + n]
    return None


def meal_place(text: str, chains: list[str]) -> tuple[str, ...]:
    """The place words every food of the meal is hinted with ("fast food", "restaurant")."""
    lowered = text.lower()
    words: list[str] = []
    for sells in chains:
        words.extend(w for w in sells.split() if w in PLACE_WORDS)
    if _FAST_FOOD.search(lowered):
        words.extend(["fast", "food"])
    if _RESTAURANT.search(lowered):
        words.append("restaurant")
    return tuple(dict.fromkeys(words))
