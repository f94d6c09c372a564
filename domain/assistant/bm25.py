"""Okapi BM25 ranking over short documents (the knowledge base), written for this project.

Score of document d for query q (Robertson & Zaragoza, "The Probabilistic Relevance
Framework: BM25 and Beyond", 2009)::

    sum over t in q:  idf(t) * tf(t,d) * (k1 + 1) / (tf(t,d) + k1 * (1 - b + b * |d| / avgdl))
    idf(t) = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5))

The "+1" inside the log (as in Lucene) keeps idf positive for terms found in more than
half the documents, so a common word never pushes a document down.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"[a-z0-9]+")

# Words that carry no topic; removing them keeps "how much ... should I" from matching
# every entry that happens to contain "should".
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "tell",
        "know",
        "get",
        "many",
        "day",
        "per",
        "please",
        "want",
        "like",
        "also",
    ]
)

# A few irregular or domain spellings folded to one form before stemming.
_SYNONYMS = {
    "fibre": "fiber",
    "carbohydrate": "carb",
    "carbohydrates": "carb",
    "carbs": "carb",
    "kcal": "calorie",
    "calories": "calorie",
    "kilocalories": "calorie",
    "salt": "sodium",
    "fats": "fat",
    "h2o": "water",
    "hydrated": "hydration",
    "hydrate": "hydration",
    "drink": "drink",
    "lifting": "strength",
    "weights": "strength",
    "weightlifting": "strength",
    "resistance": "strength",
    "cardio": "aerobic",
    "workout": "exercise",
    "gym": "exercise",
    "workouts": "exercise",
    "training": "exercise",
    "slim": "lose",
    "loss": "lose",
    "losses": "lose",
    "shed": "lose",
    "vitamin": "vitamin",
    "pregnant": "pregnancy",
    "women": "woman",
    "men": "man",
    "children": "child",
    "kids": "child",
    "kid": "child",
    # body-weight units and spellings: "per kg of bodyweight", "half a kilo a week"
    "bodyweight": "weight",
    "kilo": "kg",
    "kilos": "kg",
    "kgs": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
}


def stem(word: str) -> str:
    """A light suffix stripper (plural and -ing/-ed forms), enough for short English text."""
    if len(word) <= 3:
        return word
    for suffix, replacement in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return _silent_e(word[: -len(suffix)] + replacement)
    return _silent_e(word)


def _silent_e(word: str) -> str:
    """Without a final silent "e", so "lose" and "losing" (-> "los") meet."""
    return word[:-1] if len(word) >= 4 and word.endswith("e") and not word.endswith("ee") else word


# "vitamin d", "vitamin b12": the letter is the topic, but alone it is a stop word or too
# short to tell entries apart ("how much vitamin d" matched the B12 entry). The pair also
# gives one token ("vitamind"), next to "vitamin" for questions about vitamins in general.
_VITAMIN = re.compile(r"\bvitamins? ([a-k]\d{0,2})\b")
# The pair tokens themselves are not stemmed: "vitamine" would lose its "e" and be "vitamin".
_VITAMIN_PAIR = re.compile(r"^vitamin[a-k]\d{0,2}$")
# "b12", "b6" said without "vitamin" name the same vitamin.
_B_VITAMIN = re.compile(r"^b(?:[1-9]|12)$")
# Date labels are phrases of stop words ("use by", "best before"): one token each, or a
# question about them has no words left.
_DATE_LABEL = re.compile(r"\b(use|best|sell)[\s-]+(by|before)\b")
# Compounds whose parts mean something else alone ("blood type" is not blood glucose or
# type 2 diabetes).
_COMPOUNDS = re.compile(r"\bblood[\s-]+(?:types?|groups?)\b")
# "after 8pm", "at 10 pm": an evening clock time says "night", a morning one "morning"
# (a number alone carries no topic).
_CLOCK = re.compile(r"\b(1[0-2]|[1-9])(?::[0-5]\d)?\s?(am|pm)\b")


def _clock_word(match: re.Match[str]) -> str:
    hour, half = int(match.group(1)), match.group(2)
    if half == "am":
        return "night" if hour == 12 or hour < 5 else "morning"
    return "night" if 6 <= hour <= 11 else "afternoon" if hour != 12 else "midday"


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens, synonyms folded, stop words dropped, lightly stemmed."""
    tokens = []
    text = _VITAMIN.sub(r"vitamin vitamin\1", text.lower())
    text = _CLOCK.sub(_clock_word, _DATE_LABEL.sub(r"\1\2", text))
    text = _COMPOUNDS.sub("bloodtype", text)
    for raw in _TOKEN.findall(text):
        word = "vitamin" + raw if _B_VITAMIN.match(raw) else _SYNONYMS.get(raw, raw)
        if word in STOPWORDS:
            continue
        tokens.append(word if _VITAMIN_PAIR.match(word) else stem(word))
    return tokens


@dataclass(frozen=True)
class Hit:
    """A ranked document: its index in the corpus and its BM25 score."""

    index: int
    score: float


class BM25:
    """An index over ``documents`` (already tokenised) answering ranked queries."""

    def __init__(self, documents: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75):
        self.k1, self.b = k1, b
        self.frequencies = [Counter(doc) for doc in documents]
        self.lengths = [len(doc) for doc in documents]
        self.count = len(documents)
        self.average_length = (sum(self.lengths) / self.count) if self.count else 0.0
        document_frequency: Counter[str] = Counter()
        for frequencies in self.frequencies:
            document_frequency.update(frequencies.keys())
        self.idf = {
            term: math.log(1.0 + (self.count - n + 0.5) / (n + 0.5))
            for term, n in document_frequency.items()
        }

    def score(self, query: Iterable[str], index: int) -> float:
        """BM25 score of document ``index`` for the query terms."""
        frequencies = self.frequencies[index]
        norm = self.k1 * (1.0 - self.b + self.b * self.lengths[index] / (self.average_length or 1))
        total = 0.0
        for term in query:
            tf = frequencies.get(term)
            if tf:
                total += self.idf[term] * tf * (self.k1 + 1.0) / (tf + norm)
        return total

    def search(self, query: Sequence[str], limit: int = 3) -> list[Hit]:
        """The ``limit`` best documents with a positive score, best first."""
        terms = list(dict.fromkeys(query))  # a repeated query word counts once
        hits = [Hit(i, self.score(terms, i)) for i in range(self.count)]
        hits = [hit for hit in hits if hit.score > 0]
        hits.sort(key=lambda hit: (-hit.score, hit.index))
        return hits[:limit]
