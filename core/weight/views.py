"""The weight log: each user sees and changes only their own entries."""

from __future__ import annotations

from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import viewsets
from rest_framework.serializers import BaseSerializer

from core.api.filters import StrictOrderingFilter
from core.weight.filters import WeightEntryFilter
from core.weight.models import WeightEntry
from core.weight.serializers import WeightEntrySerializer


class WeightEntryViewSet(viewsets.ModelViewSet):
    """Your weighings, newest first; filter with ``?start=&end=`` (dates or date-times)."""

    serializer_class = WeightEntrySerializer
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    filterset_class = WeightEntryFilter
    ordering_fields = ["measured_at", "weight"]
    ordering = ["-measured_at", "-id"]

    def get_queryset(self) -> QuerySet[WeightEntry]:
        # Owner-scoped, so another user's id is a 404, never a 403.
        return WeightEntry.objects.filter(user=self.request.user)

    def perform_create(self, serializer: BaseSerializer) -> None:
        serializer.save(user=self.request.user)
