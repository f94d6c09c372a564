"""Property-based fuzzing (Hypothesis) of the two free-text parsers (issue #15).

The meal-text analyser (``Analyser.analyse``, over the starter and FNDDS foods) and the
chat intent parser (``intents.understand``, and the local assistant end to end over
``InMemoryData``) take whatever a person types. Whatever that is, they must either answer
or raise their documented input error (``AnalysisInputError``), never anything else, and
an answer must be finite, non-negative and JSON-serialisable (it is stored and sent on).

Text is drawn from a mix of meal-like tokens (numbers in every spelling, units, foods,
joiners) and arbitrary Unicode; example counts are bounded so each test stays well under
20 s on a slow machine.
"""

from __future__ import annotations

import asyncio
import json
import math
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.analyser import MAX_TEXT_CHARS, Analyser, AnalysisInputError, foods_from_starter
from domain.analyser.fndds_foods import foods_from_fndds
from domain.assistant import MAX_QUERY_CHARS, ToolContext, Turn, UserProfile, respond
from domain.assistant.intents import Understanding, understand
from domain.assistant.memory import InMemoryData
from domain.assistant.records import LoggedFood

NOW = datetime(2026, 3, 4, 12, 30, tzinfo=UTC)


def fuzz(max_examples: int) -> settings:
    """Bounded and reproducible (fixed seed, no example database)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


NUMBERS = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(
        [
            "½",
            "1/2",
            "3/0",
            "0/0",
            "1 1/2",
            "a",
            "an",
            "two",
            "dozen",
            "half",
            "1e400",
            "9" * 300,
            "-5",
            "0",
            "0.0000001",
            "nan",
            "inf",
            "1,5",
            "1.2.3",
            "¾",
            "٣",
            "一",
        ]
    ),  # fmt: skip
)
UNITS = st.sampled_from(
    ["g", "grams", "kg", "oz", "lb", "cup", "cups", "tbsp", "tsp", "slice", "slices", "ml",
     "l", "piece", "bowl", "can", "glass", "serving", "handful", "large", "small", "medium"]
)  # fmt: skip
FOODS = st.sampled_from(
    ["eggs", "toast", "banana", "rice", "chicken breast", "oatmeal", "apple", "milk",
     "big mac", "coffee", "salad", "pizza", "burrito", "beer", "tofu", "xyzzy", "",
     "of", "with", "and", "the"]
)  # fmt: skip
JOINERS = st.sampled_from([" and ", ", ", " with ", "\n", " & ", " + ", ";", " plus ", " "])
ANY_TEXT = st.text(max_size=60)  # arbitrary Unicode, lone surrogates and controls included

MEAL_ITEM = st.tuples(st.one_of(NUMBERS, st.just("")), st.one_of(UNITS, st.just("")), FOODS).map(
    lambda parts: " ".join(p for p in parts if p)
)
MEAL_TEXT = st.one_of(
    st.lists(st.one_of(MEAL_ITEM, ANY_TEXT), min_size=1, max_size=12).flatmap(
        lambda items: JOINERS.map(lambda joiner: joiner.join(items))
    ),
    ANY_TEXT,
    st.just("egg " * 5000),
    st.just(" and ".join(["1 egg"] * 200)),
)

CHAT_WORDS = st.sampled_from(
    ["how", "many", "calories", "protein", "did", "I", "eat", "today", "yesterday", "last",
     "week", "7", "days", "on", "monday", "for", "breakfast", "lunch", "dinner", "in", "a",
     "banana", "left", "my", "plan", "workout", "weight", "target", "fiber", "sodium", "?",
     "what", "about", "2", "eggs", "compare", "vs", "suggest", "snack", "since", "march",
     "between", "and", "0", "-3", "999999999", "days", "ago", "tomorrow", "29th", "feb"]
)  # fmt: skip
CHAT_TEXT = st.one_of(
    st.lists(st.one_of(CHAT_WORDS, NUMBERS), min_size=1, max_size=20).map(" ".join),
    ANY_TEXT,
)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@lru_cache(maxsize=1)
def analyser() -> Analyser:
    """The analyser over the starter and FNDDS foods (built once per process)."""
    return Analyser([*foods_from_starter(), *foods_from_fndds()])


def _finite_tree(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite_tree(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(_finite_tree(v) for v in value)
    return True


@fuzz(1500)
@given(text=MEAL_TEXT)
def test_meal_text_analyser_answers_or_refuses(text: str) -> None:
    """Any text: an ``Analysis`` with finite, non-negative numbers, or ``AnalysisInputError``."""
    try:
        result = analyser().analyse(text)
    except AnalysisInputError as exc:
        assert str(exc)
        return
    body = result.as_dict()
    assert _finite_tree(body), body
    assert body["calories"] >= 0
    assert all(value >= 0 for value in body["nutrients"].values()), body["nutrients"]
    json.dumps(body, allow_nan=False)


def test_meal_text_analyser_refuses_a_400_digit_quantity() -> None:
    """The case this fuzzer found (``"9" * 400 + " eggs"`` escaped as ``OverflowError``)
    is now a documented refusal."""
    with pytest.raises(AnalysisInputError, match="too large"):
        analyser().analyse("9" * 400 + " eggs")


def test_meal_text_analyser_refuses_what_it_documents() -> None:
    """The documented refusals: empty text and text over ``MAX_TEXT_CHARS`` (so the
    property above can fail on them only if they stop being refused)."""
    for text in ("", "   ", "x" * (MAX_TEXT_CHARS + 1)):
        try:
            analyser().analyse(text)
        except AnalysisInputError:
            continue
        raise AssertionError(f"{text[:10]!r} was not refused")


@fuzz(2000)
@given(query=CHAT_TEXT, today=DATES, follow_up=CHAT_TEXT)
def test_intent_parser_always_understands(query: str, today: date, follow_up: str) -> None:
    """``understand`` reads any text (and a follow-up to it) without raising."""
    first = understand(query, today)
    assert isinstance(first, Understanding)
    second = understand(follow_up, today, previous=first)
    assert isinstance(second, Understanding)


def _data() -> InMemoryData:
    user = UserProfile(id=1, name="Fuzz", gender="female", age=34, height=168.0, weight=64.0)
    log = [
        LoggedFood("Oatmeal", 310.0, {"protein": 11.0, "fiber": 8.0}, "breakfast", NOW),
        LoggedFood("Big salad", 450.5, {"protein": 20.0}, "lunch", NOW - timedelta(days=1)),
    ]
    return InMemoryData(user, log=log)


# The routes refuse lone surrogates, NUL and over-long queries before the assistant runs
# (ai/limits.py, MAX_QUERY_CHARS), so the assistant is fuzzed over what can reach it.
SAFE_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=60
)
ASSISTANT_QUERY = st.one_of(
    st.lists(st.one_of(CHAT_WORDS, NUMBERS, SAFE_TEXT), min_size=1, max_size=20).map(" ".join),
    SAFE_TEXT,
).map(lambda text: text.strip()[:MAX_QUERY_CHARS] or "?")


@fuzz(400)
@given(query=ASSISTANT_QUERY, previous=st.lists(ASSISTANT_QUERY, max_size=2))
def test_local_assistant_answers_anything(query: str, previous: list[str]) -> None:
    """The local assistant over in-memory data answers any accepted question with text."""
    history = [Turn("user", text) for text in previous]
    answer = asyncio.run(respond(query, history, ToolContext(_data(), NOW))).as_dict()
    assert isinstance(answer["response"], str) and answer["response"].strip()
    json.dumps(answer, allow_nan=False)
