"""gunicorn hooks for the core; gunicorn reads this file from its working directory.

Flags (bind, worker class, timeouts) stay in ``GUNICORN_CMD_ARGS`` (docker/core.Dockerfile).
Here only the Prometheus multiprocess bookkeeping, when ``PROMETHEUS_MULTIPROC_DIR`` is set
(compose sets it for the core): every worker writes its metric values to files in that
directory and ``GET /metrics`` adds them up (core/api/metrics.py).

- ``on_starting`` (the master, before any worker): create the directory and empty it, so
  counters start from zero on each start instead of adding a previous run's files.
- ``child_exit``: drop a dead worker's live gauges (a dead worker's counters and
  histograms stay counted, as Prometheus expects of counters).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def _metrics_directory() -> Path | None:
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    return Path(directory) if directory else None


def on_starting(server: Any) -> None:
    directory = _metrics_directory()
    if directory is None:
        return
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink()


def child_exit(server: Any, worker: Any) -> None:
    directory = _metrics_directory()
    if directory is None:
        return
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid, str(directory))
