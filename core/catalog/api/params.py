"""Query parameters of the catalog endpoints, validated up front (bad values: 400)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from core.catalog.tags import ALLERGENS, DIETS


def _tag_list(value: str, vocabulary: tuple[str, ...], name: str) -> list[str]:
    tags = [t.strip().lower().replace("-", "_") for t in value.split(",") if t.strip()]
    if unknown := sorted(set(tags) - set(vocabulary)):
        raise serializers.ValidationError(
            f"Unknown {name} {', '.join(unknown)}; use one of: {', '.join(vocabulary)}."
        )
    return tags


class AmountParams(serializers.Serializer):
    """``?grams=`` or ``?portion=&quantity=``: how much of a food to scale to."""

    grams = serializers.FloatField(required=False, min_value=0.001, max_value=100000)
    portion = serializers.CharField(required=False, max_length=140, allow_blank=False)
    quantity = serializers.FloatField(required=False, min_value=0.001, max_value=1000)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if "grams" in attrs and "portion" in attrs:
            raise serializers.ValidationError({"grams": "Give grams or portion, not both."})
        if "quantity" in attrs and "portion" not in attrs:
            raise serializers.ValidationError({"quantity": "quantity needs a portion."})
        return attrs


class SearchParams(AmountParams):
    """``?search=&group=&diet=&exclude_allergens=`` plus the amount parameters."""

    search = serializers.CharField(required=False, max_length=100, allow_blank=True)
    group = serializers.CharField(required=False, max_length=80, allow_blank=True)
    diet = serializers.CharField(required=False, max_length=200, allow_blank=True)
    exclude_allergens = serializers.CharField(required=False, max_length=200, allow_blank=True)

    def validate_diet(self, value: str) -> list[str]:
        return _tag_list(value, DIETS, "diet")

    def validate_exclude_allergens(self, value: str) -> list[str]:
        return _tag_list(value, ALLERGENS, "allergen")
