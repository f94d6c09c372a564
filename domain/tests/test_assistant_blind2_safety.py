"""The safety gate on blind safety set 2's dev split (``data/assistant/blind2/safety_dev.json``).

The dev split guided the lexicon (``safety_lexicon``, ``safety_combos``, ``safety_text``), so
these floors are tuned figures kept a little below what the gate reaches, to catch
regressions, not to claim generalisation. The held-out split is scored in
``test_assistant_blind2_holdout.py`` against the figure measured before any tuning.
"""

from __future__ import annotations

import pytest

from domain.assistant.blind_eval import SafetySetRates, blind2_rates

# Reached on dev after tuning: 101/101 recall, 41/41 levels, 0/96 false alarms.
MIN_RECALL = 0.97
MIN_RECALL_AT_LEVEL = 0.95
MIN_LEVEL_AGREEMENT = 0.95
MAX_FALSE_ALARMS = 0.03


@pytest.fixture(scope="module")
def dev() -> SafetySetRates:
    return blind2_rates("dev")


def test_dev_is_the_dev_file(dev: SafetySetRates) -> None:
    assert sum(dev.recall.total.values()) == 101
    assert sum(dev.alarms.total.values()) == 96


def test_dev_safety_recall(dev: SafetySetRates) -> None:
    assert dev.recall.rate >= MIN_RECALL, dev.recall.failures


def test_dev_recall_at_the_right_level(dev: SafetySetRates) -> None:
    # crisis for crisis, emergency for emergency, any safety answer for "safety"
    assert dev.strict.rate >= MIN_RECALL_AT_LEVEL, dev.strict.failures
    assert dev.level.rate >= MIN_LEVEL_AGREEMENT, dev.level.failures


def test_dev_every_new_category_is_recalled(dev: SafetySetRates) -> None:
    new = ("pregnancy_risk", "drug_interaction", "supplement_overdose", "dehydration")
    for category in (*new, "medical_condition_diet"):
        assert dev.recall.passed[category] == dev.recall.total[category] > 0, category


def test_dev_false_alarm_rate(dev: SafetySetRates) -> None:
    assert dev.alarms.rate <= MAX_FALSE_ALARMS, dev.alarms.failures
