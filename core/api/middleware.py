"""Middleware that keeps every response JSON and every request traceable."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty

from ai.logs import request_id_var
from core.api.errors import default_message, json_error

access_log = logging.getLogger("core.access")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdMiddleware:
    """Take ``X-Request-ID`` from the client (or make one), echo it back, log the request.

    The id also goes into a context variable, so every log line written while handling
    the request carries it (``ai.logs.RequestIdFilter``). One ``core.access`` line per
    request names the route pattern, never the path or query, which can hold ids and
    coordinates.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        request.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request.request_id)
        started = time.perf_counter()
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
            response["X-Request-ID"] = request.request_id
            return response
        finally:
            match = request.resolver_match
            access_log.info(
                "%s %s %s",
                request.method,
                match.route if match else "<unmatched>",
                status,
                extra={
                    "method": request.method,
                    "route": match.route if match else None,
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "user_id": _user_id(request),
                },
            )
            request_id_var.reset(token)


def _user_id(request: HttpRequest) -> int | None:
    """The authenticated user's id, without loading a session user nobody asked for.

    DRF stores the user it authenticated (JWT) on the Django request; Django's lazy
    session user is only read when something (the admin) already loaded it.
    """
    user = request.__dict__.get("user")
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:
        return None
    return user.pk if user is not None and user.is_authenticated else None


class BodySizeLimitMiddleware:
    """Answer 413 before a view reads a body larger than ``MAX_REQUEST_BODY_BYTES``.

    DRF's parsers read the raw stream, so Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` never
    fires for JSON bodies; the declared length is checked here instead.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return json_error(400, "The Content-Length header is not a number.")
        limit = settings.MAX_REQUEST_BODY_BYTES
        if length > limit:
            return json_error(
                413, f"The request body is too large (limit {limit} bytes).", {"limit_bytes": limit}
            )
        return self.get_response(request)


class NoStoreMiddleware:
    """``Cache-Control: no-store`` on every API response that does not set its own.

    API answers are personal (profile, export, food log, plans, analytics) or carry
    tokens (login, refresh); a shared or browser cache must never keep them. A view
    that means to be cached sets its own ``Cache-Control`` and is left alone.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/api/") and not response.has_header("Cache-Control"):
            response["Cache-Control"] = "no-store"
        return response


class JsonErrorMiddleware:
    """Turn any non-JSON error page (Django's 404/405/500, CSRF 403) into the JSON shape.

    DRF views already answer errors in JSON; this catches what happens outside them, such
    as unknown routes, so a client never has to parse HTML. The admin is left alone.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code < 400 or request.path.startswith("/admin/"):
            return response
        content_type = response.get("Content-Type", "")
        if content_type.startswith("application/json"):
            return response
        replacement = json_error(response.status_code, _message_for(request, response))
        for header in ("Allow", "Retry-After", "X-Request-ID"):
            if header in response:
                replacement[header] = response[header]
        return replacement


def _message_for(request: HttpRequest, response: HttpResponse) -> str:
    if response.status_code == 404:
        return f"No endpoint or resource at {request.path}."
    if response.status_code == 405:
        return f"Method {request.method} is not allowed on {request.path}."
    return default_message(response.status_code)
