"""The fifth blind meal set's held-out split: reported, and held only to the untuned baseline.

``data/analyser/blind5/holdout.json`` was written by an author who never read the analyser
and was never read while the analyser was changed; only its totals are looked at. The
floors below are the figures measured **before any tuning on blind5** (2026-11-30, commit
cd6349c, the analyser over starter + FNDDS): answered 98.5 %, carbohydrate within 7.5 g
73.1 %, energy within 10 % (25 % vague) 70.1 %. The test asserts only that the analyser is not
worse than that; the floors must never be raised to later figures, or the holdout stops
measuring anything. The issue's own targets (99 % answered, 80 % carbs, 90 % diary energy)
are reported in the closing notes, not asserted here.
"""

from __future__ import annotations

from pathlib import Path

from domain.analyser.blind_eval import default_analyser, figures, load, run

HOLDOUT = Path(__file__).resolve().parents[2] / "data" / "analyser" / "blind5" / "holdout.json"
BASELINE = {"answered": 98.5, "carbs_7_5g": 73.1, "kcal_10_25": 70.1}


def test_holdout_not_worse_than_the_untuned_baseline() -> None:
    meals = load(str(HOLDOUT))
    assert len(meals) == 67
    overall = figures(run(default_analyser(), meals))["all"]
    report = {key: overall[key] for key in BASELINE}
    print(f"blind5 meal holdout: {report}")  # shown with -s; the figures, never the texts
    for key, floor in BASELINE.items():
        assert overall[key] >= floor, report
