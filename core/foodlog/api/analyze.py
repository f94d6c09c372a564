"""``POST /api/food/analyze/``: meal text analysed by the AI service, through the gateway.

The core adds nothing to the analysis; it checks the input is a string, forwards the
caller's token and request id, and passes the AI service's answer (or its 400/422) on.
The AI service down or slow: 503 JSON within the gateway's timeouts.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import api_view, throttle_classes
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.throttles import AnalysisThrottle
from core.gateway import ai_gateway

MAX_TEXT_CHARS = 1000
ANALYZE_PATH = "/food/analyze"


class AnalyzeInput(serializers.Serializer):
    """``name`` is the contract's field; ``text`` is accepted as an alias."""

    name = serializers.CharField(required=False, max_length=MAX_TEXT_CHARS, trim_whitespace=True)
    text = serializers.CharField(required=False, max_length=MAX_TEXT_CHARS, trim_whitespace=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        text = attrs.get("name") or attrs.get("text")
        if not text:
            raise serializers.ValidationError({"name": ['Describe the meal, e.g. "2 eggs".']})
        return {"name": text}


def analyze_meal(text: str, request: Request) -> dict[str, Any]:
    """The AI service's analysis of ``text`` for the caller of ``request``.

    Analysis is a read: retrying it on a lost connection is safe (``idempotent``).
    Raises ``ServiceUnavailable`` (503) or ``UpstreamError`` (the AI service's 4xx).
    """
    return ai_gateway.post(ANALYZE_PATH, json={"name": text}, request=request, idempotent=True).data


@extend_schema(
    summary="Analyse a meal description (foods, grams, kcal, nutrients)",
    request=AnalyzeInput,
    responses={
        200: inline_serializer(
            "FoodAnalysis",
            {
                "name": serializers.CharField(),
                "calories": serializers.FloatField(),
                "nutrients": serializers.DictField(child=serializers.FloatField()),
                "serving_size": serializers.FloatField(help_text="grams"),
                "items": serializers.ListField(child=serializers.DictField()),
                "unmatched": serializers.ListField(child=serializers.DictField()),
                "partial": serializers.BooleanField(
                    help_text="true when part of the text was not counted (see unmatched)"
                ),
                "coverage": serializers.FloatField(help_text="share of food mentions matched"),
                "provider": serializers.CharField(
                    help_text="local, nutritionix, edamam or openai (the model proposed the "
                    "items; the catalog weighed and counted them)"
                ),
                "fallback": serializers.BooleanField(),
                "fallback_reason": serializers.CharField(
                    allow_null=True,
                    help_text="when fallback is true: which providers did not answer and why",
                ),
                "nutrient_source": serializers.CharField(
                    help_text="where kcal and nutrients come from: catalog, nutritionix or edamam"
                ),
            },
        ),
        400: dict,
        422: dict,
        503: dict,
    },
    examples=[OpenApiExample("meal", value={"name": "2 eggs and a slice of toast"})],
)
@api_view(["POST"])
@throttle_classes([AnalysisThrottle])
def analyze_food(request: Request) -> Response:
    """200 with the analysis; 400 empty/oversize; 422 nothing matched; 503 AI down."""
    serializer = AnalyzeInput(data=request.data)
    serializer.is_valid(raise_exception=True)
    return Response(analyze_meal(serializer.validated_data["name"], request))
