"""Meal-text analysis (plain Python): parse a description, match the catalog, weigh, sum.

from domain.analyser import Analyser, foods_from_starter
Analyser(foods_from_starter()).analyse("2 eggs and a slice of toast")
"""

from domain.analyser.analyser import (
    MAX_ITEMS,
    MAX_TEXT_CHARS,
    AnalysedItem,
    Analyser,
    Analysis,
    AnalysisInputError,
    UnmatchedItem,
    clean_text,
    summarise,
)
from domain.analyser.catalog import Food, Portion, food_from_row, foods_from_starter
from domain.analyser.parser import MealParser, ParsedItem

__all__ = [
    "MAX_ITEMS",
    "MAX_TEXT_CHARS",
    "AnalysedItem",
    "Analyser",
    "Analysis",
    "AnalysisInputError",
    "Food",
    "MealParser",
    "ParsedItem",
    "Portion",
    "UnmatchedItem",
    "clean_text",
    "food_from_row",
    "foods_from_starter",
    "summarise",
]
