"""Accuracy of the analyser on the labelled meals (``data/analyser/labelled_meals.json``).

The expected energies come from USDA SR28 via ``scripts/label_meals.py``, not from the
analyser; the test and the benchmark both use ``evaluate``.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.analyser.analyser import Analyser

LABELS = Path(__file__).resolve().parents[2] / "data" / "analyser" / "labelled_meals.json"
TOLERANCE = 0.10


@dataclass(frozen=True)
class Outcome:
    """One labelled meal: expected and analysed kcal."""

    text: str
    kind: str
    expected: float
    got: float

    @property
    def error(self) -> float:
        """Absolute relative error (1.0 when nothing was found)."""
        return abs(self.got - self.expected) / self.expected


@dataclass(frozen=True)
class Accuracy:
    """Share of meals within the tolerance and the median absolute error."""

    outcomes: list[Outcome]

    @property
    def within(self) -> float:
        return sum(o.error <= TOLERANCE for o in self.outcomes) / len(self.outcomes)

    @property
    def median_error(self) -> float:
        return statistics.median(o.error for o in self.outcomes)

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error > TOLERANCE]


def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    """The labelled meals (text, kind, items, expected_kcal)."""
    return json.loads(path.read_text(encoding="utf-8"))["meals"]


def evaluate(analyser: Analyser, meals: list[dict[str, Any]] | None = None) -> Accuracy:
    """Run the analyser on every labelled meal and compare its kcal with USDA's."""
    meals = load_labels() if meals is None else meals
    outcomes = [
        Outcome(m["text"], m["kind"], m["expected_kcal"], analyser.analyse(m["text"]).calories)
        for m in meals
    ]
    return Accuracy(outcomes)
