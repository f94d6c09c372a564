"""``/diet-plans/`` and ``/workouts/``: owner-scoped CRUD over stored plans."""

from __future__ import annotations

from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import serializers, viewsets

from core.api.filters import StrictOrderingFilter
from core.plans.api.filtersets import DietPlanFilterSet, WorkoutFilterSet
from core.plans.api.serializers import DietPlanSerializer, WorkoutSerializer
from core.plans.models import DietPlan, PlanDocument, Workout


class OwnedPlanViewSet(viewsets.ModelViewSet):
    """The signed-in user's plans of one kind, newest first; another user's id is 404."""

    model: type[PlanDocument]
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self) -> QuerySet[PlanDocument]:
        return self.model._default_manager.filter(user=self.request.user)

    def perform_create(self, serializer: serializers.Serializer) -> None:
        serializer.save(user=self.request.user)


class DietPlanViewSet(OwnedPlanViewSet):
    """Diet plans. ``plan`` follows the JSON Schema in ``core.plans.schemas``."""

    model = DietPlan
    serializer_class = DietPlanSerializer
    filterset_class = DietPlanFilterSet


class WorkoutViewSet(OwnedPlanViewSet):
    """Workout plans. ``workout`` follows the JSON Schema in ``core.plans.schemas``."""

    model = Workout
    serializer_class = WorkoutSerializer
    filterset_class = WorkoutFilterSet
