"""The retry loop every HTTP provider shares: timeouts, 429 and 5xx, a deadline.

- Connection errors, timeouts and 5xx are retried with exponential backoff and jitter.
- 429 waits for ``Retry-After`` (seconds or an HTTP date) when it is within the cap;
  a longer wait is not worth it: the provider is given up at once (with a cooldown) so
  the next one answers.
- Every attempt's timeout is cut to what is left of the caller's deadline.
Other statuses are returned for the provider to interpret (401, 404, 422 ...).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

import httpx

from ai.providers.base import ProviderError

# httpx logs every request URL at INFO; Edamam's keys travel in the query string, so
# those lines would put secrets in the logs. Our own log lines name provider and status.
logging.getLogger("httpx").setLevel(logging.WARNING)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one provider."""

    retries: int = 2
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0
    max_retry_after_seconds: float = 8.0
    read_timeout_seconds: float = 10.0
    connect_timeout_seconds: float = 3.0


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: an integer, or an HTTP date; None if absent or garbled."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _backoff(policy: RetryPolicy, attempt: int) -> float:
    delay = min(policy.max_backoff_seconds, policy.backoff_seconds * (2**attempt))
    return delay * random.uniform(0.75, 1.0)  # jitter: callers do not retry in lockstep


async def send(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    policy: RetryPolicy,
    deadline: float,
    provider: str,
    final_statuses: frozenset[int] = frozenset(),
    **kwargs: Any,
) -> httpx.Response:
    """Send with retries until a non-retryable answer, the retries or the deadline end.

    ``final_statuses`` are answers to return as they are even if 5xx (Edamam's 555).
    """
    last = "no attempt"
    for attempt in range(policy.retries + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            raise ProviderError(f"{provider}: out of time after {last}")
        timeout = httpx.Timeout(
            min(policy.read_timeout_seconds, remaining),
            connect=min(policy.connect_timeout_seconds, remaining),
        )
        wait: float | None = None
        try:
            response = await client.request(method, url, timeout=timeout, **kwargs)
        except httpx.TimeoutException:
            last = "a timeout"
        except httpx.TransportError as exc:
            last = f"a connection error ({type(exc).__name__})"
        else:
            status = response.status_code
            if status in final_statuses:
                return response
            if status == 429:
                wait = retry_after_seconds(response.headers.get("Retry-After"))
                if wait is not None and wait > policy.max_retry_after_seconds:
                    raise ProviderError(
                        f"{provider}: rate limited (retry after {wait:g} s)",
                        status=429,
                        cooldown=wait,
                    )
                last = "429 Too Many Requests"
            elif status >= 500:
                last = f"status {status}"
            else:
                return response
        if attempt == policy.retries:
            break
        delay = wait if wait is not None else _backoff(policy, attempt)
        if time.monotonic() + delay >= deadline:
            break
        await asyncio.sleep(delay)
    raise ProviderError(f"{provider}: gave up after {last}")


def make_client(base_url: str, policy: RetryPolicy) -> httpx.AsyncClient:
    """One pooled client per provider; no proxy from the environment for test servers."""
    timeout = httpx.Timeout(policy.read_timeout_seconds, connect=policy.connect_timeout_seconds)
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=10)
    return httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=timeout, limits=limits)


class KeyedHttpProvider:
    """An external provider authenticated by an app id and key, over one pooled client.

    Subclasses set ``name`` and ``default_base_url`` and implement ``analyze``.
    """

    name: str = ""
    default_base_url: str = ""

    def __init__(
        self,
        app_id: str,
        app_key: str,
        base_url: str | None = None,
        policy: RetryPolicy | None = None,
        budget_seconds: float = 6.0,
    ) -> None:
        self.app_id, self.app_key = app_id, app_key
        self.policy = policy or RetryPolicy()
        self.budget_seconds = budget_seconds
        self.client = make_client(base_url or self.default_base_url, self.policy)

    async def aclose(self) -> None:
        await self.client.aclose()
