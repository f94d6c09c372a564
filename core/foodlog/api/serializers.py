"""Serializers for logged foods.

``FoodEntrySerializer`` is the one representation of a logged food and the one place
where an explicit entry (name, calories, nutrients) is validated. Creating an entry
from other inputs is a separate serializer chosen by ``create_serializer_class``; see
its docstring.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.utils.timezone import valid_datetime

from core.api.limits import validate_json_value
from core.foodlog.localdays import MAX_YEAR, MIN_YEAR, user_zone
from core.foodlog.models import FoodEntry, Meal
from domain.nutrients import MAX_CALORIES_PER_ENTRY, NUTRIENTS, validate_nutrients

# A clock a little ahead (or a client in the next calendar day) is fine; a meal logged
# next week is a typo.
MAX_FUTURE = timedelta(hours=24)

NUTRIENTS_OPENAPI: dict[str, Any] = {
    "type": "object",
    "description": "Nutrient amounts by key (grams, except minerals and cholesterol in mg).",
    "properties": {
        n.key: {
            "type": "number",
            "minimum": 0,
            "maximum": n.max_per_entry,
            "description": f"{n.key} in {n.unit}",
        }
        for n in NUTRIENTS
    },
    "additionalProperties": False,
}


@extend_schema_field(NUTRIENTS_OPENAPI)
class NutrientsField(serializers.JSONField):
    """A nutrient mapping checked against ``domain.nutrients``; errors are reported per key."""

    def to_internal_value(self, data: Any) -> dict[str, float]:
        value = super().to_internal_value(data)
        # 10**400 would overflow float() in validate_nutrients: bound numbers first.
        validate_json_value(value)
        clean, errors = validate_nutrients(value)
        if errors:
            if not isinstance(value, dict):
                raise serializers.ValidationError(errors["nutrients"])
            raise serializers.ValidationError({key: [message] for key, message in errors.items()})
        return clean


class UserLocalDateTimeField(serializers.DateTimeField):
    """An ISO datetime; one without an offset is read as the requesting user's local time.

    Output stays in UTC (``...Z``) like every other timestamp of the API.
    """

    def enforce_timezone(self, value: datetime) -> datetime:
        if timezone.is_naive(value):
            request = self.context.get("request")
            zone = user_zone(getattr(request, "user", None))
            value = value.replace(tzinfo=zone)
            if not valid_datetime(value):
                self.fail("make_aware", timezone=zone)
        return super().enforce_timezone(value)


class FoodEntrySerializer(serializers.ModelSerializer):
    """A logged food: read representation and the explicit name/calories/nutrients input."""

    calories = serializers.FloatField(
        min_value=0,
        max_value=MAX_CALORIES_PER_ENTRY,
        help_text=f"Energy in kcal, 0 to {MAX_CALORIES_PER_ENTRY:g}.",
    )
    nutrients = NutrientsField(required=False)
    meal = serializers.ChoiceField(
        choices=Meal.choices, required=False, allow_blank=True, help_text="Optional."
    )
    logged_at = UserLocalDateTimeField(
        required=False,
        help_text="When it was eaten; defaults to now. Without an offset: the user's local time.",
    )

    class Meta:
        model = FoodEntry
        fields = [
            "id",
            "name",
            "calories",
            "nutrients",
            "meal",
            "logged_at",
            "catalog_food",
            "grams",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "catalog_food", "grams", "created_at", "updated_at"]

    def to_representation(self, instance: FoodEntry) -> dict[str, Any]:
        """The read shape, built in one step.

        DRF's generic path (each field's ``get_attribute`` and ``to_representation``) cost
        about as much as everything else in a list page together; this gives the same
        output for these fields (``test_representation.py`` compares the two).
        """
        grams = instance.grams
        return {
            "id": instance.pk,
            "name": instance.name,
            "calories": float(instance.calories),
            "nutrients": instance.nutrients,
            "meal": instance.meal,
            "logged_at": _iso_datetime(instance.logged_at),
            "catalog_food": instance.catalog_food_id,
            "grams": None if grams is None else float(grams),
            "created_at": _iso_datetime(instance.created_at),
            "updated_at": _iso_datetime(instance.updated_at),
        }

    def validate_logged_at(self, value: datetime) -> datetime:
        """Refuse timestamps far in the future or outside the years the API can bucket."""
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise serializers.ValidationError(f"Must be between {MIN_YEAR} and {MAX_YEAR}.")
        if value > timezone.now() + MAX_FUTURE:
            raise serializers.ValidationError("Must not be more than 24 hours in the future.")
        return value


def _iso_datetime(value: datetime | None) -> str | None:
    """What DRF's ``DateTimeField`` writes: ISO 8601 in the current zone, UTC as ``Z``."""
    if not value:
        return None
    if timezone.is_naive(value):  # never from the database (USE_TZ); DRF's own rules then
        return serializers.DateTimeField().to_representation(value)
    text = value.astimezone(timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def create_serializer_class(data: object) -> type[serializers.Serializer]:
    """Pick the serializer that validates a create request, by the shape of its body.

    Only the explicit form (``name``, ``calories``, ``nutrients``) exists today. An
    alternative input, such as ``{"catalog_food": id, "grams": 150}`` or
    ``{"description": "2 eggs", "meal": "breakfast"}``, gets its own serializer whose
    ``create(validated_data)`` (called with ``user`` in ``validated_data``) resolves the
    input into a saved ``FoodEntry``, ideally by passing the resolved values through
    ``FoodEntrySerializer`` so the bounds stay in one place; it is then selected here.
    The view and the response shape (always ``FoodEntrySerializer``) do not change.
    """
    from core.foodlog.api.catalog_entry import CatalogEntrySerializer

    if isinstance(data, dict) and "catalog_food" in data:
        return CatalogEntrySerializer
    if isinstance(data, dict) and "description" in data and "name" not in data:
        # logging by description (core/foodlog/api/description.py): one entry per item,
        # answered as {"entries": [...], "analysis": {...}}
        from core.foodlog.api.description import DescriptionEntrySerializer

        return DescriptionEntrySerializer
    return FoodEntrySerializer
