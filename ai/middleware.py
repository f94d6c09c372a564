"""ASGI middleware: request ids and access logs, security headers, body size limit,
request timeout.

Pure ASGI (no ``BaseHTTPMiddleware``) so bodies stream through untouched and a limit
can be enforced on what is actually received, not only on what ``Content-Length`` says.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ai.errors import ApiError, json_error
from ai.logs import request_id_var

access_log = logging.getLogger("ai.access")
error_log = logging.getLogger("ai.errors")

# Same rule as the core: a client's id is echoed only if it is short and plain.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class BodyTooLarge(ApiError):
    """The body grew past the limit while it was being read."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413, f"The request body is too large (limit {limit} bytes).", {"limit_bytes": limit}
        )


class RequestContextMiddleware:
    """Take ``X-Request-ID`` (or make one), echo it, and log one JSON line per request.

    The id is stored in ``scope["state"]`` (``request.state.request_id``) and in a context
    variable, so every log line written while handling the request carries it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"x-request-id"]
                message = {**message, "headers": [*headers, (b"x-request-id", request_id.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            status = 500
            error_log.exception("Unhandled error on %s %s", scope["method"], scope["path"])
            raise
        finally:
            access_log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id_var.reset(token)


class SecurityHeadersMiddleware:
    """``X-Content-Type-Options: nosniff`` and ``Cache-Control: no-store`` on every answer.

    Answers are JSON about one person (their plans, log, questions); no cache may keep
    them, and no browser may sniff one into HTML. A route that sets its own
    ``Cache-Control`` keeps it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k != b"x-content-type-options"
                ]
                headers.append((b"x-content-type-options", b"nosniff"))
                if not any(k == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodySizeLimitMiddleware:
    """Answer 413 JSON for bodies past ``limit`` bytes.

    A declared ``Content-Length`` over the limit is refused before the app runs; a body
    sent without one (chunked) is counted as it is received and cut off at the limit.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared:
            if not declared.isdigit():
                await json_error(400, "The Content-Length header is not a number.")(
                    scope, receive, send
                )
                return
            if int(declared) > self.limit:
                await BodySizeLimitMiddleware._refuse(self.limit, scope, receive, send)
                return

        received = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            # Normally the app's error handler has answered already; this covers a body
            # read outside it (another middleware, a background read).
            if response_started:
                raise
            await BodySizeLimitMiddleware._refuse(self.limit, scope, receive, send)

    @staticmethod
    async def _refuse(limit: int, scope: Scope, receive: Receive, send: Send) -> None:
        exc = BodyTooLarge(limit)
        await json_error(413, exc.detail, exc.details)(scope, receive, send)


class RequestTimeoutMiddleware:
    """Cancel a request still running after ``seconds`` and answer 503 JSON.

    A client (the core's gateway) gets a clear answer instead of waiting on its own read
    timeout; work in a thread cannot be interrupted, but the request stops waiting for it.
    """

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        response_started = False

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        deadline = asyncio.timeout(self.seconds)
        try:
            async with deadline:
                await self.app(scope, receive, tracking_send)
        except TimeoutError:
            # A TimeoutError of the app's own (a driver's) is not ours to rename.
            if response_started or not deadline.expired():
                raise
            message = f"The request took longer than {self.seconds:g} seconds and was stopped."
            response = json_error(503, message, {"timeout_seconds": self.seconds})
            await response(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str:
    """The first value of a request header, decoded, or ''."""
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return ""
