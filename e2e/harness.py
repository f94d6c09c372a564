"""End-to-end harness: the core and the AI service as real processes, talking real HTTP.

``e2e_stack`` (session-scoped) prepares a database both processes can see, starts the
core under gunicorn and the AI service under uvicorn on ephemeral ports, waits for both
health endpoints and yields a ``Stack`` with their URLs and a few helpers. Every later
feature can test itself through both services with it::

    def test_something(e2e_stack: Stack) -> None:
        account = e2e_stack.register()
        response = e2e_stack.http.post(e2e_stack.core_url + "/api/v1/...", headers=account.auth)

Why a database of its own: pytest-django's test database lives inside each test's
transaction (and on SQLite in this process's memory), which another process cannot see.
So the harness makes one the services can share: on MySQL/MariaDB ``<name>_e2e`` (plus
the xdist worker id), dropped and created afresh; on SQLite a temporary file. Either
way the core's migrations run in a subprocess, exactly as in production. Tests using the
harness do not ask for pytest-django's ``db`` fixtures; they talk HTTP only.
"""

from __future__ import annotations

import atexit
import os
import secrets
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import dj_database_url
import httpx
import pytest

from core.keys import ensure_dev_key, public_pem

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{ROOT / 'var' / 'healthbite.sqlite3'}"
MYSQL_SCHEMES = {"mysql", "mysql2", "mariadb", "mysqlgis"}
PASSWORD = "E2e-Str0ng-pass!"  # throwaway accounts in a throwaway database

# The gateway's settings inside the core under test: short, so "AI down" answers fast and
# a circuit opened by a test closes again quickly.
GATEWAY_ENV = {
    "AI_SERVICE_CONNECT_TIMEOUT": "1",
    "AI_SERVICE_READ_TIMEOUT": "10",
    "AI_SERVICE_RETRIES": "1",
    "AI_SERVICE_BACKOFF_SECONDS": "0.05",
    "AI_CIRCUIT_FAILURE_THRESHOLD": "5",
    "AI_CIRCUIT_COOLDOWN_SECONDS": "1",
}


class HarnessError(RuntimeError):
    """A service or the database could not be brought up."""


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- database ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class E2EDatabase:
    """A database for one harness run; ``url`` is a ``DATABASE_URL`` both services accept."""

    url: str

    @property
    def is_mysql(self) -> bool:
        return urlsplit(self.url).scheme in MYSQL_SCHEMES

    def drop(self) -> None:
        """Remove a MySQL/MariaDB database (a SQLite file goes with its temp dir)."""
        if self.is_mysql:
            _mysql_admin(self.url, "DROP DATABASE IF EXISTS `{name}`")


def _mysql_admin(url: str, *statements: str) -> None:
    """Run statements on the MySQL server of ``url``, outside any database."""
    import MySQLdb  # mysqlclient: installed whenever the core is tested on MySQL

    params = dj_database_url.parse(url)
    conn = MySQLdb.connect(
        host=params["HOST"] or "127.0.0.1",
        port=int(params["PORT"] or 3306),
        user=params["USER"] or "root",
        password=params["PASSWORD"] or "",
    )
    try:
        with conn.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement.format(name=params["NAME"]))
    finally:
        conn.close()


def prepare_database(workdir: Path, env: dict[str, str]) -> E2EDatabase:
    """Create and migrate the run's database, next to the configured one."""
    base = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    parts = urlsplit(base)
    if parts.scheme in MYSQL_SCHEMES:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        name = parts.path.lstrip("/") + "_e2e" + (f"_{worker}" if worker else "")
        database = E2EDatabase(parts._replace(path=f"/{name}").geturl())
        _mysql_admin(
            database.url,
            "DROP DATABASE IF EXISTS `{name}`",
            "CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        )
    else:
        database = E2EDatabase(f"sqlite:///{workdir / 'e2e.sqlite3'}")
    done = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input"],
        cwd=ROOT,
        env={**env, "DATABASE_URL": database.url},
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise HarnessError(f"migrate failed on {database.url}:\n{done.stdout}\n{done.stderr}")
    return database


def ai_reader_env(database: E2EDatabase) -> dict[str, str]:
    """On MySQL/MariaDB, ``AI_DATABASE_URL`` naming the AI service's SELECT-only account
    (as in production; created here if missing, as ``.ci/run`` does). Empty on SQLite,
    which has no accounts, or when the admin may not create one (then a warning)."""
    if not database.is_mysql:
        return {}
    from ai.tests.readonly_account import AccountError, ensure_readonly_account

    try:
        return {"AI_DATABASE_URL": ensure_readonly_account(database.url)}
    except AccountError as exc:
        warnings.warn(f"e2e: the AI service uses the core's account: {exc}", stacklevel=2)
        return {}


# --- processes ----------------------------------------------------------------------------------
_RUNNING: set[Service] = set()


@atexit.register
def _stop_leftovers() -> None:
    """A backstop: stop services a crashed or interrupted run left behind."""
    for service in list(_RUNNING):
        service.stop()


@dataclass(eq=False)
class Service:
    """One service process: started, health-checked, stopped, its output in a log file."""

    name: str
    command: list[str]
    env: dict[str, str]
    port: int
    health_path: str
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    # Seconds a terminated process may take to shut down before it is killed.
    stop_timeout: float = 10
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 60) -> None:
        """Start the process and return once its health endpoint answers 200."""
        if self.running:
            return
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        _RUNNING.add(self)
        self.wait_healthy(timeout)

    def wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while time.monotonic() < deadline:
            if not self.running:
                raise HarnessError(f"{self.name} exited while starting:\n{self.log_tail()}")
            try:
                response = httpx.get(self.url + self.health_path, timeout=2)
                if response.status_code == 200:
                    return
                last = f"{response.status_code} {response.text[:200]}"
            except httpx.HTTPError as exc:
                last = repr(exc)
            time.sleep(0.1)
        self.stop()
        raise HarnessError(f"{self.name} not healthy after {timeout}s ({last}):\n{self.log_tail()}")

    def stop(self) -> None:
        """Terminate (then kill) the process; safe to call twice."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        _RUNNING.discard(self)
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, lines: int = 40) -> str:
        """The last lines the process printed."""
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


# --- the stack --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Account:
    """A user registered through the core."""

    id: int
    email: str
    password: str
    access: str
    refresh: str

    @property
    def auth(self) -> dict[str, str]:
        """The Authorization header for this user's access token."""
        return {"Authorization": f"Bearer {self.access}"}


@dataclass
class Stack:
    """Both services over one database, and an HTTP client to call them."""

    core: Service
    ai: Service
    database: E2EDatabase
    http: httpx.Client

    @property
    def core_url(self) -> str:
        return self.core.url

    @property
    def ai_url(self) -> str:
        return self.ai.url

    def register(self, **fields: Any) -> Account:
        """Register a fresh user through ``POST /api/v1/auth/register/``."""
        email = fields.pop("email", f"e2e-{secrets.token_hex(6)}@example.com")
        body = {"email": email, "name": "E2E User", "password": PASSWORD, "password2": PASSWORD}
        response = self.http.post(f"{self.core_url}/api/v1/auth/register/", json={**body, **fields})
        if response.status_code != 201:
            raise HarnessError(f"register failed: {response.status_code} {response.text}")
        data = response.json()
        tokens = data["tokens"]
        return Account(data["user"]["id"], email, PASSWORD, tokens["access"], tokens["refresh"])

    def stop(self) -> None:
        self.http.close()
        self.ai.stop()
        self.core.stop()


def service_env(key_dir: Path, ai_url: str) -> dict[str, str]:
    """The environment both services run with (``DATABASE_URL`` aside): development mode,
    this run's keys, the gateway pointed at this AI service, no shared cache, no throttling
    in the way.
    """
    private_key = key_dir / "jwt_private.pem"
    public_key = key_dir / "jwt_public.pem"
    public_key.write_bytes(public_pem(ensure_dev_key(private_key)))
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTEST_", "JWT_", "AI_"))
        and name not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        PYTHONUNBUFFERED="1",
        DJANGO_ENV="development",
        DJANGO_DEBUG="0",
        JWT_PRIVATE_KEY_FILE=str(private_key),  # the core signs with it
        JWT_PUBLIC_KEY_FILE=str(public_key),  # the AI service verifies with this alone
        AI_SERVICE_URL=ai_url,
        AUTH_THROTTLE_IP_RATE="100000/min",
        AUTH_THROTTLE_EMAIL_RATE="100000/min",
        **GATEWAY_ENV,
    )
    return env


def manage(stack: Stack, *args: str, timeout: float = 600) -> str:
    """Run ``manage.py args`` against the stack's database, as an operator would; its
    output (a failure raises with the command's stderr)."""
    env = {**stack.core.env, "DATABASE_URL": stack.database.url}
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    if done.returncode != 0:
        raise HarnessError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def start_stack(workdir: Path, extra_env: dict[str, str] | None = None) -> Stack:
    """Prepare the database and start both services (AI first: the core calls it).

    ``extra_env`` is added to both services' environment (e.g. a broker for jobs).
    """
    core_port, ai_port = free_port(), free_port()
    env = {**service_env(workdir, f"http://127.0.0.1:{ai_port}"), **(extra_env or {})}
    database = prepare_database(workdir, env)
    env["DATABASE_URL"] = database.url
    ai = Service(
        "ai",
        [sys.executable, "-m", "uvicorn", "ai.main:app", "--host", "127.0.0.1",
         "--port", str(ai_port), "--timeout-graceful-shutdown", "5"],
        {**env, **ai_reader_env(database)}, ai_port, "/health", workdir / "ai.log",
    )  # fmt: skip
    core = Service(
        "core",
        [sys.executable, "-m", "gunicorn", "core.wsgi:application",
         "--bind", f"127.0.0.1:{core_port}", "--workers", "1", "--threads", "8",
         "--worker-class", "gthread", "--timeout", "60", "--graceful-timeout", "5"],
        env, core_port, "/api/v1/health/", workdir / "core.log",
    )  # fmt: skip
    stack = Stack(
        core=core, ai=ai, database=database, http=httpx.Client(timeout=30, trust_env=False)
    )
    try:
        ai.start()
        core.start()
    except BaseException:
        stack.stop()
        database.drop()
        raise
    return stack


def broker_env() -> dict[str, str]:
    """A job queue for the stack, as in production: Redis (``REDIS_URL``'s server or the
    local default), a database per xdist worker (8-11: the test caches take 1-2, the
    realtime tests 13) and a queue name of this run's own, so
    parallel runs on one Redis never take each other's tasks or share throttle counters.
    ``e2e/jobs_harness.py`` starts the Celery worker that consumes it.
    """
    base = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    index = int(worker[2:]) if worker[2:].isdigit() else 0
    return {
        "REDIS_URL": urlsplit(base)._replace(path=f"/{8 + index % 4}").geturl(),
        "CELERY_QUEUE": f"e2e-jobs-{secrets.token_hex(4)}",
    }


@pytest.fixture(scope="session")
def e2e_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Both services running for the whole session (per xdist worker), then stopped."""
    workdir = tmp_path_factory.mktemp("e2e")
    stack = start_stack(workdir, extra_env=broker_env())
    try:
        yield stack
    finally:
        stack.stop()
        stack.database.drop()


@pytest.fixture
def account(e2e_stack: Stack) -> Account:
    """A freshly registered user."""
    return e2e_stack.register()


@pytest.fixture
def ai_stopped(e2e_stack: Stack, account: Account) -> Iterator[Stack]:
    """The AI service stopped for one test, then restarted and seen healthy by the core."""
    e2e_stack.ai.stop()
    try:
        yield e2e_stack
    finally:
        e2e_stack.ai.start()
        wait_until_core_reaches_ai(e2e_stack, account)


def wait_until_core_reaches_ai(stack: Stack, account: Account, timeout: float = 30) -> None:
    """Poll the core's AI health endpoint until the gateway (and its circuit) lets through."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = stack.http.get(f"{stack.core_url}/api/v1/ai/health/", headers=account.auth)
        if response.status_code == 200:
            return
        time.sleep(0.2)
    raise HarnessError(f"the core still cannot reach the AI service after {timeout}s")
