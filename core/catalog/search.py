"""Ranked food search that behaves the same on SQLite and MariaDB.

SQL only narrows: every query word (plural-stripped, lower-case, stop-words such as "and"
or "with" dropped) must appear in the food's lower-cased ``search_text`` (common name,
description and, for FNDDS foods, USDA's other names). A case-sensitive ``contains`` is a
byte compare on MariaDB and the same ASCII match on SQLite, and fast on both. The order is
then decided in Python, over a bounded candidate set, by a deterministic key, so collation
differences between backends cannot reorder results. Rules, strongest first:

1. the food's own name (common name or USDA description) has every query word; a food
   found only through its other names ("PB&J", "Coke") comes after those that are named so;
2. the kind people mean: foods as eaten (FNDDS) first, unless the query uses a word of
   ingredient lists ("flour", "raw", "dry", "uncooked", ...), then ingredients first;
3. the food's WWEIA category names the query ("pizza" -> category Pizza, "peanut butter
   and jelly" -> Peanut butter and jelly sandwiches, not the Goober spread);
4. the food *is* the query: its common name, its description or one of its other names has
   exactly the query words once USDA's "NFS" / "NS as to ..." qualifiers are set aside
   ("apple" -> "Apple, raw", whose other name is "apple, NFS"; "cooked pasta" -> "Pasta,
   cooked");
5. curated starter foods before the long tail of a full USDA import;
6. USDA's leading description segment is the query ("Egg, whole, raw" for "egg");
7. the name starts with the query words; fewer words beyond the query; shorter
   description; lower id.

Every query word must begin a word of the food ("egg" matches "eggs", not "veggie").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from django.db.models import Q, QuerySet

from core.catalog.models import OTHER_NAMES_SEPARATOR, CatalogFood, FoodKind

CANDIDATE_LIMIT = 5000
MAX_TOKENS = 8
_WORD = re.compile(r"[a-z0-9]+")
_PARENTHESIS = re.compile(r"\([^)]*\)")

# Words that join names but say nothing about the food: "peanut butter and jelly" must
# find "Peanut butter jelly sandwich" too, and "chicken with rice" "Chicken and rice".
STOP_WORDS = frozenset(
    ["a", "an", "and", "as", "for", "from", "in", "of", "on", "or", "the", "to", "with", "w"]
)
# Words of SR ingredient lists, not of meals: a query using one asks for an ingredient.
INGREDIENT_WORDS = frozenset(
    [
        "raw",
        "dry",
        "uncooked",
        "unenriched",
        "enriched",
        "flour",
        "unprepared",
        "dehydrated",
        "separable",
        "trimmed",
    ]
)
# USDA's words for the plain form of a food: not "extra" words beyond a query.
DEFAULT_WORDS = frozenset(["whole", "plain", "regular", "original", "cooked", "nfs"])
# Everyday abbreviations people type for foods USDA spells out.
ABBREVIATIONS = {
    re.compile(r"\bpb\s*(?:&|and|n)\s*j\b|\bpbj\b"): "peanut butter and jelly",
    re.compile(r"\boj\b"): "orange juice",
}


def words(text: str) -> list[str]:
    """Lower-case alphanumeric words of ``text``."""
    return _WORD.findall(text.lower())


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """A prefix that singular and plural share: berries -> berr, tomatoes -> tomato."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3]
    if len(word) > 3 and word.endswith("oes"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def query_stems(query: str) -> list[str]:
    """The distinct stems of a search query, in order (at most ``MAX_TOKENS``).

    Stop-words are dropped unless the query is made of nothing else.
    """
    query = query.lower()
    for pattern, spelled in ABBREVIATIONS.items():
        query = pattern.sub(spelled, query)
    all_words = words(query)
    kept = [w for w in all_words if w not in STOP_WORDS] or all_words
    seen: list[str] = []
    for word in kept:
        token = stem(word)
        if token not in seen:
            seen.append(token)
    return seen[:MAX_TOKENS]


def wants_ingredient(stems: Iterable[str]) -> bool:
    """True when the query uses a word of ingredient lists ("flour", "raw", "dry")."""
    return any(token in INGREDIENT_WORDS for token in stems)


def _is_qualifier(segment: str) -> bool:
    """A description segment that says "not specified" or where the food came from
    ("NFS", "NS as to fat", "from restaurant or fast food"): USDA's detail, not a word
    people type, so it neither makes a name longer nor less exact."""
    return segment == "nfs" or segment.startswith(("ns as to", "ns ", "from ", "any "))


# Ranking reads the same few thousand names again and again: the pure text functions
# below are memoised (bounded), which keeps a search of ~1,000 candidates in a few ms.
_CACHE_SIZE = 50000


@lru_cache(maxsize=_CACHE_SIZE)
def _words(text: str) -> tuple[str, ...]:
    return tuple(words(text))


@lru_cache(maxsize=_CACHE_SIZE)
def _content_words(text: str, qualifiers: bool = False) -> tuple[str, ...]:
    """Words of a name that carry meaning: no stop-words, no USDA qualifier segments, and
    no parenthesised qualifier unless ``qualifiers`` ("peanut butter (chunky)")."""
    kept = []
    for segment in text.split(","):
        segment = segment.strip().lower()
        if not qualifiers:
            segment = _PARENTHESIS.sub(" ", segment).strip()
        if _is_qualifier(segment):
            continue
        kept.extend(w for w in words(segment) if w not in STOP_WORDS)
    return tuple(kept)


@lru_cache(maxsize=_CACHE_SIZE)
def _is_generic(description: str) -> bool:
    """USDA's "not further specified" food: what a query that names no detail means."""
    return any(_is_qualifier(s.strip().lower()) for s in description.split(",")[1:])


def _covers(stems: Sequence[str], text_words: Sequence[str]) -> bool:
    return all(any(w.startswith(s) for w in text_words) for s in stems)


def _is_exactly(stems: Sequence[str], name_stems: Sequence[str]) -> bool:
    """The name's words are the query's words, in any order, USDA's default words aside
    ("pasta, cooked" is "cooked pasta" and "pasta"; "Milk, whole" is "milk")."""
    wanted, named = set(stems), set(name_stems)
    return bool(named) and (named == wanted or named - DEFAULT_WORDS == wanted)


@lru_cache(maxsize=_CACHE_SIZE)
def _other_name_heads(other_names: str) -> tuple[tuple[str, ...], ...]:
    """Stems of USDA's other names that name the food alone or as its generic ("apple,
    NFS" on "Apple, raw"; "pizza, NS as to source, topping and crust"; "Coke")."""
    heads = []
    for other_name in other_names.split(";"):
        segments = [s.strip().lower() for s in other_name.split(",")]
        if segments[0] and (len(segments) == 1 or _is_qualifier(segments[1])):
            heads.append(tuple(stem(w) for w in _content_words(segments[0])))
    return tuple(heads)


def _starts_with(stems: Sequence[str], name_words: Sequence[str]) -> bool:
    """The name's first words are the query's words, in any order (prefixes count)."""
    leading = name_words[: len(stems)]
    return (
        len(leading) == len(stems)
        and _covers(stems, leading)
        and all(any(w.startswith(s) for s in stems) for w in leading)
    )


@lru_cache(maxsize=_CACHE_SIZE)
def _names_category(stems: tuple[str, ...], category: str) -> bool:
    """The WWEIA category is what the query asks for: its words are the query's, or the
    query's plus the category's head noun ("peanut butter and jelly" -> Peanut butter and
    jelly sandwiches; but "milk" is not Human milk, "peanut butter" not PB&J sandwiches)."""
    category_stems = _stems_of(category)
    extra = tuple(s for s in category_stems if s not in stems)
    return set(stems) <= set(category_stems) and (not extra or extra == category_stems[-1:])


def _extra_words(stems: Sequence[str], shown: Sequence[str]) -> int:
    """Words of the name beyond the query, USDA's default words (whole, plain, cooked)
    not counted: "Milk, whole" is plain milk, "Pasta, cooked" plain pasta."""
    return sum(
        1 for w in shown if w not in DEFAULT_WORDS and not any(w.startswith(s) for s in stems)
    )


@dataclass(frozen=True)
class Candidate:
    """What ranking needs to know of one food (read in one narrow query)."""

    pk: int
    kind: str
    is_starter: bool
    common_name: str
    description: str
    other_names: str
    wweia_category: str


def score(stems: Sequence[str], food: Candidate, ingredient_first: bool = False) -> tuple | None:
    """The sort key of one candidate, or None when a query word begins no word of it.

    The first two parts put foods of one kind together, so the tail can differ by kind:
    SR descriptions lead with the food ("Egg, whole, raw"), FNDDS ones often with a dish
    or class ("Fish, salmon, NFS"), where fewer extra words say more than the first word.
    """
    name_words = _words(food.common_name) + _words(food.description)
    named = _covers(stems, name_words)
    if not named and not _covers(stems, name_words + _words(food.other_names)):
        return None
    query = tuple(stems)
    wanted_kind = FoodKind.INGREDIENT if ingredient_first else FoodKind.FOOD_AS_EATEN
    exact = (
        _is_exactly(query, _stems_of(food.common_name))
        or (not food.common_name and _is_exactly(query, _stems_of(food.description)))
        or any(_is_exactly(query, head) for head in _other_name_heads(food.other_names))
    )
    first_segment = 0 if _stems(food.description.split(",", 1)[0]) == query else 1
    shown = _content_words(food.common_name, True) or _content_words(food.description, True)
    starts = 0 if _starts_with(query, shown) else 1
    category = bool(food.wweia_category) and _names_category(query, food.wweia_category)
    head = (
        0 if named else 1,
        0 if exact or category else 1,
        0 if food.kind == wanted_kind else 1,
        0 if category else 1,
        0 if exact else 1,
        0 if food.is_starter else 1,
    )
    if food.kind == FoodKind.FOOD_AS_EATEN:
        extra = _extra_words(query, shown)
        generic = 0 if _is_generic(food.description) else 1
        tail = (extra, generic, first_segment, starts)
    else:
        extra = sum(1 for w in shown if not any(w.startswith(s) for s in query))
        tail = (first_segment, starts, extra, 0)
    return (*head, *tail, len(food.description), food.pk)


@lru_cache(maxsize=_CACHE_SIZE)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text))


@lru_cache(maxsize=_CACHE_SIZE)
def _stems_of(name: str) -> tuple[str, ...]:
    """Stems of a name's meaningful words (no parentheses, stop-words or NFS markers)."""
    return tuple(stem(w) for w in _content_words(name))


def _candidate(pk: int, text: str, is_starter: bool, kind: str, category: str) -> Candidate:
    """A candidate from its index row: the names are read back from ``search_text``."""
    common_name, _, names = text.partition(" | ")
    description, _, other_names = names.partition(OTHER_NAMES_SEPARATOR)
    return Candidate(pk, kind, is_starter, common_name, description, other_names, category)


def _candidates(queryset: QuerySet[CatalogFood], stems: Sequence[str]) -> list[Candidate]:
    """Every food in ``queryset`` whose search text has every query word at a word start.

    One query that reads only the columns of the (search_text, is_starter, kind,
    wweia_category) index, so MariaDB scans that narrow index instead of the wide rows
    (nutrient JSON); the names ranking needs are parsed from ``search_text``.
    """
    condition = Q()
    for token in stems:
        condition &= Q(search_text__contains=token)
    rows = (
        queryset.filter(condition)
        .order_by("-is_starter", "id")
        .values_list("id", "search_text", "is_starter", "kind", "wweia_category")[:CANDIDATE_LIMIT]
    )
    return [_candidate(*row) for row in rows if _covers(stems, words(row[1]))]


def ranked_ids(queryset: QuerySet[CatalogFood], query: str) -> list[int]:
    """Ids of the foods in ``queryset`` matching ``query``, best first."""
    stems = query_stems(query)
    if not stems:
        return list(queryset.order_by("-is_starter", "id").values_list("id", flat=True))
    ingredient_first = wants_ingredient(stems)
    scored = []
    for food in _candidates(queryset, stems):
        key = score(stems, food, ingredient_first)
        if key is not None:
            scored.append((key, food.pk))
    scored.sort()
    return [pk for _, pk in scored]
