"""Bounded retries with exponential backoff and jitter: one loop, sync and async.

The caller writes one *attempt* function and keeps the rules of its dependency there:
it returns the result, raises its own error to give up at once (a 4xx, a read timeout
on a call that must not be repeated), or raises ``Retryable(error, after=...)`` for a
failure worth repeating (a dropped connection, a 503, a 429). The loop then

- repeats at most ``policy.retries`` times, waiting ``policy.backoff(n)`` (exponential,
  capped, with jitter so callers do not retry in lockstep) or the server's
  ``Retry-After`` (``after``) when that is longer;
- gives up at once, raising ``Retryable.error``, when the server asks for a longer wait
  than ``policy.max_retry_after_seconds`` or the wait would run past ``deadline``
  (a ``time.monotonic()`` value): no wait is worth breaking the caller's time budget.
  ``out_of_time()``, when given, makes the error for that last case instead.

With ``dependency`` set, every call is counted in ``resilience.metrics``: ``retried`` per
repeat, then ``ok`` (returned, or raised one of ``answered``: the dependency answered
and refused this one request), ``timeout`` (gave up on a timeout) or ``error``.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

import httpx

from resilience import metrics

T = TypeVar("T")

logger = logging.getLogger("resilience.retry")


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: retries after the first attempt, and how long to wait between."""

    retries: int = 2
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0
    # A server asking for a longer wait than this is not waited for: the caller gives up
    # (and falls back) instead of holding a user's request.
    max_retry_after_seconds: float = 8.0
    # Each wait is drawn from [1 - jitter, 1] x the exponential delay. Keyword-only, so
    # subclasses adding fields (timeouts) keep their positional order.
    jitter: float = field(default=0.25, kw_only=True)

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt ``attempt`` (0-based), with jitter."""
        delay = min(self.max_backoff_seconds, self.backoff_seconds * (2**attempt))
        return delay * random.uniform(1.0 - self.jitter, 1.0)

    @property
    def attempts(self) -> int:
        """Attempts in all: the first and the retries."""
        return 1 + max(0, self.retries)


class Retryable(Exception):
    """Raised by an attempt for a failure worth repeating.

    ``error`` is what the caller sees if the loop gives up; ``after`` the server's
    requested wait in seconds (``Retry-After``), if any.
    """

    def __init__(self, error: BaseException, *, after: float | None = None) -> None:
        super().__init__(str(error))
        self.error, self.after = error, after


def is_timeout(exc: BaseException | None) -> bool:
    """Whether a timeout caused ``exc`` (itself, or anywhere in its cause/context chain)."""
    seen = 0
    while exc is not None and seen < 16:  # a bounded walk: chains can loop
        if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def retry_call(
    attempt: Callable[[int], T],
    policy: RetryPolicy,
    *,
    deadline: float | None = None,
    dependency: str | None = None,
    answered: tuple[type[BaseException], ...] = (),
    out_of_time: Callable[[], BaseException] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``attempt(n)`` for n = 0, 1, ... under ``policy`` (see the module docstring)."""
    if dependency is not None:
        metrics.check_dependency(dependency)
    for n in range(policy.attempts):
        try:
            result = attempt(n)
        except Retryable as failure:
            delay = _next_delay(policy, n, failure, deadline)
            if delay is None:
                error = _give_up(failure, policy, n, out_of_time)
                _count_failure(dependency, error)
                raise error from failure.__cause__
            _count_retry(dependency, failure, delay)
            sleep(delay)
        except answered:
            metrics.record(dependency, "ok")
            raise
        except Exception as exc:
            _count_failure(dependency, exc)
            raise
        else:
            metrics.record(dependency, "ok")
            return result
    raise AssertionError("unreachable: the last attempt returns or raises")


async def retry_async(
    attempt: Callable[[int], Awaitable[T]],
    policy: RetryPolicy,
    *,
    deadline: float | None = None,
    dependency: str | None = None,
    answered: tuple[type[BaseException], ...] = (),
    out_of_time: Callable[[], BaseException] | None = None,
) -> T:
    """``retry_call`` for coroutines: awaits ``attempt(n)`` and sleeps with asyncio."""
    if dependency is not None:
        metrics.check_dependency(dependency)
    for n in range(policy.attempts):
        try:
            result = await attempt(n)
        except Retryable as failure:
            delay = _next_delay(policy, n, failure, deadline)
            if delay is None:
                error = _give_up(failure, policy, n, out_of_time)
                _count_failure(dependency, error)
                raise error from failure.__cause__
            _count_retry(dependency, failure, delay)
            await asyncio.sleep(delay)
        except answered:
            metrics.record(dependency, "ok")
            raise
        except Exception as exc:
            _count_failure(dependency, exc)
            raise
        else:
            metrics.record(dependency, "ok")
            return result
    raise AssertionError("unreachable: the last attempt returns or raises")


def _next_delay(
    policy: RetryPolicy, attempt: int, failure: Retryable, deadline: float | None
) -> float | None:
    """Seconds to wait before the next attempt, or None to give up now."""
    if attempt + 1 >= policy.attempts:
        return None
    after = failure.after
    if after is not None and (math.isnan(after) or after > policy.max_retry_after_seconds):
        return None
    delay = max(policy.backoff(attempt), after or 0.0)
    if deadline is not None and time.monotonic() + delay >= deadline:
        return None
    return delay


def _give_up(
    failure: Retryable,
    policy: RetryPolicy,
    attempt: int,
    out_of_time: Callable[[], BaseException] | None,
) -> BaseException:
    """The error to raise when the loop stops: ``out_of_time()`` if only the deadline
    stopped it (retries were left and the server's wait was acceptable)."""
    stopped_by_deadline = attempt + 1 < policy.attempts and not (
        failure.after is not None and failure.after > policy.max_retry_after_seconds
    )
    if out_of_time is not None and stopped_by_deadline:
        return out_of_time()
    return failure.error


def _count_retry(dependency: str | None, failure: Retryable, delay: float) -> None:
    metrics.record(dependency, "retried")
    logger.info("%s: %s; retrying in %.2f s", dependency or "call", failure.error, delay)


def _count_failure(dependency: str | None, error: BaseException) -> None:
    metrics.record(dependency, "timeout" if is_timeout(error) else "error")
