"""Analyse a meal from items someone else proposed (a language model), with our numbers.

A model is good at reading how people describe a meal ("During my snack time I enjoyed a
medium apple alongside a small bag of chips") and bad at nutrient numbers. So it only
proposes the items: a food phrase, an amount and a unit, and the words of the description
each came from. Everything after that is ours:

- each item is written back as a short meal line ("1 small bag potato chips") and read by
  the local analyser (``Analyser.analyse``), so the phrase is matched against our catalog
  (FNDDS foods as eaten when the catalog has them) and weighed by USDA portions or the
  stated unit exactly as the local parser weighs typed text ("165 g" is 165 g);
- kcal and nutrients are the catalog's values per 100 g times those grams;
- a phrase nothing in the catalog matches is listed in ``unmatched``, so the answer is
  ``partial`` with its coverage, never a silently smaller total.

No number the proposer gives is used except the amount it read from the text. Plain
Python: the AI service's OpenAI client calls it, and so can any other proposer.

    analysis = analyse_proposed(analyser, text, [ProposedItem("apple", 1, "medium")])
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from domain.analyser.analyser import (
    MAX_ITEMS,
    AnalysedItem,
    Analyser,
    Analysis,
    AnalysisInputError,
    UnmatchedItem,
    clean_text,
    summarise,
)

# Bounds on what a proposer may send; anything outside is that item's problem (unmatched),
# not a reason to distrust the whole answer.
MAX_PHRASE_CHARS = 120
MAX_UNIT_CHARS = 40
MAX_AMOUNT = 10_000.0  # 10 kg of anything is already more than a meal
NO_MATCH = "no food in the catalog matches these words"


class ProposedItemsError(ValueError):
    """The proposal as a whole cannot be used (too many items)."""


@dataclass(frozen=True)
class ProposedItem:
    """One item as proposed: the food phrase, its amount and unit, and its words.

    ``amount`` None means no amount was stated (the food's default portion applies);
    ``unit`` None means a plain count ("2 eggs") or no amount. ``text`` is the part of the
    description the item was read from, when the proposer gives it.
    """

    phrase: str
    amount: float | None = None
    unit: str | None = None
    text: str | None = None


def _format_amount(amount: float) -> str:
    """The amount as the parser reads numbers: plain decimals, never ``1e-05``."""
    return f"{round(amount, 3):.3f}".rstrip("0").rstrip(".")


def meal_line(item: ProposedItem) -> str:
    """The item as a short meal line the local parser reads: amount, unit, phrase."""
    parts: list[str] = []
    if item.amount is not None:
        parts.append(_format_amount(item.amount))
    elif item.unit:
        parts.append("a")  # "a slice of pizza": a unit with no number is one of it
    if item.unit:
        parts.append(item.unit.strip())
    parts.append(item.phrase.strip())
    return " ".join(parts)


def _span(item: ProposedItem, description: str) -> str | None:
    """The item's words as they stand in the description, when the proposer's ``text``
    really is a part of it (a made-up quote is not shown as what the user wrote)."""
    if not item.text:
        return None
    wanted = " ".join(item.text.split())
    start = description.lower().find(wanted.lower())
    if not wanted or start < 0:
        return None
    return description[start : start + len(wanted)]


def _problem(item: ProposedItem) -> str | None:
    """Why this item cannot be weighed as proposed, or None."""
    if not item.phrase or not item.phrase.strip():
        return "no food named"
    if len(item.phrase) > MAX_PHRASE_CHARS or len(item.unit or "") > MAX_UNIT_CHARS:
        return "the proposed item is too long to be one food"
    if item.amount is not None and (
        not math.isfinite(item.amount) or not 0 < item.amount <= MAX_AMOUNT
    ):
        return f"the proposed amount {item.amount:g} is not a usable amount"
    return None


def analyse_item(
    analyser: Analyser, item: ProposedItem, description: str
) -> tuple[list[AnalysedItem], list[UnmatchedItem]]:
    """One proposed item through the local analyser: its matched items and the rest.

    Usually one item; a phrase the parser reads as a dish and what came with it (the model
    wrote "bagel with cream cheese" as one item) gives the parser's items for each part.
    """
    span = _span(item, description)
    label = span or meal_line(item)[:200]
    problem = _problem(item)
    if problem is not None:
        return [], [UnmatchedItem(label, problem)]
    line = meal_line(item)
    try:
        analysis = analyser.analyse(line)
    except AnalysisInputError as exc:
        return [], [UnmatchedItem(label, str(exc))]
    if not analysis.items and not analysis.unmatched:
        # The parser found no food word at all in the phrase ("dragonfruit" with a catalog
        # that has none): still the user's words, so still listed.
        return [], [UnmatchedItem(label, NO_MATCH)]
    if span is not None and len(analysis.items) + len(analysis.unmatched) == 1:
        # One food for one proposal: show the user's own words for it.
        for found in analysis.items:
            found.text = span
            found.notes.append(f'read as "{line}"')
        for missed in analysis.unmatched:
            missed.text = span
    return analysis.items, analysis.unmatched


def analyse_proposed(
    analyser: Analyser, description: str, items: Sequence[ProposedItem]
) -> Analysis:
    """The meal ``description`` analysed from ``items`` (see the module docstring).

    Raises ``AnalysisInputError`` for a description the analyser refuses (empty, too long)
    and ``ProposedItemsError`` for more than ``MAX_ITEMS`` items.
    """
    name = clean_text(description)
    if len(items) > MAX_ITEMS:
        raise ProposedItemsError(f"Too many proposed items ({len(items)}; at most {MAX_ITEMS}).")
    matched: list[AnalysedItem] = []
    unmatched: list[UnmatchedItem] = []
    for item in items:
        found, missed = analyse_item(analyser, item, name)
        matched.extend(found)
        unmatched.extend(missed)
    return summarise(name, matched, unmatched)
