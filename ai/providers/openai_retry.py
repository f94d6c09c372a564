"""Our retry loop around one OpenAI SDK call, shared by the assistant and plan narratives.

The SDK's own retries are off (``max_retries=0``) in both: it would retry both kinds of
429, and an ``insufficient_quota`` 429 must not be retried. Here:

- 401 and ``insufficient_quota`` give up at once;
- a ``rate_limit_exceeded`` 429 waits for ``retry-after-ms``/``retry-after`` (or backs off)
  unless that is longer than the cap;
- a timeout gives up at once (the attempt already used its whole timeout);
- connection errors back off and retry; 5xx honour Retry-After up to the cap, else back off;
- no wait may run past the caller's deadline.

Every way of giving up raises the caller's ``OpenAIFailure`` subclass with a short,
user-safe reason; anything the call itself raises otherwise (e.g. a parse failure of the
caller's own) passes through untouched.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from openai import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    RateLimitError,
)

T = TypeVar("T")

BACKOFF_SECONDS = 0.5


class OpenAIFailure(Exception):
    """An OpenAI call gave no usable result; ``reason`` is short and user-safe."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` / ``retry-after`` (seconds or an HTTP date);
    None when absent or garbled."""
    if response is None:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = response.headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / scale)
        except ValueError:
            try:
                date = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                continue
            return max(0.0, date.timestamp() - time.time())
    return None


def error_code(exc: APIStatusError) -> str | None:
    """OpenAI's error ``code`` (e.g. ``insufficient_quota``) from the body or the exception."""
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error", body) if isinstance(body, dict) else {}
    return (error.get("code") if isinstance(error, dict) else None) or getattr(exc, "code", None)


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter, so callers do not retry in lockstep."""
    delay = BACKOFF_SECONDS * (2**attempt)
    return delay - random.uniform(0, delay / 4)


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    retries: int,
    max_retry_after_seconds: float,
    deadline_seconds: float,
    started: float,
    failure: type[OpenAIFailure] = OpenAIFailure,
    backoff: Callable[[int], float] = backoff,
) -> T:
    """Await ``call()`` (a fresh coroutine per attempt) with our retries.

    ``started`` is the ``time.monotonic()`` the caller's ``deadline_seconds`` counts from;
    giving up raises ``failure(reason)``.
    """
    for attempt in range(retries + 1):
        try:
            return await call()
        except AuthenticationError:
            raise failure("authentication failed (check OPENAI_API_KEY)") from None
        except RateLimitError as exc:
            if error_code(exc) == "insufficient_quota":
                raise failure("quota exhausted") from None
            wait = retry_after(exc.response)
            if wait is None:
                wait = backoff(attempt)
            if attempt >= retries or wait > max_retry_after_seconds:
                raise failure("rate limited") from None
        except APITimeoutError:
            # The call already used its whole timeout; another try would overrun.
            raise failure("timed out") from None
        except APIConnectionError:
            if attempt >= retries:
                raise failure("connection failed") from None
            wait = backoff(attempt)
        except APIStatusError as exc:
            if exc.status_code < 500 or attempt >= retries:
                raise failure(f"HTTP {exc.status_code}") from None
            wait = retry_after(exc.response) or backoff(attempt)
            if wait > max_retry_after_seconds:
                raise failure(f"HTTP {exc.status_code}") from None
        if time.monotonic() - started + wait >= deadline_seconds:
            raise failure("timed out")
        await asyncio.sleep(wait)
    raise failure("retries exhausted")
