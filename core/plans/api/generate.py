"""``POST /api/diet/generate/`` and ``POST /api/workout/generate/``: generated, then saved.

The AI service computes the plan for the caller (its token is forwarded, so the profile
is read there); the core checks the document against the stored-plan JSON Schema and
saves it as the user's active plan, deactivating the previous one, in one transaction
(``services.save_generated_plan``). 201 with the saved plan in the contract's shape.

What can go wrong: the AI service's 400 (profile incomplete, bad overrides) and 422 (no
plan meets the constraints) are passed on unchanged; the AI service down or slow -> 503;
an answer that is not a plan document or fails our schema -> 503 too (the dependency
misbehaved, not the client) and nothing is written.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, throttle_classes
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.errors import ServiceUnavailable
from core.api.throttles import GenerationThrottle
from core.gateway import ai_gateway
from core.plans.api.serializers import DietPlanSerializer, WorkoutSerializer
from core.plans.services import PlanKind, save_generated_plan

logger = logging.getLogger("core.plans")

# kind -> (AI service path, key of the document in its answer, serializer of the saved row)
GENERATORS: dict[str, tuple[str, str, type[serializers.ModelSerializer]]] = {
    "diet": ("/diet/generate", "plan", DietPlanSerializer),
    "workout": ("/workout/generate", "workout", WorkoutSerializer),
}
INVALID_DOCUMENT = "The AI service returned a plan we could not store; try again shortly."


def overrides_from(request: Request) -> dict[str, Any]:
    """The body's overrides as a JSON object ({} for an empty body); 400 otherwise.

    The AI service validates each field (and answers 400 per field); the core only makes
    sure it forwards an object.
    """
    data = request.data
    if data in (None, ""):
        return {}
    if not isinstance(data, dict):
        raise serializers.ValidationError(
            {"non_field_errors": ["The body must be a JSON object of overrides."]}
        )
    return dict(data)


def generate_and_save(request: Request, kind: PlanKind) -> Response:
    """Ask the AI service for a plan of ``kind`` and store it as the active one."""
    path, key, serializer_class = GENERATORS[kind]
    body = overrides_from(request)
    # Outside any transaction: no database lock is held while the AI service computes.
    # Generation only reads, so repeating it after a lost connection is harmless.
    reply = ai_gateway.post(path, json=body, request=request, idempotent=True)
    document = reply.data.get(key) if isinstance(reply.data, dict) else None
    if not isinstance(document, dict):
        logger.warning("AI service answered %s without a %r object", path, key)
        raise ServiceUnavailable(
            {"detail": INVALID_DOCUMENT, "reason": f"no {key} document in the answer"}
        )
    try:
        saved = save_generated_plan(request.user, kind, document)
    except ValidationError as exc:
        errors = [str(m) for messages in exc.message_dict.values() for m in messages][:10]
        logger.warning("AI service %s document failed the schema: %s", kind, errors)
        raise ServiceUnavailable(
            {"detail": INVALID_DOCUMENT, "reason": "invalid plan document", "errors": errors}
        ) from exc
    return Response(serializer_class(saved).data, status=status.HTTP_201_CREATED)


_ERRORS = {
    400: dict,  # profile incomplete (details.missing_fields) or bad overrides
    401: dict,
    422: dict,  # no plan meets the constraints (details.constraint)
    503: dict,  # the AI service is down, slow or misbehaving
}


@extend_schema(
    summary="Generate a diet plan and save it as the active one",
    description="Body: optional overrides (days 1-7, meals_per_day 1-6 or meals, "
    "restrictions/diet, allergies, disliked_foods, repeat_limit, goal, seed). The profile "
    "must hold gender, weight, activity_level and age + height (or body_fat_percent).",
    request=dict,
    responses={201: DietPlanSerializer, **_ERRORS},
    examples=[
        OpenApiExample("defaults", value={}),
        OpenApiExample(
            "three vegetarian meals", value={"meals_per_day": 3, "restrictions": ["vegetarian"]}
        ),
    ],
)
@api_view(["POST"])
@throttle_classes([GenerationThrottle])
def generate_diet_plan(request: Request) -> Response:
    """201 saved DietPlan; 400 incomplete profile; 422 infeasible; 503 AI unavailable."""
    return generate_and_save(request, "diet")


@extend_schema(
    summary="Generate a workout plan and save it as the active one",
    description="Body: optional overrides (goal, experience, days_per_week 1-6, "
    "minutes_per_session 20-180, equipment, avoid, preferred_days). The profile must hold "
    "weight.",
    request=dict,
    responses={201: WorkoutSerializer, **_ERRORS},
    examples=[OpenApiExample("strength, 3 days", value={"goal": "strength", "days_per_week": 3})],
)
@api_view(["POST"])
@throttle_classes([GenerationThrottle])
def generate_workout_plan(request: Request) -> Response:
    """201 saved Workout; 400 no weight / bad overrides; 422 nothing fits; 503 AI down."""
    return generate_and_save(request, "workout")
