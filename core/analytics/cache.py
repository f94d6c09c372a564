"""Reports cached per user until that user's data changes.

A report reads four things: the food log, the weight log, the active diet plan and the
profile. Every save or delete of one of those rows replaces the user's *version* (a
random token in the cache), and a report is stored with the version read *before* it was
computed and served only while that is still the user's version, so a report computed
while the data changed is never served. The token is replaced when the row is written
and again when its transaction commits: a report computed in between (from the data as
it was) is dropped the same way. Random tokens, not counters, so a version evicted from
the cache can never come back and revive an old report.

``ANALYTICS_CACHE_SECONDS`` bounds how long a report lives (0 turns caching off); writes
that bypass model signals (``QuerySet.update``, ``bulk_create``: the demo loader) are
therefore visible within that time at worst.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

DEFAULT_SECONDS = 300
_VERSION_KEY = "analytics:v1:version:{user_id}"
_REPORT_KEY = "analytics:v1:report:{user_id}:{variant}"


def cache_seconds() -> int:
    """How long a computed report is kept; 0 means reports are not cached."""
    return max(0, int(getattr(settings, "ANALYTICS_CACHE_SECONDS", DEFAULT_SECONDS)))


def cached_report(user_id: int, variant: str, compute: Callable[[], Any]) -> Any:
    """The user's report for ``variant`` (period, zone, form), computed only on a miss.

    One cache round trip on a hit: the user's version and the stored report (kept with
    the version it was computed under) are read together.
    """
    seconds = cache_seconds()
    if not seconds:
        return compute()
    version_key = _VERSION_KEY.format(user_id=user_id)
    report_key = _REPORT_KEY.format(user_id=user_id, variant=variant)
    found = cache.get_many([version_key, report_key])
    version = found.get(version_key)
    if version is None:
        cache.add(version_key, uuid.uuid4().hex, timeout=None)
        version = cache.get(version_key)
    stored = found.get(report_key)
    if stored is not None and stored[0] == version:
        return stored[1]
    report = compute()
    cache.set(report_key, (version, report), timeout=seconds)
    return report


def data_changed(user_id: int | None) -> None:
    """Forget the user's cached reports, now and again when the transaction commits."""
    if user_id is None:
        return
    _new_version(user_id)
    transaction.on_commit(lambda: _new_version(user_id))


def _new_version(user_id: int) -> None:
    cache.set(_VERSION_KEY.format(user_id=user_id), uuid.uuid4().hex, timeout=None)


# --- signal receivers (connected in AnalyticsConfig.ready) ------------------------------
def _row_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    data_changed(getattr(instance, "user_id", None))


def _row_deleted(sender: type, instance: Any, origin: Any = None, **kwargs: Any) -> None:
    from core.accounts.models import User

    if isinstance(origin, User):
        return  # cascaded from deleting the user: one change for the user, not one a row
    data_changed(getattr(instance, "user_id", None))


def _profile_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # every login writes last_login; no report reads it
    data_changed(instance.pk)


def _user_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    data_changed(instance.pk)


def connect_signals() -> None:
    """Watch every model a report reads (idempotent: receivers have dispatch ids)."""
    from core.accounts.models import User
    from core.foodlog.models import FoodEntry
    from core.plans.models import DietPlan
    from core.weight.models import WeightEntry

    for model in (FoodEntry, WeightEntry, DietPlan):
        uid = f"analytics-cache-{model._meta.label_lower}"
        post_save.connect(_row_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(_row_deleted, sender=model, dispatch_uid=uid)
    post_save.connect(_profile_saved, sender=User, dispatch_uid="analytics-cache-user")
    post_delete.connect(_user_deleted, sender=User, dispatch_uid="analytics-cache-user")
