"""The core over real HTTP: gunicorn (2 workers) on MariaDB, loaded with wrk.

Seeds one user with 10,000 food log entries over a year, then measures login, create
food, list foods, analytics (``?days=365``), a bare Django view behind the same
middleware, and ``plain_foods``: the food list as a plain Django view (same JWT checks
by hand, same queries, same JSON; ``bench/urls.py``). Prints requests/s and p50/p99
latency for each, under load (2 threads, 16 connections) and one request at a time, and
each endpoint's loaded p50 as a multiple of the bare view's. Analytics is measured twice:
as served (reports cached until the user's data changes) and, on a second server with
``ANALYTICS_CACHE_SECONDS=0``, computed afresh on every request (``analytics_uncached``).
Ends with the side-by-side lines of issue #14's goals (``core.goal.*``).

Configuration (environment): ``BENCH_DATABASE_URL`` (dropped and recreated; default
``mysql://root@127.0.0.1:3306/hb_bench``), ``REDIS_URL`` (else
``redis://127.0.0.1:6379/0`` if it answers), ``BENCH_SECONDS`` (length of each run, 5),
``BENCH_ENTRIES`` (10000).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench import database
from bench.loadgen import LoadError, LoadResult, run_wrk
from bench.report import emit, note
from bench.server import ROOT, Gunicorn, ServerError

EMAIL = "bench@example.com"
PASSWORD = "bench-Password-2024!"  # a local, throwaway account in a throwaway database
THROTTLE_RATE = "1000000/s"
THREADS, CONNECTIONS = 2, 16
WORKERS = 2


@dataclass(frozen=True)
class Endpoint:
    """One measured request: its name, method, path, Lua scenario and probe body."""

    name: str
    method: str
    path: str
    scenario: str
    body: dict | None = None
    needs_token: bool = True


FOOD = {
    "name": "Apple",
    "calories": 95,
    "meal": "snack",
    "nutrients": {"protein": 0.5, "carbs": 25, "fats": 0.3, "fiber": 4.4, "sugar": 19},
}
# Bare first (the baseline for the ratios); create food last, so list foods and
# analytics see exactly the seeded entries.
ENDPOINTS = (
    Endpoint("bare", "GET", "/bare/", "get", needs_token=False),
    Endpoint("login", "POST", "/api/v1/auth/login/", "login",
             body={"email": EMAIL, "password": PASSWORD}, needs_token=False),
    Endpoint("plain_foods", "GET", "/plain/foods/", "get"),
    Endpoint("list_foods", "GET", "/api/v1/foods/", "get"),
    Endpoint("analytics", "GET", "/api/v1/analytics/?days=365", "get"),
    Endpoint("create_food", "POST", "/api/v1/foods/", "create_food", body=FOOD),
)  # fmt: skip


class EndpointError(RuntimeError):
    """An endpoint did not answer 2xx, so its figures would measure an error page."""


def request_json(
    method: str, url: str, body: dict | None = None, token: str = ""
) -> tuple[int, object]:
    """One HTTP request with a JSON body; returns (status, parsed JSON or text)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")[:300]


def redis_url() -> str:
    """``REDIS_URL`` if set, else the local Redis when it answers PING, else ''."""
    if url := os.environ.get("REDIS_URL"):
        return url
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as conn:
            conn.sendall(b"PING\r\n")
            if conn.recv(16).startswith(b"+PONG"):
                return "redis://127.0.0.1:6379/0"
    except OSError:
        pass
    return ""


def server_env(db: database.Database, workdir: Path, cache_url: str) -> dict[str, str]:
    """Production settings for the bench server, on loopback without TLS."""
    from core.keys import ensure_dev_key  # no Django needed: writes a throwaway RSA key

    key_file = workdir / "jwt_private.pem"
    ensure_dev_key(key_file)
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_ENV": "production",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; TLS ends at a proxy
        "DATABASE_URL": db.url,
        "JWT_PRIVATE_KEY_FILE": str(key_file),
        "JWT_ACCESS_TOKEN_MINUTES": "60",
        # Lift the login limits so wrk measures the view, not 429s (the checks still run).
        "AUTH_THROTTLE_IP_RATE": THROTTLE_RATE,
        "AUTH_THROTTLE_EMAIL_RATE": THROTTLE_RATE,
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": cache_url,
    }
    env.pop("JWT_PRIVATE_KEY", None)  # would win over the file
    return env


def manage(env: dict[str, str], *args: str) -> str:
    """Run a Python module or ``manage.py`` command in the bench environment; return stdout."""
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def probe(server: Gunicorn, endpoint: Endpoint, token: str) -> None:
    """Send the request once and insist on a 2xx, so wrk never measures an error page."""
    status, body = request_json(
        endpoint.method,
        server.url + endpoint.path,
        endpoint.body,
        token if endpoint.needs_token else "",
    )
    if not 200 <= status < 300:
        raise EndpointError(f"{endpoint.method} {endpoint.path} answered {status}: {body}")


def measure(server: Gunicorn, endpoint: Endpoint, env: dict[str, str], seconds: float) -> tuple:
    """Warm up, then a loaded run and a one-connection run; returns both results.

    Between runs the server is left to finish what wrk left queued (``settle``), so
    each run starts on an idle server.
    """
    url = server.url + endpoint.path
    lua_env = {**env, "BENCH_TOKEN": env["BENCH_TOKEN"] if endpoint.needs_token else ""}

    def load(threads: int, connections: int, duration: float) -> LoadResult:
        result = run_wrk(
            url, endpoint.scenario, lua_env,
            threads=threads, connections=connections, seconds=duration, timeout_s=30,
        )  # fmt: skip
        server.settle()
        return result

    load(1, 2, 1)  # warm-up: connections, caches, the workers' first requests
    loaded = load(THREADS, CONNECTIONS, seconds)
    single = load(1, 1, seconds)
    for label, result in (("loaded", loaded), ("one connection", single)):
        if result.non_2xx or result.socket_errors or not result.requests:
            raise EndpointError(
                f"{label} run: {result.requests} requests, {result.non_2xx} non-2xx, "
                f"{result.socket_errors} socket errors"
            )
    return loaded, single


def report(name: str, loaded: LoadResult, single: LoadResult, bare: tuple | None) -> None:
    """Print one endpoint's figures; ``bare`` is the bare view's (loaded, single) results."""
    emit(f"core.{name}.requests_per_s", loaded.requests_per_second, "req/s")
    emit(f"core.{name}.p50", loaded.p50_ms, "ms")
    emit(f"core.{name}.p99", loaded.p99_ms, "ms")
    if bare:
        emit(f"core.{name}.p50_vs_bare", loaded.p50_ms / bare[0].p50_ms, "x")
    emit(f"core.{name}.single_p50", single.p50_ms, "ms")
    emit(f"core.{name}.single_p99", single.p99_ms, "ms")
    if bare:
        emit(f"core.{name}.single_p50_vs_bare", single.p50_ms / bare[1].p50_ms, "x")


def prepare(db: database.Database, env: dict[str, str], entries: int) -> None:
    """Fresh database, migrations, time zones, and the seeded user."""
    version = database.recreate(db)
    note(f"database: {db.name} on {db.host}:{db.port} ({version}), dropped and recreated")
    if not database.has_time_zones(db) and not database.load_time_zones(db):
        note("WARNING: the server has no time zone tables; analytics may fail")
    manage(env, "manage.py", "migrate", "--no-input")
    seeded = manage(
        env, "-m", "bench.seed", "--email", EMAIL, "--password", PASSWORD,
        "--entries", str(entries), "--days", "365",
    )  # fmt: skip
    note(f"seeded: 1 user ({EMAIL}), {seeded.strip()} food entries over 365 days")


Results = dict[str, tuple[LoadResult, LoadResult]]
ANALYTICS = next(e for e in ENDPOINTS if e.name == "analytics")
# Issue #14: the API list within 2x the plain view's throughput; analytics p50 < 100 ms.
LIST_GOAL_RATIO, ANALYTICS_GOAL_MS = 2.0, 100.0


def login(server: Gunicorn) -> str:
    """The bench user's access token."""
    credentials = {"email": EMAIL, "password": PASSWORD}
    status, body = request_json("POST", f"{server.url}/api/v1/auth/login/", credentials)
    if status != 200 or not isinstance(body, dict):
        raise RuntimeError(f"login for the bench user answered {status}: {body}")
    return body["tokens"]["access"]


def check_plain_view(server: Gunicorn, token: str) -> None:
    """The plain view must answer what the API answers, or the comparison means nothing."""
    answers = [
        request_json("GET", f"{server.url}{path}", token=token)
        for path in ("/api/v1/foods/", "/plain/foods/")
    ]
    (api_status, api), (plain_status, plain) = answers
    if api_status != 200 or plain_status != 200:
        raise EndpointError(f"list answered {api_status}, the plain view {plain_status}")
    keys = ("count", "results")
    if [api[k] for k in keys] != [plain[k] for k in keys]:  # type: ignore[index]
        raise EndpointError("the plain view's body differs from GET /api/v1/foods/")


def run_endpoints(
    server: Gunicorn, endpoints: tuple[Endpoint, ...], env: dict[str, str], seconds: float,
    results: Results, failures: list[str], names: dict[str, str] | None = None,
) -> None:  # fmt: skip
    """Probe, measure and print each endpoint; ``names`` renames one in the output."""
    for endpoint in endpoints:
        name = (names or {}).get(endpoint.name, endpoint.name)
        try:
            probe(server, endpoint, env["BENCH_TOKEN"])
            if endpoint.name == "plain_foods":
                check_plain_view(server, env["BENCH_TOKEN"])
            loaded, single = measure(server, endpoint, env, seconds)
        except (EndpointError, LoadError, ServerError) as exc:
            note(f"{name}: FAILED: {exc}")
            failures.append(name)
            continue
        report(name, loaded, single, results.get("bare"))
        results[name] = (loaded, single)


def report_goals(results: Results) -> None:
    """Issue #14's goals, side by side, from this one run."""
    note("goals (issue #14), measured side by side in this run:")
    if "plain_foods" in results and "list_foods" in results:
        plain, api = results["plain_foods"][0], results["list_foods"][0]
        ratio = plain.requests_per_second / api.requests_per_second
        emit("core.goal.plain_foods_requests_per_s", plain.requests_per_second, "req/s")
        emit("core.goal.list_foods_requests_per_s", api.requests_per_second, "req/s")
        emit("core.goal.plain_over_list_foods_throughput", ratio, "x")
        verdict = "met" if ratio <= LIST_GOAL_RATIO else "NOT met"
        note(f"authenticated list within {LIST_GOAL_RATIO:g}x of the plain view: {verdict}")
    for name in ("analytics", "analytics_uncached"):
        if name in results:
            p50 = results[name][0].p50_ms
            emit(f"core.goal.{name}_p50_16_connections", p50, "ms")
            verdict = "met" if p50 < ANALYTICS_GOAL_MS else "NOT met"
            note(
                f"{name} p50 under {ANALYTICS_GOAL_MS:g} ms at {CONNECTIONS} connections: {verdict}"
            )
    if "login" in results:
        emit("core.goal.login_requests_per_s", results["login"][0].requests_per_second, "req/s")
        note("login: Argon2id m=19456 KiB, t=2, p=1 (OWASP minimum; core/accounts/hashers.py)")


def main() -> int:
    """Run the core benchmark; 0 when every endpoint was measured, 1 otherwise."""
    seconds = float(os.environ.get("BENCH_SECONDS", "5"))
    entries = int(os.environ.get("BENCH_ENTRIES", "10000"))
    db = database.bench_database()
    cache_url = redis_url()
    failures: list[str] = []
    results: Results = {}
    with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
        env = server_env(db, Path(tmp), cache_url)
        prepare(db, env, entries)
        cache = f"Redis ({urlsplit(cache_url).netloc})" if cache_url else "per-worker memory"
        note(
            f"server: gunicorn core.wsgi, {WORKERS} sync workers, DJANGO_ENV=production, "
            f"DEBUG off, cache {cache}; {os.cpu_count()} CPUs shared with wrk and the database"
        )
        load1, load5, _ = os.getloadavg()
        note(f"machine load average before the runs: {load1:.2f} (1 min), {load5:.2f} (5 min)")
        note(
            f"login: AUTH_THROTTLE_IP_RATE and AUTH_THROTTLE_EMAIL_RATE set to {THROTTLE_RATE} "
            "on the bench server so wrk measures the view, not 429s (the checks still run)"
        )
        note(
            f"load: wrk {THREADS} threads, {CONNECTIONS} connections, {seconds:g} s per "
            "endpoint (requests_per_s, p50, p99); single_* = 1 connection (no queueing)"
        )
        with Gunicorn(env, Path(tmp) / "gunicorn.log", workers=WORKERS) as server:
            env["BENCH_TOKEN"] = login(server)
            env["BENCH_EMAIL"], env["BENCH_PASSWORD"] = EMAIL, PASSWORD
            run_endpoints(server, ENDPOINTS, env, seconds, results, failures)
            if failures:
                note(f"gunicorn log tail:\n{server.log_tail()}")
        note("analytics_uncached: a second server with ANALYTICS_CACHE_SECONDS=0")
        uncached_env = {**env, "ANALYTICS_CACHE_SECONDS": "0"}
        with Gunicorn(uncached_env, Path(tmp) / "gunicorn-uncached.log", workers=WORKERS) as server:
            run_endpoints(
                server, (ANALYTICS,), uncached_env, seconds, results, failures,
                names={"analytics": "analytics_uncached"},
            )  # fmt: skip
        report_goals(results)
    if failures:
        note(f"core: not measured: {', '.join(failures)}")
        return 1
    return 0
