"""The food entry's hand-built read shape equals DRF's generic field-by-field output."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.utils import timezone
from rest_framework import serializers

from core.api.testing import make_user
from core.catalog.models import CatalogFood
from core.foodlog.api.serializers import FoodEntrySerializer
from core.foodlog.models import FoodEntry

pytestmark = pytest.mark.django_db


def generic(entry: FoodEntry) -> dict:
    """What ``ModelSerializer`` itself writes for the declared fields."""
    return dict(serializers.ModelSerializer.to_representation(FoodEntrySerializer(), entry))


def entries() -> list[FoodEntry]:
    user = make_user()
    catalog_food = CatalogFood.objects.order_by("pk").first()
    return [
        FoodEntry.objects.create(user=user, name="Apple", calories=95, meal="snack"),
        FoodEntry.objects.create(
            user=user,
            name="Oats",
            calories=150.5,
            nutrients={"protein": 5.2, "fiber": 4},
            meal="",
            logged_at=datetime(2024, 3, 1, 7, 30, 15, 123456, tzinfo=UTC),
            catalog_food=catalog_food,
            grams=40,
        ),
    ]


def test_every_declared_field_and_nothing_else(starter_catalog: object) -> None:
    for entry in entries():
        entry.refresh_from_db()
        fast = FoodEntrySerializer(entry).data
        assert list(fast) == FoodEntrySerializer.Meta.fields
        assert fast == generic(entry)


def test_same_output_in_another_current_time_zone(starter_catalog: object) -> None:
    rows = entries()
    with timezone.override("Asia/Tokyo"):
        for entry in FoodEntry.objects.filter(pk__in=[e.pk for e in rows]):
            assert FoodEntrySerializer(entry).data == generic(entry)
    assert FoodEntrySerializer(rows[1]).data["logged_at"] == "2024-03-01T07:30:15.123456Z"
