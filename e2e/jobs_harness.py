"""Both services plus a real Celery worker, over Redis: for background-job tests.

``jobs_stack`` (module-scoped) adds a worker process (``celery -A core.celery worker``)
to the harness's two services, which already have a broker in their environment
(``REDIS_URL`` and a queue name of their own, ``harness.broker_env``), against the same
database. The worker can be stopped and started again by a test, to
prove a job queued while no worker runs is not lost.
"""

from __future__ import annotations

import secrets
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from e2e.harness import HarnessError, Service, Stack


@dataclass(eq=False)
class Worker(Service):
    """A Celery worker process: a ``Service`` whose readiness is its "ready." log line."""

    def wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.running:
                raise HarnessError(f"celery worker exited while starting:\n{self.log_tail()}")
            if " ready." in self.log_text()[self._started_at :]:
                return
            time.sleep(0.1)
        self.stop()
        raise HarnessError(f"celery worker not ready after {timeout}s:\n{self.log_tail()}")

    def start(self, timeout: float = 60) -> None:
        """Start the worker and return once it consumes from its queue."""
        self._started_at = len(self.log_text())  # a restart logs "ready." again
        super().start(timeout)


def celery_worker(env: dict[str, str], log_path: Path) -> Worker:
    """A worker on ``env``'s broker and queue (``REDIS_URL``, ``CELERY_QUEUE``); one task
    at a time, so a test sees jobs run in order. A warm shutdown lets a task finish."""
    command = [
        sys.executable, "-m", "celery", "-A", "core.celery", "worker", "--pool=solo",
        "--concurrency=1", "--without-gossip", "--without-mingle", "--loglevel=INFO",
        "-Q", env["CELERY_QUEUE"], "-n", f"e2e-{secrets.token_hex(3)}@%h",
    ]  # fmt: skip
    return Worker("worker", command, env, 0, "", log_path, stop_timeout=20)


@dataclass
class JobsStack:
    """The two services and a worker sharing one database and one broker queue."""

    stack: Stack
    worker: Worker


@pytest.fixture(scope="module")
def jobs_stack(e2e_stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[JobsStack]:
    """The harness's services (their broker in ``REDIS_URL``) plus a Celery worker."""
    workdir = tmp_path_factory.mktemp("e2e-jobs")
    worker_env = {
        **e2e_stack.core.env,
        "DATABASE_URL": e2e_stack.database.url,
        # Short backoff so a test can watch a job wait for the AI service and recover.
        "JOB_RETRY_COUNTDOWNS": "1,2,3,5,8,13,21,34",
    }
    worker = celery_worker(worker_env, workdir / "worker.log")
    try:
        worker.start()
        yield JobsStack(e2e_stack, worker)
    finally:
        worker.stop()
