"""Matching a mention's words to an FNDDS food as eaten.

Each food is indexed by the words of its USDA description (the part before the first
comma is its head: "Potato chips" in "Potato chips, plain"), its additional description
(other names, brands: "Pringles", "Goldfish") and its WWEIA category. A mention's words
score a food by rarity (inverse document frequency): words the food explains count for
it, words it does not explain count against it, and description words the mention did not
ask for cost a little, so the plainest food that covers the words wins ("chips" -> plain
potato chips, not barbecue flavored). Ties go to USDA's generic "NFS" foods.

Spelling correction only touches a word that is neither in the food vocabulary nor in the
small English word list below, so "buttered toast" never becomes "butterhead".
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from domain.analyser.catalog import Food
from domain.analyser.lexicon import WORD_SYNONYMS
from domain.analyser.text import norm_tokens

# Everyday words and brands -> the words USDA uses (applied word by word, then phrases).
EVERYDAY_WORDS: dict[str, str] = {
    **WORD_SYNONYMS,
    "sourdough": "sour dough", "steamed": "cooked",
    # brands people write for the food USDA files them under
    "yoplait": "yogurt", "chobani": "greek yogurt", "fage": "greek yogurt", "eggo": "waffle",
    "pb&j": "peanut butter jelly sandwich",
    "pb": "peanut butter", "pbj": "peanut butter jelly sandwich", "guac": "guacamole",
    "oj": "orange juice", "mtn": "mountain", "mac": "macaroni", "n": "and",
    "choc": "chocolate", "veggie": "vegetable", "veg": "vegetable", "bbq": "barbecue",
    "hashbrown": "hash brown", "hashbrowns": "hash brown", "fry": "french fry",
    "sammich": "sandwich", "sandwhich": "sandwich", "skinny": "nonfat", "chix": "chicken",
    "brekkie": "breakfast", "burger": "hamburger", "coke": "cola soft drink",
    "pop": "soft drink", "soda": "soft drink", "ramen": "ramen noodle",
    "toast": "bread toasted", "mayo": "mayonnaise", "ketchup": "ketchup", "pepsi": "cola",
    "cheez": "cheese", "oatmeal": "oatmeal", "shake": "milk shake", "smoothy": "smoothie",
    "doughnut": "doughnut", "donut": "doughnut", "tater": "potato", "spuds": "potato",
}  # fmt: skip
# Dish names whose words must not be mapped one by one ("french toast" is not bread).
KEEP_PAIRS = frozenset(
    {("french", "toast"), ("cinnamon", "toast"), ("texas", "toast"), ("big", "mac")}
)
# Whole phrases people use that USDA words differently (joined words -> USDA words).
EVERYDAY_PHRASES: dict[str, str] = {
    "black coffee": "coffee brewed", "coffee black": "coffee brewed", "coffee": "coffee brewed",
    "french fry": "french fries fast food",
    "chip": "potato chips", "garden salad": "lettuce salad assorted vegetables",
    "side salad": "lettuce salad assorted vegetables",
    "green salad": "lettuce salad assorted vegetables",
    "bud light": "beer light", "coors light": "beer light", "miller lite": "beer light",
    "raisin bran": "cereal bran flakes raisins", "m&m": "chocolate candy candy shell",
    "reese": "chocolate candy peanut butter filled",
}  # fmt: skip
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
        "tonight", "really", "very", "side", "serving", "portion", "piece", "bowl", "plate",
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
        "restaurant", "fast", "food", "home", "not", "further", "specified",
    }
)  # fmt: skip
# Cost of a word in a food's head the mention did not ask for ("Whiskey and cola").
HEAD_EXTRA = 0.8
_INFANT_WORDS = frozenset({"toddler", "infant", "gerber", "jar"})
# How many foods a mention may fall back on when the best cannot be weighed as asked.
RANKED = 5
# Cost of a combination food ("X and Y") when the mention names only one part.
COMBINATION_MISS = 1.5
_PAREN = re.compile(r"\([^)]*\)")


@dataclass(frozen=True)
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


class FnddsMatcher:
    """An index over FNDDS foods (``extra["food_code"]``), built once; read-only."""

    def __init__(self, foods: Iterable[Food]) -> None:
        self.entries: list[_Entry] = []
        for food in foods:
            extra = food.extra or {}
            description = _PAREN.sub(" ", food.description)
            words = frozenset(norm_tokens(description))
            head = frozenset(norm_tokens(description.split(",")[0]))
            other = frozenset(
                norm_tokens(
                    (extra.get("additional_description") or "")
                    + " "
                    + (extra.get("wweia_category") or "")
                )
            )
            # USDA's parentheses hold the brand or usual name ("KIND", "Ritz"): full credit
            brand = frozenset(norm_tokens(" ".join(re.findall(r"\(([^)]*)\)", food.description))))
            generic = "nfs" in words
            head_text = description.split(",")[0]
            sides = tuple(frozenset(norm_tokens(side)) for side in head_text.split(" and "))
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
                    costly=words - _FREE_WORDS,
                    costly_head=head - _FREE_WORDS,
                    sides=sides,
                    generic=generic,
                    infant=infant,
                )
            )
        self._postings: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(self.entries):
            for word in entry.words | entry.other | entry.brand:
                self._postings[word].append(i)
        total = max(len(self.entries), 1)
        self.idf = {w: math.log(total / len(p)) + 0.5 for w, p in self._postings.items()}
        self.vocabulary = frozenset(self._postings)
        # correction candidates by first letter and length: a slip rarely hits the first letter
        self._pool: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in sorted(self.vocabulary):
            if word.isalpha() and len(word) >= 4:
                self._pool[(word[0], len(word))].append(word)
        self.rank_words = lru_cache(maxsize=8192)(self._rank_words)
        self.correct = lru_cache(maxsize=8192)(self._correct)
        self.is_food_word = lru_cache(maxsize=16384)(self._is_food_word)

    def __len__(self) -> int:
        return len(self.entries)

    # --- words ------------------------------------------------------------------------
    def _is_food_word(self, word: str) -> bool:
        """Whether a raw word of the text names (part of) a food, after correction."""
        return bool(self.content_words([word]))

    def content_words(self, raw: Iterable[str]) -> tuple[str, ...]:
        """The mention's food words: everyday words mapped, stop words dropped, typos fixed."""
        words: list[str] = []
        previous = ""
        for token in norm_tokens(" ".join(raw)):
            mapped = token if (previous, token) in KEEP_PAIRS else EVERYDAY_WORDS.get(token, token)
            previous = token
            for word in norm_tokens(mapped):
                if word in STOP_WORDS or word.isdigit():
                    continue
                if word not in self.vocabulary:
                    fixed = self.correct(word)
                    if fixed is None:
                        continue
                    word = fixed
                words.append(word)
        text = " ".join(words)
        for phrase, usda in EVERYDAY_PHRASES.items():
            if " " not in phrase:
                # a one-word phrase stands for the whole mention only ("chips", not
                # "tortilla chips")
                text = usda if text == phrase else text
            elif re.search(rf"\b{re.escape(phrase)}\b", text):
                text = re.sub(rf"\b{re.escape(phrase)}\b", usda, text)
        return tuple(dict.fromkeys(norm_tokens(text)))

    def _correct(self, word: str) -> str | None:
        """A one-slip typo of a food word ("brocoli"); never for short or English words."""
        if len(word) < 5 or not word.isalpha():
            return None
        pool = [w for n in (-1, 0, 1) for w in self._pool.get((word[0], len(word) + n), ())]
        found = difflib.get_close_matches(word, pool, n=1, cutoff=0.84)
        return found[0] if found else None

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
        words = self.content_words(raw)
        if not words:
            return []
        found = self.rank_words(words, self.content_words(hint) if hint else ())
        return [(self.entries[i].food, score, words) for i, score in found]

    def match_words(
        self, words: tuple[str, ...], hint: tuple[str, ...] = ()
    ) -> tuple[int, float] | None:
        """The best food's index and score for content words."""
        found = self.rank_words(words, hint)
        return found[0] if found else None

    def _rank_words(
        self, words: tuple[str, ...], hint: tuple[str, ...] = ()
    ) -> tuple[tuple[int, float], ...]:
        wanted = set(words)
        rare = sorted(words, key=lambda w: -self.idf.get(w, 0.0))[:2]
        candidates: set[int] = set()
        for word in rare:
            candidates.update(self._postings.get(word, ()))
        scored: list[tuple[float, int]] = []
        for i in candidates:
            entry = self.entries[i]
            if entry.infant and not wanted & _INFANT_WORDS:
                continue  # "baby carrots" are carrots, not baby food
            score = self._score(entry, wanted, words[-1])
            score += 0.3 * sum(self.idf.get(w, 0) for w in hint if w in entry.words | entry.other)
            scored.append((score, -i))
        scored.sort(reverse=True)
        return tuple((-i, score) for score, i in scored[:RANKED])

    def _score(self, entry: _Entry, wanted: set[str], head: str = "") -> float:
        """Higher is better: rare words explained, few words unasked for, the right head."""
        score = 0.0
        for word in wanted:
            idf = self.idf.get(word, 1.0)
            if word in entry.words:
                score += idf * (1.2 if word in entry.head else 1.0)
            elif word in entry.brand:
                score += idf
            elif word in entry.measures:
                continue  # "a tilapia fillet": the fillet is how it is measured
            elif word in entry.other:
                score += 0.7 * idf
            else:
                # the last word is the head noun: "strawberry yogurt" is a yogurt
                score -= (1.6 if word == head else 0.8) * idf
        score -= 0.45 * len(entry.costly - wanted) + HEAD_EXTRA * len(entry.costly_head - wanted)
        if entry.generic:
            score += 0.3
        if len(entry.sides) > 1 and any(not (side & wanted) for side in entry.sides):
            # a combination of foods when only one of them was named ("ginger ale" is not
            # "Whiskey and ginger ale", "mac and cheese" not "Beef and macaroni")
            score -= COMBINATION_MISS
        return score

    def dish(self, left: list[str], right: list[str]) -> bool:
        """Whether "left and/with right" names one food better than its parts."""
        lw, rw = self.content_words(left), self.content_words(right)
        if not lw or not rw:
            return False
        joined = self.match_words(tuple(dict.fromkeys(lw + rw)))
        alone = self.match_words(lw)
        if joined is None or alone is None:
            return False
        entry = self.entries[joined[0]]
        known = entry.words | entry.other | entry.brand
        covers = set(rw) <= known and set(lw) <= known
        # the dish must itself join its parts ("Chili with meat and beans"); "Pancake syrup"
        # holds both words but is not "pancakes with syrup"
        text = entry.food.description.lower()
        found = [i for i in (text.find(" with "), text.find(" and "), text.find(", ")) if i >= 0]
        after = set(norm_tokens(text[min(found) :])) if found else set()
        return covers and bool(set(rw) & after) and joined[1] > alone[1] + 1.0
