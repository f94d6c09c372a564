"""Evaluation on the blind meal set (``data/analyser/blind/``) and the generated dev set.

    python -m domain.analyser.blind_eval dev        # tune on this
    python -m domain.analyser.blind_eval holdout    # report only, never tune on it

Figures by shape and measure: share of meals answered (some food counted), carbohydrate
within 7.5 g of the truth, energy within 10 % (25 % when the meal's amount is vague).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.analyser.analyser import Analyser, AnalysisInputError

BLIND = Path(__file__).resolve().parents[2] / "data" / "analyser" / "blind"
CARB_TOLERANCE_G = 7.5


@dataclass(frozen=True)
class MealOutcome:
    """One meal: its truth and what the analyser said."""

    meal: dict[str, Any]
    answered: bool
    kcal: float
    carbs: float

    @property
    def carbs_ok(self) -> bool:
        return abs(self.carbs - self.meal["expected"]["carbohydrate_g"]) <= CARB_TOLERANCE_G

    @property
    def kcal_ok(self) -> bool:
        expected = self.meal["expected"]["energy_kcal"]
        tolerance = 0.25 if self.meal.get("vague") else 0.10
        return abs(self.kcal - expected) <= tolerance * max(expected, 1.0)


def load(part: str) -> list[dict[str, Any]]:
    """The meals of ``dev`` or ``holdout`` (or a path to a file of the same shape)."""
    path = Path(part) if part.endswith(".json") else BLIND / f"{part}.json"
    return json.loads(path.read_text(encoding="utf-8"))["meals"]


def run(analyser: Analyser, meals: Iterable[dict[str, Any]]) -> list[MealOutcome]:
    """Analyse every meal (an unusable text counts as not answered)."""
    outcomes = []
    for meal in meals:
        try:
            result = analyser.analyse(meal["text"])
        except AnalysisInputError:
            outcomes.append(MealOutcome(meal, False, 0.0, 0.0))
            continue
        outcomes.append(
            MealOutcome(
                meal, bool(result.items), result.calories, result.nutrients.get("carbs", 0.0)
            )
        )
    return outcomes


def figures(outcomes: list[MealOutcome]) -> dict[str, dict[str, float]]:
    """Per group (all, shape, shape/measure): n, answered %, carbs %, kcal %."""
    groups: dict[str, list[MealOutcome]] = defaultdict(list)
    for o in outcomes:
        groups["all"].append(o)
        groups[o.meal["shape"]].append(o)
        groups[f"{o.meal['shape']}/{o.meal['measure']}"].append(o)
        groups[f"measure/{o.meal['measure']}"].append(o)
    return {
        name: {
            "n": len(group),
            "answered": round(100 * sum(o.answered for o in group) / len(group), 1),
            "carbs_7_5g": round(100 * sum(o.carbs_ok for o in group) / len(group), 1),
            "kcal_10_25": round(100 * sum(o.kcal_ok for o in group) / len(group), 1),
        }
        for name, group in sorted(groups.items())
    }


def default_analyser() -> Analyser:
    """The analyser over the starter catalog and every FNDDS food (as the services load)."""
    from domain.analyser.catalog import foods_from_starter
    from domain.analyser.fndds_foods import foods_from_fndds

    return Analyser([*foods_from_starter(), *foods_from_fndds()])


def main(argv: list[str]) -> int:
    part = argv[1] if len(argv) > 1 else "dev"
    outcomes = run(default_analyser(), load(part))
    for name, row in figures(outcomes).items():
        print(f"{part:8} {name:22} n={row['n']:4} answered={row['answered']:5.1f}% "
              f"carbs<=7.5g={row['carbs_7_5g']:5.1f}% kcal={row['kcal_10_25']:5.1f}%")  # fmt: skip
    if "-v" in argv:
        for o in outcomes:
            if not o.carbs_ok or not o.kcal_ok:
                e = o.meal["expected"]
                print(f"MISS {o.meal['id']} {o.meal['text']!r} "
                      f"kcal {o.kcal:.0f}/{e['energy_kcal']:.0f} "
                      f"carbs {o.carbs:.1f}/{e['carbohydrate_g']:.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
