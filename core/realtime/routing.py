"""WebSocket routes: the one socket endpoint, and a refusal for every other path."""

from __future__ import annotations

from typing import Any

from django.urls import path, re_path

from core.realtime.consumer import RealtimeConsumer

WS_PATH = "/api/v1/ws/"


async def reject(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Refuse the handshake (HTTP 403) for a path that has no socket."""
    await receive()  # websocket.connect
    await send({"type": "websocket.close"})


websocket_urlpatterns = [
    path(WS_PATH.lstrip("/"), RealtimeConsumer.as_asgi()),
    re_path(r"", reject),
]
