"""Django validators for the plan documents, used by the models (admin) and the API."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from core.plans.schemas import DIET_PLAN_SCHEMA, WORKOUT_SCHEMA, document_errors


def validate_diet_plan(value: Any) -> None:
    """Raise ``ValidationError`` listing each schema violation of a diet plan document."""
    errors = document_errors(DIET_PLAN_SCHEMA, value, root="plan")
    if errors:
        raise ValidationError(errors)


def validate_workout(value: Any) -> None:
    """Raise ``ValidationError`` listing each schema violation of a workout document."""
    errors = document_errors(WORKOUT_SCHEMA, value, root="workout")
    if errors:
        raise ValidationError(errors)
