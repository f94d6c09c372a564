"""The JSON error shape both services answer with: ``{"error": "...", "details": {...}}``."""

from __future__ import annotations

from typing import Any

_DEFAULT_MESSAGES = {
    400: "The request is invalid.",
    401: "Authentication credentials were not provided or are invalid.",
    403: "You do not have permission to perform this action.",
    404: "Not found.",
    405: "Method not allowed.",
    413: "The request body is too large.",
    415: "Unsupported media type: send JSON.",
    422: "The request is well-formed but cannot be carried out.",
    429: "Too many requests; try again later.",
    500: "Internal server error.",
    503: "A service this request depends on is unavailable; try again shortly.",
}


def default_message(status_code: int) -> str:
    """A readable sentence for a bare HTTP status."""
    return _DEFAULT_MESSAGES.get(status_code, "The request could not be completed.")


def error_body(message: str, details: Any = None) -> dict[str, Any]:
    """Build the JSON body every error uses."""
    return {"error": message, "details": details if details is not None else {}}
