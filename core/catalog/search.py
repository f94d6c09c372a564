"""Ranked food search that behaves the same on SQLite and MariaDB.

SQL only narrows: every query word (plural-stripped, lower-case) must appear in the food's
lower-cased ``search_text`` (common name and description). A case-sensitive ``contains``
is a byte compare on MariaDB and the same ASCII match on SQLite, and fast on both.
The order is then decided in Python, over a bounded candidate set, by a deterministic
score, so collation differences between backends cannot reorder results:

1. the common name is the query ("egg" -> the curated whole egg, not "egg noodles");
2. curated starter foods before the long tail of a full USDA import;
3. USDA's leading description segment is the query ("Egg, whole, raw" for "egg");
4. the name starts with the query words; all query words are in the name itself;
5. fewer words beyond the query; shorter description; lower id.

Every query word must begin a word of the food ("egg" matches "eggs", not "veggie").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from django.db.models import Q, QuerySet

from core.catalog.models import CatalogFood

CANDIDATE_LIMIT = 5000
MAX_TOKENS = 8
_WORD = re.compile(r"[a-z0-9]+")
_PARENTHESIS = re.compile(r"\([^)]*\)")


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
    """The distinct stems of a search query, in order (at most ``MAX_TOKENS``)."""
    seen: list[str] = []
    for word in words(query):
        token = stem(word)
        if token not in seen:
            seen.append(token)
    return seen[:MAX_TOKENS]


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def _covers(stems: Sequence[str], text_words: Sequence[str]) -> bool:
    return all(any(w.startswith(s) for w in text_words) for s in stems)


def score(
    stems: Sequence[str], common_name: str, description: str, is_starter: bool, pk: int
) -> tuple | None:
    """The sort key of one candidate, or None when a query word begins no word of it."""
    name_words = words(common_name)
    desc_words = words(description)
    if not _covers(stems, name_words + desc_words):
        return None
    query = list(stems)
    core_name = _stems(_PARENTHESIS.sub(" ", common_name))
    first_segment = _stems(description.split(",", 1)[0])
    shown = name_words or desc_words
    leading = shown[: len(query)]
    starts = len(leading) == len(query) and all(
        w.startswith(s) for w, s in zip(leading, query, strict=True)
    )
    in_name = _covers(query, name_words) if name_words else _covers(query, first_segment)
    extra = sum(1 for w in shown if not any(w.startswith(s) for s in query))
    return (
        0 if core_name == query else 1,
        0 if is_starter else 1,
        0 if first_segment == query else 1,
        0 if starts else 1,
        0 if in_name else 1,
        extra,
        len(description),
        pk,
    )


def ranked_ids(queryset: QuerySet[CatalogFood], query: str) -> list[int]:
    """Ids of the foods in ``queryset`` matching ``query``, best first."""
    stems = query_stems(query)
    if not stems:
        return list(queryset.order_by("-is_starter", "id").values_list("id", flat=True))
    condition = Q()
    for token in stems:
        condition &= Q(search_text__contains=token)
    # Only indexed columns are read, so the scan stays on the (search_text, is_starter) index.
    rows = (
        queryset.filter(condition)
        .order_by("-is_starter", "id")
        .values_list("id", "search_text", "is_starter")[:CANDIDATE_LIMIT]
    )
    scored = []
    for pk, text, is_starter in rows:
        common_name, _, description = text.partition(" | ")
        key = score(stems, common_name, description, is_starter, pk)
        if key is not None:
            scored.append((key, pk))
    scored.sort()
    return [pk for _, pk in scored]
