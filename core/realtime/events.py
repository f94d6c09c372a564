"""Publishing events to a user's sockets: :func:`publish_user_event`.

The one function the rest of the code calls::

    from core.realtime.events import publish_user_event

    publish_user_event(user.id, "plan_job.progress", {"job_id": 7, "state": "running",
                                                      "day": 3, "days": 7})

It numbers the event (the user's next ``seq``), keeps it in the user's replay buffer and
sends it through the channel layer to every socket the user has open, on any core
process. Each socket receives it as the envelope
``{"type": "plan_job.progress", "seq": 12, "at": "...Z", "data": {...}}``
(``protocol.py``). Event types in use: ``budget.updated`` (``budget.py``),
``plan_job.progress`` and ``plan_job.finished`` (the plan jobs).

It is synchronous and safe to call from a request thread, a ``transaction.on_commit``
hook, a Celery worker or a thread pool; from a coroutine, ``await apublish_user_event``
(the sync one only schedules it there). It never raises into the caller: a layer or Redis
that is down, a payload that is not JSON, anything, is logged (``core.realtime``) and the
event is lost, which a client notices from ``seq`` and repairs with ``resume``. Publish
after the data is committed (``transaction.on_commit``), so a client that refetches on an
event sees the new state.

Where it runs: with Redis (``REDIS_URL``), on a private event loop thread of the calling
process (created on first use, again after a fork), so Redis connections are reused
between calls. Without Redis (``make run`` on the embedded defaults) the channel layer is
this process's memory, so events are delivered on the server's own loop; events published
by another process (a Celery worker) cannot reach sockets then.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Coroutine
from functools import lru_cache
from typing import Any

from channels.layers import BaseChannelLayer, get_channel_layer
from django.conf import settings

from core.realtime.protocol import Limits, dumps, key_prefix
from core.realtime.store import EventStore, MemoryEventStore, RedisEventStore

logger = logging.getLogger("core.realtime")

MAX_EVENT_BYTES = 32 * 1024  # an event's JSON; larger ones are refused (and logged)
PUBLISH_TIMEOUT_SECONDS = 2.0  # the longest a request thread waits on Redis for one event
LAYER_MESSAGE_TYPE = "realtime.event"  # the consumer's handler: realtime_event


def user_group(user_id: int) -> str:
    """The channel-layer group holding every socket of one user."""
    return f"user.{int(user_id)}"


class Publisher:
    """Numbers, buffers and fans out events; see the module docstring.

    ``layer`` is a channel layer or a zero-argument function returning one (resolved on
    first use, so settings can change in tests). ``in_memory`` says the layer lives in
    this process's memory and must be used on the server's loop.
    """

    def __init__(
        self,
        store: EventStore,
        layer: BaseChannelLayer | Callable[[], BaseChannelLayer],
        in_memory: bool = False,
    ) -> None:
        self.store = store
        self._layer = layer
        self.in_memory = in_memory
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_pid = 0
        self._loop_lock = threading.Lock()
        self._server_loop: asyncio.AbstractEventLoop | None = None

    @property
    def layer(self) -> BaseChannelLayer:
        if callable(self._layer) and not isinstance(self._layer, BaseChannelLayer):
            self._layer = self._layer()
        return self._layer

    def attach_server_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Remember the ASGI server's loop (the consumer calls this as a socket opens)."""
        self._server_loop = loop

    async def apublish(self, user_id: int, type_: str, payload: dict[str, Any]) -> dict | None:
        """Publish from a coroutine; returns the envelope sent, or None when it failed."""
        try:
            return await self._publish(int(user_id), type_, payload)
        except Exception:
            logger.exception("realtime event %s for user %s was not published", type_, user_id)
            return None

    def publish(self, user_id: int, type_: str, payload: dict[str, Any]) -> None:
        """Publish from synchronous code; waits at most ``PUBLISH_TIMEOUT_SECONDS``."""
        coroutine = self.apublish(user_id, type_, payload)
        try:
            loop = self._target_loop()
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is not None:
                # Called on an event loop (async code): waiting would block it. Schedule.
                _schedule(running if running is loop else loop, coroutine)
                return
            future = asyncio.run_coroutine_threadsafe(coroutine, loop)
            future.result(timeout=PUBLISH_TIMEOUT_SECONDS)
        except concurrent.futures.TimeoutError:
            logger.error("realtime event %s for user %s timed out", type_, user_id)
        except Exception:
            coroutine.close()
            logger.exception("realtime event %s for user %s was not published", type_, user_id)

    async def _publish(self, user_id: int, type_: str, payload: dict[str, Any]) -> dict:
        text = dumps(payload)  # JSON-safe (dates become strings) and measurable
        if len(text.encode()) > MAX_EVENT_BYTES:
            raise ValueError(f"event payload over {MAX_EVENT_BYTES} bytes")
        data = json.loads(text)
        at = time.time()
        seq = await self.store.append(user_id, type_, data, at)
        event = {"type": type_, "seq": seq, "at": at, "data": data}
        await self.layer.group_send(
            user_group(user_id), {"type": LAYER_MESSAGE_TYPE, "event": event}
        )
        return event

    def _target_loop(self) -> asyncio.AbstractEventLoop:
        if self.in_memory and self._server_loop is not None and self._server_loop.is_running():
            return self._server_loop
        with self._loop_lock:
            if self._loop is None or self._loop_pid != os.getpid() or self._loop.is_closed():
                # First use, or a forked child (a Celery prefork worker) that inherited the
                # parent's loop object but not its thread.
                self._loop = asyncio.new_event_loop()
                self._loop_pid = os.getpid()
                threading.Thread(
                    target=self._loop.run_forever, name="realtime-publisher", daemon=True
                ).start()
            return self._loop


_pending: set[asyncio.Task[Any]] = set()


def _schedule(loop: asyncio.AbstractEventLoop, coroutine: Coroutine[Any, Any, Any]) -> None:
    """Run ``coroutine`` on ``loop`` without waiting (keeping a reference until done)."""
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        task = loop.create_task(coroutine)
        _pending.add(task)
        task.add_done_callback(_pending.discard)
    else:
        asyncio.run_coroutine_threadsafe(coroutine, loop)


@lru_cache(maxsize=1)
def default_publisher() -> Publisher:
    """The publisher for this process's settings (Redis when ``REDIS_URL`` is set)."""
    limits = Limits.from_settings()
    redis_url = getattr(settings, "REDIS_URL", "")
    if redis_url:
        return Publisher(RedisEventStore(redis_url, key_prefix(), limits), get_channel_layer)
    return Publisher(MemoryEventStore(limits), get_channel_layer, in_memory=True)


def publish_user_event(user_id: int, type: str, payload: dict[str, Any]) -> None:  # noqa: A002
    """Send an event to every open socket of ``user_id``; never raises.

    ``type`` names the event (``"plan_job.progress"``), ``payload`` (JSON-serialisable,
    at most 32 KiB) becomes the envelope's ``data``. See the module docstring for the
    envelope, where it may be called from and what happens on failure.
    """
    try:
        default_publisher().publish(user_id, type, payload)
    except Exception:  # even a broken configuration must not fail the caller
        logger.exception("realtime event %s for user %s was not published", type, user_id)


async def apublish_user_event(user_id: int, type: str, payload: dict[str, Any]) -> None:  # noqa: A002
    """:func:`publish_user_event` for coroutines (awaits delivery to the layer)."""
    try:
        await default_publisher().apublish(user_id, type, payload)
    except Exception:
        logger.exception("realtime event %s for user %s was not published", type, user_id)
