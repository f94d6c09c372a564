"""The one-active-plan rule: saving an active plan deactivates the owner's others.

Why not a database constraint: the natural one is a partial unique index,
``UNIQUE (user_id) WHERE is_active``, and MySQL/MariaDB have no partial (filtered)
indexes (Django skips ``UniqueConstraint(condition=...)`` there with warning W036).
So the rule is kept here, in one transaction per save, and concurrent saves for the same
user are serialised by locking that user's row (``SELECT ... FOR UPDATE``) first:
without the lock two requests could each deactivate "the others" before either commits
its own active row, leaving two active plans (or, on InnoDB, a gap-lock deadlock).
Different users never wait on each other. SQLite ignores ``FOR UPDATE`` but allows only
one writing transaction at a time, which gives the same guarantee.
"""

from __future__ import annotations

from typing import TypeVar

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from core.plans.models import PlanDocument

P = TypeVar("P", bound=PlanDocument)


def lock_owner(user_id: int) -> None:
    """Lock the user's row until the surrounding transaction ends."""
    list(get_user_model().objects.select_for_update().filter(pk=user_id).values_list("pk"))


def save_plan(plan: P) -> P:
    """Save ``plan``; if it is active, deactivate its owner's other plans of the same kind.

    Both happen in one transaction under the owner's row lock, so at most one plan of
    each kind is active per user whatever the interleaving of requests.
    """
    model = type(plan)
    with transaction.atomic():
        lock_owner(plan.user_id)
        if plan.is_active:
            others = model._default_manager.filter(user_id=plan.user_id, is_active=True)
            if plan.pk is not None:
                others = others.exclude(pk=plan.pk)
            others.update(is_active=False, updated_at=timezone.now())
        plan.save()
    return plan
