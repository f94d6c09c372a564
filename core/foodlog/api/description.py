"""Logging by description: ``POST /api/foods/`` with ``{"description": "2 eggs and a slice
of toast", "meal": "breakfast"}``.

The description is analysed by the AI service (through the gateway, with the caller's
token) and every matched item becomes one ``FoodEntry``: name, kcal and nutrients from
the analysis, the same ``meal`` and ``logged_at`` for all. All or nothing:

- an item the analysis could not match -> 422, nothing written (logging part of a meal
  silently would understate it; the client can drop the item or log it explicitly);
- an item outside the explicit form's bounds -> 400, nothing written (each entry goes
  through ``FoodEntrySerializer``, so the bounds live in one place);
- the entries are saved in one transaction.

The answer is 201 ``{"entries": [<entry>, ...], "analysis": {...}}`` (always a list, also
for a single item, so a description always answers in the same shape).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from rest_framework import serializers

from core.api.errors import UpstreamError
from core.foodlog.api.analyze import MAX_TEXT_CHARS, analyze_meal
from core.foodlog.api.serializers import FoodEntrySerializer, UserLocalDateTimeField
from core.foodlog.models import FoodEntry, Meal

NAME_MAX = 200


class UnmatchedFoods(UpstreamError):
    """422: some items of the description matched no food; nothing was logged."""

    def __init__(self, analysis: dict[str, Any]) -> None:
        texts = ", ".join(f'"{u.get("text")}"' for u in analysis.get("unmatched") or [])
        super().__init__(
            422,
            {
                "error": f"Could not match {texts}; nothing was logged. Remove or rephrase "
                "it, or log it with name and calories.",
                "details": {
                    "unmatched": analysis.get("unmatched") or [],
                    "matched": [i.get("text") for i in analysis.get("items") or []],
                },
            },
        )


def entry_name(item: dict[str, Any]) -> str:
    """ "2 eggs (egg, 100 g)": what was written, then what it was read as."""
    return f"{item.get('text')} ({item.get('food')}, {float(item.get('grams') or 0):g} g)"[
        :NAME_MAX
    ]


class DescriptionEntrySerializer(serializers.Serializer):
    """Validates a description, analyses it and creates one entry per matched item."""

    description = serializers.CharField(max_length=MAX_TEXT_CHARS, trim_whitespace=True)
    meal = serializers.ChoiceField(choices=Meal.choices, required=False, allow_blank=True)
    logged_at = UserLocalDateTimeField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        analysis = analyze_meal(attrs["description"], self.context["request"])
        if analysis.get("unmatched"):
            raise UnmatchedFoods(analysis)
        logged_at = attrs.get("logged_at") or timezone.now()  # one moment for the whole meal
        entries: list[FoodEntrySerializer] = []
        errors: dict[str, Any] = {}
        for position, item in enumerate(analysis.get("items") or []):
            data = {
                "name": entry_name(item),
                "calories": item.get("calories"),
                "nutrients": item.get("nutrients") or {},
                "meal": attrs.get("meal", ""),
                "logged_at": logged_at,
            }
            entry = FoodEntrySerializer(data=data, context=self.context)
            if entry.is_valid():
                entries.append(entry)
            else:
                errors[str(position)] = {"text": item.get("text"), **entry.errors}
        if errors:
            raise serializers.ValidationError({"items": errors})
        if not entries:
            raise serializers.ValidationError({"description": ["No food found in it."]})
        attrs["entries"], attrs["analysis"] = entries, analysis
        return attrs

    def create(self, validated_data: dict[str, Any]) -> list[FoodEntry]:
        user = validated_data["user"]
        with transaction.atomic():
            return [entry.save(user=user) for entry in validated_data["entries"]]

    def response_data(self) -> dict[str, Any]:
        """The created entries and a summary of the analysis they came from."""
        analysis = self.validated_data["analysis"]
        return {
            "entries": FoodEntrySerializer(self.instance, many=True, context=self.context).data,
            "analysis": {
                key: analysis.get(key)
                for key in ("name", "calories", "serving_size", "provider", "fallback")
            },
        }
