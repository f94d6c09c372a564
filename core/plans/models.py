"""Stored diet plans and workout plans: a JSON document per row, one active per user.

The "at most one active plan of each kind per user" rule is kept by
``core.plans.activation.save_plan``; every write that may activate a plan goes through it.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from core.plans.validators import validate_diet_plan, validate_workout


class PlanDocument(models.Model):
    """Columns shared by both kinds of plan."""

    # Name of the JSON column holding the document (``plan`` or ``workout``).
    document_field: ClassVar[str]

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # False by default so that a row created outside save_plan() can never become a
    # second active plan by accident; the API defaults to active and uses save_plan().
    is_active = models.BooleanField(default=False)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    @property
    def document(self) -> dict:
        return getattr(self, self.document_field)


class DietPlan(PlanDocument):
    """A diet plan (table ``diet_plans``); ``plan`` follows ``schemas.DIET_PLAN_SCHEMA``."""

    document_field = "plan"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="diet_plans"
    )
    plan = models.JSONField(default=dict, validators=[validate_diet_plan])

    class Meta(PlanDocument.Meta):
        db_table = "diet_plans"
        indexes = [models.Index(fields=["user", "is_active"], name="diet_plans_user_active")]

    def __str__(self) -> str:
        return f"Diet plan {self.pk} of {self.user_id}{' (active)' if self.is_active else ''}"


class Workout(PlanDocument):
    """A workout plan (table ``workouts``); ``workout`` follows ``schemas.WORKOUT_SCHEMA``."""

    document_field = "workout"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workouts"
    )
    workout = models.JSONField(default=dict, validators=[validate_workout])

    class Meta(PlanDocument.Meta):
        db_table = "workouts"
        indexes = [models.Index(fields=["user", "is_active"], name="workouts_user_active")]

    def __str__(self) -> str:
        return f"Workout {self.pk} of {self.user_id}{' (active)' if self.is_active else ''}"
