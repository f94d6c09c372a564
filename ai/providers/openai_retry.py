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
caller's own) passes through untouched. The loop, backoff and ``retry-after`` parsing
are the shared ``resilience`` package (calls counted under the ``openai`` label).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from openai import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    RateLimitError,
)

from resilience import Retryable, RetryPolicy, retry_after_from, retry_async

T = TypeVar("T")

BACKOFF_SECONDS = 0.5
DEPENDENCY = "openai"  # the metrics label


class OpenAIFailure(Exception):
    """An OpenAI call gave no usable result; ``reason`` is short and user-safe."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def error_code(exc: APIStatusError) -> str | None:
    """OpenAI's error ``code`` (e.g. ``insufficient_quota``) from the body or the exception."""
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error", body) if isinstance(body, dict) else {}
    return (error.get("code") if isinstance(error, dict) else None) or getattr(exc, "code", None)


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    retries: int,
    max_retry_after_seconds: float,
    deadline_seconds: float,
    started: float,
    failure: type[OpenAIFailure] = OpenAIFailure,
) -> T:
    """Await ``call()`` (a fresh coroutine per attempt) with our retries.

    ``started`` is the ``time.monotonic()`` the caller's ``deadline_seconds`` counts from;
    giving up raises ``failure(reason)``.
    """
    policy = RetryPolicy(
        retries=retries,
        backoff_seconds=BACKOFF_SECONDS,
        max_backoff_seconds=deadline_seconds,  # the deadline bounds every wait anyway
        max_retry_after_seconds=max_retry_after_seconds,
    )

    async def attempt(_: int) -> T:
        try:
            return await call()
        except AuthenticationError:
            raise failure("authentication failed (check OPENAI_API_KEY)") from None
        except RateLimitError as exc:
            if error_code(exc) == "insufficient_quota":
                raise failure("quota exhausted") from None
            raise Retryable(
                failure("rate limited"), after=retry_after_from(exc.response.headers)
            ) from exc
        except APITimeoutError as exc:
            # The call already used its whole timeout; another try would overrun.
            raise failure("timed out") from exc
        except APIConnectionError as exc:
            raise Retryable(failure("connection failed")) from exc
        except APIStatusError as exc:
            reason = f"HTTP {exc.status_code}"
            if exc.status_code < 500:
                raise failure(reason) from None
            raise Retryable(failure(reason), after=retry_after_from(exc.response.headers)) from exc

    return await retry_async(
        attempt,
        policy,
        deadline=started + deadline_seconds,
        dependency=DEPENDENCY,
        out_of_time=lambda: failure("timed out"),
    )
