"""Restaurant input validation and output shape."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from core.restaurants.models import LATITUDE_RANGE, LONGITUDE_RANGE, Restaurant

MAX_HEALTHY_OPTIONS = 50


class LocationSerializer(serializers.Serializer):
    """``{latitude, longitude}`` in decimal degrees (WGS 84)."""

    latitude = serializers.FloatField(min_value=LATITUDE_RANGE[0], max_value=LATITUDE_RANGE[1])
    longitude = serializers.FloatField(min_value=LONGITUDE_RANGE[0], max_value=LONGITUDE_RANGE[1])


class RestaurantSerializer(serializers.ModelSerializer):
    """A restaurant. Coordinates may be sent as ``latitude``/``longitude`` or, as in the
    original design, as ``location: {latitude, longitude}``; both are returned."""

    location = LocationSerializer(
        required=False, help_text="Same coordinates as latitude/longitude (original design)."
    )
    healthy_options = serializers.ListField(
        child=serializers.CharField(max_length=100),
        max_length=MAX_HEALTHY_OPTIONS,
        required=False,
        help_text="Names of the healthier dishes.",
    )

    class Meta:
        model = Restaurant
        fields = [
            "id", "name", "address", "location", "latitude", "longitude", "cuisine",
            "price_level", "rating", "healthy_options", "external_id", "source",
            "created_at", "updated_at",
        ]  # fmt: skip
        read_only_fields = ["id", "created_at", "updated_at"]
        # Required on create and PUT, but may arrive inside `location`: see validate().
        extra_kwargs = {"latitude": {"required": False}, "longitude": {"required": False}}

    def validate_name(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("Name must not be blank.")
        return value.strip()

    def validate_healthy_options(self, value: list[str]) -> list[str]:
        # Blank entries are noise and repeats add nothing; keep the first spelling.
        seen: dict[str, str] = {}
        for option in (item.strip() for item in value):
            if option and option.casefold() not in seen:
                seen[option.casefold()] = option
        return list(seen.values())

    def validate_external_id(self, value: str | None) -> str | None:
        # "" would collide with itself under the unique constraint; it means "none".
        if value is None:
            return None
        return value.strip() or None

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        location = attrs.pop("location", None)
        errors: dict[str, list[str]] = {}
        if location is not None:
            for key in ("latitude", "longitude"):
                if key in attrs and attrs[key] != location[key]:
                    errors["location"] = [f"location.{key} disagrees with {key}."]
                attrs.setdefault(key, location[key])
        if self.instance is None or not self.partial:  # create or PUT: both are needed
            for key in ("latitude", "longitude"):
                if key not in attrs:
                    errors[key] = ["This field is required (or send location)."]
        if errors:
            raise serializers.ValidationError(errors)
        return attrs
