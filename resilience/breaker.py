"""A consecutive-failure circuit breaker: closed -> open -> half-open -> closed.

- Closed: calls go out. ``threshold`` failures in a row open the circuit.
- Open: calls are refused at once (``allow()`` is False) until the cooldown has passed,
  sparing the caller's threads and the ailing dependency.
- Half-open: one trial call goes out; its success closes the circuit, its failure opens
  it for another cooldown. Other calls are refused while it is out. A trial that never
  reports back (its thread died, its task was cancelled) is replaced by another after a
  cooldown, so the circuit cannot stay stuck.

``trip(seconds)`` opens the circuit at once for a given time, for failures that one try
proves will not heal soon (a revoked key). What counts as a failure is the caller's
rule; the breaker only counts. It is thread-safe (one lock, never held across I/O), so
one instance serves every thread of a WSGI worker or every task of an event loop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from resilience import metrics

logger = logging.getLogger("resilience.breaker")


class CircuitBreaker:
    """Closed -> open after ``threshold`` failures in a row -> half-open after a cooldown.

    ``name`` is the dependency (one of ``metrics.DEPENDENCIES``) whose state gauge and
    ``circuit_open`` count it keeps; None leaves it unobserved. ``clock`` returns seconds
    (``time.monotonic`` by default).
    """

    CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"

    def __init__(
        self,
        threshold: int,
        cooldown_seconds: float,
        *,
        name: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = max(1, threshold)
        self._clock = clock  # injectable, so tests move time instead of sleeping
        self.cooldown = cooldown_seconds
        self.name = metrics.check_dependency(name) if name is not None else None
        self._lock = threading.Lock()
        self._state = self.CLOSED
        self._failures = 0
        # Open: when the next trial may go. Half-open: when an unanswered trial is replaced.
        self._until = 0.0
        metrics.set_state(self.name, self._state)

    @property
    def state(self) -> str:
        """The current state (an open circuit past its cooldown still says open)."""
        return self._state

    @property
    def failures(self) -> int:
        """Failures in a row since the last success."""
        return self._failures

    def allow(self) -> bool:
        """Whether a call may go out now; in half-open, only the one trial call."""
        with self._lock:
            if self._state == self.CLOSED:
                return True
            now = self._clock()
            if now < self._until:
                allowed = False  # open, or half-open with its trial call still out
            else:
                self._set(self.HALF_OPEN, now + self.cooldown)
                allowed = True
        if not allowed:
            metrics.record(self.name, "circuit_open")
        return allowed

    def retry_after(self) -> float:
        """Seconds until the next trial call may go out."""
        with self._lock:
            return max(0.0, self._until - self._clock())

    def record_success(self) -> None:
        """The dependency answered: close the circuit and forget past failures."""
        with self._lock:
            self._failures = 0
            self._set(self.CLOSED, 0.0)

    def record_failure(self) -> None:
        """The dependency looked unhealthy; open after ``threshold`` in a row, or at once
        when this was the half-open trial."""
        with self._lock:
            self._failures += 1
            if self._state == self.HALF_OPEN or self._failures >= self.threshold:
                self._open(self.cooldown, f"{self._failures} failures")

    def trip(self, seconds: float | None = None) -> None:
        """Open at once for ``seconds`` (the cooldown by default), whatever the count."""
        with self._lock:
            self._failures += 1
            self._open(self.cooldown if seconds is None else seconds, "a fatal failure")

    # --- internals (the lock is held) ---------------------------------------------------
    def _open(self, seconds: float, why: str) -> None:
        if self._state != self.OPEN:
            logger.warning(
                "%s circuit opened after %s", self.name or "dependency", why,
                extra={"dependency": self.name, "cooldown_seconds": seconds},
            )  # fmt: skip
        self._set(self.OPEN, self._clock() + seconds)

    def _set(self, state: str, until: float) -> None:
        changed = state != self._state
        self._state, self._until = state, until
        if changed:
            metrics.set_state(self.name, state)
