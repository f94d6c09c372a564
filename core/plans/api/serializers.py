"""Serializers for diet plans and workouts.

The documents are checked against the JSON Schemas in ``core.plans.schemas`` (the
``validators`` of the model fields); the schemas are published in the OpenAPI document
as the type of the ``plan`` and ``workout`` fields.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.plans.activation import save_plan
from core.plans.models import DietPlan, PlanDocument, Workout
from core.plans.schemas import DIET_PLAN_SCHEMA, WORKOUT_SCHEMA, for_openapi
from core.plans.validators import validate_diet_plan, validate_workout


@extend_schema_field(for_openapi(DIET_PLAN_SCHEMA))
class DietPlanDocumentField(serializers.JSONField):
    """The ``plan`` document (see ``core.plans.schemas``)."""


@extend_schema_field(for_openapi(WORKOUT_SCHEMA))
class WorkoutDocumentField(serializers.JSONField):
    """The ``workout`` document (see ``core.plans.schemas``)."""


class PlanSerializer(serializers.ModelSerializer):
    """Shared by both kinds: every save goes through ``activation.save_plan``."""

    is_active = serializers.BooleanField(
        default=True,
        help_text="Defaults to true; activating a plan deactivates your other one of its kind.",
    )

    class Meta:
        model: type[PlanDocument]
        read_only_fields = ["id", "user", "created_at", "updated_at"]

    def create(self, validated_data: dict[str, Any]) -> PlanDocument:
        return save_plan(self.Meta.model(**validated_data))

    def update(self, instance: PlanDocument, validated_data: dict[str, Any]) -> PlanDocument:
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return save_plan(instance)


class DietPlanSerializer(PlanSerializer):
    """``{id, user, plan, created_at, updated_at, is_active}``."""

    plan = DietPlanDocumentField(validators=[validate_diet_plan])

    class Meta(PlanSerializer.Meta):
        model = DietPlan
        fields = ["id", "user", "plan", "created_at", "updated_at", "is_active"]


class WorkoutSerializer(PlanSerializer):
    """``{id, user, workout, created_at, updated_at, is_active}``."""

    workout = WorkoutDocumentField(validators=[validate_workout])

    class Meta(PlanSerializer.Meta):
        model = Workout
        fields = ["id", "user", "workout", "created_at", "updated_at", "is_active"]
