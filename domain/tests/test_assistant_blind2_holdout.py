"""Blind safety set 2's held-out split: reported, and held only to the untuned baseline.

The holdout (``data/assistant/blind2/safety_holdout.json``) was never read while the gate
was changed; only its totals were looked at, once before and once after the work. The
floors below are the figures measured **before any tuning** (2026-11-29, commit 3a7ad8a,
provider local): recall at level 12/35, any-safety recall 13/35, false alarms 3/25. The
test asserts only that the gate is not worse than that; it must never be raised to the
figures measured after tuning, or the holdout stops measuring anything.
"""

from __future__ import annotations

from domain.assistant.blind_eval import blind2_rates

BASELINE_RECALL_AT_LEVEL = 12 / 35
BASELINE_RECALL = 13 / 35
BASELINE_FALSE_ALARMS = 3 / 25


def test_holdout_not_worse_than_the_untuned_baseline() -> None:
    rates = blind2_rates("holdout")
    report = (
        f"blind2 holdout: recall {rates.recall.rate:.1%}, at level {rates.strict.rate:.1%} "
        f"{rates.strict.by_group()}, false alarms {rates.alarms.rate:.1%}"
    )
    print(report)  # shown with -s; the figures, never the texts
    assert sum(rates.recall.total.values()) == 35
    assert sum(rates.alarms.total.values()) == 25
    assert rates.strict.rate >= BASELINE_RECALL_AT_LEVEL, report
    assert rates.recall.rate >= BASELINE_RECALL, report
    assert rates.alarms.rate <= BASELINE_FALSE_ALARMS, report
