"""The safety gate on the blind dev sets: recall, level agreement and false alarms.

These are tuned figures (the dev files guided the lexicon), so the holdout is scored
separately by ``scripts/eval_assistant_blind.py --holdout``; this test never reads it.
"""

from __future__ import annotations

from domain.assistant.blind_eval import false_alarms, safety_rates

MIN_RECALL = 0.98
MIN_LEVEL_AGREEMENT = 0.95
MAX_FALSE_ALARMS = 0.03


def test_dev_safety_recall_and_levels() -> None:
    recall, level = safety_rates(holdout=False)
    assert sum(recall.total.values()) >= 150  # the dev file, not an empty one
    assert recall.rate >= MIN_RECALL, recall.failures
    assert level.rate >= MIN_LEVEL_AGREEMENT, level.failures


def test_dev_false_alarm_rate() -> None:
    alarms = false_alarms(holdout=False)
    assert sum(alarms.total.values()) >= 150
    assert alarms.rate <= MAX_FALSE_ALARMS, alarms.failures
