"""One error shape for every response: ``{"error": "<sentence>", "details": {...}}``."""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from domain.errors import default_message, error_body


def json_error(status_code: int, message: str | None = None, details: Any = None) -> JsonResponse:
    """A plain Django JSON error response, for code outside DRF views."""
    return JsonResponse(
        error_body(message or default_message(status_code), details), status=status_code
    )


def _first_message(details: Any) -> str | None:
    """Dig the first human message out of DRF's nested error details."""
    if isinstance(details, dict):
        for key, value in details.items():
            inner = _first_message(value)
            if inner:
                return inner if key in ("non_field_errors", "detail") else f"{key}: {inner}"
    elif isinstance(details, list):
        for value in details:
            inner = _first_message(value)
            if inner:
                return inner
    elif details:
        return str(details)
    return None


def json_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler that rewrites every error into the shared shape."""
    response = exception_handler(exc, context)
    if response is None:
        return None  # an unexpected error: Django's handler500 answers in JSON
    if isinstance(exc, UpstreamError):
        return response  # already in the shared shape
    if isinstance(exc, exceptions.ValidationError):
        details = (
            response.data
            if isinstance(response.data, dict)
            else {"non_field_errors": response.data}
        )
        first = _first_message(details)
        message = f"Invalid input: {first}" if first else default_message(400)
        response.data = error_body(message, details)
    else:
        detail = response.data.get("detail") if isinstance(response.data, dict) else None
        extra = (
            {k: v for k, v in response.data.items() if k != "detail"}
            if isinstance(response.data, dict)
            else {}
        )
        message = str(detail) if detail else default_message(response.status_code)
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            extra["retry_after_seconds"] = int(exc.wait)
        response.data = error_body(message, extra)
    return response


class ServiceUnavailable(exceptions.APIException):
    """A dependency (the AI service, a provider) is down: 503 with a readable message."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = default_message(503)
    default_code = "service_unavailable"


class UpstreamError(exceptions.APIException):
    """An error answered by a service we called (the AI service's 400/422/...), passed on.

    ``body`` is already ``{"error", "details"}``; it is kept as it is (APIException would
    turn every value into a string) and answered with the upstream status.
    """

    def __init__(self, status_code: int, body: dict[str, Any], wait: float | None = None) -> None:
        self.status_code = status_code
        self.detail = body
        self.wait = wait  # DRF turns it into a Retry-After header
