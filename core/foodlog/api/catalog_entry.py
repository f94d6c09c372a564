"""Logging a food from the catalog: ``{"catalog_food": id, "grams": 150}`` or
``{"catalog_food": id, "portion": "1 large", "quantity": 2}``.

Calories and nutrients are computed from the catalog's USDA values per 100 g; the
computed entry then goes through ``FoodEntrySerializer`` so its bounds apply unchanged.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from core.catalog.models import CatalogFood
from core.catalog.services import nutrients_for, portion_grams
from core.foodlog.api.serializers import FoodEntrySerializer, UserLocalDateTimeField
from core.foodlog.models import FoodEntry, Meal

MAX_GRAMS = 5000.0


class CatalogEntrySerializer(serializers.Serializer):
    """Create input: a catalog food and an amount (grams, or a portion and a quantity)."""

    catalog_food = serializers.PrimaryKeyRelatedField(queryset=CatalogFood.objects.all())
    grams = serializers.FloatField(required=False, min_value=0.1, max_value=MAX_GRAMS)
    portion = serializers.CharField(required=False, max_length=140, help_text='e.g. "1 large"')
    quantity = serializers.FloatField(required=False, min_value=0.01, max_value=100, default=1.0)
    name = serializers.CharField(
        required=False, max_length=200, help_text="defaults to the food's name"
    )
    meal = serializers.ChoiceField(choices=Meal.choices, required=False, allow_blank=True)
    logged_at = UserLocalDateTimeField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        food: CatalogFood = attrs["catalog_food"]
        has_grams, has_portion = "grams" in attrs, "portion" in attrs
        if has_grams == has_portion:
            raise serializers.ValidationError(
                {"grams": ["Give either grams or a portion (with an optional quantity), not both."]}
            )
        if has_portion:
            try:
                attrs["grams"] = portion_grams(food, attrs["portion"], attrs["quantity"])
            except ValueError as exc:
                raise serializers.ValidationError({"portion": [str(exc)]}) from exc
            if attrs["grams"] > MAX_GRAMS:
                raise serializers.ValidationError(
                    {"quantity": [f"That is more than {MAX_GRAMS:g} g."]}
                )
        try:
            calories, nutrients = nutrients_for(food, attrs["grams"])
        except ValueError as exc:
            raise serializers.ValidationError({"catalog_food": [str(exc)]}) from exc
        entry = {
            "name": attrs.get("name") or food.name,
            "calories": calories,
            "nutrients": nutrients,
        }
        for key in ("meal", "logged_at"):
            if key in self.initial_data:
                entry[key] = self.initial_data[key]
        # The computed values pass the same bounds as a hand-typed entry.
        explicit = FoodEntrySerializer(data=entry, context=self.context)
        explicit.is_valid(raise_exception=True)
        return {**explicit.validated_data, "catalog_food": food, "grams": attrs["grams"]}

    def create(self, validated_data: dict[str, Any]) -> FoodEntry:
        return FoodEntry.objects.create(**validated_data)
