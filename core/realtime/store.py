"""Per-user realtime state: the event sequence, the replay buffer and the open sockets.

Two implementations of one async interface: :class:`RedisEventStore` (shared by every
core process, gunicorn worker and Celery worker; the normal case) and
:class:`MemoryEventStore` (one process: ``make run`` without Redis).

- Sequence: one counter per user, ``INCR`` ed with every event, so ``seq`` orders a user's
  events across all publishers.
- Replay buffer: the user's last ``buffer_events`` events, none older than
  ``buffer_seconds`` (a Redis sorted set scored by ``seq``, expiring with the last event).
  Enough to replay a few minutes of absence; a longer one gets ``resync``.
- Sockets: which channel names (sockets) a user has open, when each opened and when it
  was last seen alive, so a new socket beyond ``max_sockets_per_user`` closes the oldest.
  A process that died without cleaning up stops refreshing its entries; they are pruned
  after ``stale_after`` seconds.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import weakref
from dataclasses import dataclass, field
from typing import Any, Protocol

import redis.asyncio as aioredis

from core.realtime.protocol import Limits, envelope

SEQUENCE_TTL_SECONDS = 30 * 86400  # a counter idle this long restarts (clients resync)

# INCR the user's counter and store the event under that number, atomically, so the
# buffer never shows seq N+1 without N; then trim it to the newest ARGV[3] events.
_APPEND = """
local seq = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
redis.call('ZADD', KEYS[2], seq, seq .. '|' .. ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[3]) + 1))
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
return seq
"""


@dataclass(frozen=True)
class Replay:
    """The events after a client's ``after_seq``; ``complete`` is False when some are gone."""

    events: list[dict[str, Any]]
    complete: bool
    latest: int


@dataclass(frozen=True)
class Socket:
    """One open socket of a user, as the registry knows it."""

    channel: str
    connected_at: float
    seen_at: float


class EventStore(Protocol):
    """What the publisher and the consumer need; every method is a coroutine."""

    async def append(self, user_id: int, type_: str, data: dict[str, Any], at: float) -> int: ...

    async def latest(self, user_id: int) -> int: ...

    async def since(self, user_id: int, after_seq: int) -> Replay: ...

    async def register(self, user_id: int, channel: str, now: float) -> list[str]: ...

    async def touch(self, user_id: int, channel: str, now: float) -> None: ...

    async def unregister(self, user_id: int, channel: str) -> None: ...


def _replay(after_seq: int, latest: int, stored: list[tuple[int, str]], oldest_at: float) -> Replay:
    """Decode buffered ``(seq, json)`` pairs newer than ``after_seq`` and not too old.

    Complete only when every number from ``after_seq + 1`` to ``latest`` is there: a seq
    ahead of the counter (it restarted) or a hole (trimmed, expired) means resync.
    """
    events = []
    for seq, raw in stored:
        item = json.loads(raw)
        if seq > after_seq and item["at"] >= oldest_at:
            events.append(envelope(item["type"], seq, item["at"], item["data"]))
    events.sort(key=lambda event: event["seq"])
    complete = 0 <= after_seq <= latest and len(events) == latest - after_seq
    return Replay(events, complete, latest)


def _evictions(sockets: list[Socket], channel: str, max_sockets: int) -> list[str]:
    """The oldest sockets beyond ``max_sockets`` (never ``channel``, the new one)."""
    others = sorted((s for s in sockets if s.channel != channel), key=lambda s: s.connected_at)
    excess = len(others) + 1 - max_sockets
    return [s.channel for s in others[: max(0, excess)]]


class RedisEventStore:
    """The store in Redis, under ``prefix``; safe to use from any number of event loops."""

    def __init__(self, url: str, prefix: str, limits: Limits) -> None:
        self.url, self.prefix, self.limits = url, prefix, limits
        # redis.asyncio connections belong to the loop that made them: one client per loop
        # (the server's loop, the publisher's loop), dropped with the loop.
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aioredis.Redis] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def stale_after(self) -> float:
        return 3 * self.limits.heartbeat

    def _client(self) -> aioredis.Redis:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            # Short timeouts: a publisher must give up quickly (and log) when Redis is down.
            client = aioredis.Redis.from_url(
                self.url, socket_connect_timeout=2, socket_timeout=2, decode_responses=True
            )
            self._clients[loop] = client
        return client

    def _key(self, kind: str, user_id: int) -> str:
        return f"{self.prefix}:{kind}:{user_id}"

    async def append(self, user_id: int, type_: str, data: dict[str, Any], at: float) -> int:
        """Number and buffer one event; returns its ``seq``."""
        item = json.dumps({"type": type_, "at": at, "data": data}, separators=(",", ":"))
        keys = [self._key("seq", user_id), self._key("events", user_id)]
        args = [item, SEQUENCE_TTL_SECONDS, self.limits.buffer_events, self.limits.buffer_seconds]
        return int(await self._client().eval(_APPEND, len(keys), *keys, *args))

    async def latest(self, user_id: int) -> int:
        """The user's last ``seq`` (0 before the first event)."""
        return int(await self._client().get(self._key("seq", user_id)) or 0)

    async def since(self, user_id: int, after_seq: int) -> Replay:
        """The buffered events after ``after_seq``, and whether none is missing."""
        async with self._client().pipeline(transaction=True) as pipe:
            pipe.get(self._key("seq", user_id))
            pipe.zrangebyscore(
                self._key("events", user_id), f"({max(after_seq, 0)}", "+inf", withscores=True
            )
            latest, rows = await pipe.execute()
        stored = [(int(score), member.partition("|")[2]) for member, score in rows]
        oldest = time.time() - self.limits.buffer_seconds
        return _replay(after_seq, int(latest or 0), stored, oldest)

    async def register(self, user_id: int, channel: str, now: float) -> list[str]:
        """Record a new socket; return the channels of the oldest ones beyond the limit."""
        key = self._key("sockets", user_id)
        client = self._client()
        await client.hset(key, channel, json.dumps([now, now]))
        await client.expire(key, int(self.stale_after) + 1)
        sockets, stale = [], []
        for name, raw in (await client.hgetall(key)).items():
            connected_at, seen_at = json.loads(raw)
            if seen_at < now - self.stale_after:
                stale.append(name)
            else:
                sockets.append(Socket(name, connected_at, seen_at))
        evicted = _evictions(sockets, channel, self.limits.max_sockets_per_user)
        if stale or evicted:
            await client.hdel(key, *stale, *evicted)
        return evicted

    async def touch(self, user_id: int, channel: str, now: float) -> None:
        """Mark a socket alive (every heartbeat); a forgotten one is not re-added."""
        key = self._key("sockets", user_id)
        client = self._client()
        raw = await client.hget(key, channel)
        if raw is not None:
            connected_at, _ = json.loads(raw)
            await client.hset(key, channel, json.dumps([connected_at, now]))
            await client.expire(key, int(self.stale_after) + 1)

    async def unregister(self, user_id: int, channel: str) -> None:
        """Forget a closed socket."""
        await self._client().hdel(self._key("sockets", user_id), channel)

    async def aclose(self) -> None:
        """Close this loop's connections (tests and benches; servers just exit)."""
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()


@dataclass
class MemoryEventStore:
    """The store in this process's memory (one process only: ``make run`` without Redis)."""

    limits: Limits
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _seq: dict[int, int] = field(default_factory=dict)
    _events: dict[int, list[tuple[int, str, float]]] = field(default_factory=dict)
    _sockets: dict[int, dict[str, Socket]] = field(default_factory=dict)

    async def append(self, user_id: int, type_: str, data: dict[str, Any], at: float) -> int:
        """Number and buffer one event; returns its ``seq``."""
        item = json.dumps({"type": type_, "at": at, "data": data}, separators=(",", ":"))
        with self._lock:  # publishers run in request threads as well as on the loop
            seq = self._seq.get(user_id, 0) + 1
            self._seq[user_id] = seq
            buffer = self._events.setdefault(user_id, [])
            buffer.append((seq, item, at))
            # Bounded by count and by age, as in Redis (where the key expires).
            oldest = at - self.limits.buffer_seconds
            keep_from = max(0, len(buffer) - self.limits.buffer_events)
            while keep_from < len(buffer) and buffer[keep_from][2] < oldest:
                keep_from += 1
            del buffer[:keep_from]
        return seq

    async def latest(self, user_id: int) -> int:
        """The user's last ``seq`` (0 before the first event)."""
        with self._lock:
            return self._seq.get(user_id, 0)

    async def since(self, user_id: int, after_seq: int) -> Replay:
        """The buffered events after ``after_seq``, and whether none is missing."""
        with self._lock:
            latest = self._seq.get(user_id, 0)
            stored = [
                (seq, raw) for seq, raw, _ in self._events.get(user_id, []) if seq > after_seq
            ]
        return _replay(after_seq, latest, stored, time.time() - self.limits.buffer_seconds)

    async def register(self, user_id: int, channel: str, now: float) -> list[str]:
        """Record a new socket; return the channels of the oldest ones beyond the limit."""
        with self._lock:
            sockets = self._sockets.setdefault(user_id, {})
            sockets[channel] = Socket(channel, now, now)
            evicted = _evictions(list(sockets.values()), channel, self.limits.max_sockets_per_user)
            for name in evicted:
                sockets.pop(name, None)
        return evicted

    async def touch(self, user_id: int, channel: str, now: float) -> None:
        """Mark a socket alive (kept for the interface; one process cannot lose entries)."""
        with self._lock:
            socket = self._sockets.get(user_id, {}).get(channel)
            if socket is not None:
                self._sockets[user_id][channel] = Socket(channel, socket.connected_at, now)

    async def unregister(self, user_id: int, channel: str) -> None:
        """Forget a closed socket."""
        with self._lock:
            sockets = self._sockets.get(user_id, {})
            sockets.pop(channel, None)
            if not sockets:
                self._sockets.pop(user_id, None)
