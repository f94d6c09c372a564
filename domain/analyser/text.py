"""Text normalisation shared by the parser and the matcher: one tokeniser, one singular form.

Both sides of a match (the user's words and the catalog's names) go through the same
functions, so consistency matters more than linguistics: "strawberries" and
"strawberry" must meet, even if the form they meet in is not an English word.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words ending in "ies" whose singular ends in "ie" (not "y").
_IE_WORDS = frozenset(
    {"cookie", "pie", "brownie", "smoothie", "veggie", "rotisserie", "hoagie", "calorie", "tie"}
)
# Words ending in "s" that are not plurals.
_NOT_PLURAL = frozenset(
    {
        "hummus", "couscous", "asparagus", "molasses", "swiss", "citrus", "bass", "glass",
        "grass", "hibiscus", "octopus", "analysis", "plus", "us", "this", "is", "was", "has",
        "gas", "lens", "less", "chaos", "cress", "watercress", "bus", "mass", "series",
        "species", "schnapps", "grits", "chips", "brussels", "oats", "nachos",
    }
)  # fmt: skip
# Plurals that keep a plural-looking ending in both forms people use.
_IRREGULAR = {
    "leaves": "leaf", "loaves": "loaf", "halves": "half", "knives": "knife",
    "potatoes": "potato", "tomatoes": "tomato", "mangoes": "mango", "avocadoes": "avocado",
    "tomatoe": "tomato", "potatoe": "potato", "children": "child", "geese": "goose",
    "radishes": "radish", "peaches": "peach", "sandwiches": "sandwich", "dishes": "dish",
    "squashes": "squash", "lunches": "lunch", "brunches": "brunch", "bunches": "bunch",
    "boxes": "box", "glasses": "glass", "mashes": "mash", "dashes": "dash",
    "pinches": "pinch", "patties": "patty", "fries": "fry", "chips": "chip", "oats": "oat",
    "nachos": "nacho", "grits": "grit", "brussels": "brussel",
}  # fmt: skip

_TOKEN = re.compile(r"[a-z0-9%']+(?:[-&][a-z0-9%']+)*")


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular form of one lower-case word (rule based, consistent on both sides)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word in _NOT_PLURAL or not word.endswith("s"):
        return word
    if word.endswith("ies"):
        stem = word[:-3]
        return stem + "ie" if stem + "ie" in _IE_WORDS else stem + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is", "'s")):
        return word
    return word[:-1]


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated words stay one token ("hard-boiled")."""
    return _TOKEN.findall(text.lower())


@lru_cache(maxsize=65536)
def norm_tokens(text: str) -> tuple[str, ...]:
    """Tokens in singular form, possessives dropped ("tso's" -> "tso")."""
    out = []
    for token in tokens(text):
        token = token.removesuffix("'s").replace("'", "")
        if token:
            out.append(singular(token))
    return tuple(out)


def split_hyphenated(words: tuple[str, ...]) -> tuple[str, ...]:
    """Also list the parts of hyphenated tokens ("hard-boiled" -> hard-boiled, hard, boiled)."""
    out: list[str] = []
    for word in words:
        out.append(word)
        if "-" in word:
            out.extend(singular(part) for part in word.split("-") if part)
    return tuple(out)
