"""``GET /api/restaurant/nearby/``: the AI service's nearby search, through the gateway.

The core validates the query itself (a 400 with per-field details never costs a call),
forwards it with the caller's token, stores any provider results the AI service fetched
(``core.restaurants.cache``) and answers
``{restaurants:[{id, name, location{latitude, longitude}, address, rating, distance_m,
score, healthy_options[...], source, ...}], count, page, page_size, sort, budget,
provider}``. When the AI service is down the answer is 503 JSON, as for every AI feature.
"""

from __future__ import annotations

import math
from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import api_view, throttle_classes
from rest_framework.fields import empty
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.throttles import RestaurantSearchThrottle
from core.gateway import ai_gateway
from core.restaurants.cache import cache_from_reply
from domain.geo import DEFAULT_RADIUS_M, MAX_RADIUS_M
from domain.healthiness import DIETS

MAX_PAGE_SIZE = 50


class FiniteFloatField(serializers.FloatField):
    """A float that must be a real number (``nan``/``inf`` are refused)."""

    def to_internal_value(self, data: Any) -> float:
        value = super().to_internal_value(data)
        if not math.isfinite(value):
            self.fail("invalid")
        return value


class OptionalBooleanField(serializers.BooleanField):
    """A boolean that stays unset when absent from a query string.

    DRF reads a missing checkbox in form (and query) data as ``False``; here absent means
    "no filter", not "closed now".
    """

    default_empty_html = empty


class NearbyQuerySerializer(serializers.Serializer):
    """The query string of a nearby search."""

    latitude = FiniteFloatField(min_value=-90, max_value=90)
    longitude = FiniteFloatField(min_value=-180, max_value=180)
    radius = FiniteFloatField(min_value=0, max_value=MAX_RADIUS_M, default=DEFAULT_RADIUS_M)
    sort = serializers.ChoiceField(["distance", "score", "rating"], default="distance")
    page = serializers.IntegerField(min_value=1, default=1)
    page_size = serializers.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, default=20)
    cuisine = serializers.CharField(max_length=50, required=False, allow_blank=True)
    price_level = serializers.RegexField(
        r"^[0-4](,[0-4])*$",
        max_length=20,
        required=False,
        error_messages={"invalid": "Use 0-4, or several separated by commas (1,2)."},
    )
    open_now = OptionalBooleanField(required=False, allow_null=True, default=None)
    min_rating = FiniteFloatField(min_value=0, max_value=5, required=False)
    diet = serializers.ChoiceField(DIETS, required=False)

    def to_params(self) -> dict[str, Any]:
        """The validated values as the AI service's query parameters."""
        params: dict[str, Any] = {}
        for key, value in self.validated_data.items():
            if value is None or value == "":
                continue
            params[key] = str(value).lower() if isinstance(value, bool) else value
        return params


@extend_schema(
    summary="Restaurants near a point, with the options that fit the caller's day",
    parameters=[NearbyQuerySerializer],
    responses={200: dict, 400: dict, 503: dict},
)
@api_view(["GET"])
@throttle_classes([RestaurantSearchThrottle])
def nearby(request: Request) -> Response:
    """Validate, ask the AI service, cache what its provider fetched, answer."""
    query = NearbyQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    reply = ai_gateway.get("/restaurant/nearby", request=request, params=query.to_params())
    data = reply.data
    cache_from_reply(data)
    return Response(data)
