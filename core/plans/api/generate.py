"""``POST /api/diet/generate/`` and ``POST /api/workout/generate/``: generated, then saved.

The AI service computes the plan for the caller (its token is forwarded, so the profile
is read there); the core checks the document against the stored-plan JSON Schema and
saves it as the user's active plan, deactivating the previous one, in one transaction
(``services.save_generated_plan``). 201 with the saved plan in the contract's shape.

What can go wrong: the AI service's 400 (profile incomplete, bad overrides) and 422 (no
plan meets the constraints) are passed on unchanged; the AI service down or slow -> 503;
an answer that is not a plan document or fails our schema -> 503 too (the dependency
misbehaved, not the client) and nothing is written.

``Prefer: respond-async`` runs the same generation as a background job (202 + the job).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, throttle_classes
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.throttles import GenerationThrottle
from core.plans.api.serializers import DietPlanSerializer, WorkoutSerializer
from core.plans.services import PlanKind, generate_plan

SERIALIZERS: dict[str, type[serializers.ModelSerializer]] = {
    "diet": DietPlanSerializer,
    "workout": WorkoutSerializer,
}


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


def wants_async(request: Request) -> bool:
    """True when the client asked for a background job (RFC 7240 ``Prefer: respond-async``)."""
    prefer = request.headers.get("Prefer", "")
    return any(p.strip().lower() == "respond-async" for p in prefer.split(","))


def generate_and_save(request: Request, kind: PlanKind) -> Response:
    """Ask the AI service for a plan of ``kind`` and store it as the active one.

    With ``Prefer: respond-async`` the same work runs as a background job instead: 202 and
    the job resource to poll (``core.jobs``).
    """
    body = overrides_from(request)
    if wants_async(request):
        from core.jobs.api import start_plan_job  # the jobs app builds on this one

        return start_plan_job(request, kind, body)
    saved = generate_plan(request.user, kind, body, request)
    return Response(SERIALIZERS[kind](saved).data, status=status.HTTP_201_CREATED)


_ERRORS = {
    400: dict,  # profile incomplete (details.missing_fields) or bad overrides
    401: dict,
    422: dict,  # no plan meets the constraints (details.constraint)
    429: dict,  # per-user generation limit, or too many unfinished jobs
    503: dict,  # the AI service is down, slow or misbehaving
}
PREFER = OpenApiParameter(
    "Prefer",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="`respond-async`: run as a background job; 202 with the job to poll at "
    "`/api/v1/jobs/{id}/` (its result is saved as the active plan, as here).",
)


@extend_schema(
    summary="Generate a diet plan and save it as the active one",
    description="Body: optional overrides (days 1-7, meals_per_day 1-6 or meals, "
    "restrictions/diet, allergies, disliked_foods, repeat_limit, goal, seed). The profile "
    "must hold gender, weight, activity_level and age + height (or body_fat_percent).",
    request=dict,
    parameters=[PREFER],
    responses={201: DietPlanSerializer, 202: dict, **_ERRORS},
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
    parameters=[PREFER],
    responses={201: WorkoutSerializer, 202: dict, **_ERRORS},
    examples=[OpenApiExample("strength, 3 days", value={"goal": "strength", "days_per_week": 3})],
)
@api_view(["POST"])
@throttle_classes([GenerationThrottle])
def generate_workout_plan(request: Request) -> Response:
    """201 saved Workout; 400 no weight / bad overrides; 422 nothing fits; 503 AI down."""
    return generate_and_save(request, "workout")
