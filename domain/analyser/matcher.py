"""Matching an item's name to a catalog food.

The index is built once from the catalog: every food's name words (its common name,
split into the name proper and the parenthesised qualifier, "chicken breast (roasted)"),
its preparation form words, and an inverted index word -> foods. Matching a name:

1. whole-name synonyms ("oj" -> orange juice; "rice" prefers cooked white rice), then
   word synonyms (yoghurt -> yogurt), plurals folded on both sides;
2. preparation words ("grilled") are set aside to choose the form, not the food;
3. words the catalog has never seen are corrected when one edit away from a catalog word
   (difflib), dropped when they are only a modifier ("organic"), and make the item
   unmatched when they are the food itself;
4. the candidates are the foods whose name holds every remaining word (then their USDA
   description, then uncurated foods); the best is the one with the fewest unexplained
   words, the right head noun ("rice milk" is milk, not rice) and the asked-for form.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from domain.analyser.catalog import Food
from domain.analyser.lexicon import (
    FILLER_WORDS,
    FORM_WORDS,
    NEUTRAL_FORM_COST,
    NEUTRAL_NAME_WORDS,
    PREP_ALIASES,
    PREPARATIONS,
    SYNONYMS,
    WORD_SYNONYMS,
)
from domain.analyser.text import norm_tokens, split_hyphenated

_PREP_WORDS = frozenset(PREPARATIONS) | frozenset(PREP_ALIASES)
DEFAULT_BONUS = 1.2
HEAD_MISMATCH = 1.5


@dataclass(frozen=True)
class _Entry:
    """What the matcher knows about one food."""

    food: Food
    base: tuple[str, ...]  # the name proper, singular, hyphen parts added
    qualifier: tuple[str, ...]  # the words in parentheses
    words: frozenset[str]  # base + qualifier
    described: frozenset[str]  # words of USDA's description
    head: str
    name_forms: frozenset[str]
    forms: frozenset[str]  # name + description forms
    length: int


@dataclass
class Match:
    """The chosen food and what the matcher did to get there."""

    food: Food
    notes: list[str] = field(default_factory=list)


@dataclass
class NoMatch:
    """Why a name matched no food (a sentence for the ``unmatched`` list)."""

    reason: str


def _entry(food: Food, use_description_as_name: bool) -> _Entry:
    name = food.description if use_description_as_name else food.name
    base_text, _, rest = name.partition("(")
    base = split_hyphenated(norm_tokens(base_text))
    qualifier = split_hyphenated(norm_tokens(rest))
    described = frozenset(split_hyphenated(norm_tokens(food.description)))
    words = frozenset(base) | frozenset(qualifier)
    heads = [w for w in norm_tokens(base_text) if w not in FORM_WORDS]
    head = heads[-1] if heads else (base[-1] if base else "")
    if use_description_as_name:
        # USDA descriptions lead with the food: "Cheese, blue" -> head "cheese"
        first = norm_tokens(food.description.split(",")[0])
        head = first[-1] if first else head
    name_forms = words & FORM_WORDS
    return _Entry(
        food=food,
        base=base,
        qualifier=qualifier,
        words=words,
        described=described,
        head=head,
        name_forms=name_forms,
        forms=name_forms | (described & FORM_WORDS),
        length=len(base) + len(qualifier),
    )


class FoodMatcher:
    """An index over the catalog, built once; ``match`` is read-only and thread-safe."""

    def __init__(self, foods: Iterable[Food]) -> None:
        foods = list(foods)
        self.curated = [_entry(f, False) for f in foods if f.curated]
        self.other = [_entry(f, True) for f in foods if not f.curated]
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._by_described: dict[str, set[int]] = defaultdict(set)
        self._other_by_word: dict[str, set[int]] = defaultdict(set)
        self._by_name: dict[str, int] = {}
        for i, entry in enumerate(self.curated):
            for word in entry.words:
                self._by_word[word].add(i)
            for word in entry.described | entry.words:
                self._by_described[word].add(i)
            self._by_name.setdefault(" ".join(norm_tokens(entry.food.name)), i)
        for i, entry in enumerate(self.other):
            for word in entry.words:
                self._other_by_word[word].add(i)
        self._synonyms = {" ".join(norm_tokens(k)): v for k, v in SYNONYMS.items()}
        self._word_synonyms = {k: norm_tokens(v) for k, v in WORD_SYNONYMS.items()}
        vocabulary = set(self._by_described) | set(self._other_by_word) | _PREP_WORDS
        for key in list(self._synonyms) + list(self._word_synonyms):
            vocabulary.update(key.split())
        self.vocabulary = frozenset(vocabulary)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(self.vocabulary):
            if len(word) >= 3 and word.isalpha():
                self._by_length[len(word)].append(word)
        self.correct = lru_cache(maxsize=4096)(self._correct)

    @property
    def protected_phrases(self) -> list[str]:
        """Dish names holding a separator word, for the parser to keep whole."""
        phrases = {
            " ".join(entry.food.name.partition("(")[0].lower().split()) for entry in self.curated
        }
        phrases.update(SYNONYMS)
        return sorted(p for p in phrases if {"and", "with", "&", "n"} & set(p.split()))

    # --- matching -----------------------------------------------------------------------
    def match(self, name: str, preparations: Iterable[str] = ()) -> Match | NoMatch:
        """The catalog food ``name`` means, preferring the given preparation forms."""
        notes: list[str] = []
        asked = [PREP_ALIASES.get(p, p) for p in preparations]
        words = [w for w in norm_tokens(name) if w not in FILLER_WORDS]
        if not words:
            return NoMatch("no food named")
        checked = self._known_words(words, notes)
        if isinstance(checked, NoMatch):
            return checked
        words = checked
        default: int | None = None
        for _ in range(3):  # synonyms may lead to synonyms ("yoghurt" -> "yogurt" -> default)
            exact = self._by_name.get(" ".join(words))
            if exact is not None and self._satisfies(self.curated[exact], asked):
                return Match(self.curated[exact].food, notes)
            rewritten = self._rewrite(words)
            if rewritten is None:
                break
            words, found_default = rewritten
            default = found_default if found_default is not None else default
            if found_default is not None:
                break
        preps = list(asked)
        for word in words:
            prep = PREP_ALIASES.get(word, word)
            if prep in PREPARATIONS and prep not in preps:
                preps.append(prep)
        core = [w for w in words if w not in _PREP_WORDS]
        if not core:
            # the name is only a preparation word that is a food ("roast"): keep it
            core = [w for w in words if w in self.vocabulary]
        best = self._best(core, preps, default)
        if best is None:
            return NoMatch(f'no catalog food matches "{" ".join(core)}"')
        return Match(best, notes)

    def _rewrite(self, words: list[str]) -> tuple[list[str], int | None] | None:
        """Apply whole-name then word synonyms once: (new words, default food) or None.

        A synonym naming a food that holds all the words makes it the preferred food (a
        default); any other synonym rewrites the words ("oj" -> "orange juice").
        """
        preps = [w for w in words if w in _PREP_WORDS]
        bare = " ".join(w for w in words if w not in _PREP_WORDS)
        target = self._synonyms.get(" ".join(words)) or self._synonyms.get(bare)
        if target is None:
            expanded: list[str] = []
            for word in words:
                expanded.extend(self._word_synonyms.get(word, (word,)))
            return (expanded, None) if expanded != words else None
        default = self._by_name.get(" ".join(norm_tokens(target)))
        keep = [w for w in words if w not in _PREP_WORDS]
        if default is not None and set(keep) <= self.curated[default].words:
            return words, default
        rewritten = list(norm_tokens(target.partition("(")[0])) + preps
        if rewritten == words:
            return (words, default) if default is not None else None
        return rewritten, None

    @staticmethod
    def _satisfies(entry: _Entry, preps: list[str]) -> bool:
        """Whether a food is in every asked-for form (any form will do when none is asked)."""
        known = entry.forms | entry.words
        return all(any(form in known for form in PREPARATIONS.get(prep, (prep,))) for prep in preps)

    def _known_words(self, words: list[str], notes: list[str]) -> list[str] | NoMatch:
        """Correct one-edit typos; drop unknown modifiers; refuse an unknown food word."""
        known: list[str] = []
        for position, word in enumerate(words):
            if word in self.vocabulary or any(ch.isdigit() for ch in word):
                known.append(word)
                continue
            fixed = self.correct(word)
            if fixed is not None:
                notes.append(f'read "{word}" as "{fixed}"')
                known.extend(self._word_synonyms.get(fixed, (fixed,)))
            elif position == len(words) - 1:
                return NoMatch(f'"{word}" is not a food in the catalog')
            else:
                notes.append(f'ignored "{word}"')
        return known

    def _correct(self, word: str) -> str | None:
        if len(word) < 4 or not word.isalpha():
            return None
        if len(word) == 4:
            found = difflib.get_close_matches(
                word, self._by_length.get(4, []) + self._by_length.get(5, []), n=1, cutoff=0.86
            )
            return found[0] if found else None
        pool: list[str] = []
        for length in range(len(word) - 2, len(word) + 3):
            pool.extend(self._by_length.get(length, ()))
        cutoff = 0.8 if len(word) < 7 else 0.75
        found = difflib.get_close_matches(word, pool, n=1, cutoff=cutoff)
        return found[0] if found else None

    def _best(self, core: list[str], preps: list[str], default: int | None) -> Food | None:
        wanted = set(core)
        if not wanted:
            return None
        # a default names the usual form; an asked-for form outweighs it
        bonus = DEFAULT_BONUS if not preps else 0.3
        tiers = (
            (self.curated, self._by_word, 0.0),
            (self.curated, self._by_described, 1.0),
            (self.other, self._other_by_word, 2.0),
        )
        for entries, index, penalty in tiers:
            sets = [index.get(word) for word in wanted]
            if any(s is None for s in sets):
                continue
            candidates = set.intersection(*sets)  # type: ignore[arg-type]
            if not candidates:
                continue
            ranked = sorted(
                candidates,
                key=lambda i: (
                    -self._score(entries[i], wanted, core[-1], preps)
                    - (bonus if entries is self.curated and i == default else 0)
                    + penalty,
                    entries[i].length,
                    i,
                ),
            )
            return entries[ranked[0]].food
        return None

    @staticmethod
    def _score(entry: _Entry, wanted: set[str], head: str, preps: list[str]) -> float:
        """Higher is better: few unexplained words, the right head and form."""
        score = 0.0
        satisfied: set[str] = set()
        if preps:
            for prep in preps:
                choices = PREPARATIONS.get(prep, (prep,))
                rank = next((n for n, form in enumerate(choices) if form in entry.name_forms), None)
                if rank is not None:
                    score += 3.0 - 0.3 * rank
                    satisfied.add(choices[rank])
                    continue
                rank = next((n for n, form in enumerate(choices) if form in entry.forms), None)
                if rank is not None:
                    score += 2.0 - 0.3 * rank
                elif entry.forms:
                    score -= 1.5
                else:
                    score -= 0.5
        for word in entry.base:
            if word in wanted or word in satisfied or word in NEUTRAL_NAME_WORDS or "-" in word:
                continue
            score -= NEUTRAL_FORM_COST.get(word, 1.0) if not preps else 1.0
        for word in entry.qualifier:
            if word in wanted or word in satisfied or word in NEUTRAL_NAME_WORDS or "-" in word:
                continue
            cost = NEUTRAL_FORM_COST.get(word) if not preps else None
            score -= cost if cost is not None else 0.5
        if entry.head != head:
            score -= HEAD_MISMATCH
        return score
