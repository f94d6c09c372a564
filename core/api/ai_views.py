"""Core endpoints about the AI service itself (feature views live with their apps)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.response import Response

from core.gateway import ai_gateway


@extend_schema(
    summary="AI service health, checked through the gateway", responses={200: dict, 503: dict}
)
@api_view(["GET"])
def ai_health(request: Request) -> Response:
    """200 with the AI service's own health answer, or 503 JSON when it cannot be reached."""
    reply = ai_gateway.get("/health", request=request)
    return Response({"status": "ok", "ai": reply.data})
