"""Storing plans produced by the generators (called by the AI gateway endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from django.core.exceptions import ValidationError

from core.accounts.models import User
from core.plans.activation import save_plan
from core.plans.models import DietPlan, PlanDocument, Workout

PlanKind = Literal["diet", "workout"]
PLAN_MODELS: dict[str, type[PlanDocument]] = {"diet": DietPlan, "workout": Workout}


def save_generated_plan(user: User, kind: PlanKind, payload: dict[str, Any]) -> PlanDocument:
    """Store a generated plan as the user's active plan of ``kind`` ("diet" or "workout").

    The document is checked against the kind's JSON Schema first; on failure a Django
    ``ValidationError`` (``message_dict`` keyed by ``plan``/``workout``) is raised and
    nothing is written. Otherwise the new row is saved active and the user's previous
    active plan of that kind is deactivated, in one transaction.
    """
    try:
        model = PLAN_MODELS[kind]
    except KeyError:
        raise ValueError(f"Unknown plan kind {kind!r}; use one of {sorted(PLAN_MODELS)}.") from None
    field = model.document_field
    for validator in model._meta.get_field(field).validators:
        try:
            validator(payload)
        except ValidationError as exc:
            raise ValidationError({field: exc.messages}) from exc
    return save_plan(model(user=user, is_active=True, **{field: payload}))
