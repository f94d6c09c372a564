"""The blind meal sets' held-out splits: reported, and each held only to its untuned baseline.

Each ``data/analyser/blindN/holdout.json`` was written by an author who never read the
analyser and was never read while the analyser was changed; only its totals are looked at.
The floors are the figures measured **before any tuning on that set** (the analyser over
starter + FNDDS, at the commit named); the test asserts only that the analyser is not worse
than that. The floors must never be raised to later figures, or the holdout stops measuring
anything. The issue's own targets (99 % answered, 80 % carbs, 90 % diary energy) are
reported in the closing notes, not asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.analyser.blind_eval import default_analyser, figures, load, run

DATA = Path(__file__).resolve().parents[2] / "data" / "analyser"
# set -> (held-out meals, untuned floors: answered %, carbs within 7.5 g %, energy within
# 10 % (25 % vague) %), measured on the date and commit in the comment.
BASELINES: dict[str, tuple[int, dict[str, float]]] = {
    # 2026-11-29, ef39155
    "blind2": (88, {"answered": 97.7, "carbs_7_5g": 71.6, "kcal_10_25": 68.2}),
    # 2026-11-29, b5b1194
    "blind3": (73, {"answered": 100.0, "carbs_7_5g": 83.6, "kcal_10_25": 83.6}),
    # 2026-11-30, 2fa9f78
    "blind4": (81, {"answered": 98.8, "carbs_7_5g": 51.9, "kcal_10_25": 51.9}),
    # 2026-11-30, cd6349c (after the blind4 rounds, before any tuning on blind5)
    "blind5": (67, {"answered": 98.5, "carbs_7_5g": 73.1, "kcal_10_25": 70.1}),
}


@pytest.mark.parametrize("name", sorted(BASELINES))
def test_holdout_not_worse_than_the_untuned_baseline(name: str) -> None:
    count, floors = BASELINES[name]
    meals = load(str(DATA / name / "holdout.json"))
    assert len(meals) == count
    overall = figures(run(default_analyser(), meals))["all"]
    report = {key: overall[key] for key in floors}
    print(f"{name} meal holdout: {report}")  # shown with -s; the figures, never the texts
    for key, floor in floors.items():
        assert overall[key] >= floor, report
