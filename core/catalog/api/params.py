"""Query parameters of the catalog endpoints, validated up front (bad values: 400)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from core.catalog.models import FoodKind
from domain.diet import ALLERGENS, DIETARY_PREFERENCES, allergens_for, preference_for


def _word_list(value: str) -> list[str]:
    return [word.strip() for word in value.split(",") if word.strip()]


def _refuse_unknown(unknown: list[str], name: str, vocabulary: tuple[str, ...]) -> None:
    if unknown:
        raise serializers.ValidationError(
            f"Unknown {name} {', '.join(unknown)}; use one of: {', '.join(vocabulary)}."
        )


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
    """``?search=&kind=&group=&diet=&exclude_allergens=`` plus the amount parameters.

    ``diet`` and ``exclude_allergens`` take the words of ``domain.diet`` (aliases too:
    "keto", "gluten", "nuts"); an unknown word is a 400, never silently ignored.
    """

    search = serializers.CharField(required=False, max_length=100, allow_blank=True)
    kind = serializers.ChoiceField(required=False, choices=FoodKind.choices)
    group = serializers.CharField(required=False, max_length=80, allow_blank=True)
    diet = serializers.CharField(required=False, max_length=200, allow_blank=True)
    exclude_allergens = serializers.CharField(required=False, max_length=200, allow_blank=True)

    def validate_diet(self, value: str) -> list[str]:
        """The preferences named (canonical: "keto" -> ``low_carb``)."""
        words = _word_list(value)
        _refuse_unknown(
            [w for w in words if preference_for(w) is None], "diet", DIETARY_PREFERENCES
        )
        return [preference_for(w) for w in words]

    def validate_exclude_allergens(self, value: str) -> list[str]:
        """The allergy words named, each known to ``domain.diet`` ("nuts", "gluten")."""
        words = _word_list(value)
        _refuse_unknown([w for w in words if not allergens_for(w)], "allergen", ALLERGENS)
        return words
