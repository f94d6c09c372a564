"""Validation rules for profile values, shared by the serializers and the admin."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import available_timezones

from rest_framework import serializers

AGE_RANGE = (13, 120)
HEIGHT_RANGE_CM = (50.0, 272.0)
WEIGHT_RANGE_KG = (20.0, 400.0)
BODY_FAT_RANGE = (2.0, 70.0)


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
