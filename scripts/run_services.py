"""Run the core and the AI service in the foreground; Ctrl-C stops all.

Used by `make run`. Each service is a child process; if one exits, the others are
stopped too, so a crash is never hidden behind a still-running sibling.

The core runs under uvicorn (``core.asgi``), not ``manage.py runserver``: one process
serves the HTTP API and the realtime sockets at ``/api/v1/ws/`` with no extra step
(Django's runserver speaks no WebSocket, and channels' needs daphne, which we do not
ship). Static files (the admin's) come from whitenoise, as in production.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


DEFAULT_HOST = "127.0.0.1"


def bind_host() -> str:
    """The address both dev servers bind: ``HOST`` from the environment, else loopback.

    The development server runs with DEBUG on, so it is reachable only from this machine
    unless someone sets ``HOST=0.0.0.0`` on purpose (for a phone on the LAN, a container).
    """
    return os.environ.get("HOST", "").strip() or DEFAULT_HOST


def core_command(host: str, port: str) -> list[str]:
    """uvicorn serving ``core.asgi`` (HTTP and WebSockets) the way production's socket
    process does: protocol pings every 20 s (a dead peer is dropped after 20 s more),
    frames over 64 KiB refused by the protocol (the app's own limit is smaller, 1009),
    and 5 s for open requests and sockets to finish on Ctrl-C (sockets get 1012)."""
    return [
        sys.executable, "-m", "uvicorn", "core.asgi:application",
        "--host", host, "--port", port,
        "--lifespan", "off",  # Django has no lifespan handler
        "--ws-max-size", str(64 * 1024),
        "--ws-ping-interval", "20", "--ws-ping-timeout", "20",
        "--timeout-graceful-shutdown", "5",
    ]  # fmt: skip


def service_commands() -> dict[str, list[str]]:
    """The services to start, by name."""
    core_port = os.environ.get("CORE_PORT", "8000")
    ai_port = os.environ.get("AI_PORT", "8001")
    host = bind_host()
    commands = {"core": core_command(host, core_port)}
    if (ROOT / "ai" / "main.py").exists():
        commands["ai"] = [
            sys.executable,
            "-m",
            "uvicorn",
            "ai.main:app",
            "--host",
            host,
            "--port",
            ai_port,
        ]
    return commands


def main() -> int:
    """Start every service, wait, and stop them all on Ctrl-C or when one dies."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.setdefault("AI_SERVICE_URL", f"http://127.0.0.1:{os.environ.get('AI_PORT', '8001')}")
    procs: dict[str, subprocess.Popen[bytes]] = {}
    for name, cmd in service_commands().items():
        print(f"[run] starting {name}: {' '.join(cmd[1:])}", flush=True)
        procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=env)

    def stop(*_: object) -> None:
        for proc in procs.values():
            if proc.poll() is None:
                proc.terminate()

    signal.signal(signal.SIGTERM, stop)
    # A shell that starts us in the background ignores SIGINT for us; take it back so
    # Ctrl-C (or kill -INT) always stops everything.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    exit_code = 0
    try:
        while all(proc.poll() is None for proc in procs.values()):
            time.sleep(0.5)
        dead = [name for name, proc in procs.items() if proc.poll() is not None]
        print(f"[run] {', '.join(dead)} exited; stopping the rest", flush=True)
        exit_code = 1
    except KeyboardInterrupt:
        print("\n[run] stopping", flush=True)
    finally:
        stop()
        for proc in procs.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main())
