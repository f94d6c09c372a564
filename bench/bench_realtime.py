"""The realtime layer in production shape: gunicorn (``core.wsgi``) takes the writes,
uvicorn (``core.asgi``) holds the sockets, Redis carries the events between them.

1. Fan-out latency: one socket of a user; ``BENCH_RT_SAMPLES`` (200) food-log POSTs to
   gunicorn, one at a time; for each, the time from sending the POST to the socket
   receiving its ``budget.updated`` (computed after commit, published through Redis,
   delivered by the channel layer). p50/p99, beside the POST's own response time.
2. Idle sockets: ``BENCH_RT_SOCKETS`` (2000) authenticated sockets (5 per user, the
   default cap) opened against one uvicorn process; the process's resident memory
   before and after gives memory per socket; a sample then answers ``ping``.

Configuration as ``bench_core`` (``BENCH_DATABASE_URL``, whose database name gets an
``_rt`` suffix and is dropped and recreated; ``REDIS_URL``, else the local Redis, which
this bench needs).
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import queue
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from websockets.asyncio.client import connect as aconnect
from websockets.sync.client import connect

from bench import database
from bench.bench_core import manage, redis_url, request_json, server_env
from bench.report import emit, note
from bench.server import ROOT, Gunicorn, ServerError

SOCKETS_PER_USER = 5
OPEN_CONCURRENCY = 100
FOOD = {"name": "Apple", "calories": 95, "meal": "snack", "nutrients": {"carbs": 25}}
# Creates the users in bulk (no password hashing: sockets authenticate with tokens) and
# prints their ids, one JSON list.
CREATE_USERS = """
import json, os
from core.accounts.models import User
n, tag = int(os.environ["BENCH_RT_USERS"]), os.environ["BENCH_RT_TAG"]
users = [User(email=f"rt{i}-{tag}@bench.example", name="Bench", age=36, gender="female",
              height=170, weight=65, activity_level="moderate", timezone="Europe/London")
         for i in range(n)]
for user in users:
    user.set_unusable_password()
User.objects.bulk_create(users)
print(json.dumps(list(User.objects.filter(email__endswith=f"-{tag}@bench.example")
                      .order_by("id").values_list("id", flat=True))))
"""


class Uvicorn:
    """``with Uvicorn(env, log, port) as server:`` serves ``core.asgi`` as production's
    socket process would."""

    def __init__(self, env: dict[str, str], log_path: Path, port: int) -> None:
        self.env, self.log_path, self.port = env, log_path, port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Uvicorn:
        command = [
            sys.executable, "-m", "uvicorn", "core.asgi:application",
            "--host", "127.0.0.1", "--port", str(self.port), "--lifespan", "off",
            "--ws-max-size", "65536", "--ws-ping-interval", "20", "--ws-ping-timeout", "20",
            "--timeout-graceful-shutdown", "5", "--log-level", "warning",
        ]  # fmt: skip
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerError(f"uvicorn exited:\n{self.log_path.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/health/", timeout=2):
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise ServerError("uvicorn did not answer /api/v1/health/ in 60 s")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def rss_mib(self) -> float:
        """The process's resident memory (MiB), from /proc."""
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise ServerError("no VmRSS")


def mint(key: object, user_id: int) -> str:
    """An access token for ``user_id`` signed with the bench server's (loaded) key."""
    now = int(time.time())
    claims = {"token_type": "access", "exp": now + 3600, "iat": now, "jti": secrets.token_hex(8),
              "user_id": str(user_id), "aud": "healthbite", "iss": "healthbite-core"}  # fmt: skip
    return jwt.encode(claims, key, algorithm="RS256")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def fan_out(wsgi_url: str, ws_url: str, token: str, samples: int) -> None:
    """Food-log POST -> budget.updated on the socket, one at a time."""
    arrivals: queue.Queue[tuple[float, dict]] = queue.Queue()
    with connect(ws_url, open_timeout=10) as ws:
        ws.send(json.dumps({"type": "auth", "token": token}))
        assert json.loads(ws.recv(timeout=10))["type"] == "ready"

        def read() -> None:  # timestamps each message as it arrives
            try:
                while True:
                    text = ws.recv()
                    arrivals.put((time.perf_counter(), json.loads(text)))
            except Exception:
                return

        threading.Thread(target=read, daemon=True).start()
        latencies, posts = [], []
        for i in range(samples + 10):  # the first 10 warm up connections and caches
            started = time.perf_counter()
            status, body = request_json("POST", f"{wsgi_url}/api/v1/foods/", FOOD, token)
            answered = time.perf_counter()
            if status != 201:
                raise ServerError(f"POST /foods/ answered {status}: {body}")
            while True:
                at, message = arrivals.get(timeout=10)
                if message["type"] == "budget.updated":
                    break
            if i >= 10:
                latencies.append((at - started) * 1000)
                posts.append((answered - started) * 1000)
    emit("realtime.fanout.p50", percentile(latencies, 0.50), "ms")
    emit("realtime.fanout.p99", percentile(latencies, 0.99), "ms")
    emit("realtime.fanout.post_p50", percentile(posts, 0.50), "ms")
    emit("realtime.fanout.post_p99", percentile(posts, 0.99), "ms")
    after_response = [latency - post for latency, post in zip(latencies, posts, strict=True)]
    emit("realtime.fanout.event_minus_response_p50", percentile(after_response, 0.50), "ms")
    note(
        f"fanout: {samples} POSTs one at a time; latency = POST sent -> budget.updated "
        "received (the event is published after commit, before the response is sent); "
        f"mean {statistics.mean(latencies):.1f} ms"
    )


async def hold_idle(ws_url: str, tokens: list[str], server: Uvicorn) -> None:
    """Open one authenticated socket per token, measure the server's memory, ping a few."""
    gate = asyncio.Semaphore(OPEN_CONCURRENCY)

    async def open_one(token: str):  # noqa: ANN202 -- a websockets connection
        async with gate:
            ws = await aconnect(ws_url, open_timeout=30, ping_interval=None)
            await ws.send(json.dumps({"type": "auth", "token": token}))
            assert json.loads(await ws.recv())["type"] == "ready"
            return ws

    before = server.rss_mib()
    started = time.perf_counter()
    sockets = await asyncio.gather(*(open_one(token) for token in tokens))
    opened = time.perf_counter() - started
    await asyncio.sleep(3)
    after = server.rss_mib()
    sample = sockets[:: max(1, len(sockets) // 50)]
    for ws in sample:
        await ws.send(json.dumps({"type": "ping"}))
    answered = 0
    for ws in sample:
        while json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] != "pong":
            pass
        answered += 1
    emit("realtime.idle.sockets", len(sockets), "sockets")
    emit("realtime.idle.open_rate", len(sockets) / opened, "sockets/s")
    emit("realtime.idle.rss_before", before, "MiB")
    emit("realtime.idle.rss_after", after, "MiB")
    emit("realtime.idle.memory_per_socket", (after - before) * 1024 / len(sockets), "KiB")
    note(f"idle: {answered}/{len(sample)} sampled sockets answered ping after holding them")
    await asyncio.gather(*(ws.close() for ws in sockets))


def main() -> int:
    """Run the realtime benchmark; 0 on success."""
    samples = int(os.environ.get("BENCH_RT_SAMPLES", "200"))
    socket_count = int(os.environ.get("BENCH_RT_SOCKETS", "2000"))
    cache_url = redis_url()
    if not cache_url:
        note("realtime: needs Redis (REDIS_URL or a local Redis); not measured")
        return 1
    base = database.bench_database()
    db = database.Database.from_url(base.url.rsplit("/", 1)[0] + f"/{base.name}_rt")
    with tempfile.TemporaryDirectory(prefix="hb-bench-rt-") as tmp:
        env = server_env(db, Path(tmp), cache_url)
        env["REALTIME_KEY_PREFIX"] = f"bench:rt:{secrets.token_hex(4)}"
        env["REALTIME_IDLE_TIMEOUT_SECONDS"] = "600"
        note(f"database: {db.name} ({database.recreate(db)}), dropped and recreated")
        if not database.has_time_zones(db):
            database.load_time_zones(db)
        manage(env, "manage.py", "migrate", "--no-input")
        users = math.ceil(socket_count / SOCKETS_PER_USER) + 1
        user_env = {**env, "BENCH_RT_USERS": str(users), "BENCH_RT_TAG": secrets.token_hex(3)}
        ids = json.loads(
            manage(user_env, "manage.py", "shell", "-c", CREATE_USERS).splitlines()[-1]
        )
        # Loaded once: parsing the PEM (with its RSA checks) costs far more than signing.
        key = load_pem_private_key(Path(env["JWT_PRIVATE_KEY_FILE"]).read_bytes(), None)
        port = int(os.environ.get("BENCH_RT_PORT", "0")) or _free_port()
        note(
            f"servers: gunicorn core.wsgi (2 workers) and uvicorn core.asgi (1 process), "
            f"DJANGO_ENV=production, Redis {cache_url.split('@')[-1]}; {os.cpu_count()} CPUs "
            "shared with the clients, Redis and the database"
        )
        with (
            Gunicorn(env, Path(tmp) / "gunicorn.log", workers=2) as wsgi,
            Uvicorn(env, Path(tmp) / "uvicorn.log", port) as asgi,
        ):
            ws_url = f"ws://127.0.0.1:{port}/api/v1/ws/"
            fan_out(wsgi.url, ws_url, mint(key, ids[0]), samples)
            tokens = [mint(key, ids[1 + i // SOCKETS_PER_USER]) for i in range(socket_count)]
            try:
                asyncio.run(hold_idle(ws_url, tokens, asgi))
            except Exception:
                log = (Path(tmp) / "uvicorn.log").read_text(errors="replace")
                note("uvicorn log tail:\n" + "\n".join(log.splitlines()[-30:]))
                raise
            finally:
                clear_keys(cache_url, env["REALTIME_KEY_PREFIX"])
    return 0


def clear_keys(url: str, prefix: str) -> None:
    """Delete the run's realtime keys (sequence counters live 30 days otherwise)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
    finally:
        client.close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
