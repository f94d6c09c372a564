"""JSON error handlers for Django (health lives in ``core/api/health.py``)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse

from core.api.errors import json_error


def not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """Django ``handler404``: unknown routes answer JSON."""
    return json_error(404, f"No endpoint or resource at {request.path}.")


def server_error(request: HttpRequest) -> JsonResponse:
    """Django ``handler500``: an unexpected failure still answers JSON."""
    return json_error(500)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """Django ``handler400``."""
    return json_error(400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """Django ``handler403``."""
    return json_error(403)
