"""Drive a URL with ``wrk`` and read back its figures.

Each scenario is a Lua script in ``bench/lua/``; ``report.lua`` is appended to it so
wrk's ``done`` hook prints requests and latency percentiles as one JSON line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

LUA_DIR = Path(__file__).resolve().parent / "lua"
MARKER = "WRK_JSON "


class LoadError(RuntimeError):
    """wrk is missing, failed, or printed no figures."""


@dataclass(frozen=True)
class LoadResult:
    """What one wrk run measured; latencies in milliseconds."""

    requests: int
    seconds: float
    non_2xx: int
    socket_errors: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float

    @property
    def requests_per_second(self) -> float:
        """Completed requests per second over the run."""
        return self.requests / self.seconds if self.seconds else 0.0

    @classmethod
    def from_report(cls, report: dict[str, float]) -> LoadResult:
        """Build from the JSON ``report.lua`` prints (microseconds)."""
        return cls(
            requests=int(report["requests"]),
            seconds=report["duration_us"] / 1e6,
            non_2xx=int(report["status_errors"]),
            socket_errors=int(
                report["connect_errors"]
                + report["read_errors"]
                + report["write_errors"]
                + report["timeouts"]
            ),
            p50_ms=report["p50_us"] / 1000,
            p90_ms=report["p90_us"] / 1000,
            p99_ms=report["p99_us"] / 1000,
            mean_ms=report["mean_us"] / 1000,
            max_ms=report["max_us"] / 1000,
        )


def wrk_binary() -> str:
    """Path of ``wrk``, or a clear error saying how to get it."""
    path = shutil.which("wrk")
    if path is None:
        raise LoadError("wrk is not installed: `apt-get install wrk` (make bench does this).")
    return path


def parse_report(stdout: str) -> dict[str, float]:
    """The JSON figures from wrk's output (the line ``report.lua`` wrote)."""
    for line in stdout.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :])
    raise LoadError(f"wrk printed no figures:\n{stdout[-2000:]}")


def run_wrk(
    url: str,
    scenario: str,
    env: dict[str, str],
    *,
    threads: int,
    connections: int,
    seconds: float,
    timeout_s: float = 10.0,
) -> LoadResult:
    """Load ``url`` with ``bench/lua/<scenario>.lua`` for ``seconds`` and return the figures.

    ``env`` reaches the Lua script through ``os.getenv`` (tokens, credentials).
    """
    script = (LUA_DIR / f"{scenario}.lua").read_text() + "\n" + (LUA_DIR / "report.lua").read_text()
    with tempfile.NamedTemporaryFile("w", suffix=".lua", prefix=f"{scenario}-") as handle:
        handle.write(script)
        handle.flush()
        command = [
            wrk_binary(),
            f"--threads={threads}",
            f"--connections={connections}",
            f"--duration={max(1, round(seconds))}s",
            f"--timeout={max(1, round(timeout_s))}s",
            f"--script={handle.name}",
            url,
        ]
        try:
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=seconds + timeout_s + 30
            )
        except subprocess.TimeoutExpired as exc:
            raise LoadError(f"wrk did not finish: {' '.join(command)}") from exc
    if done.returncode != 0:
        raise LoadError(f"wrk exited with {done.returncode}: {done.stderr.strip() or done.stdout}")
    return LoadResult.from_report(parse_report(done.stdout))
