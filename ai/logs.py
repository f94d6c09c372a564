"""Structured logging: one JSON object per line, tagged with the current request id.

Used by both services (the core's ``LOGGING`` names these classes). Logs must never hold
coordinates, tokens or personal data: query strings (where latitude and longitude travel),
bearer tokens, JWTs and e-mail addresses are scrubbed from every line, and httpx's request
records lose their query strings at the logger, before any handler sees them.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

# Set by the request middleware for the duration of one request.
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

# LogRecord attributes that are not user-supplied ``extra`` fields.
_RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "color_message",
}


REDACTED = "[redacted]"
# HTTP clients that log every request with its full URL at INFO: httpx (our providers and
# the core's gateway) and its fork httpx2 (Starlette's TestClient, some SDKs).
HTTP_CLIENT_LOGGERS = ("httpx", "httpx2")

# A URL or path followed by a query with at least one key=value. Backslashes and quotes end
# the match so a scrubbed JSON line stays valid JSON.
_QUERY = re.compile(r"(?<=[\w/.~%-])\?[^\s\"'<>\\]*=[^\s\"'<>\\]*")
_BEARER = re.compile(r"(?i)\b(bearer)\s+[^\s\"',\\]+")
_JWT = re.compile(r"\beyJ[\w-]+\.[\w-]+\.[\w-]*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def scrub(text: str) -> str:
    """Remove query strings, bearer tokens, JWTs and e-mail addresses from ``text``."""
    text = _QUERY.sub(f"?{REDACTED}", text)
    text = _BEARER.sub(rf"\1 {REDACTED}", text)
    text = _JWT.sub("[jwt]", text)
    return _EMAIL.sub("[email]", text)


def without_query(url: object) -> object:
    """``url`` with its query string replaced by a marker; other values unchanged."""
    text = str(url)
    parts = urlsplit(text)
    if not (parts.scheme and parts.query):
        return url
    return urlunsplit(parts._replace(query=REDACTED))


class RedactUrlQueryFilter(logging.Filter):
    """Drop query strings from URL arguments (httpx logs ``HTTP Request: GET <full url>``).

    Installed on the ``HTTP_CLIENT_LOGGERS``, so even a handler other than ours (a test's capture,
    a library's) never receives the latitude and longitude of a restaurant search.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(without_query(arg) for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = _QUERY.sub(f"?{REDACTED}", record.msg)
        return True


class RequestIdFilter(logging.Filter):
    """Copy the current request id onto every record (``None`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """Render a record as one JSON line: time, level, logger, message, request id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
        }
        for key, value in vars(record).items():
            if key not in _RESERVED and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        # Scrubbed as a whole so no extra field, argument or traceback escapes it.
        return scrub(json.dumps(entry, default=str))


def configure_logging(level: str = "INFO") -> None:
    """Send the root logger (and uvicorn's) to stderr as JSON lines; idempotent.

    Uvicorn's own access log is silenced: the request middleware writes one richer line
    per request, with the request id.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    handler.set_name("ai-json")
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if h.get_name() != "ai-json"] + [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    logging.getLogger("uvicorn.access").disabled = True
    for name in HTTP_CLIENT_LOGGERS:
        client_logger = logging.getLogger(name)
        if not any(isinstance(f, RedactUrlQueryFilter) for f in client_logger.filters):
            client_logger.addFilter(RedactUrlQueryFilter())
