"""Run the core under gunicorn on an ephemeral loopback port, for as long as a bench needs.

The listening socket is bound here and handed to gunicorn as ``fd://N``, so the port is
known before gunicorn starts and no other process can take it in between.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent


class ServerError(RuntimeError):
    """gunicorn did not start, or stopped answering."""


class Gunicorn:
    """``with Gunicorn(env, log_path) as server:`` serves ``core.wsgi`` at ``server.url``."""

    def __init__(self, env: dict[str, str], log_path: Path, workers: int = 2) -> None:
        self.env = env
        self.log_path = log_path
        self.workers = workers
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Gunicorn:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(1024)
        self.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        command = [
            sys.executable, "-m", "gunicorn", "core.wsgi:application",
            f"--bind=fd://{listener.fileno()}",
            f"--workers={self.workers}",
            "--backlog=1024",
            "--timeout=60",
            "--log-level=warning",
        ]  # fmt: skip
        try:
            with self.log_path.open("ab") as log:
                self._proc = subprocess.Popen(
                    command, cwd=ROOT, env=self.env, stdout=log, stderr=log,
                    pass_fds=(listener.fileno(),),
                )  # fmt: skip
        finally:
            listener.close()  # gunicorn holds its own copy of the socket now
        try:
            self.wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def log_tail(self, lines: int = 30) -> str:
        """The end of gunicorn's log, for error messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def wait_healthy(self, timeout_s: float = 60.0) -> None:
        """Poll ``/api/v1/health/`` until it answers 200 (or gunicorn dies, or time runs out)."""
        deadline = time.monotonic() + timeout_s
        last = "no answer"
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                raise ServerError(f"gunicorn exited during start-up:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/health/", timeout=2) as response:
                    body = json.loads(response.read())
                    if body.get("status") == "ok":
                        return
                    last = str(body)
            except (urllib.error.URLError, OSError, ValueError) as exc:
                last = str(exc)
            time.sleep(0.2)
        raise ServerError(f"/api/v1/health/ did not answer in {timeout_s:.0f} s ({last}).")

    def settle(self, timeout_s: float = 120.0) -> None:
        """Wait until requests left queued by a finished load run have been served.

        When wrk stops, the connections it leaves in the listen backlog are still read and
        answered by the sync workers; the next run would otherwise queue behind them.
        Health checks sent one by one come out of the backlog after them, one per worker.
        """
        for _ in range(self.workers):
            try:
                with urllib.request.urlopen(f"{self.url}/api/v1/health/", timeout=timeout_s):
                    pass
            except (urllib.error.URLError, OSError) as exc:
                raise ServerError(f"gunicorn stopped answering: {exc}\n{self.log_tail()}") from exc

    def stop(self) -> None:
        """Stop gunicorn gracefully (SIGTERM), then for good if it lingers."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
