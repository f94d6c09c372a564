"""The socket at ``/api/v1/ws/``: authenticate, deliver the user's events, stay bounded.

One consumer per socket. The wire protocol is in ``protocol.py``; this module decides:

- **Auth**: the access token from the subprotocol header or the first message
  (``auth.py``); 4408 if none arrives within ``auth_timeout``. Only then does the socket
  join the user's group, so it never receives anyone else's events.
- **Sockets per user**: at most ``max_sockets_per_user``; a new one closes the oldest
  (4409). The newest is usually the one a person is looking at; an old one is often a
  dead tab or a phone that lost its network without closing.
- **Output is bounded**: everything sent goes through one outbox drained by a writer
  task, so the dispatch loop never waits on a slow client. Live events beyond
  ``send_queue`` waiting, or one write stuck for ``send_timeout`` (uvicorn holds writes
  while the client's TCP window is full), close the socket with 4429: the client
  reconnects and resumes instead of the server buffering without bound. A replay adds at
  most ``buffer_events`` on top.
- **Input is bounded**: text only, at most ``max_message_bytes`` per message (1009);
  uvicorn's ``--ws-max-size`` refuses far larger frames before they are assembled.
- **Liveness**: a ``heartbeat`` every ``heartbeat`` seconds (with the latest ``seq``, so
  a client notices a lost event), ``ping`` -> ``pong``, 4408 when the client sent nothing
  for ``idle_timeout``, 4402 when its access token expires (a fresh ``auth`` extends it).
  uvicorn's protocol-level pings (``--ws-ping-interval``) catch dead TCP peers.
- **Shutdown**: uvicorn closes every socket with 1012 on SIGTERM; clients resume
  elsewhere, and the registry entries of a process that died are pruned (``store.py``).
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import time
from typing import Any

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer

from core.realtime import assistant
from core.realtime.auth import Identity, Refused, identify, subprotocol_choice, token_in_url
from core.realtime.events import Publisher, default_publisher, user_group
from core.realtime.protocol import PROTOCOL, Close, Limits, dumps, envelope, utc_now_iso

logger = logging.getLogger("core.realtime")

CLOSE_TIMEOUT_SECONDS = 5.0  # sending the close frame to a client that does not read
MAX_ASK_ID_CHARS = 64
# Blocking work (the token's user lookup, the assistant) runs in the shared thread pool,
# not the one "sync thread": a slow AI answer must not hold up other sockets' logins.
_in_thread = database_sync_to_async


class RealtimeConsumer(AsyncWebsocketConsumer):
    """One client's socket; see the module docstring."""

    # --- channels plumbing ------------------------------------------------------------
    async def dispatch(self, message: dict[str, Any]) -> None:
        # channels' dispatch closes stale database connections (a thread hop) before every
        # message; no handler here touches the database outside ``_in_thread``, which does
        # that itself, so each event costs no thread hop.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:  # e.g. a newer publisher's message: not worth a dead socket
            logger.warning("realtime: no handler for %r", message.get("type"))
            return
        await handler(message)

    async def websocket_connect(self, message: dict[str, Any]) -> None:
        """Accept, then wait for the token (or use the one from the handshake)."""
        self.limits = Limits.from_settings()
        self.publisher: Publisher = default_publisher()
        self.publisher.attach_server_loop(asyncio.get_running_loop())
        self.identity: Identity | None = None
        self.opened = self.last_received = time.monotonic()
        self.next_tick = self.opened + self.limits.auth_timeout
        self.outbox: collections.deque[str] = collections.deque()
        self.live_waiting = 0  # live events in the outbox (the bounded part)
        self.wake = asyncio.Event()
        self.closing: tuple[int, str] | None = None
        self.replayed: set[int] = set()  # seqs sent by a replay, skipped when they arrive live
        self.asking: asyncio.Task[None] | None = None
        self.joined = False
        subprotocol, token = subprotocol_choice(self.scope)
        await self.accept(subprotocol)
        self.writer = asyncio.create_task(self._write_loop())
        if token_in_url(self.scope):
            self._close_soon(Close.UNAUTHORIZED, "Tokens are not accepted in the URL.")
        elif token is not None:
            await self._authenticate(token, None)

    async def websocket_receive(self, message: dict[str, Any]) -> None:
        """Check size and shape, then route by ``type``."""
        if self.closing:
            return
        self.last_received = time.monotonic()
        text = message.get("text")
        if text is None:
            self._close_soon(Close.PROTOCOL_ERROR, "Only text frames are accepted.")
            return
        # 4 bytes per character at most: only long messages need encoding to measure.
        if len(text) * 4 > self.limits.max_message_bytes and (
            len(text.encode()) > self.limits.max_message_bytes
        ):
            self._close_soon(Close.MESSAGE_TOO_BIG, "Message too big.")
            return
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            if self.identity is None:
                self._close_soon(Close.PROTOCOL_ERROR, "Messages are JSON objects with a type.")
            else:
                self._error("Messages are JSON objects with a type.")
            return
        await self._route(data)

    async def websocket_disconnect(self, message: dict[str, Any]) -> None:
        """Leave the group and the registry; stop the writer and any question."""
        await self._cleanup()
        raise StopConsumer()

    # --- channel-layer messages ---------------------------------------------------------
    async def realtime_event(self, message: dict[str, Any]) -> None:
        """A published event for this user (``events.Publisher``)."""
        event = message["event"]
        seq = event["seq"]
        if self.replayed:
            if seq in self.replayed:  # already sent by a replay that overtook it
                self.replayed.discard(seq)
                return
            if seq > max(self.replayed):  # live has moved past the replay
                self.replayed.clear()
        if self.identity is None or self.closing:
            return
        if self.live_waiting >= self.limits.send_queue:
            self._close_soon(Close.TOO_SLOW, "Too slow: events were not read.")
            return
        self.live_waiting += 1
        self._send(envelope(event["type"], seq, event["at"], event["data"]), live=True)

    async def realtime_replaced(self, message: dict[str, Any]) -> None:
        """The user opened one socket too many and this is the oldest."""
        self._close_soon(Close.REPLACED, "Closed: too many sockets for this user.")

    async def realtime_stop(self, message: dict[str, Any]) -> None:
        """The writer could not even send a close frame: end without one."""
        await self._cleanup()
        raise StopConsumer()

    # --- client messages ----------------------------------------------------------------
    async def _route(self, data: dict[str, Any]) -> None:
        kind = data["type"]
        if self.identity is None:
            if kind != "auth":
                self._close_soon(Close.UNAUTHORIZED, "Authenticate first: an auth message.")
                return
            await self._authenticate(data.get("token"), data.get("after_seq"))
        elif kind == "auth":
            await self._authenticate(data.get("token"), data.get("after_seq"))
        elif kind == "ping":
            self._send({"type": "pong", "at": utc_now_iso()})
        elif kind == "resume":
            await self._resume(data.get("after_seq"))
        elif kind == "assistant.ask":
            self._ask(data)
        else:
            self._error("Unknown message type.", {"type": kind[:64]})

    async def _authenticate(self, token: object, after_seq: object) -> None:
        """Check the token; the first time, join the user's group and say ``ready``."""
        try:
            identity = await _in_thread(identify, thread_sensitive=False)(token)
        except Refused as refused:
            self._close_soon(refused.code, refused.reason)
            return
        if self.identity is not None:
            if identity.user_id != self.identity.user_id:
                self._close_soon(Close.UNAUTHORIZED, "The token is for another user.")
                return
            self.identity = identity  # renewed: the session lives until the new expiry
            self._send({"type": "renewed", "token_expires_at": utc_now_iso(identity.expires_at)})
            return
        self.identity = identity
        try:
            await self._join(identity.user_id)
        except Exception:
            logger.exception("realtime: joining user %s failed", identity.user_id)
            self._close_soon(1011, "Temporarily unavailable.")
            return
        if after_seq is not None:
            await self._resume(after_seq)

    async def _join(self, user_id: int) -> None:
        await self.channel_layer.group_add(user_group(user_id), self.channel_name)
        self.joined = True
        store = self.publisher.store
        for channel in await store.register(user_id, self.channel_name, time.time()):
            await self.channel_layer.send(channel, {"type": "realtime.replaced"})
        latest = await store.latest(user_id)
        self._send(
            {
                "type": "ready",
                "protocol": PROTOCOL,
                "user_id": user_id,
                "seq": latest,
                "token_expires_at": utc_now_iso(self.identity.expires_at),
                "heartbeat_seconds": self.limits.heartbeat,
                "idle_timeout_seconds": self.limits.idle_timeout,
                "max_message_bytes": self.limits.max_message_bytes,
                "resume_window": {
                    "events": self.limits.buffer_events,
                    "seconds": self.limits.buffer_seconds,
                },
            }
        )
        self._schedule_tick(self.limits.heartbeat)

    async def _resume(self, after_seq: object) -> None:
        """Replay the events after ``after_seq``, or say ``resync`` if some are gone."""
        if isinstance(after_seq, bool) or not isinstance(after_seq, int) or after_seq < 0:
            self._error("after_seq must be a whole number >= 0.")
            return
        assert self.identity is not None
        replay = await self.publisher.store.since(self.identity.user_id, after_seq)
        if not replay.complete:
            self._send(
                {
                    "type": "resync",
                    "after_seq": after_seq,
                    "seq": replay.latest,
                    "reason": "Missed events are no longer buffered: refetch, then go on from seq.",
                }
            )
            return
        for event in replay.events:
            self.replayed.add(event["seq"])
            self._send(event)
        self._send(
            {"type": "resumed", "after_seq": after_seq, "replayed": len(replay.events),
             "seq": replay.latest}
        )  # fmt: skip

    def _ask(self, data: dict[str, Any]) -> None:
        ask_id = data.get("id")
        if not isinstance(ask_id, (str, int)) or isinstance(ask_id, bool):
            ask_id = None
        elif isinstance(ask_id, str):
            ask_id = ask_id[:MAX_ASK_ID_CHARS]
        if self.asking is not None and not self.asking.done():
            self._send(
                {"type": "assistant.error", "id": ask_id, "status": 429,
                 "error": "One question at a time on a socket."}
            )  # fmt: skip
            return
        self.asking = asyncio.create_task(self._answer(ask_id, data))

    async def _answer(self, ask_id: str | int | None, data: dict[str, Any]) -> None:
        assert self.identity is not None
        loop = asyncio.get_running_loop()
        # Deltas arrive in the gateway's worker thread: queue them on the loop, in order.
        relay = assistant.Relay(
            ask_id, lambda message: loop.call_soon_threadsafe(self._send, message)
        )
        try:
            answer = await _in_thread(assistant.answer, thread_sensitive=False)(
                self.identity, data, relay.progress
            )
        except assistant.AssistantError as exc:
            self._send(
                {"type": "assistant.error", "id": ask_id, "status": exc.status,
                 "error": exc.error, "details": exc.details}
            )  # fmt: skip
            return
        except Exception:
            logger.exception("realtime: assistant.ask failed")
            self._send({"type": "assistant.error", "id": ask_id, "status": 500,
                        "error": "The assistant could not answer."})  # fmt: skip
            return
        # The thread's queued chunks ran before this resumed (FIFO), so these come after.
        for message in relay.finish(answer.get("response", "")):
            self._send(message)
        self._send({"type": "assistant.done", "id": ask_id, **answer})

    # --- output -------------------------------------------------------------------------
    def _send(self, message: dict[str, Any], live: bool = False) -> None:
        """Queue a message for the writer (never waits on the client)."""
        if self.closing:
            return
        self.outbox.append(("1" if live else "0") + dumps(message))
        self.wake.set()

    def _error(self, error: str, details: dict[str, Any] | None = None) -> None:
        self._send({"type": "error", "error": error, "details": details or {}})

    def _close_soon(self, code: int, reason: str) -> None:
        """Close after the writer's current write; nothing more is queued after this."""
        if self.closing is None:
            self.closing = (int(code), reason)
            self.outbox.clear()
            self.wake.set()
            user_id = self.identity.user_id if self.identity else None
            logger.info("realtime: closing a socket of user %s with %d: %s", user_id, code, reason)

    def _schedule_tick(self, seconds: float) -> None:
        self.next_tick = time.monotonic() + seconds
        self.wake.set()

    async def _write_loop(self) -> None:
        """Drain the outbox to the client, one write at a time, and run the ticks."""
        try:
            while True:
                if self.closing is not None:
                    await self._close_now(*self.closing)
                    return
                if self.outbox:
                    item = self.outbox.popleft()
                    if item[0] == "1":
                        self.live_waiting -= 1
                    try:
                        async with asyncio.timeout(self.limits.send_timeout):
                            await self.send(text_data=item[1:])
                    except TimeoutError:
                        self._close_soon(Close.TOO_SLOW, "Too slow: events were not read.")
                    continue
                delay = self.next_tick - time.monotonic()
                if delay <= 0:
                    await self._tick()
                    continue
                self.wake.clear()
                try:
                    async with asyncio.timeout(delay):
                        await self.wake.wait()
                except TimeoutError:
                    pass
        except asyncio.CancelledError:
            raise
        except Exception:  # the client went away mid-write (uvicorn's ClientDisconnected)
            logger.debug("realtime: writer stopped", exc_info=True)

    async def _close_now(self, code: int, reason: str) -> None:
        try:
            async with asyncio.timeout(CLOSE_TIMEOUT_SECONDS):
                await self.close(code=code, reason=reason)
            return  # uvicorn answers with websocket.disconnect -> websocket_disconnect
        except TimeoutError:
            pass
        except Exception:
            logger.debug("realtime: close failed", exc_info=True)
        # No close frame could be written (the client reads nothing): end the consumer;
        # uvicorn then drops the connection.
        await self.channel_layer.send(self.channel_name, {"type": "realtime.stop"})

    async def _tick(self) -> None:
        """Deadlines (auth, idle, token expiry), then a heartbeat with the latest seq."""
        now = time.monotonic()
        if self.identity is None:
            self._close_soon(Close.TIMEOUT, "No auth message in time.")
            return
        if time.time() >= self.identity.expires_at:
            self._close_soon(Close.TOKEN_EXPIRED, "The access token has expired.")
            return
        if now - self.last_received >= self.limits.idle_timeout:
            self._close_soon(Close.TIMEOUT, "Idle: nothing received in time.")
            return
        user_id = self.identity.user_id
        try:
            store = self.publisher.store
            await store.touch(user_id, self.channel_name, time.time())
            self._send({"type": "heartbeat", "seq": await store.latest(user_id),
                        "at": utc_now_iso()})  # fmt: skip
        except Exception:  # Redis away for a moment: the next heartbeat tries again
            logger.warning("realtime: heartbeat for user %s failed", user_id, exc_info=True)
        idle_left = self.limits.idle_timeout - (now - self.last_received)
        token_left = self.identity.expires_at - time.time()
        self._schedule_tick(max(0.05, min(self.limits.heartbeat, idle_left, token_left)))

    async def _cleanup(self) -> None:
        for task in (getattr(self, "writer", None), getattr(self, "asking", None)):
            if task is not None and not task.done():
                task.cancel()
        identity = getattr(self, "identity", None)
        if identity is None or not getattr(self, "joined", False):
            return
        self.joined = False
        try:
            await self.channel_layer.group_discard(user_group(identity.user_id), self.channel_name)
            await self.publisher.store.unregister(identity.user_id, self.channel_name)
        except Exception:  # the group entry expires and the registry entry goes stale
            logger.warning("realtime: cleanup for user %s failed", identity.user_id, exc_info=True)
