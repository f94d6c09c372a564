"""Validation rules for profile values, shared by the serializers and the admin."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from zoneinfo import available_timezones

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from domain.profile_ranges import (
    AGE,
    BODY_FAT_PERCENT,
    HEIGHT_CM,
    WEIGHT_KG,
    ProfileRange,
)

# The one set of profile ranges lives in ``domain.profile_ranges`` (the planners use the
# same), so a profile the core accepts is never refused by a planner as out of range.
AGE_RANGE = (int(AGE.low), int(AGE.high))
HEIGHT_RANGE_CM = (HEIGHT_CM.low, HEIGHT_CM.high)
WEIGHT_RANGE_KG = (WEIGHT_KG.low, WEIGHT_KG.high)
BODY_FAT_RANGE = (BODY_FAT_PERCENT.low, BODY_FAT_PERCENT.high)


def range_field_kwargs(bounds: ProfileRange) -> dict[str, object]:
    """DRF ``IntegerField``/``FloatField`` arguments whose errors state the whole range.

    DRF's own messages name one bound only ("greater than or equal to 18"); a person
    correcting a value needs both.
    """
    low: float = int(bounds.low) if bounds.integer else bounds.low
    high: float = int(bounds.high) if bounds.integer else bounds.high
    return {
        "min_value": low,
        "max_value": high,
        "error_messages": {"min_value": bounds.message, "max_value": bounds.message},
    }


def django_range_validator(bounds: ProfileRange) -> Callable[[float | None], None]:
    """A Django form/model validator for the admin, with the same message as the API."""

    def validate(value: float | None) -> None:
        if value is not None and not bounds.contains(float(value)):
            raise DjangoValidationError(bounds.message, code="out_of_range")

    return validate


@lru_cache(maxsize=1)
def known_timezones() -> frozenset[str]:
    """IANA zone names the server knows."""
    return frozenset(available_timezones())


def validate_timezone(value: str) -> str:
    """Accept only an IANA time-zone name such as ``Europe/Berlin``."""
    if value not in known_timezones():
        raise serializers.ValidationError(
            f"'{value}' is not a known IANA time zone (for example 'UTC' or 'America/New_York')."
        )
    return value


def validate_choice_list(value: object, allowed: Iterable[str], what: str) -> list[str]:
    """A JSON list of distinct strings, each one of ``allowed``."""
    allowed = tuple(allowed)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise serializers.ValidationError(f"Must be a list of {what}.")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise serializers.ValidationError(
            f"Unknown {what}: {', '.join(unknown)}. Allowed: {', '.join(allowed)}."
        )
    return list(dict.fromkeys(value))  # de-duplicate, keep order
