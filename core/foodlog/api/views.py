"""The food log endpoint: ``/foods/``, owner-scoped CRUD."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.filters import StrictOrderingFilter
from core.foodlog.api.filtersets import FoodEntryFilterSet
from core.foodlog.api.serializers import FoodEntrySerializer, create_serializer_class
from core.foodlog.models import FoodEntry
from core.realtime.budget import budget_changed


@extend_schema_view(
    list=extend_schema(summary="List your logged foods (newest first)"),
    create=extend_schema(
        summary="Log a food",
        description="The explicit form (name, calories, nutrients), or "
        '{"description": "2 eggs and a slice of toast", "meal": "breakfast"}: analysed by '
        "the AI service and stored as one entry per item in one transaction, answered "
        '201 {"entries": [...], "analysis": {...}}; 422 if an item is unmatched (nothing '
        "written), 503 if the AI service is down.",
        responses={201: FoodEntrySerializer},
    ),
)
class FoodEntryViewSet(viewsets.ModelViewSet):
    """What the signed-in user ate. Another user's entry answers 404."""

    serializer_class = FoodEntrySerializer
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    filterset_class = FoodEntryFilterSet
    ordering_fields = ["logged_at", "calories"]
    ordering = ["-logged_at", "-id"]

    def get_queryset(self) -> QuerySet[FoodEntry]:
        return FoodEntry.objects.filter(user=self.request.user)

    def get_serializer_class(self) -> type[serializers.Serializer]:
        if self.action == "create" and not getattr(self, "swagger_fake_view", False):
            return create_serializer_class(self.request.data)
        return FoodEntrySerializer

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """Validate with the input's serializer; answer with the entry's representation."""
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        self.perform_create(serializer)
        if hasattr(serializer, "response_data"):
            # logging by description: several entries, {"entries": [...], "analysis": {...}}
            return Response(serializer.response_data(), status=status.HTTP_201_CREATED)
        body = FoodEntrySerializer(serializer.instance, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_201_CREATED)

    # Every write ends by telling the user's open sockets (budget.updated, after commit).
    def perform_create(self, serializer: serializers.Serializer) -> None:
        serializer.save(user=self.request.user)
        budget_changed(self.request.user.pk)

    def perform_update(self, serializer: serializers.Serializer) -> None:
        super().perform_update(serializer)
        budget_changed(self.request.user.pk)

    def perform_destroy(self, instance: FoodEntry) -> None:
        super().perform_destroy(instance)
        budget_changed(self.request.user.pk)
