"""``assistant.ask`` over the socket: the chatbot view's path, answered as chunks.

The question goes exactly where ``POST /chatbot/query/`` sends it
(``core.assistant.views.ask_assistant``: the gateway, the AI service, the conversation
stored), under the same per-user limit (``ChatThrottle``, ``AI_CHAT_RATE``), but asks
the AI service for its NDJSON stream (``on_progress``): each ``answer`` delta becomes an
``assistant.chunk`` as it arrives (OpenAI's token stream when configured; the local
assistant's or the safety gate's answer as one chunk), then ``assistant.done`` carries
the stored answer, ``response`` included. Failures are ``assistant.error`` with the HTTP
status the same request would have had (chunks already sent are then void).

The client's rule: append each chunk's ``text``; a chunk with ``"reset": true`` first
clears what was shown (the OpenAI stream broke off and a fallback answers instead, which
says so; the model wrote words and then called tools); ``assistant.done``'s ``response``
is authoritative. ``Relay.finish`` guarantees the chunks after the last reset join up to
it exactly, so a client that only appends and clears shows the stored answer.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rest_framework.exceptions import APIException

from core.accounts.models import User
from core.api.throttles import ChatThrottle
from core.assistant.serializers import ChatQuerySerializer
from core.assistant.views import ask_assistant
from core.realtime.auth import Identity

CHUNK_CHARS = 2048  # one chunk per this many characters of the answer


@dataclass
class SocketRequest:
    """What the gateway and the throttle read from a request, for a socket's question."""

    user: Any
    token: str
    request_id: str = field(default_factory=lambda: secrets.token_hex(16))

    @property
    def META(self) -> dict[str, str]:  # noqa: N802 -- Django's attribute name
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}", "REMOTE_ADDR": ""}


class AssistantError(Exception):
    """The question was not answered: ``status`` as over HTTP, ``error`` to show."""

    def __init__(self, status: int, error: str, details: Any = None) -> None:
        super().__init__(error)
        self.status, self.error, self.details = status, error, details


def answer(
    identity: Identity,
    message: dict[str, Any],
    on_progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Ask the assistant for ``message`` (``{"message", "conversation_id"?}``); blocking.

    ``on_progress`` gets the AI service's progress items (``Relay.progress``) as they
    arrive, in this thread. Returns the chatbot view's answer body; raises
    :class:`AssistantError`.
    """
    serializer = ChatQuerySerializer(
        data={"query": message.get("message"), "conversation_id": message.get("conversation_id")}
    )
    if not serializer.is_valid():
        raise AssistantError(400, "The question is not valid.", serializer.errors)
    user = User.objects.filter(pk=identity.user_id, is_active=True).first()
    if user is None:
        raise AssistantError(401, "The account is not active.")
    request = SocketRequest(user=user, token=identity.token)
    throttle = ChatThrottle()
    if not throttle.allow_request(request, None):
        raise AssistantError(
            429, "Too many questions; try again shortly.", {"wait": throttle.wait()}
        )
    conversation_id: uuid.UUID | None = serializer.validated_data.get("conversation_id")
    try:
        return ask_assistant(
            user,
            serializer.validated_data["query"],
            conversation_id,
            request,
            on_progress=on_progress,
        )
    except APIException as exc:
        raise AssistantError(
            exc.status_code, "The assistant could not answer.", exc.detail
        ) from exc


def chunks(text: str) -> list[str]:
    """The answer split for ``assistant.chunk`` (one chunk for a short answer)."""
    return [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)] or [""]


class Relay:
    """One question's answer deltas -> ``assistant.chunk`` messages, in order.

    ``progress`` runs in the gateway's thread as each NDJSON line arrives and hands
    messages to ``send`` (which must be safe to call from that thread); ``finish`` runs
    once the answer is stored and returns the messages that make the chunks equal the
    stored answer (all of it when nothing streamed, e.g. an AI service answering plain
    JSON), to be sent before ``assistant.done``.
    """

    def __init__(self, ask_id: str | int | None, send: Callable[[dict[str, Any]], None]) -> None:
        self.ask_id, self.send = ask_id, send
        self.index = 0
        self.shown: list[str] = []  # the text of the chunks since the last reset

    def _chunk(self, text: str, reset: str | None = None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "assistant.chunk",
            "id": self.ask_id,
            "index": self.index,
            "text": text,
        }
        if reset is not None:
            message.update(reset=True, reason=reset)
            self.shown.clear()
        self.index += 1
        self.shown.append(text)
        return message

    def _pieces(self, text: str) -> list[dict[str, Any]]:
        return [self._chunk(piece) for piece in chunks(text) if piece]

    def progress(self, item: dict[str, Any]) -> None:
        """One progress item from the AI service (others than ``answer`` are ignored)."""
        if item.get("stage") != "answer":
            return
        if item.get("reset") is True:
            reason = item.get("reason")
            self.send(self._chunk("", str(reason)[:200] if reason else "withdrawn"))
            return
        delta = item.get("delta")
        if isinstance(delta, str):
            for message in self._pieces(delta):
                self.send(message)

    def finish(self, response: str) -> list[dict[str, Any]]:
        """The chunks still needed for the text shown to be ``response``."""
        shown = "".join(self.shown)
        if shown == response and self.index:
            return []
        if response.startswith(shown):
            return self._pieces(response[len(shown) :]) or [self._chunk("")]
        first, *rest = chunks(response)
        return [self._chunk(first, "replaced by the final answer"), *self._pieces("".join(rest))]
