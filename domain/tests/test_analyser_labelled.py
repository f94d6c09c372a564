"""The analyser on the labelled meals: at least 90 % within 10 % of USDA's energy.

The expected values come from the SR28 files through ``scripts/label_meals.py``;
``test_labels_are_current`` recomputes them when the files are there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.analyser import Analyser, foods_from_starter
from domain.analyser.evaluation import LABELS, evaluate, load_labels
from scripts.label_meals import USDA_DIR, label, render


def test_there_are_enough_varied_meals() -> None:
    meals = load_labels()
    assert len(meals) >= 80
    kinds = {m["kind"] for m in meals}
    assert {"breakfast", "lunch", "dinner", "snack", "drink", "typo"} <= kinds
    texts = " ".join(m["text"] for m in meals)
    for unit in (" g ", "ml", " oz ", "cup", "tbsp", "lb "):
        assert unit in f" {texts} ".replace("g,", "g "), unit


def test_at_least_90_percent_within_10_percent() -> None:
    accuracy = evaluate(Analyser(foods_from_starter()))
    misses = [(o.text, o.expected, o.got) for o in accuracy.misses()]
    assert accuracy.within >= 0.90, misses


@pytest.mark.skipif(not Path(USDA_DIR, "FOOD_DES.txt").exists(), reason="no SR28 files")
def test_labels_are_current() -> None:
    import json

    original = LABELS.read_text(encoding="utf-8")
    assert render(label(json.loads(original))) == original
