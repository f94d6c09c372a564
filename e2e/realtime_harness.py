"""The realtime layer as it runs for real: uvicorn serving ``core.asgi`` next to gunicorn
serving ``core.wsgi``, both on the e2e database and one Redis, with real WebSocket clients.

``realtime_stack`` (session-scoped) reuses ``e2e.harness``'s stack (its database, keys
and AI service) and adds two core processes sharing Redis db 13 under a key prefix of
this run: ``asgi`` (HTTP and sockets, what ``make run`` starts; production's socket
process) and ``wsgi`` (gunicorn, production's HTTP workers, publishing through Redis).
Limits are small (3 sockets per user, 20 buffered events, a 1 s heartbeat) so tests
reach them quickly. ``stack.publish(...)`` publishes from this process as another
process (a Celery worker) would::

    def test_something(realtime_stack: RealtimeStack) -> None:
        account = realtime_stack.register()
        with realtime_stack.socket(account) as client:
            realtime_stack.publish(account.id, "plan_job.progress", {"day": 1})
            assert client.next_event()["type"] == "plan_job.progress"
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from channels_redis.core import RedisChannelLayer
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from core.realtime.events import Publisher
from core.realtime.protocol import Limits
from core.realtime.store import RedisEventStore
from e2e.harness import Account, Service, Stack, free_port

REDIS_URL = os.environ.get("REALTIME_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")
WS_PATH = "/api/v1/ws/"
LIMITS = Limits(
    max_sockets_per_user=3,
    max_message_bytes=16 * 1024,
    send_queue=8,
    send_timeout=3.0,
    auth_timeout=2.0,
    heartbeat=1.0,
    idle_timeout=30.0,
    buffer_events=20,
    buffer_seconds=300,
)
# The server reads the same limits from these variables (core/settings.py REALTIME).
LIMIT_ENV = {
    "REALTIME_MAX_SOCKETS_PER_USER": str(LIMITS.max_sockets_per_user),
    "REALTIME_MAX_MESSAGE_BYTES": str(LIMITS.max_message_bytes),
    "REALTIME_SEND_QUEUE": str(LIMITS.send_queue),
    "REALTIME_SEND_TIMEOUT_SECONDS": str(LIMITS.send_timeout),
    "REALTIME_AUTH_TIMEOUT_SECONDS": str(LIMITS.auth_timeout),
    "REALTIME_HEARTBEAT_SECONDS": str(LIMITS.heartbeat),
    "REALTIME_IDLE_TIMEOUT_SECONDS": str(LIMITS.idle_timeout),
    "REALTIME_BUFFER_EVENTS": str(LIMITS.buffer_events),
    "REALTIME_BUFFER_SECONDS": str(LIMITS.buffer_seconds),
}
CONTROL_TYPES = {"heartbeat", "pong", "ready", "resumed", "resync", "renewed", "error"}


def uvicorn_command(port: int) -> list[str]:
    """``core.asgi`` under uvicorn with ``make run``'s WebSocket flags."""
    from scripts.run_services import core_command

    return core_command("127.0.0.1", str(port))[1:]


class Client:
    """A WebSocket client (the ``websockets`` library, sync API) with JSON helpers."""

    def __init__(self, connection: ClientConnection) -> None:
        self.ws = connection.__enter__()  # websockets 17 wants the context-manager form
        self.ready: dict[str, Any] = {}  # the server's ready message, once authenticated

    def send(self, message: dict[str, Any]) -> None:
        self.ws.send(json.dumps(message))

    def recv(self, timeout: float = 5.0) -> dict[str, Any]:
        """The next message, whatever its type."""
        return json.loads(self.ws.recv(timeout=timeout))

    def next_of(self, *types: str, timeout: float = 5.0) -> dict[str, Any]:
        """The next message of one of ``types``, skipping heartbeats and the like."""
        deadline = time.monotonic() + timeout
        while True:
            message = self.recv(timeout=max(0.01, deadline - time.monotonic()))
            if message["type"] in types:
                return message

    def next_event(self, timeout: float = 5.0) -> dict[str, Any]:
        """The next event (an envelope with a ``seq``), skipping control messages."""
        deadline = time.monotonic() + timeout
        while True:
            message = self.recv(timeout=max(0.01, deadline - time.monotonic()))
            if message["type"] not in CONTROL_TYPES and "seq" in message:
                return message
            if message["type"] in {"error", "resync"}:
                return message

    def close_code(self, timeout: float = 10.0) -> int | None:
        """Read until the server closes; the close code it sent."""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.ws.recv(timeout=max(0.01, deadline - time.monotonic()))
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd is not None else None
        except TimeoutError:
            pass
        raise AssertionError(f"the server did not close within {timeout}s")

    def close(self) -> None:
        self.ws.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class RealtimeStack:
    """The two realtime-enabled core processes and what tests need to drive them."""

    base: Stack
    asgi: Service
    wsgi: Service
    prefix: str
    http: httpx.Client
    private_key: bytes
    _publisher: Publisher | None = field(default=None, repr=False)
    _loop: asyncio.AbstractEventLoop | None = field(default=None, repr=False)

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.asgi.port}{WS_PATH}"

    def register(self, **fields: Any) -> Account:
        """A fresh user (registered through the e2e stack's core: same database)."""
        return self.base.register(**fields)

    def connect(
        self, query: str = "", subprotocols: list[str] | None = None, small_window: bool = False
    ) -> Client:
        """An open, not yet authenticated socket. ``small_window``: a 32 KiB TCP receive
        buffer (Linux otherwise grows it to 32 MiB on loopback), so a client that stops
        reading pushes back on the server as a phone on a slow network would."""
        url = self.ws_url + (f"?{query}" if query else "")
        sock = None
        if small_window:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32 * 1024)
            sock.connect(("127.0.0.1", self.asgi.port))
        return Client(
            connect(url, subprotocols=subprotocols, open_timeout=10, max_queue=4, sock=sock)
        )

    def connect_path(self, path: str) -> Client:
        """A socket to another path of the ASGI process (to see it refused)."""
        url = f"ws://127.0.0.1:{self.asgi.port}{path}"
        return Client(connect(url, open_timeout=10))

    def socket(
        self, account: Account, after_seq: int | None = None, small_window: bool = False
    ) -> Client:
        """A socket authenticated by its first message; the ``ready`` message is read."""
        client = self.connect(small_window=small_window)
        message: dict[str, Any] = {"type": "auth", "token": account.access}
        if after_seq is not None:
            message["after_seq"] = after_seq
        client.send(message)
        ready = client.next_of("ready")
        assert ready["user_id"] == account.id
        client.ready = ready
        return client

    def token(self, account: Account, **claims: Any) -> str:
        """An RS256 token signed with the run's key, for tokens the API never hands out
        (already expired, ...): access claims of ``account`` overridden by ``claims``."""
        now = int(time.time())
        payload = {
            "token_type": "access",
            "exp": now + 300,
            "iat": now,
            "jti": secrets.token_hex(16),
            "user_id": str(account.id),
            "aud": "healthbite",
            "iss": "healthbite-core",
            **claims,
        }
        return jwt.encode(payload, self.private_key, algorithm="RS256")

    def post_food(self, account: Account, via: str = "wsgi", **food: Any) -> dict[str, Any]:
        """Log a food through the HTTP API of ``via`` (``wsgi`` or ``asgi``)."""
        service = self.wsgi if via == "wsgi" else self.asgi
        response = self.http.post(f"{service.url}/api/v1/foods/", json=food, headers=account.auth)
        assert response.status_code == 201, response.text
        return response.json()

    def publish(self, user_id: int, type_: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Publish from this process, as a Celery worker would; the envelope sent."""
        if self._publisher is None:
            store = RedisEventStore(REDIS_URL, self.prefix, LIMITS)
            layer = RedisChannelLayer(
                hosts=[REDIS_URL], prefix=f"{self.prefix}:layer", capacity=100, expiry=60
            )
            self._publisher = Publisher(store, layer)
            self._loop = asyncio.new_event_loop()
        assert self._loop is not None
        event = self._loop.run_until_complete(self._publisher.apublish(user_id, type_, payload))
        assert event is not None, "publishing failed (see the log)"
        return event

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.close()
        self.http.close()
        self.asgi.stop()
        self.wsgi.stop()


def start_realtime(base: Stack, workdir: Path) -> RealtimeStack:
    """Start the ASGI and the WSGI core on ``base``'s database, sharing one Redis prefix."""
    prefix = f"hbtest:rt:{secrets.token_hex(4)}"
    env = {
        **base.core.env,
        "REDIS_URL": REDIS_URL,
        "REALTIME_KEY_PREFIX": prefix,
        "AI_CHAT_RATE": "1000/min",
        **LIMIT_ENV,
    }
    asgi_port, wsgi_port = free_port(), free_port()
    asgi = Service(
        "core-asgi", [sys.executable, *uvicorn_command(asgi_port)],
        env, asgi_port, "/api/v1/health/", workdir / "core-asgi.log",
    )  # fmt: skip
    wsgi = Service(
        "core-wsgi",
        [sys.executable, "-m", "gunicorn", "core.wsgi:application",
         "--bind", f"127.0.0.1:{wsgi_port}", "--workers", "1", "--threads", "4",
         "--worker-class", "gthread", "--timeout", "60", "--graceful-timeout", "5"],
        env, wsgi_port, "/api/v1/health/", workdir / "core-wsgi.log",
    )  # fmt: skip
    private_key = Path(env["JWT_PRIVATE_KEY_FILE"]).read_bytes()
    stack = RealtimeStack(
        base, asgi, wsgi, prefix, httpx.Client(timeout=30, trust_env=False), private_key
    )
    try:
        asgi.start()
        wsgi.start()
    except BaseException:
        stack.stop()
        raise
    return stack


@contextmanager
def openai_socket_server(
    stack: RealtimeStack, openai_url: str, openai_key: str, workdir: Path
) -> Iterator[str]:
    """A second AI service whose assistant is OpenAI at ``openai_url`` (the fake OpenAI
    server), and a core ASGI process using it, on the same database and Redis prefix;
    yields the socket URL. For the assistant's streamed answers end to end."""
    base = stack.base
    ai_port, asgi_port = free_port(), free_port()
    ai = Service(
        "ai-openai",
        [sys.executable, "-m", "uvicorn", "ai.main:app", "--host", "127.0.0.1",
         "--port", str(ai_port), "--timeout-graceful-shutdown", "5"],
        {**base.ai.env, "OPENAI_API_KEY": openai_key, "OPENAI_BASE_URL": openai_url,
         "OPENAI_TIMEOUT_SECONDS": "5"},
        ai_port, "/health", workdir / "ai-openai.log",
    )  # fmt: skip
    asgi = Service(
        "core-asgi-openai", [sys.executable, *uvicorn_command(asgi_port)],
        {**stack.asgi.env, "AI_SERVICE_URL": ai.url}, asgi_port, "/api/v1/health/",
        workdir / "core-asgi-openai.log",
    )  # fmt: skip
    try:
        ai.start()
        asgi.start()
        yield f"ws://127.0.0.1:{asgi_port}{WS_PATH}"
    finally:
        asgi.stop()
        ai.stop()


def clear_prefix(prefix: str) -> None:
    """Delete the run's keys from the test Redis database."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
    finally:
        client.close()


@pytest.fixture(scope="session")
def realtime_stack(
    e2e_stack: Stack, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RealtimeStack]:
    """The realtime processes for the whole session, then stopped and their keys deleted."""
    stack = start_realtime(e2e_stack, tmp_path_factory.mktemp("realtime"))
    try:
        yield stack
    finally:
        stack.stop()
        clear_prefix(stack.prefix)
