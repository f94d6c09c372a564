"""Misspelt food words corrected against the catalog's own vocabulary ("bagle" -> "bagel").

Only used when the analyser could not match a food phrase: each word of four letters or
more that no catalog name contains is replaced by the most frequent catalog word one edit
away (a letter deleted, swapped with its neighbour, changed or added; Norvig, "How to
Write a Spelling Corrector", 2007). Words with no such neighbour stay as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from domain.assistant.records import CatalogChoice
from domain.assistant.wording import known_words

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"[a-z]+")
MIN_LENGTH = 5  # shorter words have too many neighbours to correct safely
# ... except a short plural whose singular is one edit from a food ("egs" -> "eggs").
MIN_PLURAL_LENGTH = 3

_cache: dict[tuple[int, str, str], Counter[str]] = {}


def vocabulary(choices: Sequence[CatalogChoice]) -> Counter[str]:
    """How often each word occurs in the catalog's food names (cached per catalog)."""
    if not choices:
        return Counter()
    key = (len(choices), choices[0].name, choices[-1].name)
    if key not in _cache:
        _cache.clear()  # one catalog at a time: a reloaded catalog replaces the old one
        counts: Counter[str] = Counter()
        for choice in choices:
            found = _WORD.findall(choice.name.lower())
            counts.update(found)
            # adjacent pairs too ("red bull"), keyed with their space: no single word has one
            counts.update(f"{a} {b}" for a, b in zip(found, found[1:], strict=False))
        _cache[key] = counts
    return _cache[key]


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + changes + inserts)


def correct(phrase: str, words: Counter[str]) -> str:
    """``phrase`` with its unknown food words replaced by their closest catalog word."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        short_plural = MIN_PLURAL_LENGTH <= len(word) < MIN_LENGTH and word.endswith("s")
        if (len(word) < MIN_LENGTH and not short_plural) or word in words:
            return word
        if word.rstrip("s") in words:
            return word
        if word in known_words():
            return word  # an ordinary word ("help", "does"), not a misspelt food
        known = [] if short_plural else [w for w in _edits(word) if w in words]
        if not known and not short_plural:
            split = _run_together(word, words)
            if split:
                return split
        if not known and word.endswith("s"):  # "bannanas": the singular is in the names
            known = [w + "s" for w in _edits(word[:-1]) if w in words]
            return max(known, key=lambda w: (words[w[:-1]], w)) if known else word
        return max(known, key=lambda w: (words[w], w)) if known else word

    return _WORD.sub(fix, phrase.lower())


def _run_together(word: str, words: Counter[str]) -> str | None:
    """Two catalog words typed as one, maybe with one slip in the second ("redbul" ->
    "red bull", "peanutbutter" -> "peanut butter"): brand and dish names are often run
    together. Both parts must be three letters or more, and the pair must stand side by
    side in a catalog name."""
    best: tuple[int, str] | None = None
    for i in range(3, len(word) - 2):
        first, rest = word[:i], word[i:]
        if first not in words:
            continue
        seconds = [rest] if rest in words else [w for w in _edits(rest) if len(w) >= 3]
        for second in seconds:
            pair = f"{first} {second}"
            score = words[pair]  # only a pair the catalog's names hold side by side
            if score and (best is None or score > best[0]):
                best = (score, pair)
    return best[1] if best else None
