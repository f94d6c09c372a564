"""One error shape, the core's: ``{"error": "<sentence>", "details": {...}}``.

Every failure answers in it: HTTP errors raised by routes and dependencies, unknown
routes (404) and methods (405), invalid bodies and parameters (400 with per-field
details, as the core answers them), oversized bodies (413) and unexpected errors (500).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from domain.errors import default_message, error_body


def json_error(
    status_code: int,
    message: str | None = None,
    details: Any = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A JSON error response in the shared shape."""
    body = error_body(message or default_message(status_code), details)
    return JSONResponse(body, status_code=status_code, headers=headers)


class ApiError(StarletteHTTPException):
    """An HTTP error with a readable message and structured details.

    Raise it from routes and dependencies; ``details`` lands in the body as it is.
    """

    def __init__(
        self,
        status_code: int,
        message: str | None = None,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code, message or default_message(status_code), headers)
        self.details = details or {}


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if isinstance(exc, ApiError):
        message, details = exc.detail, exc.details
    elif status == 404 and exc.detail in (None, "Not Found"):
        message, details = f"No endpoint or resource at {request.url.path}.", {}
    elif status == 405:
        message, details = f"Method {request.method} is not allowed on {request.url.path}.", {}
    else:
        # Starlette's stock detail is the bare status phrase ("Not Found"); ours are
        # sentences. A route's own message is kept.
        phrase = str(exc.detail or "")
        if not phrase or phrase == _status_phrase(status):
            message = default_message(status)
        else:
            message = phrase if phrase.endswith((".", "?", "!")) else f"{phrase}."
        details = {}
    return json_error(status, message, details, headers=dict(exc.headers or {}))


def _status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


_LOCATIONS = {"body", "query", "path", "header", "cookie"}


def _field_name(loc: tuple[Any, ...]) -> str:
    """``("body", "items", 0, "grams")`` -> ``"items.0.grams"``; the body itself is non-field."""
    parts = loc[1:] if loc and loc[0] in _LOCATIONS else loc
    return ".".join(str(part) for part in parts) or "non_field_errors"


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    for error in errors:
        if error.get("type") == "json_invalid":
            reason = error.get("ctx", {}).get("error", "")
            message = "The request body is not valid JSON" + (f": {reason}." if reason else ".")
            return json_error(400, message, {"non_field_errors": [message]})
    details: dict[str, list[str]] = {}
    for error in errors:
        field = _field_name(tuple(error.get("loc", ())))
        details.setdefault(field, []).append(str(error.get("msg")))
    field, messages = next(iter(details.items()))
    prefix = "" if field == "non_field_errors" else f"{field}: "
    message = f"Invalid input: {prefix}{messages[0]}"
    return json_error(400, message if message.endswith(".") else f"{message}.", details)


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    # The request middleware has already logged the traceback with the request id.
    request_id = getattr(request.state, "request_id", None)
    headers = {"X-Request-ID": request_id} if request_id else None
    return json_error(500, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that keep every error in the shared JSON shape."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
