"""Generating plans through the AI service and storing them as the user's active plan.

Used by the synchronous generate endpoints and by the background plan jobs alike, so a
plan made by a job is checked and saved exactly as one made by a request.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from django.core.exceptions import ValidationError

from core.accounts.models import User
from core.api.errors import ServiceUnavailable
from core.gateway import Progress, ai_gateway
from core.plans.activation import save_plan
from core.plans.models import DietPlan, PlanDocument, Workout

logger = logging.getLogger("core.plans")

PlanKind = Literal["diet", "workout"]
PLAN_MODELS: dict[str, type[PlanDocument]] = {"diet": DietPlan, "workout": Workout}
# kind -> (AI service path, key of the document in its answer)
GENERATORS: dict[str, tuple[str, str]] = {
    "diet": ("/diet/generate", "plan"),
    "workout": ("/workout/generate", "workout"),
}
INVALID_DOCUMENT = "The AI service returned a plan we could not store; try again shortly."


def generate_plan(
    user: User,
    kind: PlanKind,
    overrides: dict[str, Any],
    caller: Any,
    on_progress: Progress | None = None,
) -> PlanDocument:
    """Ask the AI service for a plan of ``kind`` and store it as ``user``'s active plan.

    ``caller`` is what the gateway forwards (request id and Bearer token of ``user``): the
    incoming request, or a job's stand-in for one. Raises the gateway's ``UpstreamError``
    (the AI service's 400/422, passed on) or ``ServiceUnavailable`` (AI down, or an answer
    that is not a storable plan); nothing is written then. ``on_progress`` receives the AI
    service's progress items (a diet plan reports each day solved).
    """
    path, key = GENERATORS[kind]
    # Outside any transaction: no database lock is held while the AI service computes.
    # Generation only reads, so repeating it after a lost connection is harmless.
    reply = ai_gateway.post(
        path, json=overrides, request=caller, idempotent=True, on_progress=on_progress
    )
    document = reply.data.get(key) if isinstance(reply.data, dict) else None
    if not isinstance(document, dict):
        logger.warning("AI service answered %s without a %r object", path, key)
        raise ServiceUnavailable(
            {"detail": INVALID_DOCUMENT, "reason": f"no {key} document in the answer"}
        )
    try:
        return save_generated_plan(user, kind, document)
    except ValidationError as exc:
        errors = [str(m) for messages in exc.message_dict.values() for m in messages][:10]
        logger.warning("AI service %s document failed the schema: %s", kind, errors)
        raise ServiceUnavailable(
            {"detail": INVALID_DOCUMENT, "reason": "invalid plan document", "errors": errors}
        ) from exc


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
