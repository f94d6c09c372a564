"""The core's input limits: a JSON parser and a serializer validator over ``domain.input_limits``.

``LimitedJSONParser`` is the project's only parser (``DEFAULT_PARSER_CLASSES``): every
JSON body is refused with a 400 before a view runs if it is nested too deep, holds too
many values, a number that is not finite or too large, or text with a NUL or a lone
surrogate. So no view, serializer or model ever sees such a value, and nothing is
written. ``validate_json_value`` applies the same check to values that arrive another
way (the admin, a service call) for fields that store JSON as it is.
"""

from __future__ import annotations

import codecs
from typing import Any

from rest_framework import serializers
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from domain.input_limits import InputLimitError, check_json, load_json


class InputRejected(ParseError):
    """A body over a limit: 400 ``{"error", "details": {"path", "reason"}}``."""

    def __init__(self, error: InputLimitError) -> None:
        super().__init__(
            {
                "detail": f"The request body was refused: {error}.",
                "path": error.path,
                "reason": error.reason,
            }
        )


class LimitedJSONParser(JSONParser):
    """DRF's ``JSONParser`` with the limits of ``domain.input_limits``.

    The stock parser lets ``RecursionError`` (JSON nested ~1,000 deep) escape as a 500
    and accepts 10^400, 1e400 and lone surrogates, which later fail in ``float()``, in a
    JSON column or when the answer is encoded.
    """

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        encoding = (parser_context or {}).get("encoding") or "utf-8"
        raw = stream.read() if stream is not None else b""
        try:
            text = codecs.decode(raw, encoding)
            return load_json(text)
        except InputLimitError as exc:
            raise InputRejected(exc) from None
        except (ValueError, LookupError) as exc:  # not JSON, or an unknown encoding
            raise ParseError(f"The request body is not valid JSON: {exc}.") from None


def validate_json_value(value: Any) -> None:
    """Serializer validator: ``value`` must meet the JSON limits (see the module docstring)."""
    try:
        check_json(value)
    except InputLimitError as exc:
        raise serializers.ValidationError(str(exc)) from None
