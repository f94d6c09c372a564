"""``budget.updated``: today's intake and what is left of the targets, after every change
to the user's food log.

The figures are the analytics report's for one day (``core.analytics.report``: today in
the user's time zone, targets from ``domain.daily_target``), so the socket, ``GET
/analytics/?days=1`` and the assistant agree. The event's ``data``::

    {"date": "2026-05-01", "time_zone": "Europe/London",
     "intake": {"calories": 105.0, "protein": 1.3, ..., "entries": 1},
     "targets": {"calories": 2150, "protein": 120.0, ..., "sodium_max": 2300.0,
                 "saturated_fat_max": 23.9, "source": "profile"},   # null without a target
     "remaining": {"calories": 2045.0, "protein": 118.7, ..., "sodium": 2300.0, ...}}

``remaining`` is target minus intake (negative once over; for sodium and saturated fat,
the ceiling minus intake); a key is null when its target is unknown.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.accounts.models import User
from core.analytics.report import build_report
from core.realtime.events import publish_user_event
from domain.daily_target import KEY_ATTRIBUTES

logger = logging.getLogger("core.realtime")

BUDGET_UPDATED = "budget.updated"
# Intake keys in the event, in the order of domain.daily_target's (calories first).
BUDGET_KEYS = tuple(KEY_ATTRIBUTES)


def today_budget(user: User, now: datetime | None = None) -> dict[str, Any]:
    """The ``budget.updated`` payload for ``user`` at ``now`` (default: now)."""
    report = build_report(user, 1, now or timezone.now())
    nutrients = report["total_nutrients"]
    intake: dict[str, Any] = {
        key: report["total_calories"] if key == "calories" else nutrients.get(key, 0.0)
        for key in BUDGET_KEYS
    }
    report_targets = report["targets"]
    if report_targets.get("daily_calories") is None:
        targets = None
        remaining = dict.fromkeys(BUDGET_KEYS)
    else:
        # The report names the calorie target daily_calories; the rest by DailyTarget field.
        targets = {"calories": report_targets["daily_calories"]}
        targets.update(
            {
                KEY_ATTRIBUTES[key]: report_targets.get(KEY_ATTRIBUTES[key])
                for key in BUDGET_KEYS[1:]
            }
        )
        targets["source"] = report_targets.get("source")
        remaining = {
            key: None
            if targets[KEY_ATTRIBUTES[key]] is None
            else round(targets[KEY_ATTRIBUTES[key]] - intake[key], 1)
            for key in BUDGET_KEYS
        }
    intake["entries"] = report["total_food_entries"]
    return {
        "date": report["end_date"],
        "time_zone": report["time_zone"],
        "intake": intake,
        "targets": targets,
        "remaining": remaining,
    }


def publish_budget(user_id: int) -> None:
    """Compute and publish ``budget.updated`` for one user; never raises (logs instead)."""
    try:
        user = User.objects.filter(pk=user_id, is_active=True).first()
        if user is None:  # erased meanwhile: nobody left to tell
            return
        payload = today_budget(user)
    except Exception:
        logger.exception("budget for user %s could not be computed", user_id)
        return
    publish_user_event(user_id, BUDGET_UPDATED, payload)


def budget_changed(user_id: int) -> None:
    """Publish ``budget.updated`` once the current transaction commits (at once outside
    one); a rolled-back change publishes nothing. Called by the food log's write paths."""
    transaction.on_commit(partial(publish_budget, user_id), robust=True)
