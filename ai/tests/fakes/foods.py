"""The fakes' own tiny food table (per one unit) and line reader, independent of ours."""

from __future__ import annotations

import re

# name -> (unit, grams per unit, kcal per unit, protein g, fat g, carbs g, sodium mg)
FOODS: dict[str, tuple[str, float, float, float, float, float, float]] = {
    "egg": ("large", 50.0, 71.5, 6.28, 4.76, 0.36, 71.0),
    "toast": ("slice", 22.0, 64.0, 2.6, 0.9, 11.9, 124.0),
    "banana": ("medium", 118.0, 105.0, 1.29, 0.39, 26.95, 1.2),
    "rice": ("cup", 158.0, 205.0, 4.25, 0.44, 44.5, 1.6),
    "coffee": ("cup", 237.0, 2.4, 0.28, 0.05, 0.0, 4.7),
    "apple": ("medium", 182.0, 95.0, 0.47, 0.31, 25.1, 1.8),
}
_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half": 0.5}


def read_line(line: str) -> tuple[str, float] | None:
    """(food name, quantity) for lines like "2 eggs", "a slice of toast"; None if unknown."""
    words = re.findall(r"[a-z0-9./]+", line.lower())
    quantity = 1.0
    if words and (words[0] in _WORDS or re.fullmatch(r"\d+(\.\d+)?", words[0])):
        quantity = _WORDS.get(words[0]) or float(words[0])
    for word in words:
        name = word.rstrip("s") if word.rstrip("s") in FOODS else word
        if name in FOODS:
            return name, quantity
    return None
