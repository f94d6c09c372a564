"""Views shared by the whole API: health and JSON error handlers for Django."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, JsonResponse
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.errors import json_error


@extend_schema(summary="Liveness and database check", responses={200: dict, 503: dict})
@api_view(["GET"])
@authentication_classes([])
@permission_classes([AllowAny])
def health(request: Request) -> Response:
    """Report whether the service can reach its database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means the database is unreachable
        return Response(
            {"error": "The database is unreachable.", "details": {"reason": str(exc)}}, status=503
        )
    return Response({"status": "ok", "database": connection.vendor})


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
