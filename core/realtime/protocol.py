"""The socket's wire protocol: messages, the event envelope, close codes and limits.

Every frame is one JSON object with a ``type``, as UTF-8 text.

Client to server
  ``{"type": "auth", "token": "<access JWT>", "after_seq": 41}``
      The first message (within ``auth_timeout`` seconds), unless the token came in the
      ``Sec-WebSocket-Protocol`` header as ``bearer.<access JWT>`` (offer ``healthbite.v1``
      beside it; the server selects that one and never echoes the token). Never in the URL.
      ``after_seq`` (optional) resumes in the same step. Sent again later with a fresh
      token (same user), it extends the session past the old token's expiry.
  ``{"type": "resume", "after_seq": 41}``
      Replay the events after ``after_seq`` (the last ``seq`` the client saw).
  ``{"type": "ping"}`` -> ``{"type": "pong", "at": ...}``
  ``{"type": "assistant.ask", "message": "...", "conversation_id": "<uuid>"?, "id": "<any>"?}``
      Ask the assistant; the answer comes as ``assistant.chunk`` messages and one
      ``assistant.done`` (or ``assistant.error``), tagged with ``id``. A chunk with
      ``"reset": true`` drops the text streamed so far (a broken stream, a fallback
      follows); ``assistant.done`` carries the final stored answer in ``response``.

Server to client
  Events, the same envelope for every kind (replayable, numbered per user)::

      {"type": "budget.updated", "seq": 42, "at": "2026-05-01T12:00:00.123Z", "data": {...}}

  ``type`` is ``budget.updated``, ``plan_job.progress``, ``plan_job.finished``, ...;
  ``seq`` increases by one per event of this user (across all devices); ``at`` is when it
  was published (UTC); ``data`` is the publisher's payload. A client keeps the highest
  ``seq`` it saw and ignores one it already saw.

  Control messages (no ``seq`` of their own):
  ``ready`` (after auth: ``user_id``, ``seq`` = the user's latest, limits), ``resumed``
  (``after_seq``, ``replayed``, ``seq``), ``resync`` (the missed events are gone: refetch
  state over HTTP, then continue from ``seq``), ``heartbeat`` (every ``heartbeat`` seconds,
  with the latest ``seq``: if it is ahead of the client's for two heartbeats, resume),
  ``pong``, ``error`` (a bad message; the socket stays open), ``assistant.chunk``,
  ``assistant.done``, ``assistant.error``.

Close codes are below (:class:`Close`); 1012 comes from the server restarting. After
4402, 4408 (idle), 4409, 4429, 1012 and 1001 reconnect (with backoff) and resume.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from django.conf import settings

PROTOCOL = "healthbite.v1"
BEARER_PROTOCOL_PREFIX = "bearer."  # Sec-WebSocket-Protocol: healthbite.v1, bearer.<jwt>
# Query parameters that would carry a token in the URL (where proxies and access logs
# keep it): refused outright rather than silently ignored, so a client notices.
URL_TOKEN_PARAMETERS = frozenset({"token", "access", "access_token", "jwt", "auth", "bearer"})


class Close(IntEnum):
    """Close codes the server uses (4000-4999 are the application's; 1009 is standard)."""

    MESSAGE_TOO_BIG = 1009  # an inbound message over ``max_message_bytes``
    PROTOCOL_ERROR = 4400  # not JSON, binary, or the first message is not ``auth``
    UNAUTHORIZED = 4401  # no valid access token (missing, malformed, refresh, in the URL)
    TOKEN_EXPIRED = 4402  # the access token expired: refresh it, reconnect, resume
    TIMEOUT = 4408  # no auth within ``auth_timeout``, or silent past ``idle_timeout``
    REPLACED = 4409  # the user opened more than ``max_sockets``; the oldest is closed
    TOO_SLOW = 4429  # the client does not read its events (outbound queue full)


@dataclass(frozen=True)
class Limits:
    """Per-socket limits and the resume window (``settings.REALTIME``)."""

    max_sockets_per_user: int = 5
    max_message_bytes: int = 16 * 1024
    send_queue: int = 64  # messages waiting for a slow client before it is disconnected
    send_timeout: float = 10.0  # seconds one write may wait for the client to read
    auth_timeout: float = 10.0
    heartbeat: float = 25.0
    idle_timeout: float = 120.0  # the client must send something (e.g. ping) this often
    buffer_events: int = 200  # replay buffer per user: at most this many events ...
    buffer_seconds: int = 300  # ... no older than this

    @classmethod
    def from_settings(cls) -> Limits:
        """Read ``settings.REALTIME`` (missing keys keep the defaults above)."""
        configured = getattr(settings, "REALTIME", {}) or {}
        fields = cls.__dataclass_fields__
        return cls(**{key: value for key, value in configured.items() if key in fields})


def key_prefix() -> str:
    """The Redis key prefix of this deployment's realtime state (``REALTIME_KEY_PREFIX``)."""
    return getattr(settings, "REALTIME_KEY_PREFIX", "") or os.environ.get(
        "REALTIME_KEY_PREFIX", "healthbite:rt"
    )


def utc_now_iso(epoch: float | None = None) -> str:
    """An instant as ISO 8601 UTC with milliseconds and a ``Z``."""
    moment = datetime.fromtimestamp(time.time() if epoch is None else epoch, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def envelope(type_: str, seq: int, at: float, data: dict[str, Any]) -> dict[str, Any]:
    """The event envelope: ``{"type", "seq", "at", "data"}``."""
    return {"type": type_, "seq": seq, "at": utc_now_iso(at), "data": data}


def dumps(message: dict[str, Any]) -> str:
    """One frame's text: compact JSON (non-ASCII kept as UTF-8)."""
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False, default=str)
