"""The AI service's input limits: JSON bodies are checked before any route sees them.

``JsonLimitsMiddleware`` reads a JSON request body (already bounded in bytes by
``BodySizeLimitMiddleware``), checks it with ``domain.input_limits`` (the core's rules:
depth, value count, finite bounded numbers, text without NUL or lone surrogates) and
answers 400 ``{"error", "details": {"path", "reason"}}`` for one that breaks them. Then it
hands the same bytes to the app. So no route, pydantic model or domain function sees a
400-digit integer (``float()`` overflows), a lone surrogate (no answer quoting it can be
encoded) or nesting deep enough to exhaust the recursion limit.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ai.errors import json_error
from domain.input_limits import InputLimitError, load_json


def _is_json(scope: Scope) -> bool:
    for key, value in scope.get("headers", []):
        if key == b"content-type":
            media = value.split(b";", 1)[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return False


class JsonLimitsMiddleware:
    """Refuse JSON bodies over the limits with a 400; pass the others on unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay([message]), send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body.strip():
            try:
                load_json(body)
            except InputLimitError as exc:
                message_text = f"The request body was refused: {exc}."
                details = {"path": exc.path, "reason": exc.reason}
                await json_error(400, message_text, details)(scope, receive, send)
                return
            except ValueError:
                pass  # not JSON at all: FastAPI answers its own 400 with the reason
        await self.app(scope, _replay([{"type": "http.request", "body": body}], receive), send)


def _replay(messages: list[Message], then: Receive | None = None) -> Receive:
    """A ``receive`` that yields ``messages`` first, then defers to ``then``."""
    pending = list(messages)

    async def receive() -> Message:
        if pending:
            return pending.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive
